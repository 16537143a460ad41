// SPDX-License-Identifier: GPL-3.0-or-later
#include "ranking/ParcelRanking.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <unordered_map>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>

#include <ogr_geometry.h>

#include "corridor/CostDistance.h"
#include "corridor/PlaceCosts.h"
#include "geo/Error.h"
#include "io/AtomicFile.h"
#include "io/CsvField.h"
#include "io/TextNumbers.h"
#include "io/VectorReader.h"
#include "model/ModelConfig.h"
#include "model/Territory.h"
#include "project/ForestVersions.h"
#include "ranking/AtomBuilder.h"
#include "ranking/BudgetOptimum.h"
#include "ranking/GreedyOrder.h"
#include "ranking/PatchUnion.h"
#include "ranking/SharedBoundaries.h"

namespace hp::ranking {

namespace {

VectorLayer readPolygons(const std::string& path, const std::string& layerName, const Crs& targetCrs = {}, const Progress& progress = {}) {
  VectorReadOptions options;
  options.polygonsOnly = true;
  options.layerName = layerName;
  options.targetCrs = targetCrs;
  options.progress = progress;
  return readVectorLayer(path, options);
}

using Clock = std::chrono::steady_clock;
double secondsSince(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Each parcel's part outside the existing reserve (null when wholly inside): the reserve's habitat
// is in every union already, and atoms must not overlap or the shared pixels would count twice.
std::vector<std::shared_ptr<const OGRGeometry>> outsideReserve(const VectorLayer& parcels, const VectorLayer* reserve,
                                                               const Progress& progress) {
  std::vector<std::shared_ptr<const OGRGeometry>> out;
  out.reserve(parcels.features.size());
  OGRGeometryUniquePtr reserveUnion;
  OGREnvelope reserveEnvelope;
  if (reserve && !reserve->features.empty()) {
    OGRMultiPolygon all;
    for (const Feature& f : reserve->features) {
      const OGRwkbGeometryType type = wkbFlatten(f.geometry->getGeometryType());
      if (type == wkbPolygon) all.addGeometry(f.geometry.get());
      else if (type == wkbMultiPolygon)
        for (const OGRPolygon* p : *f.geometry->toMultiPolygon()) all.addGeometry(p);
    }
    reserveUnion.reset(all.UnionCascaded());
    if (!reserveUnion) throw Error(ErrorCode::InvalidGeometry, reserve->path, "the reserve's polygons cannot be merged");
    reserveUnion->getEnvelope(&reserveEnvelope);
  }
  std::size_t done = 0;
  for (const Feature& f : parcels.features) {
    if (done++ % 1024 == 0) reportProgress(progress, double(done) / double(parcels.features.size()), "reading layers");
    OGREnvelope e;
    f.geometry->getEnvelope(&e);
    if (!reserveUnion || !e.Intersects(reserveEnvelope) || !f.geometry->Intersects(reserveUnion.get())) {
      out.emplace_back(f.geometry->clone());
      continue;
    }
    OGRGeometryUniquePtr rest(f.geometry->Difference(reserveUnion.get()));
    if (!rest) throw Error(ErrorCode::InvalidGeometry, parcels.path, "feature " + std::to_string(f.fid) + " cannot be cut by the reserve");
    const OGRwkbGeometryType type = wkbFlatten(rest->getGeometryType());
    if (rest->IsEmpty() || (type != wkbPolygon && type != wkbMultiPolygon)) {
      out.emplace_back();
      continue;
    }
    out.emplace_back(rest.release());
  }
  return out;
}

// Parcel ids → indices; an unknown id is an error naming the parcel file.
std::vector<std::int32_t> indicesOf(const std::vector<ParcelId>& ids, const std::unordered_map<ParcelId, std::size_t>& index,
                                    const std::string& parcelsPath, const char* what) {
  std::vector<std::int32_t> out;
  for (const ParcelId& id : ids) {
    const auto it = index.find(id);
    if (it == index.end())
      throw Error(ErrorCode::InvalidInput, parcelsPath, std::string(what) + ": no parcel has id '" + id + "'");
    out.push_back(std::int32_t(it->second));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

// Fractional leopards add up over owners (sums of pixel shares), whole ones are Σ floor ≤ floor Σ,
// and the most fractional leopards the money can buy is at most the knapsack's linear relaxation:
// most equivalents per dollar first, the last parcel in part.
long wholeLeopardUpperBound(const ParcelAtoms& atoms, const std::vector<double>& costs, double budget,
                            const std::vector<std::int32_t>& lockIn, const std::vector<std::int32_t>& lockOut) {
  std::vector<std::uint8_t> fixed(std::size_t(atoms.parcelCount), 0);
  for (std::int32_t p : lockOut) fixed[std::size_t(p)] = 1;
  // Atoms whose largest possible patch (their component among all atoms not locked out) holds less
  // than one leopard never add a whole one: they are left out of the sums.
  std::vector<std::int32_t> root(atoms.atoms.size());
  for (std::size_t k = 0; k < root.size(); ++k) root[k] = std::int32_t(k);
  const auto find = [&root](std::int32_t k) {
    while (root[std::size_t(k)] != k) k = root[std::size_t(k)] = root[std::size_t(root[std::size_t(k)])];
    return k;
  };
  const auto usable = [&](std::int32_t k) {
    const std::int32_t owner = atoms.atoms[std::size_t(k)].owner;
    return owner == ParcelAtoms::kReserve || !fixed[std::size_t(owner)];  // only the locked-out are fixed yet
  };
  for (const auto& [a, b] : atoms.touching)
    if (usable(a) && usable(b)) root[std::size_t(find(a))] = find(b);
  std::vector<double> componentEquivalents(atoms.atoms.size(), 0.0);
  for (std::size_t k = 0; k < atoms.atoms.size(); ++k)
    if (usable(std::int32_t(k))) componentEquivalents[std::size_t(find(std::int32_t(k)))] += atoms.atoms[k].equivalents;
  std::vector<double> equivalents(std::size_t(atoms.parcelCount), 0.0);
  double total = 0;
  for (std::size_t k = 0; k < atoms.atoms.size(); ++k) {
    const Atom& a = atoms.atoms[k];
    if (!usable(std::int32_t(k)) || componentEquivalents[std::size_t(find(std::int32_t(k)))] < 1 - 1e-6) continue;
    if (a.owner == ParcelAtoms::kReserve) total += a.equivalents;
    else equivalents[std::size_t(a.owner)] += a.equivalents;
  }
  for (std::int32_t p : lockIn) {
    fixed[std::size_t(p)] = 1;
    total += equivalents[std::size_t(p)];
    budget -= costs[std::size_t(p)];
  }
  std::vector<std::int32_t> free;
  for (std::int32_t p = 0; p < atoms.parcelCount; ++p)
    if (!fixed[std::size_t(p)] && equivalents[std::size_t(p)] > 0) free.push_back(p);
  const auto ratio = [&](std::int32_t p) {
    return costs[std::size_t(p)] > 0 ? equivalents[std::size_t(p)] / costs[std::size_t(p)] : INFINITY;
  };
  std::sort(free.begin(), free.end(), [&](std::int32_t a, std::int32_t b) { return ratio(a) > ratio(b); });
  for (std::int32_t p : free) {
    const double cost = costs[std::size_t(p)];
    if (cost <= budget) {
      total += equivalents[std::size_t(p)];
      budget -= cost;
    } else {
      total += equivalents[std::size_t(p)] * std::max(0.0, budget) / cost;
      break;
    }
  }
  // Rounding of the sums must not cut a whole leopard off the bound.
  return model::wholeLeopards(total * (1 + 1e-12) + 1e-6);
}

RankingInputs rankingInputsFromProject(const project::Project& project, int forestVersion) {
  RankingInputs in;
  in.forestVersion = forestVersion < 0 ? project.activeForestVersion : forestVersion;
  in.forestPath = project::forestPath(project, in.forestVersion);
  if (const project::LayerRef* l = project.layer(project::LayerRole::Basins)) in.basinsPath = l->path, in.basinsLayer = l->layerName;
  const project::LayerRef* parcels = project.layer(project::LayerRole::Parcels);
  if (!parcels) throw Error(ErrorCode::InvalidInput, {}, "the project has no parcel layer");
  in.parcelsPath = parcels->path;
  in.parcelsLayer = parcels->layerName;
  if (const project::LayerRef* l = project.layer(project::LayerRole::Reserve)) in.reservePath = l->path, in.reserveLayer = l->layerName;
  in.model = model::parseModelConfig(project.modelJson.empty() ? "{}" : project.modelJson, "project model");
  return in;
}

RankingResult rankParcels(const RankingInputs& inputs, const RankingOptions& options, const Progress& progress) {
  if (!(options.budget >= 0) || !std::isfinite(options.budget))
    throw Error(ErrorCode::InvalidInput, {}, "the budget must be a number ≥ 0");
  if (!(options.blm >= 0) || !std::isfinite(options.blm))
    throw Error(ErrorCode::InvalidInput, {}, "the boundary weight must be a number ≥ 0");
  const Clock::time_point start = Clock::now();
  Clock::time_point phase = start;
  auto endPhase = [&phase](double& seconds) {
    seconds = secondsSince(phase);
    phase = Clock::now();
  };
  reportProgress(progress, 0.0, "reading layers");
  RankingResult result;
  result.budget = options.budget;

  // Shares of the whole, roughly as the phases take time at 100,000 parcels (docs/PERFORMANCE.md).
  const Progress readingProgress = phaseProgress(progress, 0.0, 0.03);
  const VectorLayer parcels = readPolygons(inputs.parcelsPath, inputs.parcelsLayer, {}, phaseProgress(readingProgress, 0.0, 0.6));
  capacity::CapacityInputs forest;
  forest.forestPath = inputs.forestPath;
  if (!inputs.basinsPath.empty())
    forest.basins = readPolygons(inputs.basinsPath, inputs.basinsLayer, {}, phaseProgress(readingProgress, 0.6, 0.65));
  std::optional<VectorLayer> reserve;
  // In the parcels' CRS, so that shared boundaries with parcels can be measured.
  if (!inputs.reservePath.empty())
    reserve = readPolygons(inputs.reservePath, inputs.reserveLayer, parcels.crs, phaseProgress(readingProgress, 0.65, 0.7));
  for (const VectorLayer* layer : std::initializer_list<const VectorLayer*>{&parcels, forest.basins ? &*forest.basins : nullptr,
                                                                           reserve ? &*reserve : nullptr})
    if (layer)
      for (const std::string& w : layer->warnings) result.warnings.push_back(layer->path + ": " + w);

  // Ids and costs.
  const std::size_t n = parcels.features.size();
  const int idField = parcels.fieldIndex(inputs.idField);
  const int costField = parcels.fieldIndex(inputs.costField);
  if (idField < 0 && inputs.idField != RankingInputs{}.idField)  // only the default may fall back to feature ids
    throw Error(ErrorCode::NoSuchField, parcels.path, "layer '" + parcels.layerName + "' has no field '" + inputs.idField + "'");
  if (costField < 0)
    throw Error(ErrorCode::NoSuchField, parcels.path, "layer '" + parcels.layerName + "' has no field '" + inputs.costField + "'");
  const std::vector<ParcelId> ids = readParcelIds(parcels, inputs.idField, true);
  const std::unordered_map<ParcelId, std::size_t> indexOfId = indexOfParcelIds(ids);
  std::vector<double> costs(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Feature& f = parcels.features[i];
    const std::optional<double> cost = toNumber(f.attributes[std::size_t(costField)]);
    if (!cost || !(*cost >= 0) || !std::isfinite(*cost))
      throw Error(ErrorCode::InvalidInput, parcels.path,
                  "parcel '" + ids[i] + "': " + inputs.costField + " is missing, negative or not a number");
    costs[i] = *cost;
  }
  BudgetOptimumOptions budget;
  budget.budget = options.budget;
  budget.blm = options.blm;
  budget.lockIn = indicesOf(options.lockIn, indexOfId, parcels.path, "--lock-in");
  budget.lockOut = indicesOf(options.lockOut, indexOfId, parcels.path, "--lock-out");
  for (std::int32_t i : budget.lockIn)
    if (std::binary_search(budget.lockOut.begin(), budget.lockOut.end(), i))
      throw Error(ErrorCode::InvalidInput, parcels.path, "parcel '" + ids[std::size_t(i)] + "' is locked both in and out");
  double lockedCost = 0;
  for (std::int32_t i : budget.lockIn) lockedCost += costs[std::size_t(i)];
  if (lockedCost > options.budget + 1e-9)  // the budget optimum's slack for sums of prices
    throw Error(ErrorCode::InvalidInput, parcels.path,
                "the locked-in parcels cost " + fixedDecimal(lockedCost, 2) + " USD, more than the budget of " +
                    fixedDecimal(options.budget, 2));
  budget.timeLimitSeconds = options.timeLimitSeconds;
  budget.seed = int(options.seed);

  // Atoms: one pass over the raster.
  std::vector<capacity::Region> regions;
  regions.reserve(n);
  const std::vector<std::shared_ptr<const OGRGeometry>> outside =
      outsideReserve(parcels, reserve ? &*reserve : nullptr, phaseProgress(readingProgress, 0.7, 1.0));
  for (std::size_t i = 0; i < n; ++i) {
    regions.push_back({ids[i], parcels.crs, {}});
    if (outside[i]) regions.back().parts.push_back(outside[i]);
  }
  std::optional<capacity::Region> reserveRegion;
  if (reserve) {
    reserveRegion = capacity::Region{"reserve", reserve->crs, {}};
    for (const Feature& f : reserve->features) reserveRegion->parts.emplace_back(f.geometry->clone());
  }
  endPhase(result.phaseSeconds.reading);
  const double atomsEnd = options.reach ? 0.3 : 0.35;
  BuiltAtoms built = buildParcelAtoms(forest, regions, reserveRegion, inputs.model, phaseProgress(progress, 0.03, atomsEnd));
  budget.areasKm2 = built.parcelAreaKm2;
  endPhase(result.phaseSeconds.atoms);

  // Reach: parcels leopards cannot get to keep their atoms (they still join patches on either side),
  // but hold no habitat, so that every search and figure below counts them as nothing.
  std::vector<double> reserveCost;
  if (options.reach) {
    if (!reserveRegion)
      throw Error(ErrorCode::InvalidInput, inputs.parcelsPath, "a reach limit needs the existing reserve (leopards come from it)");
    if (!(options.reach->maxCostKm >= 0))
      throw Error(ErrorCode::InvalidInput, {}, "the reach limit must be a number of km ≥ 0");
    reportProgress(progress, atomsEnd, "reach");
    std::optional<VectorLayer> roads, settlements;
    if (!options.reach->roadsPath.empty()) roads = readVectorLayer(options.reach->roadsPath, {});
    if (!options.reach->settlementsPath.empty()) {
      VectorReadOptions polygons;
      polygons.polygonsOnly = true;
      settlements = readVectorLayer(options.reach->settlementsPath, polygons);
    }
    const corridor::CorridorGrid grid = corridor::buildResistanceGrid(inputs.forestPath, options.reach->resistance,
                                                                      roads ? &*roads : nullptr, settlements ? &*settlements : nullptr);
    const corridor::CostSurface fromReserve =
        corridor::accumulateCost(grid.cells, corridor::cellsTouched(grid, reserveRegion->parts, reserveRegion->crs),
                                 phaseProgress(progress, atomsEnd, 0.35));
    std::vector<std::vector<std::shared_ptr<const OGRGeometry>>> places;
    places.reserve(n);
    for (const capacity::Region& r : regions) places.push_back(r.parts);
    reserveCost = corridor::leastCostOfPlaces(grid, fromReserve, places, parcels.crs);
    for (std::size_t i = 0; i < n; ++i) {
      if (reserveCost[i] <= options.reach->maxCostKm) continue;
      ++result.unreachableParcels;
      for (const std::int32_t atom : built.atoms.parcelAtoms[i]) {
        built.atoms.atoms[std::size_t(atom)].areaKm2 = 0;
        built.atoms.atoms[std::size_t(atom)].equivalents = 0;
      }
    }
    result.reachMaxCostKm = options.reach->maxCostKm;
  }
  endPhase(result.phaseSeconds.reach);

  // Shared boundaries (km) of parcels and reserve: BLM and the reported perimeter. A geographic
  // CRS has no linear unit: the boundary is then unknown, and a BLM an error.
  const bool measurable = !parcels.crs.isGeographic();
  if (!measurable && options.blm > 0)
    throw Error(ErrorCode::InvalidInput, parcels.path, "a boundary weight needs parcels in a projected CRS");
  if (measurable) {
    reportProgress(progress, 0.35, "shared boundaries");
    VectorLayer all;
    all.path = parcels.path;
    all.layerName = parcels.layerName;
    all.crs = parcels.crs;
    std::vector<int> ownerOf;  // row of `all` → parcel index, or kReserve
    for (std::size_t i = 0; i < n; ++i)
      if (outside[i]) {
        all.features.push_back({parcels.features[i].fid, {}, OGRGeometryUniquePtr(outside[i]->clone())});
        ownerOf.push_back(int(i));
      }
    if (reserve)
      for (const Feature& f : reserve->features) {
        all.features.push_back({f.fid, {}, OGRGeometryUniquePtr(f.geometry->clone())});
        ownerOf.push_back(ParcelAtoms::kReserve);
      }
    const auto owner = [&ownerOf](int k) { return ownerOf[std::size_t(k)]; };
    for (const SelectionEdge& e : sharedBoundaries(all, phaseProgress(progress, 0.35, 0.4))) {
      const int a = owner(e.a), b = owner(e.b);
      if (a == ParcelAtoms::kReserve && b == ParcelAtoms::kReserve) continue;  // the reserve's own outline
      budget.boundaries.push_back({a, b, e.lengthKm});
    }
  }

  endPhase(result.phaseSeconds.boundaries);

  // The acquisition order, then the budget optimum.
  GreedyOptions greedy;
  greedy.pairs = options.pairs;
  const std::vector<OrderStep> steps = greedyOrder(built.atoms, costs, greedy, phaseProgress(progress, 0.4, 0.5));
  endPhase(result.phaseSeconds.greedyOrder);
  budget.greedyOrder = steps;  // its prefix that fits is the optimum's first start: not computed twice
  const BudgetResult best = optimiseBudget(built.atoms, costs, budget, phaseProgress(progress, 0.5, 0.98));
  endPhase(result.phaseSeconds.budgetOptimum);
  result.phaseSeconds.linearStart = best.linearSeconds;
  result.timeLimitReached = best.localSearchStoppedByTime;
  if (best.linearRun) result.linearStatus = mipStatusName(best.linearStatus);
  const Progress tableProgress = phaseProgress(progress, 0.98, 1.0);

  const PatchUnion reserveOnly(built.atoms);
  result.reserveLeopards = reserveOnly.totals().leopards;
  result.reserveLeopardsFractional = reserveOnly.totals().equivalents;
  std::vector<std::uint8_t> selected(n, 0);
  for (std::int32_t p : best.parcels) selected[std::size_t(p)] = 1;
  result.order.reserve(steps.size());
  for (std::size_t k = 0; k < steps.size(); ++k) {
    if (k % 1024 == 0) reportProgress(tableProgress, double(k) / double(steps.size()), "parcels alone");
    const OrderStep& s = steps[k];
    RankedParcel row{int(k + 1), ids[std::size_t(s.parcel)], s.cost, s.gainLeopards, s.gainFractional, s.cumulativeCost,
                     s.cumulativeLeopards, selected[std::size_t(s.parcel)] != 0};
    // A parcel's atoms are its own separate patches when it stands alone.
    for (const std::int32_t atom : built.atoms.parcelAtoms[std::size_t(s.parcel)]) {
      const double e = built.atoms.atoms[std::size_t(atom)].equivalents;
      row.leopardsAlone += model::wholeLeopards(e);
      row.leopardsAloneFractional += e;
    }
    const UnionTotals added = reserveOnly.additionOf({s.parcel});
    row.addedLeopards = added.leopards;
    row.addedLeopardsFractional = added.equivalents;
    row.addedLeopardsMin = added.leopardsMin;
    row.addedLeopardsMax = added.leopardsMax;
    row.leopardsWithReserve = result.reserveLeopards + added.leopards;
    if (s.cost > 0) row.addedPerMusd = double(added.leopards) / (s.cost / 1e6);
    if (!reserveCost.empty()) {
      row.reserveCostKm = reserveCost[std::size_t(s.parcel)];
      row.reachable = row.reserveCostKm <= options.reach->maxCostKm;
    }
    result.order.push_back(std::move(row));
  }
  for (std::int32_t p : best.parcels) result.selectedIds.push_back(ids[std::size_t(p)]);
  std::sort(result.selectedIds.begin(), result.selectedIds.end(), parcelIdLess);
  result.leopards = best.leopards;
  result.leopardsFractional = best.leopardsFractional;
  result.cost = best.cost;
  result.areaKm2 = best.areaKm2;
  result.boundaryKm = measurable ? best.boundaryKm : std::numeric_limits<double>::quiet_NaN();
  result.linearGap = std::isfinite(best.linearGap) ? best.linearGap : -1;
  // The proven gap of the answer: against the bound on whole leopards (the boundary term only lowers
  // the objective, so the bound holds for it too); 0 after full enumeration or when the bound is met.
  result.leopardsUpperBound = wholeLeopardUpperBound(built.atoms, costs, options.budget, budget.lockIn, budget.lockOut);
  const double objective = best.objective;
  result.optimalityGap = best.provenOptimal ? 0.0
                                            : std::max(0.0, double(result.leopardsUpperBound) - objective) /
                                                  std::max(std::abs(objective), 1e-9);
  result.provenOptimal = result.optimalityGap == 0;
  endPhase(result.phaseSeconds.table);
  result.seconds = secondsSince(start);
  reportProgress(progress, 1.0, "done");
  return result;
}

std::string rankingCsvHeader() {
  return "rank,id,cost,gain_leopards,gain_fractional,cumulative_cost,cumulative_leopards,selected,"
         "leopards_alone,leopards_alone_fractional,leopards_with_reserve,added_leopards,added_leopards_fractional,"
         "added_leopards_min,added_leopards_max,added_per_musd,reserve_cost_km,reachable";
}

std::string rankingCsvRow(const RankedParcel& r) {
  return std::to_string(r.rank) + ',' + csvField(r.id) + ',' + fixedDecimal(r.cost, 2) + ',' + std::to_string(r.gainLeopards) + ',' +
         fixedDecimal(r.gainFractional, 6) + ',' + fixedDecimal(r.cumulativeCost, 2) + ',' + std::to_string(r.cumulativeLeopards) + ',' +
         (r.selected ? '1' : '0') + ',' + std::to_string(r.leopardsAlone) + ',' + fixedDecimal(r.leopardsAloneFractional, 6) + ',' +
         std::to_string(r.leopardsWithReserve) + ',' + std::to_string(r.addedLeopards) + ',' + fixedDecimal(r.addedLeopardsFractional, 6) +
         ',' + std::to_string(r.addedLeopardsMin) + ',' + std::to_string(r.addedLeopardsMax) + ',' +
         (std::isnan(r.addedPerMusd) ? std::string() : fixedDecimal(r.addedPerMusd, 6)) + ',' +
         (std::isnan(r.reserveCostKm) ? std::string() : std::isinf(r.reserveCostKm) ? std::string("inf") : fixedDecimal(r.reserveCostKm, 3)) +
         ',' + (r.reachable ? '1' : '0');
}

void writeRankingCsv(const RankingResult& result, const std::string& path) {
  std::string text = rankingCsvHeader() + '\n';
  for (const RankedParcel& r : result.order) text += rankingCsvRow(r) + '\n';
  writeTextAtomically(path, text);
}

nlohmann::ordered_json summaryIdsJson(const RankingResult& result, const std::vector<ParcelId>& ids) {
  // Numbers while every id is one, as the summaries of numbered layers always were; text otherwise.
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  const bool numbers = std::all_of(result.order.begin(), result.order.end(), [](const RankedParcel& r) { return wholeNumberId(r.id).has_value(); });
  for (const ParcelId& id : ids) out.push_back(numbers ? nlohmann::ordered_json(*wholeNumberId(id)) : nlohmann::ordered_json(id));
  return out;
}

nlohmann::ordered_json rankingSummaryJson(const RankingResult& result) {
  auto number = [](double v) { return std::isfinite(v) ? nlohmann::ordered_json(v) : nlohmann::ordered_json(nullptr); };
  nlohmann::ordered_json j;
  j["selected_ids"] = summaryIdsJson(result, result.selectedIds);
  j["leopards"] = result.leopards;
  j["leopards_fractional"] = result.leopardsFractional;
  j["cost"] = result.cost;
  j["budget"] = result.budget;
  j["area_km2"] = result.areaKm2;
  j["boundary_km"] = number(result.boundaryKm);
  j["optimality_gap"] = result.optimalityGap < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(result.optimalityGap);
  j["proven_optimal"] = result.provenOptimal;
  j["leopards_upper_bound"] = result.leopardsUpperBound;
  j["linear_gap"] = result.linearGap < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(result.linearGap);
  j["reserve_leopards"] = result.reserveLeopards;
  j["reserve_leopards_fractional"] = result.reserveLeopardsFractional;
  j["reach_km"] = number(result.reachMaxCostKm);
  j["unreachable_parcels"] = result.unreachableParcels;
  j["parcels"] = result.order.size();
  j["selected_parcels"] = result.selectedIds.size();
  // Timing last: the keys above are what the same inputs reproduce byte for byte.
  j["seconds"] = result.seconds < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(result.seconds);
  const RankingSeconds& t = result.phaseSeconds;
  j["phase_seconds"] = {{"reading", t.reading},           {"atoms", t.atoms},
                        {"reach", t.reach},               {"shared_boundaries", t.boundaries},
                        {"greedy_order", t.greedyOrder},  {"budget_optimum", t.budgetOptimum},
                        {"linear_start", t.linearStart},  {"table", t.table}};
  j["time_limit_reached"] = result.timeLimitReached;
  j["linear_status"] = result.linearStatus.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(result.linearStatus);
  return j;
}

void writeRankingSummaryJson(const RankingResult& result, const std::string& path) {
  writeTextAtomically(path, rankingSummaryJson(result).dump(2) + "\n");
}

}  // namespace hp::ranking
