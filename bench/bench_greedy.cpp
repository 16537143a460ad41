// SPDX-License-Identifier: GPL-3.0-or-later
// bench_greedy: the greedy acquisition order and the budget optimum on synthetic parcel atoms at
// the size (a 142 × 142 grid: 20,164 parcels), with the O(parcels²) re-evaluate-everything
// order on a small grid as the in-run baseline. No raster: the atoms come from a smooth clumped
// habitat field, so patches grow across many parcels as they do on real forest.
//
//   bench_greedy [--grid 142] [--baseline-grid 40] [--time-limit 30] [--blm 0.01] [--budget-share 0.1]
//
// Exit code 0 when the greedy order and the budget optimum each finish within 30 s.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "ranking/BudgetOptimum.h"
#include "ranking/GreedyOrder.h"
#include "ranking/PatchUnion.h"

using namespace hp::ranking;

namespace {

struct Problem {
  ParcelAtoms atoms;
  std::vector<double> costs;
  std::vector<SelectionEdge> edges;  // 1 km squares
};

// Each parcel: 0–2 atoms whose equivalents follow a sum of Gaussian clumps (0 outside them);
// neighbouring atoms touch when both sides hold habitat. A reserve in the west. Costs vary
// smoothly with noise.
Problem makeProblem(int side, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  struct Clump {
    double x, y, r;
  };
  std::vector<Clump> clumps;
  for (int k = 0; k < side * side / 400 + 3; ++k) clumps.push_back({u(rng) * side, u(rng) * side, 2.0 + 6.0 * u(rng)});
  auto field = [&](double x, double y) {
    double f = 0;
    for (const Clump& c : clumps) f += std::exp(-((x - c.x) * (x - c.x) + (y - c.y) * (y - c.y)) / (2 * c.r * c.r));
    return std::max(0.0, std::min(1.0, f) - 0.25);
  };
  Problem p;
  ParcelAtoms& a = p.atoms;
  a.parcelCount = side * side;
  a.territoryMinKm2 = 40;
  a.territoryMaxKm2 = 300;
  std::vector<std::vector<std::int32_t>> cell(std::size_t(side * side));
  const int reserveRows = side / 5;
  std::vector<std::int32_t> reserveAtom(std::size_t(side), -1);
  for (int y = 0; y < reserveRows; ++y) {
    reserveAtom[std::size_t(y)] = std::int32_t(a.atoms.size());
    a.atoms.push_back({ParcelAtoms::kReserve, 1.0, 0.4 * field(-0.5, y + 0.5)});
  }
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) {
      const int c = y * side + x;
      const double f = field(x + 0.5, y + 0.5);
      if (f > 0) {
        const int parts = u(rng) < 0.15 ? 2 : 1;
        for (int k = 0; k < parts; ++k) {
          cell[std::size_t(c)].push_back(std::int32_t(a.atoms.size()));
          a.atoms.push_back({c, f / parts, 0.35 * f / parts});
        }
      }
      p.costs.push_back(std::round(100.0 * (20.0 + 30.0 * double(x) / side + 10.0 * u(rng))) / 100.0);
    }
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) {
      const int c = y * side + x;
      int outside = 0;
      for (const auto& [dx, dy] : {std::pair{1, 0}, std::pair{0, 1}, std::pair{-1, 0}, std::pair{0, -1}}) {
        const int nx = x + dx, ny = y + dy;
        if (nx < 0 && y < reserveRows) {
          p.edges.push_back({c, ParcelAtoms::kReserve, 1.0});
          for (const auto atom : cell[std::size_t(c)]) a.touching.emplace_back(reserveAtom[std::size_t(y)], atom);
          continue;
        }
        if (nx < 0 || ny < 0 || nx >= side || ny >= side) {
          ++outside;
          continue;
        }
        const int d = ny * side + nx;
        if (d < c) continue;
        p.edges.push_back({c, d, 1.0});
        for (const auto s : cell[std::size_t(c)])
          for (const auto t : cell[std::size_t(d)]) a.touching.emplace_back(s, t);
      }
      if (outside > 0) p.edges.push_back({c, c, double(outside)});
    }
  a.index();
  return p;
}

