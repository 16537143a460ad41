// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ForestChange.h"

#include <algorithm>
#include <cmath>

#include "geo/Error.h"
#include "io/AtomicFile.h"
#include "io/ByteRasterWriter.h"
#include "io/RasterSource.h"
#include "io/TextNumbers.h"
#include "project/ForestVersions.h"
#include "project/ProjectCapacity.h"

namespace hp::project {

namespace {

constexpr int kStripRows = 256;

bool sameGrid(const RasterInfo& a, const RasterInfo& b) {
  if (a.width != b.width || a.height != b.height || !a.crs.isSame(b.crs)) return false;
  for (std::size_t i = 0; i < a.transform.c.size(); ++i)
    if (std::abs(a.transform.c[i] - b.transform.c[i]) > 1e-6 * std::max(1.0, std::abs(a.transform.c[i]))) return false;
  return true;
}

bool valid(float v, const std::optional<double>& nodata) {
  return !std::isnan(v) && !(nodata && v == float(*nodata)) && v >= 0 && v <= 100;
}

// Each parcel, each candidate and the reserve as regions, in the order compareForestVersions returns them.
std::vector<capacity::Region> regionsOf(const Project& project, const ProjectData& data,
                                        std::vector<CapacityChange>& rows) {
  std::vector<capacity::Region> regions;
  for (std::size_t i = 0; i < data.parcels.features.size(); ++i) {
    const std::string& id = data.parcelId(i);
    regions.push_back({id, data.parcels.crs, {data.parcelGeometries[i]}});
    rows.push_back({CapacityChange::Kind::Parcel, id, {}, {}});
  }
  for (const Candidate& c : project.candidates) {
    regions.push_back(candidateRegion(c, data));
    rows.push_back({CapacityChange::Kind::Candidate, c.name, {}, {}});
  }
  if (data.reserve) {
    capacity::Region reserve{"reserve", data.reserve->crs, {}};
    for (const Feature& f : data.reserve->features) reserve.parts.emplace_back(f.geometry->clone());
    regions.push_back(std::move(reserve));
    rows.push_back({CapacityChange::Kind::Reserve, "reserve", {}, {}});
  }
  return regions;
}

}  // namespace

const char* kindName(CapacityChange::Kind kind) {
  switch (kind) {
    case CapacityChange::Kind::Parcel: return "parcel";
    case CapacityChange::Kind::Candidate: return "candidate";
    case CapacityChange::Kind::Reserve: return "reserve";
  }
  return "";
}

ForestChangeCounts writeForestChangeMap(const std::string& beforeRaster, const std::string& afterRaster,
                                        const std::string& outPath, double thresholdPct, const Progress& progress) {
  const RasterSource before = RasterSource::open(beforeRaster);
  const RasterSource after = RasterSource::open(afterRaster);
  const RasterInfo& grid = before.info();
  if (!sameGrid(grid, after.info()))
    throw Error(ErrorCode::InvalidInput, afterRaster,
                "not on the grid of " + beforeRaster + " (size, transform or CRS differ); import it as a forest "
                "version first");
  ByteRasterWriter out(outPath, grid.width, grid.height, grid.transform, grid.crs,
                       std::uint8_t(ForestChangeClass::NoData), "forest change (0 unchanged, 1 loss, 2 gain)");
  out.setColorTable({0x00000000u, 0xffd7301fu, 0xff1a9e77u});
  const std::optional<double> nodataBefore = grid.bands[0].nodata;
  const std::optional<double> nodataAfter = after.info().bands[0].nodata;

  ForestChangeCounts counts;
  const std::size_t capacity = std::size_t(grid.width) * kStripRows;
  std::vector<float> a(capacity), b(capacity);
  std::vector<std::uint8_t> result(capacity);
  for (int row = 0; row < grid.height; row += kStripRows) {
    reportProgress(progress, 0.95 * row / grid.height, "change map");
    const PixelWindow window{0, row, grid.width, std::min(kStripRows, grid.height - row)};
    before.read(1, window, a.data());
    after.read(1, window, b.data());
    const std::size_t n = std::size_t(window.width) * std::size_t(window.height);
    for (std::size_t i = 0; i < n; ++i) {
      ForestChangeClass c = ForestChangeClass::NoData;
      if (valid(a[i], nodataBefore) && valid(b[i], nodataAfter)) {
        const double delta = double(b[i]) - double(a[i]);
        c = delta <= -thresholdPct ? ForestChangeClass::Loss
            : delta >= thresholdPct ? ForestChangeClass::Gain
                                    : ForestChangeClass::Unchanged;
        (c == ForestChangeClass::Loss ? counts.loss : c == ForestChangeClass::Gain ? counts.gain : counts.unchanged)++;
      }
      result[i] = std::uint8_t(c);
    }
    out.writeRows(row, window.height, result.data());
  }
  out.commit("NEAREST");
  if (progress) progress(1.0, "done");  // the file is in place: too late to cancel
  return counts;
}

std::vector<CapacityChange> compareForestVersions(const Project& project, int before, int after,
                                                  const Progress& progress) {
  std::vector<CapacityChange> rows;
  ProjectData data = loadProjectData(project, before);
  const std::vector<capacity::Region> regions = regionsOf(project, data, rows);
  const auto half = [&](double from) -> Progress {
    if (!progress) return {};
    return [progress, from](double f, const std::string& what) { return progress(from + 0.5 * f, what); };
  };
  const std::vector<model::RegionCapacity> b = capacity::evaluateRegions(data.inputs, regions, data.model, half(0));
  // Only the raster differs: the vectors and the model are those already read.
  data.inputs.forestPath = forestPath(project, after < 0 ? project.activeForestVersion : after);
  const std::vector<model::RegionCapacity> a = capacity::evaluateRegions(data.inputs, regions, data.model, half(0.5));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    rows[i].before = b[i];
    rows[i].after = a[i];
  }
  return rows;
}

void writeCapacityChangeCsv(const std::string& path, const std::vector<CapacityChange>& rows) {
  std::string text =
      "kind,id,leopards_before,leopards_after,leopards_change,leopards_fractional_before,leopards_fractional_after,"
      "habitat_km2_before,habitat_km2_after,leopards_min_before,leopards_min_after,leopards_max_before,"
      "leopards_max_after\n";
  for (const CapacityChange& r : rows) {
    std::string id = r.id;
    if (id.find_first_of(",\"\r\n") != std::string::npos) {
      std::string quoted = "\"";
      for (char c : id) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
      id = quoted + "\"";
    }
    text += std::string(kindName(r.kind)) + "," + id + "," + std::to_string(r.before.leopards) + "," +
            std::to_string(r.after.leopards) + "," + std::to_string(r.after.leopards - r.before.leopards) + "," +
            fixedDecimal(r.before.leopardsFractional, 6) + "," + fixedDecimal(r.after.leopardsFractional, 6) + "," +
            fixedDecimal(r.before.habitatKm2, 6) + "," + fixedDecimal(r.after.habitatKm2, 6) + "," +
            std::to_string(r.before.leopardsMin) + "," + std::to_string(r.after.leopardsMin) + "," +
            std::to_string(r.before.leopardsMax) + "," + std::to_string(r.after.leopardsMax) + "\n";
  }
  writeTextAtomically(path, text);
}

}  // namespace hp::project
