// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SampleProject.h"

#include <algorithm>
#include <cmath>

#include "geo/Geos.h"
#include "io/VectorReader.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"

namespace hp::project {

namespace {

bool purchasableForest(const VectorLayer& parcels, const Feature& f) {
  const int use = parcels.fieldIndex("land_use"), status = parcels.fieldIndex("status");
  if (use < 0 || status < 0) return false;
  const std::string s = toString(f.attributes[status]);
  return toString(f.attributes[use]) == "forest" && (s == "available" || s == "under negotiation");
}

}  // namespace

Project makeSampleProject(const sample::SamplePaths& paths) {
  Project p;
  p.crs = Crs::fromEpsg(32652);
  p.layers = {
      {LayerRole::Forest, "Forest canopy cover", paths.forest, "", true, 1.0, ""},
      {LayerRole::Basins, "River basins", paths.basins, "", true, 1.0, ""},
      {LayerRole::Parcels, "Land parcels", paths.parcels, "", true, 1.0, ""},
      {LayerRole::Reserve, "Existing reserve", paths.reserve, "", true, 1.0, ""},
  };

  const VectorLayer parcels = readVectorLayer(paths.parcels);
  const VectorLayer reserve = readVectorLayer(paths.reserve);
  GeosContext ctx;
  const GeomPtr reserveGeom = toGeos(ctx, *reserve.features.front().geometry);
  const PreparedPtr reservePrepared = prepare(ctx, reserveGeom.get());

  Candidate extension;
  extension.name = "Reserve extension (sample)";
  extension.color = "#d62728";
  Candidate east;
  east.name = "Eastern ridges (sample)";
  east.color = "#1f77b4";

  // The purchasable forest parcel farthest east seeds the eastern block: every purchasable forest
  // parcel within 15 km of it joins.
  struct Placed {
    std::int64_t id;
    double x, y;
  };
  std::vector<Placed> forest;
  for (const Feature& f : parcels.features) {
    if (!purchasableForest(parcels, f)) continue;
    const GeomPtr g = toGeos(ctx, *f.geometry);
    // Within 1 m: parcels share the reserve's boundary up to floating-point noise.
    if (GEOSPreparedDistanceWithin_r(ctx.handle(), reservePrepared.get(), g.get(), 1.0) == 1)
      extension.parcelIds.push_back(parcelIdOf(parcels, f));
    OGRPoint centroid;
    f.geometry->Centroid(&centroid);
    forest.push_back({parcelIdOf(parcels, f), centroid.getX(), centroid.getY()});
  }
  if (!forest.empty()) {
    const Placed seed = *std::max_element(forest.begin(), forest.end(), [](const Placed& a, const Placed& b) { return a.x < b.x; });
    for (const Placed& f : forest)
      if (std::hypot(f.x - seed.x, f.y - seed.y) <= 15000.0) east.parcelIds.push_back(f.id);
  }
  std::sort(extension.parcelIds.begin(), extension.parcelIds.end());
  std::sort(east.parcelIds.begin(), east.parcelIds.end());
  p.candidates = {extension, east};
  return p;
}

std::string writeSample(const std::string& directory, const sample::SampleOptions& options, const Progress& progress) {
  const sample::SamplePaths paths = sample::writeSampleRegion(directory, options, progress);
  const std::string projectPath = directory + "/sample.hplan";
  saveProject(makeSampleProject(paths), projectPath);
  return projectPath;
}

}  // namespace hp::project
