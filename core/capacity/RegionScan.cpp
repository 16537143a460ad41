// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/RegionScan.h"

#include <algorithm>
#include <type_traits>

namespace hp::capacity {

PixelModel::PixelModel(const model::ModelConfig& cfg, std::optional<double> nodataValue)
    : config(cfg),
      byteTable(model::makeByteCanopyTable(cfg, nodataValue)),
      nodata(nodataValue),
      territoryMinKm2(model::sqMiToKm2(cfg.territoryMinSqMi)),
      territoryMaxKm2(model::sqMiToKm2(cfg.territoryMaxSqMi)) {}

namespace {

// Collects habitat runs of one row; pieces that continue the current run (no column between
// them) join it, so callers just report habitat pixels or stretches in column order.
class RunBuilder {
 public:
  explicit RunBuilder(std::vector<model::HabitatRun>& out) : out_(out) {}
  ~RunBuilder() { flush(); }
  void add(int begin, int end, double areaKm2, double equivalents) {
    if (open_ && current_.end == begin) {
      current_.end = end;
      current_.areaKm2 += areaKm2;
      current_.equivalents += equivalents;
      return;
    }
    flush();
    current_ = {begin, end, areaKm2, equivalents};
    open_ = true;
  }
  void flush() {
    if (open_) out_.push_back(current_);
    open_ = false;
  }

