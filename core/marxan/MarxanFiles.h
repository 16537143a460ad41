// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "marxan/MarxanProblem.h"

namespace hp::ranking {

// The keys of Marxan's input.dat that locate the problem. The BLM lives in MarxanProblem::blm.
struct MarxanSettings {
  std::string inputDir = "input";    // INPUTDIR, relative to input.dat's folder unless absolute
  std::string outputDir = "output";  // OUTPUTDIR, likewise
  std::string puName = "pu.dat";     // PUNAME, relative to INPUTDIR unless absolute
  std::string specName = "spec.dat";
  std::string puvsprName = "puvspr.dat";
  std::string boundName;             // BOUNDNAME; empty: no boundary file
  std::string scenarioName = "output";  // SCENNAME
  int numReps = 10;                  // NUMREPS, for Marxan itself; the exact solve needs one
  bool operator==(const MarxanSettings&) const = default;
};

// A problem read from Marxan input files, with where it came from.
struct MarxanProject {
  std::string inputDat;
  MarxanSettings settings;
  MarxanProblem problem;
  std::string outputDirectory;        // OUTPUTDIR resolved against input.dat's folder
  std::vector<std::string> warnings;  // rows skipped or columns not modelled, one sentence each
};

// input.dat: "KEY value" lines; unknown keys and free text are ignored, as Marxan does. Sets
// `blm` from BLM. Throws Error(FileNotFound) or Error(InvalidInput) naming the file and line.
MarxanSettings readMarxanSettings(const std::string& inputDat, double* blm = nullptr);

// Reads input.dat and the files it names. Every error is an hp::Error naming the file and, for
// bad rows, the line: missing columns, text where a number belongs, unknown planning-unit ids
// in puvspr.dat or bound.dat, duplicate ids, statuses other than 0–3. Rows of puvspr.dat
// for features absent from spec.dat are skipped with a warning, like Marxan.
MarxanProject readMarxanProject(const std::string& inputDat);

// The individual files (comma or tab separated, with a header).
std::vector<MarxanUnit> readMarxanUnits(const std::string& puDat);
std::vector<MarxanFeature> readMarxanFeatures(const std::string& specDat, std::vector<std::string>* warnings = nullptr);
std::vector<MarxanAmount> readMarxanAmounts(const std::string& puvsprDat, const MarxanProblem& unitsAndFeatures,
                                            std::vector<std::string>* warnings = nullptr);
std::vector<MarxanBoundary> readMarxanBoundaries(const std::string& boundDat, const MarxanProblem& units);

// Writes input.dat into `directory` and pu.dat, spec.dat, puvspr.dat and (with boundaries)
// bound.dat into its INPUTDIR, creating folders. Numbers are written to read back exactly.
// Returns the path of input.dat. Throws Error(WriteFailed).
std::string writeMarxanProject(const std::string& directory, const MarxanProblem& problem, MarxanSettings settings = {});

// A column of a Marxan solution file: output_best (PUID,SOLUTION; .csv or .txt), a run's
// output_rNNNNN, or output_ssoln (planning_unit,number: how many runs selected the unit).
struct MarxanSolutionColumn {
  std::string valueName;  // the value column's header: SOLUTION or number
  std::vector<std::int64_t> unitIds;
  std::vector<double> values;
};

MarxanSolutionColumn readMarxanSolution(const std::string& path);

// The units whose value is > 0. Throws Error(InvalidInput) for an id not in the problem;
// units absent from the file are not selected.
std::vector<bool> selectionFromMarxanSolution(const MarxanProblem& problem, const MarxanSolutionColumn& solution);

// output_best.csv: header exactly "PUID,SOLUTION", one row per unit in problem order.
void writeMarxanBestSolution(const std::string& path, const MarxanProblem& problem, const std::vector<bool>& selected);

}  // namespace hp::ranking
