// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacity/RegionScan.h"

#include <algorithm>
#include <cmath>

namespace hp::capacity {

PixelModel::PixelModel(const model::ModelConfig& cfg, std::optional<double> nodataValue)
    : config(cfg),
      byteTable(model::makeByteCanopyTable(cfg, nodataValue)),
      nodata(nodataValue),
      territoryMinKm2(model::sqMiToKm2(cfg.territoryMinSqMi)),
      territoryMaxKm2(model::sqMiToKm2(cfg.territoryMaxSqMi)) {
  byteThresholds.habitatMin = std::uint8_t(std::clamp(std::ceil(cfg.minCanopyPct), 0.0, 101.0));
  if (nodataValue && *nodataValue >= 0 && *nodataValue <= 100 && *nodataValue == std::floor(*nodataValue))
    byteThresholds.nodata = int(*nodataValue);
}

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

// The pixels of one piece of a row (columns [c0, c1) within one tile and one area cell), indexed
// from 0. Byte canopy without quality rasters: the model is table lookups.
struct BytePixels {
  const std::uint8_t* canopy;  // at c0
  const model::ByteCanopyTable* table;
  bool valid(int k) const { return table->valid[canopy[k]]; }
  double value(int k) const { return canopy[k]; }
  bool habitat(int k) const { return table->habitat[canopy[k]]; }
  double perKm2(int k) const { return table->perKm2[canopy[k]]; }
};

// Any other canopy type, or quality rasters: the model evaluated pixel by pixel.
struct GeneralPixels {
  const std::uint8_t* canopyByte;  // at c0, or null
  const float* canopyFloat;        // at c0, or null
  const float* factor;             // at c0, or null
  const PixelModel* model;
  double value(int k) const { return canopyByte ? double(canopyByte[k]) : double(canopyFloat[k]); }
  bool valid(int k) const {
    if (canopyByte) return model->byteTable.valid[canopyByte[k]];
    const float v = canopyFloat[k];
    return model::isValidCanopy(v) && !(model->nodata && v == float(*model->nodata));
  }
  bool habitat(int k) const { return valid(k) && value(k) >= model->config.minCanopyPct; }
  double perKm2(int k) const {
    double q = model::habitatQuality(value(k), model->config);
    if (factor) q *= double(factor[k]);
    return 1.0 / (model->territoryMaxKm2 - (model->territoryMaxKm2 - model->territoryMinKm2) * q);
  }
};

enum Pass : unsigned { kCanopy = 1, kHabitat = 2 };

struct Sums {
  double validKm2 = 0;
  double canopyKm2Pct = 0;
};

// Columns [c0, c1) with coverage values[k] (null: `weight` for all) times pixel area.
template <class Pixels>
void scanPieceGeneric(const Pixels& px, int c0, int c1, const double* values, double area, double constant, unsigned pass,
                      Sums& sums, RunBuilder& runs) {
  for (int c = c0; c < c1; ++c) {
    const int k = c - c0;
    const double w = values ? values[k] * area : constant * area;
    if (!(w > 0)) continue;
    if ((pass & kCanopy) && px.valid(k)) {
      sums.validKm2 += w;
      sums.canopyKm2Pct += w * px.value(k);
    }
    if ((pass & kHabitat) && px.habitat(k)) runs.add(c, c + 1, w, w * px.perKm2(k));
  }
}

// Pixels wholly (or equally) covered, Byte canopy: integer sums and table values, scaled once.
void scanPieceByteConstant(const std::uint8_t* canopy, int c0, int c1, double w, unsigned pass, const PixelModel& m,
                           Sums& sums, RunBuilder& runs) {
  if (pass == (kCanopy | kHabitat)) {
    // Both from one pass over the bytes.
    std::uint64_t count = 0, sum = 0;
    habitatRunsAndSums<true>(canopy, c1 - c0, c0, m.byteThresholds, m.byteTable.perKm2.data(), count, sum,
                             [&](int begin, int end, double perKm2) { runs.add(begin, end, w * (end - begin), w * perKm2); });
    sums.validKm2 += w * double(count);
    sums.canopyKm2Pct += w * double(sum);
    return;
  }
  if (pass & kCanopy) {
    std::uint64_t count = 0, sum = 0;
    sumValidCanopy(canopy, c1 - c0, m.byteThresholds, count, sum);
    sums.validKm2 += w * double(count);
    sums.canopyKm2Pct += w * double(sum);
  }
  if (pass & kHabitat)
    habitatRuns(canopy, c1 - c0, c0, m.byteThresholds, m.byteTable.perKm2.data(),
                [&](int begin, int end, double perKm2) { runs.add(begin, end, w * (end - begin), w * perKm2); });
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

template <bool kByteTable>
void RegionScan::scanRow(const StripView& strip, int row) {
  const double* cells = areas_->rowCells(row);
  const int cellCols = areas_->cellCols();
  const int tileWidth = strip.canopyByte ? strip.tileWidth : strip.width;
  const std::size_t rowOffset = std::size_t(row - strip.rowBegin) * std::size_t(strip.width);
  Sums sums;
  runs_.clear();
  const std::size_t tileRowOffset = std::size_t(row - strip.rowBegin) * std::size_t(tileWidth);
  auto scanSegments = [&](std::span<const model::CoverageSegment> segments, unsigned pass, RunBuilder& runs) {
    if (segments.empty()) return;
    // Area cell and tile of the current column, advanced as the columns grow (segments come in
    // column order): two divisions per row, not three per piece.
    int cell = segments.front().begin / cellCols, cellEnd = (cell + 1) * cellCols;
    int tile = segments.front().begin / tileWidth, tileCol = tile * tileWidth;
    for (const model::CoverageSegment& s : segments) {
      for (int c0 = s.begin; c0 < s.end;) {
        while (c0 >= cellEnd) ++cell, cellEnd += cellCols;
        while (c0 >= tileCol + tileWidth) ++tile, tileCol += tileWidth;
        // A piece lies in one area cell and one tile.
        const int c1 = std::min({s.end, cellEnd, tileCol + tileWidth});
        const double area = cells[cell];
        const std::uint8_t* canopyByte =
            strip.canopyByte ? strip.canopyByte + std::size_t(tile) * strip.tileStride + tileRowOffset + std::size_t(c0 - tileCol)
                             : nullptr;
        const double* values = s.values ? s.values + (c0 - s.begin) : nullptr;
        if constexpr (kByteTable) {
          if (!values) scanPieceByteConstant(canopyByte, c0, c1, s.constant * area, pass, *model_, sums, runs);
          else scanPieceGeneric(BytePixels{canopyByte, &model_->byteTable}, c0, c1, values, area, 0.0, pass, sums, runs);
        } else {
          const GeneralPixels px{canopyByte, strip.canopyFloat ? strip.canopyFloat + rowOffset + std::size_t(c0) : nullptr,
                                 strip.qualityFactor ? strip.qualityFactor + rowOffset + std::size_t(c0) : nullptr, model_};
          scanPieceGeneric(px, c0, c1, values, area, s.constant, pass, sums, runs);
        }
        c0 = c1;
      }
    }
  };
  {
    RunBuilder runs(runs_);
    if (habitatIsRegion_) {
      scanSegments(region_.row(row), kCanopy | kHabitat, runs);
    } else {
      scanSegments(region_.row(row), kCanopy, runs);
      if (row >= habitat_->rowBegin() && row < habitat_->rowEnd()) scanSegments(habitat_->row(row), kHabitat, runs);
    }
  }
  validKm2_ += sums.validKm2;
  canopyKm2Pct_ += sums.canopyKm2Pct;
  patches_.addRow(row, runs_);
  if (patchMap_) patchMap_->addRow(row, runs_);
}

void RegionScan::scan(const StripView& strip) {
  const int from = std::max(strip.rowBegin, rowBegin());
  const int to = std::min(strip.rowEnd, rowEnd());
  const bool byteTable = strip.canopyByte && !strip.qualityFactor;
  for (int row = from; row < to; ++row) {
    if (byteTable) scanRow<true>(strip, row);
    else scanRow<false>(strip, row);
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
