// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/CandidateTable.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

#include "capacity/CapacityTable.h"
#include "io/AtomicFile.h"
#include "io/TextNumbers.h"

namespace hp::project {

const std::vector<std::string>& candidateColumns() {
  static const std::vector<std::string> columns{
      "cost_usd",       "leopards_with_reserve",     "leopards_with_reserve_min", "leopards_with_reserve_max",
      "added_area_km2", "added_habitat_km2",         "added_leopards",            "added_leopards_fractional",
      "added_leopards_min", "added_leopards_max",    "added_per_musd"};
  return columns;
}

namespace {

// A cell after cost_usd: empty (null) when the figure does not apply, else a whole number or a real.
struct Cell {
  std::optional<double> value;
  bool integer = false;
};

// One candidate's reserve-side cells, in candidateColumns() order after cost_usd.
std::vector<Cell> reserveCells(const CandidateFigures& f) {
  if (!f.withReserve || !f.added) return std::vector<Cell>(candidateColumns().size() - 1);
  const model::RegionCapacity& with = *f.withReserve;
  const model::ReserveAddition* added = &*f.added;
  auto whole = [](long v) { return Cell{double(v), true}; };
  auto real = [](double v) { return Cell{v, false}; };
  return {whole(with.leopards),         whole(with.leopardsMin),
          whole(with.leopardsMax),      real(added->areaKm2),
          real(added->habitatKm2),      whole(added->leopards),
          real(added->leopardsFractional), whole(added->leopardsMin),
          whole(added->leopardsMax),
          std::isnan(added->leopardsPerMillionUsd) ? Cell{} : real(added->leopardsPerMillionUsd)};
}

}  // namespace

void writeCandidatesCsv(const std::string& path, const std::vector<CandidateFigures>& figures) {
  std::string text = capacity::capacityCsvHeader();
  for (const std::string& c : candidateColumns()) text += "," + c;
  text += "\n";
  for (const CandidateFigures& f : figures) {
    text += capacity::capacityCsvRow(f.capacity) + "," + fixedDecimal(f.costUsd, 2);
    for (const Cell& c : reserveCells(f)) {
      text += ",";
      if (c.value) text += c.integer ? std::to_string(std::lround(*c.value)) : fixedDecimal(*c.value, 6);
    }
    text += "\n";
  }
  writeTextAtomically(path, text);
}

void writeCandidatesJson(const std::string& path, const std::vector<CandidateFigures>& figures) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const CandidateFigures& f : figures) {
    nlohmann::ordered_json o = capacity::capacityJson(f.capacity);
    o["cost_usd"] = f.costUsd;
    const std::vector<Cell> cells = reserveCells(f);
    for (std::size_t k = 0; k < cells.size(); ++k) {
      const std::string& name = candidateColumns()[k + 1];
      if (!cells[k].value) o[name] = nullptr;
      else if (cells[k].integer) o[name] = std::lround(*cells[k].value);
      else o[name] = *cells[k].value;
    }
    array.push_back(std::move(o));
  }
  writeTextAtomically(path, array.dump(2) + "\n");
}

}  // namespace hp::project
