// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "marxan/MarxanProblem.h"
#include "marxan/MarxanSolve.h"

namespace hp::ranking {

struct MarxanResultPaths {
  std::string best;            // output_best.csv: PUID,SOLUTION
  std::string summary;         // output_sum.csv: Marxan's summary columns plus Targets_Met, Features, Optimality_Gap, Status
  std::string missingValues;   // output_mvbest.csv: per feature target, amount held, met
  std::string summaryJson;     // summary.json: the same facts for programs
};

// Writes the four files of a solved problem into `directory` (created if needed). Throws
// Error(InvalidInput) for a result without a solution and Error(WriteFailed).
MarxanResultPaths writeMarxanResults(const std::string& directory, const MarxanProblem& problem, const MarxanSolveResult& result);

}  // namespace hp::ranking