 private:
  std::vector<model::HabitatRun>& out_;
  model::HabitatRun current_;
  bool open_ = false;
};

// Canopy as a Byte raster with no extra quality rasters: the model is three table lookups.
struct BytePixels {
  const std::uint8_t* row;
  const model::ByteCanopyTable* table;
  bool valid(int c) const { return table->valid[row[c]]; }
  double canopy(int c) const { return row[c]; }
  bool habitat(int c) const { return table->habitat[row[c]]; }
  double perKm2(int c) const { return table->perKm2[row[c]]; }
};

// Any other canopy type, or quality rasters: the model evaluated pixel by pixel.
struct GeneralPixels {
  const std::uint8_t* byteRow;
  const float* floatRow;
  const float* factor;
  const PixelModel* model;
  double canopy(int c) const { return byteRow ? double(byteRow[c]) : double(floatRow[c]); }
  bool valid(int c) const {
    if (byteRow) return model->byteTable.valid[byteRow[c]];
    const float v = floatRow[c];
    return model::isValidCanopy(v) && !(model->nodata && v == float(*model->nodata));
  }
  bool habitat(int c) const { return valid(c) && canopy(c) >= model->config.minCanopyPct; }
  double perKm2(int c) const {
    double q = model::habitatQuality(canopy(c), model->config);
    if (factor) q *= double(factor[c]);
    return 1.0 / (model->territoryMaxKm2 - (model->territoryMaxKm2 - model->territoryMinKm2) * q);
  }
};

enum Pass : unsigned { kCanopy = 1, kHabitat = 2 };

template <class Pixels>
void scanPieceGeneric(const Pixels& px, int c0, int c1, const double* values, int valuesBegin, double weight,
                      unsigned pass, double& validKm2, double& canopyKm2Pct, RunBuilder& runs) {
  for (int c = c0; c < c1; ++c) {
    const double w = values ? values[c - valuesBegin] * weight : weight;
    if (!(w > 0)) continue;
    if ((pass & kCanopy) && px.valid(c)) {
      validKm2 += w;
      canopyKm2Pct += w * px.canopy(c);
    }
    if ((pass & kHabitat) && px.habitat(c)) runs.add(c, c + 1, w, w * px.perKm2(c));
  }
}

// Pixels wholly (or equally) covered, Byte canopy: sums in integers and table values, scaled once.
void scanPieceByteConstant(const BytePixels& px, int c0, int c1, double w, unsigned pass, double& validKm2,
                           double& canopyKm2Pct, RunBuilder& runs) {
  const std::uint8_t* row = px.row;
  const model::ByteCanopyTable& t = *px.table;
  if (pass & kCanopy) {
    std::uint32_t count = 0, sum = 0;
    for (int c = c0; c < c1; ++c) {
      const std::uint32_t valid = t.valid[row[c]];
      count += valid;
      sum += valid * row[c];
    }
    validKm2 += w * count;
    canopyKm2Pct += w * sum;
  }
  if (pass & kHabitat) {
    int start = -1;
    double perKm2 = 0;
    for (int c = c0; c < c1; ++c) {
      const std::uint8_t v = row[c];
      if (t.habitat[v]) {
        if (start < 0) start = c, perKm2 = 0;
        perKm2 += t.perKm2[v];
      } else if (start >= 0) {
        runs.add(start, c, w * (c - start), w * perKm2);
        start = -1;
      }
    }
    if (start >= 0) runs.add(start, c1, w * (c1 - start), w * perKm2);
  }
}

template <class Pixels>
void scanSegments(const Pixels& px, std::span<const model::CoverageSegment> segments, const double* cellAreas,
                  int cellCols, unsigned pass, double& validKm2, double& canopyKm2Pct, RunBuilder& runs) {
  for (const model::CoverageSegment& s : segments) {
    for (int c0 = s.begin; c0 < s.end;) {
      const int cell = c0 / cellCols;
      const int c1 = std::min(s.end, (cell + 1) * cellCols);
      const double area = cellAreas[cell];
      if constexpr (std::is_same_v<Pixels, BytePixels>) {
        if (!s.values) {
          scanPieceByteConstant(px, c0, c1, s.constant * area, pass, validKm2, canopyKm2Pct, runs);
          c0 = c1;
          continue;
        }
      }
      scanPieceGeneric(px, c0, c1, s.values, s.begin, s.values ? area : s.constant * area, pass, validKm2,
                       canopyKm2Pct, runs);
      c0 = c1;
    }
  }
}

}  // namespace

RegionScan::RegionScan(PreparedRegion&& region, int rasterWidth, int rasterHeight, const PixelModel& model,
                       const PixelAreaGrid& areas)
    : model_(&model),
      areas_(&areas),
      region_(region.regionRings, rasterWidth, rasterHeight),
      habitatIsRegion_(region.habitatIsRegion),
      patches_(model.territoryMinKm2, model.territoryMaxKm2) {
  if (!habitatIsRegion_) habitat_.emplace(region.habitatRings, rasterWidth, rasterHeight);
  region.regionRings.clear();
  region.habitatRings.clear();
}

template <class Pixels>
void RegionScan::scanRow(const Pixels& pixels, int row) {
  const double* cells = areas_->rowCells(row);
  const int cellCols = areas_->cellCols();
  runs_.clear();
  {
    RunBuilder runs(runs_);
    if (habitatIsRegion_) {
      scanSegments(pixels, region_.row(row), cells, cellCols, kCanopy | kHabitat, validKm2_, canopyKm2Pct_, runs);
    } else {
      scanSegments(pixels, region_.row(row), cells, cellCols, kCanopy, validKm2_, canopyKm2Pct_, runs);
      if (row >= habitat_->rowBegin() && row < habitat_->rowEnd())
        scanSegments(pixels, habitat_->row(row), cells, cellCols, kHabitat, validKm2_, canopyKm2Pct_, runs);
    }
  }
  patches_.addRow(row, runs_);
}

void RegionScan::scan(const StripView& strip) {
  const int from = std::max(strip.rowBegin, rowBegin());
  const int to = std::min(strip.rowEnd, rowEnd());
  for (int row = from; row < to; ++row) {
    const std::size_t offset = std::size_t(row - strip.rowBegin) * std::size_t(strip.width);
    const float* factor = strip.qualityFactor ? strip.qualityFactor + offset : nullptr;
    if (strip.canopyByte && !factor) {
      scanRow(BytePixels{strip.canopyByte + offset, &model_->byteTable}, row);
    } else {
      scanRow(GeneralPixels{strip.canopyByte ? strip.canopyByte + offset : nullptr,
                            strip.canopyFloat ? strip.canopyFloat + offset : nullptr, factor, model_},
              row);
    }
  }
}

void RegionScan::finish(model::RegionCapacity& out) {
  const model::PatchTotals totals = patches_.finish();
  out.habitatKm2 = totals.habitatKm2;
  out.patches = totals.patches;
  out.largestPatchKm2 = totals.largestPatchKm2;
  out.leopards = totals.leopards;
  out.leopardsFractional = totals.equivalents;
  out.leopardsMin = totals.leopardsMin;
  out.leopardsMax = totals.leopardsMax;
  if (validKm2_ > 0) out.meanCanopyPct = canopyKm2Pct_ / validKm2_;
}

}  // namespace hp::capacity
