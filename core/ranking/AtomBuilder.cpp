// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/AtomBuilder.h"

#include <atomic>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <unordered_set>

#include "capacity/ByteKernel.h"
#include "capacity/PixelAreaGrid.h"
#include "capacity/QualityFactors.h"
#include "capacity/RegionGeometry.h"
#include "capacity/RegionScan.h"
#include "capacity/StripPipeline.h"
#include "model/CoverageFraction.h"
#include "model/Patches.h"
#include "model/Territory.h"

namespace hp::ranking {

namespace {

// Of the pass's progress: preparing the regions (reprojection, basin clipping, rings), then the strips.
constexpr double kPreparingShare = 0.3;

// One owner's habitat pixels of the current strip, as runs per row (the rows its coverage reaches).
class OwnerScan {
 public:
  OwnerScan(const std::vector<model::PixelRing>& habitatRings, int width, int height) : coverage_(habitatRings, width, height) {}

  bool isEmpty() const { return coverage_.isEmpty(); }
  int rowBegin() const { return coverage_.rowBegin(); }
  int rowEnd() const { return coverage_.rowEnd(); }
  int colBegin() const { return coverage_.colBegin(); }
  int colEnd() const { return coverage_.colEnd(); }

  // Habitat runs of the rows of `strip` the owner's coverage reaches, kept until the next scan.
  void scan(const capacity::StripView& strip, const capacity::PixelModel& m, const capacity::PixelAreaGrid& areas) {
    runs_.clear();
    first_ = std::max(strip.rowBegin, rowBegin());
    const int last = std::min(strip.rowEnd, rowEnd());
    rowStarts_.assign(std::size_t(std::max(0, last - first_) + 1), 0);
    for (int row = first_; row < last; ++row) {
      rowStarts_[std::size_t(row - first_)] = runs_.size();
      scanRow(strip, row, m, areas);
    }
    if (last > first_) rowStarts_[std::size_t(last - first_)] = runs_.size();
  }
  // The runs of `row` (empty outside the rows scanned last).
  std::span<const model::HabitatRun> row(int row) const {
    const int k = row - first_;
    if (k < 0 || k + 1 >= int(rowStarts_.size())) return {};
    return {runs_.data() + rowStarts_[std::size_t(k)], runs_.data() + rowStarts_[std::size_t(k + 1)]};
  }

 private:
  // The engine's pixel rule (RegionScan): weight w = coverage × pixel area; habitat by the Byte table
  // or the canopy threshold; leopard-equivalents w / T(q), q scaled by the quality rasters' factor.
  void scanRow(const capacity::StripView& strip, int row, const capacity::PixelModel& m, const capacity::PixelAreaGrid& areas) {
    const double* cells = areas.rowCells(row);
    const int cellCols = areas.cellCols();
    const std::size_t rowOffset = std::size_t(row - strip.rowBegin) * std::size_t(strip.width);
    const std::size_t tileRowOffset = strip.canopyByte ? std::size_t(row - strip.rowBegin) * std::size_t(strip.tileWidth) : 0;
    const double tMax = m.territoryMaxKm2, tSpan = m.territoryMaxKm2 - m.territoryMinKm2;
    bool open = false;
    model::HabitatRun current;
    auto addRun = [&](int begin, int end, double areaKm2, double equivalents) {
      if (open && current.end == begin) {
        current.end = end;
        current.areaKm2 += areaKm2;
        current.equivalents += equivalents;
        return;
      }
      if (open) runs_.push_back(current);
      current = {begin, end, areaKm2, equivalents};
      open = true;
    };
    const bool byteTable = strip.canopyByte && !strip.qualityFactor;
    for (const model::CoverageSegment& s : coverage_.row(row)) {
      if (byteTable && !s.values) {
        // Wholly covered stretches (most of a parcel): the engine's 16-pixel kernel, piece by piece
        // within one tile and one area cell.
        for (int c0 = s.begin; c0 < s.end;) {
          const int tile = c0 / strip.tileWidth, cell = c0 / cellCols;
          const int c1 = std::min({s.end, (tile + 1) * strip.tileWidth, (cell + 1) * cellCols});
          const double w = s.constant * cells[cell];
          if (w > 0) {
            const std::uint8_t* p = strip.canopyByte + std::size_t(tile) * strip.tileStride + tileRowOffset +
                                    std::size_t(c0 - tile * strip.tileWidth);
            capacity::habitatRuns(p, c1 - c0, c0, m.byteThresholds, m.byteTable.perKm2.data(),
                                  [&](int begin, int end, double perKm2) { addRun(begin, end, w * (end - begin), w * perKm2); });
          }
          c0 = c1;
        }
        continue;
      }
      for (int c = s.begin; c < s.end; ++c) {
        const double w = s.at(c) * cells[c / cellCols];
        if (!(w > 0)) continue;
        bool habitat = false;
        double perKm2 = 0;
        if (strip.canopyByte) {
          const int tile = c / strip.tileWidth;
          const std::uint8_t v = strip.canopyByte[std::size_t(tile) * strip.tileStride + tileRowOffset +
                                                  std::size_t(c - tile * strip.tileWidth)];
          if (!strip.qualityFactor) {
            habitat = m.byteTable.habitat[v] != 0;
            perKm2 = m.byteTable.perKm2[v];
          } else if (m.byteTable.valid[v] && double(v) >= m.config.minCanopyPct) {
            habitat = true;
            const double q = model::habitatQuality(double(v), m.config) * double(strip.qualityFactor[rowOffset + std::size_t(c)]);
            perKm2 = 1.0 / (tMax - tSpan * q);
          }
        } else {
          const float v = strip.canopyFloat[rowOffset + std::size_t(c)];
          if (model::isValidCanopy(v) && !(m.nodata && v == float(*m.nodata)) && double(v) >= m.config.minCanopyPct) {
            habitat = true;
            double q = model::habitatQuality(double(v), m.config);
            if (strip.qualityFactor) q *= double(strip.qualityFactor[rowOffset + std::size_t(c)]);
            perKm2 = 1.0 / (tMax - tSpan * q);
          }
        }
        if (habitat) addRun(c, c + 1, w, w * perKm2);
      }
    }
    if (open) runs_.push_back(current);
  }

