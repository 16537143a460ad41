// SPDX-License-Identifier: GPL-3.0-or-later
// One 100-parcel candidate of the sample region evaluated as the GUI does on each edit: through a
// kept CapacitySession, against the one-shot evaluateCandidates call (opens the raster, builds the
// PROJ operations and merges the basins every time) and against the floor, GDAL reading the
// candidate's window of the raster from a freshly opened file. Same run, same machine.
//
//   bench_live_capacity CACHE_DIR [--parcels N] [--repeat N]
//
// The first run writes the sample region into CACHE_DIR (~4 s); later runs reuse it.
#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "capacity/CapacitySession.h"
#include "geo/GdalSupport.h"
#include "project/ProjectCapacity.h"
#include "sample/SampleProject.h"
#include "sample/SampleRegion.h"
#include "bench_support.h"

namespace {

using hp::bench::blockOfParcels;
using hp::bench::Clock;
using hp::bench::median;
using hp::bench::msSince;

// Reads the candidate's bounding window of the forest band from a freshly opened file.
double gdalWindowMs(const std::string& forest, const hp::project::ProjectData& data, const hp::project::Candidate& c) {
  OGREnvelope box;
  for (const hp::ParcelId& id : c.parcelIds) {
    OGREnvelope e;
    data.parcelGeometries[data.parcelIndex.at(id)]->getEnvelope(&e);
    box.Merge(e);
  }
  const Clock::time_point t0 = Clock::now();
  GDALDatasetUniquePtr ds(GDALDataset::Open(forest.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY));
  double gt[6];
  ds->GetGeoTransform(gt);
  const int x0 = std::max(0, int((box.MinX - gt[0]) / gt[1])), x1 = std::min(ds->GetRasterXSize(), int((box.MaxX - gt[0]) / gt[1]) + 1);
  const int y0 = std::max(0, int((box.MaxY - gt[3]) / gt[5])), y1 = std::min(ds->GetRasterYSize(), int((box.MinY - gt[3]) / gt[5]) + 1);
  std::vector<GByte> buf(std::size_t(x1 - x0) * std::size_t(y1 - y0));
  if (ds->GetRasterBand(1)->RasterIO(GF_Read, x0, y0, x1 - x0, y1 - y0, buf.data(), x1 - x0, y1 - y0, GDT_Byte, 0, 0, nullptr) != CE_None)
    std::exit(4);
  return msSince(t0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_live_capacity CACHE_DIR [--parcels N] [--repeat N]\n");
    return 2;
  }
  const std::string dir = argv[1];
  const auto [parcels, repeat] = hp::bench::parseBlockOptions(argc, argv);
  const hp::sample::SamplePaths paths = hp::bench::cachedSampleRegion(dir);
  hp::project::Project project = hp::project::makeSampleProject(paths);
  const hp::project::ProjectData data = hp::project::loadProjectData(project);
  const hp::project::Candidate candidate = blockOfParcels(data, parcels);
  project.candidates = {candidate};

  std::vector<double> oldMs, sessionMs, gdalMs, patchMs;
  Clock::time_point t0 = Clock::now();
  hp::capacity::CapacitySession session(data.inputs, data.model);
  const double openMs = msSince(t0);
  hp::project::CandidateFigures viaSession, viaOld;
  for (int r = 0; r < repeat; ++r) {
    t0 = Clock::now();
    viaOld = hp::project::evaluateCandidates(project, data).front();
    oldMs.push_back(msSince(t0));
    t0 = Clock::now();
    viaSession = hp::project::evaluateCandidate(session, candidate, data);
    sessionMs.push_back(msSince(t0));
    gdalMs.push_back(gdalWindowMs(paths.forest, data, candidate));
    // What the GUI runs: the figures and the patch map for the map layer in one scan.
    hp::model::PatchMap patches;
    t0 = Clock::now();
    (void)hp::project::evaluateCandidate(session, candidate, data, false, {}, &patches);
    patchMs.push_back(msSince(t0));
    if (r == 0) {
      long small = 0;
      for (const hp::model::PatchSummary& p : patches.patches) small += p.tooSmall ? 1 : 0;
      std::printf("patch map: %d x %d px window, %zu patches, %ld too small for a territory\n", patches.width,
                  patches.height, patches.patches.size(), small);
    }
  }
  const bool same = viaSession.capacity.leopards == viaOld.capacity.leopards &&
                    viaSession.capacity.habitatKm2 == viaOld.capacity.habitatKm2 &&
                    viaSession.capacity.leopardsFractional == viaOld.capacity.leopardsFractional;
  std::printf("candidate: %zu parcels, %.1f km², %.1f km² habitat, %ld leopards (%s as evaluateCandidates)\n",
              viaSession.parcels, viaSession.capacity.areaKm2, viaSession.capacity.habitatKm2, viaSession.capacity.leopards,
              same ? "same" : "DIFFERENT");
  const double s = median(sessionMs), o = median(oldMs), g = median(gdalMs);
  std::printf("session open (once):        %8.1f ms\n", openMs);
  std::printf("session evaluate (median):  %8.1f ms   target <= 200 ms\n", s);
  std::printf("evaluateCandidates (median):%8.1f ms   session / old = %.2f\n", o, s / o);
  std::printf("GDAL window read (median):  %8.1f ms   session / GDAL = %.2f\n", g, s / g);
  const double pm = median(patchMs);
  std::printf("session + patch map (median):%7.1f ms   target <= 200 ms; with / without patches = %.2f\n", pm, pm / s);
  return same ? 0 : 1;
}
