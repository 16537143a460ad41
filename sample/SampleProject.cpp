// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/SampleProject.h"

#include <algorithm>
#include <cmath>

#include "geo/Geos.h"
#include "io/VectorReader.h"
#include "project/ProjectCapacity.h"
#include "project/ProjectFile.h"

namespace hp::project {

namespace {

constexpr double kExtensionReachLimitM = 16000.0;

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

  Candidate extension;
  extension.name = "Reserve extension (sample)";
  extension.color = "#d62728";
  Candidate east;
  east.name = "Eastern ridges (sample)";
  east.color = "#1f77b4";

  // Purchasable forest parcels with their distance to the reserve and their centroid.
  struct Placed {
    ParcelId id;
    double toReserve, x, y;
  };
  std::vector<Placed> forest;
  const std::vector<ParcelId> ids = projectParcelIds(parcels);
  for (std::size_t i = 0; i < parcels.features.size(); ++i) {
    const Feature& f = parcels.features[i];
    if (!purchasableForest(parcels, f)) continue;
    const GeomPtr g = toGeos(ctx, *f.geometry);
    double toReserve = 0.0;
    GEOSDistance_r(ctx.handle(), reserveGeom.get(), g.get(), &toReserve);
    OGRPoint centroid;
    f.geometry->Centroid(&centroid);
    forest.push_back({ids[i], toReserve, centroid.getX(), centroid.getY()});
  }
  // An example should show what the app is for: the extension grows outwards from the reserve in
  // 1 km steps until it holds a whole leopard territory on its own (16 km at most). Within 1 m:
  // parcels share the reserve's boundary up to floating-point noise.
  const ProjectData data = loadProjectData(p);
  capacity::CapacitySession session(data.inputs, data.model);
  for (double reach = 1.0; !forest.empty(); reach += 1000.0) {
    extension.parcelIds.clear();
    for (const Placed& f : forest)
      if (f.toReserve <= reach) extension.parcelIds.push_back(f.id);
    std::sort(extension.parcelIds.begin(), extension.parcelIds.end(), parcelIdLess);
    if (reach + 1000.0 > kExtensionReachLimitM || evaluateCandidate(session, extension, data).capacity.leopards >= 1) break;
  }
  // The eastern block: every purchasable forest parcel within 15 km of the farthest east one.
  if (!forest.empty()) {
    const Placed seed = *std::max_element(forest.begin(), forest.end(), [](const Placed& a, const Placed& b) { return a.x < b.x; });
    for (const Placed& f : forest)
      if (std::hypot(f.x - seed.x, f.y - seed.y) <= 15000.0 &&
          !std::binary_search(extension.parcelIds.begin(), extension.parcelIds.end(), f.id, parcelIdLess))
        east.parcelIds.push_back(f.id);
  }
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