  model::CoverageRows coverage_;
  std::vector<model::HabitatRun> runs_;
  std::vector<std::size_t> rowStarts_;
  int first_ = 0;
};

// Streaming labelling of every owner's habitat runs at once: runs of one owner that touch (8-connected)
// form an atom; runs of different owners that share or neighbour a pixel make their atoms touch.
class AtomLabeller {
 public:
  struct OwnedRun {
    int begin, end;
    std::int32_t owner;
    double areaKm2, equivalents;
  };

  // All runs of one row, any order; rows increase (a skipped row separates everything).
  void addRow(int row, std::vector<OwnedRun>& runs) {
    std::sort(runs.begin(), runs.end(),
              [](const OwnedRun& a, const OwnedRun& b) { return a.begin != b.begin ? a.begin < b.begin : a.owner < b.owner; });
    if (row != previousRow_ + 1) previous_.clear(), previousMaxEnd_.clear();
    current_.clear();
    // Same owner across rows: one atom. Each run joins the labels of its owner's touching runs above.
    for (const OwnedRun& r : runs) {
      std::int32_t label = -1;
      forTouching(previous_, previousMaxEnd_, previous_.size(), r.begin, r.end, [&](const LabelledRun& above) {
        if (above.owner != r.owner) return;
        label = label < 0 ? find(above.label) : unite(label, above.label);
      });
      if (label < 0) {
        label = std::int32_t(labels_.size());
        labels_.push_back({label, r.owner, 0, 0});
      }
      Label& root = labels_[std::size_t(label)];
      root.areaKm2 += r.areaKm2;
      root.equivalents += r.equivalents;
      current_.push_back({r.begin, r.end, r.owner, label});
    }
    currentMaxEnd_.resize(current_.size());
    for (std::size_t i = 0; i < current_.size(); ++i)
      currentMaxEnd_[i] = std::max(current_[i].end, i ? currentMaxEnd_[i - 1] : current_[i].end);
    // Different owners, in this row (left of each run) and the row above: their atoms touch.
    for (std::size_t i = 0; i < current_.size(); ++i) {
      const LabelledRun& r = current_[i];
      auto link = [&](const LabelledRun& other) {
        if (other.owner == r.owner) {
          if (&other != &r) unite(r.label, other.label);
          return;
        }
        addTouching(r.label, other.label);
      };
      forTouching(current_, currentMaxEnd_, i, r.begin, r.end, link);
      forTouching(previous_, previousMaxEnd_, previous_.size(), r.begin, r.end, link);
    }
    std::swap(previous_, current_);
    std::swap(previousMaxEnd_, currentMaxEnd_);
    previousRow_ = row;
  }

