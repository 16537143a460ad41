// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "Progress.h"
#include "io/VectorLayer.h"
#include "model/RegionCapacity.h"
#include "project/Project.h"
#include "project/ProjectCapacity.h"
#include "ranking/ParcelRanking.h"

namespace hp::project {

// Candidate reserves and parcels as files other GIS and officials' offices open: GeoPackage, ESRI
// Shapefile, GeoJSON, KML and CSV (docs/EXPORT.md, "Data export"). The column names are a contract.

enum class ExportFormat { GeoPackage, Shapefile, GeoJson, Kml, Csv };

// By the extension (case-insensitive): .gpkg, .shp, .geojson/.json, .kml, .csv.
// Throws Error(InvalidInput) naming the path for any other.
ExportFormat exportFormatForPath(const std::string& path);

// A parcel's place in an acquisition ranking (core/ranking), for the optional ranking columns.
struct ParcelRank {
  ParcelId parcelId;
  int rank = 0;                      // 1 = buy first
  double gainLeopards = 0;           // leopards it adds, whole
  double gainFractional = 0;         // leopard-equivalents it adds
  double leopardsPerMillionUsd = 0;  // gainLeopards per million USD of its price
  // The parcel by itself beside the existing reserve, whatever else is bought (RankedParcel).
  double leopardsWithReserve = 0;
  double addedLeopards = 0;
  double addedLeopardsMin = 0, addedLeopardsMax = 0;
  std::optional<double> addedPerMusd;  // none for a free parcel
};

// The ranking columns of an acquisition order (ranking::rankParcels): leopardsPerMillionUsd is the
// step's whole-leopard gain per million USD of the parcel's cost (0 when it costs nothing).
std::vector<ParcelRank> parcelRanks(const std::vector<ranking::RankedParcel>& order);

// A candidate's least-cost corridor to the existing reserve (corridor::projectCorridors computes it; project/
// cannot include corridor/, so the caller copies the figures here). NaN: none (unreachable; width when touching).
struct CandidateCorridor {
  bool reachable = false;
  double costKm = std::numeric_limits<double>::quiet_NaN();
  double lengthKm = std::numeric_limits<double>::quiet_NaN();
  double widthKm = std::numeric_limits<double>::quiet_NaN();
};

// One feature per candidate (`figures` parallel to `candidates`, as evaluateCandidates returns them),
// in the project CRS. Geometry: the union of its parcels and drawn polygons, always a MultiPolygon
// (empty when the candidate has neither). Fields: name, colour (#rrggbb), area_km2 (geodesic),
// area_sqmi, cost_usd, leopards, leopards_fractional, leopards_min, leopards_max, parcel_ids
// ("3,17,42": the ids as listed in the candidate, unknown ones included), leopards_with_reserve,
// added_leopards, added_leopards_min, added_leopards_max, added_per_musd; with `corridors` (parallel to
// `candidates`) also corridor_reachable (1/0), corridor_cost_km, corridor_length_km, corridor_width_km
// (null when there is none: unreachable, or the width of a candidate touching the reserve).
VectorLayer candidatesLayer(const std::vector<Candidate>& candidates, const std::vector<CandidateFigures>& figures,
                            const ProjectData& data, const std::vector<CandidateCorridor>* corridors = nullptr);

// The parcels (data.parcels' features listed in `parcelIndexes`, all of them when null) with their
// own fields, then the capacity of each parcel on its own (`capacity` parallel to the parcels written): area_km2, habitat_km2, mean_canopy, patches,
// largest_patch_km2, leopards, leopards_fractional, leopards_min, leopards_max; `candidates`: the names
// of the project's candidates holding the parcel ("; "-separated); and, when `ranks` is given, rank,
// gain_leopards, gain_fractional, leopards_per_musd (null for parcels not ranked).
VectorLayer parcelsLayer(const ProjectData& data, const std::vector<model::RegionCapacity>& capacity,
                         const std::vector<Candidate>& candidates, const std::vector<std::size_t>* parcelIndexes = nullptr,
                         const std::vector<ParcelRank>* ranks = nullptr);

// A field name as written to a Shapefile (dBase: at most 10 characters): the documented short names
// of the export columns (leopards_fractional -> leop_frac, ...), other long names cut to 10 characters.
std::string shapefileFieldName(const std::string& name);

struct ExportLayers {
  std::optional<VectorLayer> candidates;  // written as layer "candidates"
  std::optional<VectorLayer> parcels;     // written as layer "parcels"
};

// Writes the layers present to `path` in the format its extension names. GeoPackage and KML hold both
// layers in the one file; Shapefile, GeoJSON and CSV hold one, so with both present they go to
// "<stem>_candidates.<ext>" and "<stem>_parcels.<ext>" beside `path`. KML is reprojected to WGS 84
// longitude/latitude and each candidate filled (a third opaque) and outlined in its colour; CSV has no
// geometry column and C-locale numbers; Shapefile field names follow shapefileFieldName(). Every file (a
// Shapefile's .shp, .shx, .dbf, .prj and .cpg alike) is written under a temporary name and renamed into place.
// Returns the files written (main files, not sidecars). Throws Error(WriteFailed) naming the file.
std::vector<std::string> writeExportLayers(const std::string& path, const ExportLayers& layers);

struct DataExportOptions {
  std::string candidate;      // only this candidate (and, for parcels, only its parcels); empty: all
  bool candidates = true;     // write the candidates layer
  bool parcels = false;       // write the parcels layer with capacity columns
  const std::vector<ParcelRank>* ranks = nullptr;  // ranking columns of the parcels layer, when given
  // Every project candidate's figures, in project order, when the caller already has them (as
  // evaluateCandidates gives them); the candidates layer then uses them instead of evaluating again.
  const std::vector<CandidateFigures>* figures = nullptr;
  // Every project candidate's corridor to the reserve, in project order: the candidates layer gains the
  // corridor columns (candidatesLayer). Null: no corridor columns (they cost seconds to compute).
  const std::vector<CandidateCorridor>* corridors = nullptr;
};

// The one entry point habitat-cli export-data and the export dialog call: evaluates the figures the
// options need through the capacity engine (the candidates' only without options.figures) and writes
// them with writeExportLayers. Throws Error (InvalidInput for an unknown candidate name or figures that
// are not one row per candidate, WriteFailed naming the file), Cancelled.
std::vector<std::string> exportProjectData(const Project& project, const ProjectData& data, const std::string& path,
                                           const DataExportOptions& options, const Progress& progress = {});

}  // namespace hp::project
