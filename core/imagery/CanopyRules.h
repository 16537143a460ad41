// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace hp::imagery {

// NDVI -> canopy cover %, piecewise linear between breakpoints (ndvi ascending), flat outside.
// Default breakpoints are an *assumption* (see docs/IMPORT.md): bare/sparse below 0.2 NDVI,
// closed temperate mixed forest in summer above ~0.85.
struct NdviRule {
  std::vector<std::pair<double, double>> breakpoints{{0.20, 0.0}, {0.40, 15.0}, {0.60, 50.0}, {0.75, 80.0}, {0.85, 100.0}};
};

// Throws Error(InvalidInput) unless breakpoints are non-empty, NDVI ascending within [-1,1] and canopy within [0,100].
void validate(const NdviRule& rule);
double ndviToCanopyPct(double ndvi, const NdviRule& rule);

// Normalised difference (nir − red) / (nir + red); NaN when both are zero.
double ndvi(double red, double nir);

// Class value -> canopy cover %. Classes not in the table give no data.
using ClassTable = std::map<long, double>;

// Parses "class,canopy" lines (a header line, '#' comments and ';' or tab separators allowed).
// `file` names the table in errors. Throws Error(InvalidInput) with the line number.
ClassTable parseClassTable(const std::string& text, const std::string& file);

// ESA WorldCover 2020/2021 classes with canopy assumptions (10 tree cover = 80 %, 20 shrubland 20 %, 95 mangroves 80 %, others 0).
ClassTable worldCoverTable();

// A forest-loss year value as the year it stands for: Hansen GFC stores 1..N for 2001..2000+N;
// four-digit values are taken as years. 0 or less: no loss.
int lossYear(double value);

}  // namespace hp::imagery
