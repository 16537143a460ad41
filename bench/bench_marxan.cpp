// SPDX-License-Identifier: GPL-3.0-or-later
// bench_marxan: a Marxan-sized problem (1,750 hexagonal planning units, 17 clumped features,
// targets 30 % of each total, smoothly varying costs, bound.dat for the grid) written as Marxan
// files, read back and solved exactly with CBC at BLM 0 and at a moderate BLM. Reports time and
// the proven optimality gap; the acceptance target is a gap <= 0.1 % within 60 s.
//
//   bench_marxan [--out DIR] [--time-limit S] [--gap G] [--blm W ...] [--cost-noise A] [--progress 0|1] [--seed N]
//   bench_marxan --budget-grid 142 [--time-limit S] [--blm W ...]   (budget selection, 20,164 parcels)
//
// Exit code 0 when every solve met the target, 1 otherwise.
#include <chrono>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "marxan/MarxanFiles.h"
#include "marxan/MarxanSolve.h"
#include "ranking/BudgetSelection.h"

using namespace hp::ranking;

namespace {

constexpr int kColumns = 50;
constexpr int kRows = 35;  // 50 x 35 = 1,750 hexagons
constexpr int kFeatures = 17;
constexpr double kHexSideKm = 1.0;
const double kHexAreaHa = 1.5 * std::sqrt(3.0) * kHexSideKm * kHexSideKm * 100.0;  // 259.81 ha

// Odd-row offset hexagons (pointy top): the six neighbours of (row, column).
std::vector<std::pair<int, int>> neighbours(int row, int column) {
  const bool odd = row % 2 == 1;
  const int d = odd ? 0 : -1;
  return {{row, column - 1}, {row, column + 1}, {row - 1, column + d}, {row - 1, column + d + 1},
          {row + 1, column + d}, {row + 1, column + d + 1}};
}

// Centre of a hexagon in km, so that distances are isotropic.
std::pair<double, double> centre(int row, int column) {
  const double width = std::sqrt(3.0) * kHexSideKm;
  return {width * (column + (row % 2 == 1 ? 0.5 : 0.0)), 1.5 * kHexSideKm * row};
}

// A smooth random field: a sum of Gaussian bumps. Clumped, spatially autocorrelated values.
struct Bump {
  double x, y, radius, height;
};

std::vector<Bump> bumps(std::mt19937& rng, int count, double minRadius, double maxRadius) {
  const double w = std::sqrt(3.0) * kHexSideKm * kColumns, h = 1.5 * kHexSideKm * kRows;
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<Bump> b;
  for (int i = 0; i < count; ++i)
    b.push_back({w * u(rng), h * u(rng), minRadius + (maxRadius - minRadius) * u(rng), 0.5 + u(rng)});
  return b;
}

double field(const std::vector<Bump>& b, double x, double y) {
  double v = 0.0;
  for (const Bump& k : b) v += k.height * std::exp(-((x - k.x) * (x - k.x) + (y - k.y) * (y - k.y)) / (2.0 * k.radius * k.radius));
  return v;
}

MarxanProblem generate(unsigned seed, double costNoise) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  MarxanProblem p;
  auto index = [](int row, int column) { return row * kColumns + column; };

