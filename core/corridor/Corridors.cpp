// SPDX-License-Identifier: GPL-3.0-or-later
#include "corridor/Corridors.h"

#include <algorithm>
#include <cmath>


namespace hp::corridor {

namespace {

void centreOf(const CorridorGrid& grid, std::int32_t cell, double& x, double& y) {
  grid.transform.pixelToGeo(cell % grid.cells.width + 0.5, cell / grid.cells.width + 0.5, x, y);
}

RasterInfo gridInfo(const CorridorGrid& grid) {
  RasterInfo info;
  info.width = grid.cells.width;
  info.height = grid.cells.height;
  info.crs = grid.crs;
  info.transform = grid.transform;
  return info;
}

}  // namespace

GridMeasures::GridMeasures(const CorridorGrid& grid) : areas(gridInfo(grid)), lengths(grid.crs) {}

CorridorLink linkBetween(const CorridorGrid& grid, const GridMeasures& measures, const CostSurface& fromA,
                         const CostSurface& fromB, const std::vector<std::int32_t>& cellsOfB, double slackKm) {
  CorridorLink link;
  std::int32_t target = -1;
  for (const std::int32_t c : cellsOfB)
    if (target < 0 || fromA.cost[std::size_t(c)] < fromA.cost[std::size_t(target)]) target = c;
  if (target < 0 || std::isinf(fromA.cost[std::size_t(target)])) return link;
  link.reachable = true;
  link.costKm = fromA.cost[std::size_t(target)];

  const std::vector<std::int32_t> cells = pathTo(fromA, target);
  std::vector<double> xs, ys;
  auto line = std::make_shared<OGRLineString>();
  for (const std::int32_t c : cells) {
    double x, y;
    centreOf(grid, c, x, y);
    xs.push_back(x);
    ys.push_back(y);
    line->addPoint(x, y);
  }
  if (cells.size() == 1) line->addPoint(xs.front(), ys.front());  // touching: a degenerate line at the contact
  link.path = line;
  link.lengthKm = measures.lengths.lengthM(xs, ys) / 1000.0;
  // The land between: the two places' own cells are not corridor.
  double area = 0;
  for (std::size_t i = 0; i < grid.cells.size(); ++i)
    if (fromA.cost[i] > 0 && fromB.cost[i] > 0 && fromA.cost[i] + fromB.cost[i] <= link.costKm + slackKm)
      area += measures.areas.areaKm2(int(i / std::size_t(grid.cells.width)), int(i % std::size_t(grid.cells.width)));
  link.corridorAreaKm2 = area;
  if (link.lengthKm > 0) link.widthKm = area / link.lengthKm;
  return link;
}

std::vector<CorridorLink> projectCorridors(const project::Project& project, const project::ProjectData& data,
                                           const CorridorOptions& options, const Progress& progress) {
  const CorridorGrid grid = buildResistanceGrid(data.forestPath, options.resistance, options.roads, options.settlements);
  // Places: the reserve (when there is one) and every candidate, each with its cells and cost surface.
  struct Place {
    std::string name;
    std::vector<std::int32_t> cells;
    CostSurface surface;
  };
  std::vector<Place> places;
  if (data.reserve) {
    const capacity::Region r = project::reserveRegion(data);
    places.push_back({"reserve", cellsTouched(grid, r.parts, r.crs), {}});
  }
  for (const project::Candidate& c : project.candidates) {
    const capacity::Region r = project::candidateRegion(c, data);
    places.push_back({c.name, cellsTouched(grid, r.parts, r.crs), {}});
  }
  for (std::size_t i = 0; i < places.size(); ++i) {
    const double from = double(i) / double(places.size()), share = 1.0 / double(places.size());
    const Progress scaled = progress ? Progress([&](double f, const std::string& stage) { return progress(from + share * f, stage); })
                                     : Progress();
    places[i].surface = accumulateCost(grid.cells, places[i].cells, scaled);
  }
  const GridMeasures measures(grid);
  std::vector<CorridorLink> links;
  auto link = [&](const Place& a, const Place& b) {
    CorridorLink l = linkBetween(grid, measures, a.surface, b.surface, b.cells, options.slackKm);
    l.from = a.name;
    l.to = b.name;
    links.push_back(std::move(l));
  };
  const std::size_t firstCandidate = data.reserve ? 1 : 0;
  if (data.reserve)
    for (std::size_t i = 1; i < places.size(); ++i) link(places[0], places[i]);
  if (options.betweenCandidates)
    for (std::size_t i = firstCandidate; i < places.size(); ++i)
      for (std::size_t j = i + 1; j < places.size(); ++j) link(places[i], places[j]);
  reportProgress(progress, 1.0, "corridors");
  return links;
}

const CorridorLink* linkFromReserve(const std::vector<CorridorLink>& links, const std::string& candidate) {
  for (const CorridorLink& l : links)
    if (l.from == "reserve" && l.to == candidate) return &l;
  return nullptr;
}

VectorLayer corridorsLayer(const std::vector<CorridorLink>& links, const Crs& crs) {
  VectorLayer layer;
  layer.layerName = "corridors";
  layer.crs = crs;
  layer.fields = {{"from", FieldType::String},    {"to", FieldType::String},        {"reachable", FieldType::Integer},
                  {"cost_km", FieldType::Real},   {"length_km", FieldType::Real},   {"width_km", FieldType::Real},
                  {"corridor_area_km2", FieldType::Real}};
  auto real = [](double v) { return std::isnan(v) ? FieldValue() : FieldValue(v); };
  std::int64_t fid = 1;
  for (const CorridorLink& l : links) {
    Feature f;
    f.fid = fid++;
    f.attributes = {l.from, l.to, std::int64_t(l.reachable ? 1 : 0), real(l.costKm), real(l.lengthKm), real(l.widthKm),
                    real(l.corridorAreaKm2)};
    if (l.path) f.geometry.reset(l.path->clone());
    layer.features.push_back(std::move(f));
  }
  return layer;
}

}  // namespace hp::corridor
