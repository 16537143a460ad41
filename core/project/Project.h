// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ogr_geometry.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/Crs.h"
#include "geo/Extent.h"
#include "io/ParcelIds.h"

namespace hp::project {

// What a layer is for: the model reads the forest, basins, parcels and reserve by role.
enum class LayerRole { Forest, Basins, Parcels, Reserve, Other };
const char* roleName(LayerRole role);                  // "forest", "basins", ...
std::optional<LayerRole> roleFromName(const std::string& name);

struct LayerRef {
  LayerRole role = LayerRole::Other;
  std::string name;        // shown in the layer panel
  std::string path;        // absolute while in memory; stored relative to the project file
  std::string layerName;   // vector layer inside the file; empty: the first
  bool visible = true;
  double opacity = 1.0;    // 0..1
  std::string styleJson;   // the GUI's style (ramp, fill, outline) as JSON; core keeps it opaque
};

// Where a value is stored in a team database (project/DatabaseProject.h) and which edit of it was read:
// the row's id and version, and whose edit that version is. All zero/empty for values a database has
// not stored yet; a .hplan neither stores nor reads them. A copy (Duplicate) must not keep the id.
struct StoreRevision {
  std::int64_t id = 0;
  int version = 0;
  std::string updatedBy;  // the database role
  std::string updatedAt;  // ISO 8601, UTC
};

// A candidate reserve: a set of parcels plus drawn polygons (either may be empty).
struct Candidate {
  std::string name;
  std::string color = "#d62728";  // #rrggbb
  std::vector<ParcelId> parcelIds;  // as the parcel layer writes them
  // Drawn polygons in the project CRS, immutable and shared so undo snapshots are cheap.
  std::vector<std::shared_ptr<const OGRGeometry>> drawn;
  StoreRevision revision{};  // in a team database: this candidate's row and version
};

// A dated version of the forest cover (satellite imports add them).
struct ForestVersion {
  int id = 0;
  std::string date;    // YYYY-MM-DD
  std::string path;    // absolute in memory, relative on disk
  std::string method;  // "original", "canopy", "ndvi", "classes", "loss"
  std::string source;  // what it was made from, for the record
};

struct MapView {
  Extent extent;  // in the project CRS; empty: full extent
};

struct Project {
  static constexpr int kFormatVersion = 1;

  Crs crs;                          // the map CRS
  std::vector<LayerRef> layers;     // drawing order: first is drawn at the bottom
  std::vector<Candidate> candidates;
  std::vector<ForestVersion> forestVersions;
  int activeForestVersion = 0;      // id; 0: the forest layer as referenced
  std::string modelJson = "{}";     // the capacity model's configuration (model/ModelConfig JSON)
  MapView view;
  // Store every layer and forest version inside the project file (a GeoPackage) instead of referencing
  // files, so the project travels as one file. Layers already read from inside a project are stored
  // inside whatever this says: nothing the project holds is ever dropped.
  bool embedData = false;
  // In a team database: the project's row and the version of its layers and settings (not of its
  // candidates, which carry their own).
  StoreRevision revision{};

  const LayerRef* layer(LayerRole role) const;  // the first layer with that role, or null
  const Candidate* candidate(const std::string& name) const;
};

}  // namespace hp::project