// The definition: every step re-evaluates every single and touching pair (the order before the
// incremental version). Only the time matters here; test_rank_greedy checks equality.
std::size_t bruteForceOrder(const ParcelAtoms& atoms, const std::vector<double>& costs) {
  std::set<std::pair<std::int32_t, std::int32_t>> pairs;
  for (const auto& [s, t] : atoms.touching) {
    const auto ps = atoms.atoms[std::size_t(s)].owner, pt = atoms.atoms[std::size_t(t)].owner;
    if (ps >= 0 && pt >= 0 && ps != pt) pairs.emplace(std::min(ps, pt), std::max(ps, pt));
  }
  PatchUnion current(atoms);
  std::size_t steps = 0;
  while (steps < std::size_t(atoms.parcelCount)) {
    double bestKey = -1, bestFrac = -1;
    std::vector<std::int32_t> best;
    auto consider = [&](std::vector<std::int32_t> ps, MarginalGain g, double cost) {
      const double key = double(g.leopards) / cost, frac = g.equivalents / cost;
      if (best.empty() || key > bestKey || (key == bestKey && frac > bestFrac)) {
        best = std::move(ps);
        bestKey = key;
        bestFrac = frac;
      }
    };
    for (std::int32_t p = 0; p < atoms.parcelCount; ++p)
      if (!current.isSelected(p)) consider({p}, current.gainOf(p), costs[std::size_t(p)]);
    for (const auto& [s, t] : pairs)
      if (!current.isSelected(s) && !current.isSelected(t))
        consider({s, t}, current.gainOf({s, t}), costs[std::size_t(s)] + costs[std::size_t(t)]);
    for (const auto p : best) current.add(p);
    steps += best.size();
  }
  return steps;
}

double secondsSince(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

// CPU seconds of this process: the machine is shared, so wall time alone overstates the work.
double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

}  // namespace

int main(int argc, char** argv) {
  int side = 142, baselineSide = 40;
  double timeLimit = 30, blm = 0.01, budgetShare = 0.1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string key = argv[i];
    const double value = std::atof(argv[i + 1]);
    if (key == "--grid") side = int(value);
    else if (key == "--baseline-grid") baselineSide = int(value);
    else if (key == "--time-limit") timeLimit = value;
    else if (key == "--blm") blm = value;
    else if (key == "--budget-share") budgetShare = value;
    else {
      std::fprintf(stderr, "unknown option %s\n", argv[i]);
      return 2;
    }
  }
  bool ok = true;

  const Problem small = makeProblem(baselineSide, 7);
  auto t = std::chrono::steady_clock::now();
  bruteForceOrder(small.atoms, small.costs);
  const double brute = secondsSince(t);
  t = std::chrono::steady_clock::now();
  greedyOrder(small.atoms, small.costs);
  const double incremental = secondsSince(t);
  std::printf("greedy, %d parcels: re-evaluate all %.3f s, incremental %.3f s, ratio %.1f\n", baselineSide * baselineSide,
              brute, incremental, brute / std::max(incremental, 1e-6));

  const Problem big = makeProblem(side, 7);
  std::printf("problem: %d parcels, %zu atoms, %zu touching atom pairs\n", big.atoms.parcelCount, big.atoms.atoms.size(),
              big.atoms.touching.size());
  t = std::chrono::steady_clock::now();
  double cpu = cpuSeconds();
  const auto order = greedyOrder(big.atoms, big.costs);
  const double greedySeconds = secondsSince(t);
  std::printf("greedy, %d parcels: %.2f s (%.1f %% of 30 s), cpu %.2f s, %ld leopards when all are bought\n",
              big.atoms.parcelCount, greedySeconds, 100 * greedySeconds / 30, cpuSeconds() - cpu,
              order.back().cumulativeLeopards);
  ok = ok && greedySeconds < 30;

  double total = 0;
  for (const double c : big.costs) total += c;
  for (const double w : {0.0, blm}) {
    BudgetOptimumOptions o;
    o.budget = budgetShare * total;
    o.blm = w;
    o.boundaries = big.edges;
    o.timeLimitSeconds = timeLimit;
    o.greedyOrder = order;  // as habitat-cli rank passes it: computed once
    t = std::chrono::steady_clock::now();
    cpu = cpuSeconds();
    const BudgetResult r = optimiseBudget(big.atoms, big.costs, o);
    const double seconds = secondsSince(t);
    std::printf("budget optimum, blm %g: cpu %.2f s\n", w, cpuSeconds() - cpu);
    std::printf("budget optimum, blm %g: %.2f s; %ld leopards (start %ld), %.2f fractional, cost %.0f of %.0f, "
                "boundary %.0f km, %zu parcels, %d local moves; linear start (%s boundary) %s in %.1f s, gap %.4f %%\n",
                w, seconds, r.leopards, r.startLeopards, r.leopardsFractional, r.cost, o.budget, r.boundaryKm,
                r.parcels.size(), r.localSearchMoves, r.linearWithBoundary ? "with" : "without", mipStatusName(r.linearStatus), r.linearSeconds, 100 * r.linearGap);
    ok = ok && seconds < 30 + 2;
    // The greedy prefix that fits, for comparison.
    double spent = 0;
    std::vector<std::int32_t> prefix;
    for (const auto& s : order)
      if (spent + s.cost <= o.budget) {
        prefix.push_back(s.parcel);
        spent += s.cost;
      }
    const long prefixLeopards = PatchUnion(big.atoms).evaluate(prefix).leopards;
    std::printf("  greedy prefix within the budget: %ld leopards; optimum / greedy = %.3f\n", prefixLeopards,
                double(r.leopards) / std::max(1.0, double(prefixLeopards)));
  }
  return ok ? 0 : 1;
}