  // The atoms (owner −1 → ParcelAtoms::kReserve via `reserveOwner`) and their touching pairs.
  void finish(std::int32_t reserveOwner, ParcelAtoms& out) {
    std::vector<std::int32_t> atomOf(labels_.size(), -1);
    for (std::size_t l = 0; l < labels_.size(); ++l) {
      if (labels_[l].parent != std::int32_t(l)) continue;
      atomOf[l] = std::int32_t(out.atoms.size());
      const Label& root = labels_[l];
      out.atoms.push_back({root.owner == reserveOwner ? ParcelAtoms::kReserve : root.owner, root.areaKm2, root.equivalents});
    }
    std::vector<std::pair<std::int32_t, std::int32_t>> pairs;
    pairs.reserve(touching_.size());
    for (std::uint64_t key : touching_) {
      std::int32_t a = atomOf[std::size_t(find(std::int32_t(key >> 32)))];
      std::int32_t b = atomOf[std::size_t(find(std::int32_t(key & 0xFFFFFFFFu)))];
      if (a > b) std::swap(a, b);
      if (a != b) pairs.emplace_back(a, b);
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    out.touching = std::move(pairs);
  }

 private:
  struct Label {
    std::int32_t parent;
    std::int32_t owner;
    double areaKm2, equivalents;
  };
  struct LabelledRun {
    int begin, end;
    std::int32_t owner, label;
  };

  // Runs [0, n) of `row` (sorted by begin; maxEnd its running maximum of end) that share or
  // neighbour a pixel of columns [begin, end).
  template <class Fn>
  static void forTouching(const std::vector<LabelledRun>& row, const std::vector<int>& maxEnd, std::size_t n, int begin,
                          int end, Fn&& fn) {
    std::size_t k = std::size_t(std::upper_bound(row.begin(), row.begin() + std::ptrdiff_t(n), end,
                                                 [](int e, const LabelledRun& r) { return e < r.begin; }) -
                                row.begin());
    while (k > 0 && maxEnd[k - 1] >= begin) {
      --k;
      if (row[k].end >= begin) fn(row[k]);
    }
  }

  std::int32_t find(std::int32_t l) {
    while (labels_[std::size_t(l)].parent != l) {
      Label& x = labels_[std::size_t(l)];
      x.parent = labels_[std::size_t(x.parent)].parent;
      l = x.parent;
    }
    return l;
  }
  std::int32_t unite(std::int32_t a, std::int32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return a;
    if (b < a) std::swap(a, b);  // the older label survives: atom order follows first appearance
    labels_[std::size_t(b)].parent = a;
    labels_[std::size_t(a)].areaKm2 += labels_[std::size_t(b)].areaKm2;
    labels_[std::size_t(a)].equivalents += labels_[std::size_t(b)].equivalents;
    return a;
  }
  void addTouching(std::int32_t a, std::int32_t b) {
    a = find(a);
    b = find(b);
    if (a > b) std::swap(a, b);
    touching_.insert(std::uint64_t(std::uint32_t(a)) << 32 | std::uint32_t(b));
  }

  std::vector<Label> labels_;  // one per run that continues no run of its owner above: ~ atoms, not pixels
  std::unordered_set<std::uint64_t> touching_;
  std::vector<LabelledRun> previous_, current_;
  std::vector<int> previousMaxEnd_, currentMaxEnd_;
  int previousRow_ = -2;
};

}  // namespace

BuiltAtoms buildParcelAtoms(const capacity::CapacityInputs& inputs, const std::vector<capacity::Region>& parcels,
                            const std::optional<capacity::Region>& reserve, const model::ModelConfig& config,
                            const Progress& progress, const capacity::EngineOptions& options) {
  using namespace capacity;
  model::validate(config);
  reportProgress(progress, 0.0, "opening");
  StripPipeline pipeline(inputs.forestPath, inputs.forestBand, config.qualityRasters, options.threads, options.stripRows);
  const int threads = pipeline.threads();
  const RasterInfo& info = pipeline.info();
  const RasterBandInfo& band = info.bands[std::size_t(inputs.forestBand - 1)];
  const PixelModel pixelModel(config, band.nodata);
  const int width = info.width, height = info.height;
  pipeline.prefetchFirstStrip();  // decoded while the pixel areas and the owners are prepared
  const PixelAreaGrid areas(info);

  // Owners 0..n−1 are the parcels, n the reserve.
  const std::size_t parcelCount = parcels.size();
  const std::size_t ownerCount = parcelCount + (reserve ? 1 : 0);
  const std::int32_t reserveOwner = std::int32_t(parcelCount);
  auto regionOf = [&](std::size_t owner) -> const Region& { return owner < parcelCount ? parcels[owner] : *reserve; };
  BuiltAtoms built;
  built.parcelAreaKm2.assign(parcelCount, 0.0);
  built.atoms.parcelCount = int(parcelCount);
  built.atoms.territoryMinKm2 = pixelModel.territoryMinKm2;
  built.atoms.territoryMaxKm2 = pixelModel.territoryMaxKm2;

  std::vector<std::unique_ptr<OwnerScan>> scans(ownerCount);
  {
    const std::vector<unsigned char> basinsWkb =
        inputs.basins ? unionOfBasinsWkb(*inputs.basins, info.crs) : std::vector<unsigned char>();
    std::vector<std::unique_ptr<RegionPreparer>> preparers(static_cast<std::size_t>(threads));
    std::atomic<std::size_t> preparedCount{0};
    std::size_t reported = 0;  // only the reporting worker touches it
    reportProgress(progress, 0.0, "preparing parcels");
    pipeline.workers().run(ownerCount, [&](std::size_t i, int worker) {
      auto& preparer = preparers[std::size_t(worker)];
      if (!preparer)
        preparer = std::make_unique<RegionPreparer>(info, inputs.basins.has_value(), basinsWkb, areas.arealScale());
      PreparedRegion prepared = preparer->prepare(regionOf(i));
      if (i < parcelCount) built.parcelAreaKm2[i] = prepared.areaKm2;
      else built.reserveAreaKm2 = prepared.areaKm2;
      const auto& rings = prepared.habitatIsRegion ? prepared.regionRings : prepared.habitatRings;
      if (!rings.empty()) {
        auto scan = std::make_unique<OwnerScan>(rings, width, height);
        if (!scan->isEmpty()) scans[i] = std::move(scan);
      }
      const std::size_t done = ++preparedCount;
      // One thread reports, so the fractions it reads from the counter only grow.
      if (worker == threads - 1 && done >= reported + 512) {
        reported = done;
        reportProgress(progress, kPreparingShare * double(done) / double(ownerCount), "preparing parcels");
      }
    });
  }

  // Each owner's habitat runs, strip by strip on the workers; then, on this thread, every owner's
  // runs of a row together for the labelling.
  StripPipeline::Consumers consumers;
  consumers.boxes.resize(ownerCount);
  for (std::size_t i = 0; i < ownerCount; ++i)
    if (scans[i]) consumers.boxes[i] = {scans[i]->rowBegin(), scans[i]->rowEnd(), scans[i]->colBegin(), scans[i]->colEnd()};
  consumers.scan = [&](std::size_t i, const StripView& strip, bool) { scans[i]->scan(strip, pixelModel, areas); };
  AtomLabeller labeller;
  std::vector<AtomLabeller::OwnedRun> rowRuns;
  consumers.afterStrip = [&](const StripView& strip, std::span<const std::size_t> active) {
    // Labelling needs every owner's runs of a row together, in column order: one thread.
    for (int row = strip.rowBegin; row < strip.rowEnd; ++row) {
      rowRuns.clear();
      for (std::size_t i : active)
        for (const model::HabitatRun& r : scans[i]->row(row))
          rowRuns.push_back({r.begin, r.end, std::int32_t(i), r.areaKm2, r.equivalents});
      labeller.addRow(row, rowRuns);
    }
    for (std::size_t i : active)
      if (scans[i]->rowEnd() <= strip.rowEnd) scans[i].reset();
  };
  pipeline.run(consumers, phaseProgress(progress, kPreparingShare, 1.0), "parcel atoms");
  labeller.finish(reserveOwner, built.atoms);
  built.atoms.index();
  return built;
}

}  // namespace hp::ranking