  // Costs: land gets dearer towards the south-east (towards Vladivostok and the coast), with
  // smooth local variation; 20 .. ~200 per unit. costNoise adds parcel-to-parcel noise of that
  // amplitude (0: smooth, as the benchmark is specified).
  const std::vector<Bump> costField = bumps(rng, 12, 4.0, 12.0);
  // An existing reserve (locked in) in the west and settlements (locked out).
  const std::vector<Bump> reserve = {{12.0, 30.0, 5.0, 1.0}};
  for (int r = 0; r < kRows; ++r) {
    for (int c = 0; c < kColumns; ++c) {
      const auto [x, y] = centre(r, c);
      const double gradient = 0.5 * x / (std::sqrt(3.0) * kColumns) + 0.5 * (1.0 - y / (1.5 * kRows));
      const double noise = costNoise > 0.0 ? costNoise * (u(rng) - 0.5) : 0.0;
      const double cost = 20.0 + 100.0 * gradient + 40.0 * field(costField, x, y) + noise;
      MarxanStatus status = MarxanStatus::Available;
      if (field(reserve, x, y) > 0.6) status = MarxanStatus::LockedIn;
      else if (u(rng) < 0.02) status = MarxanStatus::LockedOut;
      p.units.push_back({index(r, c) + 1, std::round(cost * 100.0) / 100.0, status});
    }
  }
  // Features: 17 clumped distributions of different extent (rare specialists to widespread
  // species); amounts are zero outside the clumps.
  for (int f = 0; f < kFeatures; ++f) {
    const int clumps = 2 + int(6 * u(rng));
    const std::vector<Bump> b = bumps(rng, clumps, 2.0 + 4.0 * u(rng), 5.0 + 8.0 * u(rng));
    const double threshold = 0.15 + 0.35 * u(rng);
    p.features.push_back({f + 1, "feature_" + std::to_string(f + 1), 0.0, 0.3, 10.0});
    for (int r = 0; r < kRows; ++r)
      for (int c = 0; c < kColumns; ++c) {
        const auto [x, y] = centre(r, c);
        const double v = field(b, x, y);
        // Habitat area in hectares: full hexagons inside a clump, partial ones along its edge.
        const double coverage = std::min(1.0, (v - threshold) / 0.3);
        if (coverage > 0.0) p.amounts.push_back({f, index(r, c), std::round(coverage * kHexAreaHa * 100.0) / 100.0});
      }
  }
  // bound.dat: each shared side once, and each edge unit's outside sides as its own boundary.
  for (int r = 0; r < kRows; ++r)
    for (int c = 0; c < kColumns; ++c) {
      int outside = 0;
      for (const auto& [nr, nc] : neighbours(r, c)) {
        if (nr < 0 || nr >= kRows || nc < 0 || nc >= kColumns) ++outside;
        else if (index(nr, nc) > index(r, c)) p.boundaries.push_back({index(r, c), index(nr, nc), kHexSideKm});
      }
      if (outside > 0) p.boundaries.push_back({index(r, c), index(r, c), outside * kHexSideKm});
    }
  return p;
}

double secondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// The budget selection the ranking will use, at the size: `side`² parcels on a square grid,
// values clumped (a smooth field, most parcels worth little), costs smooth, budget a tenth of the
// total cost, shared sides of 1 km.
int benchBudget(int side, double timeLimit, double blm) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  const std::vector<Bump> valueField = bumps(rng, 40, 3.0, 10.0);
  const std::vector<Bump> costField = bumps(rng, 20, 10.0, 30.0);
  BudgetProblem p;
  const double scale = std::sqrt(3.0) * kColumns / side;  // spread the bumps over the grid
  double totalCost = 0.0;
  for (int r = 0; r < side; ++r)
    for (int c = 0; c < side; ++c) {
      const double x = c * scale, y = r * scale * 0.77;
      const double value = std::max(0.0, field(valueField, x, y) - 0.4);
      const double cost = std::round(100.0 * (20.0 + 60.0 * field(costField, x, y) + 5.0 * u(rng))) / 100.0;
      p.items.push_back({std::round(value * 1000.0) / 1000.0, cost, SelectionLock::Free});
      totalCost += cost;
      const int i = r * side + c;
      if (c + 1 < side) p.edges.push_back({i, i + 1, 1.0});
      if (r + 1 < side) p.edges.push_back({i, i + side, 1.0});
      const int outside = (r == 0) + (r == side - 1) + (c == 0) + (c == side - 1);
      if (outside) p.edges.push_back({i, i, double(outside)});
    }
  p.budget = std::round(totalCost / 10.0);
  p.blm = blm;
  BudgetOptions options;
  options.timeLimitSeconds = timeLimit;
  options.relativeGap = 0.0;
  const BudgetSelection s = solveBudgetSelection(p, options);
  std::printf("budget selection: %zu items, budget %.0f, BLM %g: %zu selected, value %.3f, cost %.2f, boundary %.0f km, "
              "bound %.3f, gap %.4f %%, %.2f s, %s\n",
              p.items.size(), p.budget, blm, s.selected.size(), s.value, s.cost, s.boundaryKm, s.bestBound,
              100.0 * s.relativeGap, s.seconds, mipStatusName(s.status));
  return s.hasSolution() ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out = (std::filesystem::temp_directory_path() / "bench_marxan").string();
  double timeLimit = 60.0;
  double gap = 0.001;
  double costNoise = 0.0;
  bool withProgress = false;
  int seed = 1;
  int budgetSide = 0;  // > 0: run the budget-selection benchmark on budgetSide² parcels instead  // poll a no-op progress callback, to measure what cancellation costs
  std::vector<double> blms;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--out") out = argv[i + 1];
    else if (a == "--time-limit") timeLimit = std::atof(argv[i + 1]);
    else if (a == "--gap") gap = std::atof(argv[i + 1]);
    else if (a == "--blm") blms.push_back(std::atof(argv[i + 1]));
    else if (a == "--cost-noise") costNoise = std::atof(argv[i + 1]);
    else if (a == "--progress") withProgress = std::atoi(argv[i + 1]) != 0;
    else if (a == "--budget-grid") budgetSide = std::atoi(argv[i + 1]);
    else if (a == "--seed") seed = std::atoi(argv[i + 1]);
    else {
      std::fprintf(stderr, "usage: bench_marxan [--out DIR] [--time-limit S] [--gap G] [--blm W ...] [--cost-noise A] [--progress 0|1] [--seed N] [--budget-grid N]\n");
      return 2;
    }
  }
  if (blms.empty()) blms = {0.0, 10.0};
  if (budgetSide > 0) {
    int status = 0;
    for (double blm : blms) status |= benchBudget(budgetSide, timeLimit, blm);
    return status;
  }

  auto t = std::chrono::steady_clock::now();
  const MarxanProblem generated = generate(2024, costNoise);
  const std::string inputDat = writeMarxanProject(out, generated);
  const MarxanProject project = readMarxanProject(inputDat);
  int locked[4] = {0, 0, 0, 0};
  for (const MarxanUnit& u : project.problem.units) ++locked[int(u.status)];
  std::printf("problem: %zu planning units (%d locked in, %d locked out), %zu features, %zu puvspr rows, %zu bound rows\n",
              project.problem.units.size(), locked[2], locked[3], project.problem.features.size(),
              project.problem.amounts.size(), project.problem.boundaries.size());
  std::printf("written and read back in %.2f s: %s\n", secondsSince(t), inputDat.c_str());
  std::printf("%8s %8s %7s %12s %10s %12s %12s %9s %8s %8s %10s %s\n", "BLM", "columns", "units", "cost", "boundary", "score",
              "bound", "gap %", "seconds", "cpu s", "nodes", "status");
  bool allMet = true;
  for (double blm : blms) {
    MarxanProblem p = project.problem;
    p.blm = blm;
    MarxanSolveOptions options;
    options.timeLimitSeconds = timeLimit;
    options.relativeGap = gap;
    options.seed = seed;
    if (withProgress) options.progress = [](double, const std::string&) { return true; };
    const std::clock_t cpuStart = std::clock();
    const MarxanSolveResult r = solveMarxan(p, options);
    const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    if (!r.hasSolution()) {
      std::printf("%8g  no solution (%s) after %.1f s\n", blm, mipStatusName(r.status), r.seconds);
      allMet = false;
      continue;
    }
    const MarxanEvaluation& e = r.evaluation;
    if (r.startScore > 0.0) std::printf("%8s start (LP rounding at BLM 0, the BLM-0 selection otherwise) after local search: %.2f\n", "", r.startScore);
    std::printf("%8g %8d %7d %12.2f %10.1f %12.2f %12.2f %9.4f %8.2f %8.2f %10ld %s\n", blm, r.columns, e.unitsSelected, e.cost,
                e.boundary, e.score, r.bestBound, 100.0 * r.relativeGap, r.seconds, cpuSeconds, r.nodes, mipStatusName(r.status));
    const bool met = r.relativeGap <= 0.001 && r.seconds <= 60.0 && e.targetsMet == int(p.features.size());
    allMet = allMet && met;
  }
  std::printf("target (gap <= 0.1 %% within 60 s, all targets met): %s\n", allMet ? "met" : "NOT met");
  return allMet ? 0 : 1;
}
