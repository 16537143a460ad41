// SPDX-License-Identifier: GPL-3.0-or-later
#include "solver/CbcMip.h"

#include <Cbc_C_Interface.h>
#include <signal.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <mutex>
#include <string>

#include "geo/Error.h"

namespace hp::ranking {

namespace {

using Clock = std::chrono::steady_clock;

// CBC's driver (CbcMain1) keeps static state, so two solves must never overlap.
std::mutex& cbcMutex() {
  static std::mutex mutex;
  return mutex;
}

// CBC installs its own SIGINT handler during branch and bound and does not restore it when an
// exception (our cancel) leaves the search; put the caller's handler back either way.
class SigintGuard {
 public:
  SigintGuard() { sigaction(SIGINT, nullptr, &saved_); }
  ~SigintGuard() { sigaction(SIGINT, &saved_, nullptr); }
  SigintGuard(const SigintGuard&) = delete;
  SigintGuard& operator=(const SigintGuard&) = delete;

 private:
  struct sigaction saved_ {};
};

struct SearchWatch {
  const Progress* progress;
  Clock::time_point start;
  Clock::time_point lastReport;
  double timeLimitSeconds;
};

// Registered as a cut generator that never cuts: CBC's C API has no other hook that runs during
// the search. hp::Cancelled thrown here unwinds through CBC back to CbcMip::solve.
void onSearchNode(void* /*osiSolver*/, void* /*osiCuts*/, void* appData) {
  auto* watch = static_cast<SearchWatch*>(appData);
  const Clock::time_point now = Clock::now();
  if (now - watch->lastReport < std::chrono::milliseconds(100)) return;
  watch->lastReport = now;
  const double elapsed = std::chrono::duration<double>(now - watch->start).count();
  reportProgress(*watch->progress, std::min(1.0, elapsed / watch->timeLimitSeconds), "branch and bound");
}

double toCbcBound(double value) {
  if (value == LinearProgram::kInfinity) return DBL_MAX;
  if (value == -LinearProgram::kInfinity) return -DBL_MAX;
  return value;
}

double relativeGapOf(double objective, double minimisedObjective, double minimisedBound) {
  const double slack = std::max(0.0, minimisedObjective - minimisedBound);
  return slack / std::max(std::abs(objective), 1e-9);
}

}  // namespace

const char* mipStatusName(MipStatus status) {
  switch (status) {
    case MipStatus::Optimal: return "optimal";
    case MipStatus::TimeLimit: return "time limit";
    case MipStatus::Infeasible: return "infeasible";
    case MipStatus::NoSolution: return "no solution";
    case MipStatus::Unbounded: return "unbounded";
    case MipStatus::Failed: return "failed";
  }
  return "unknown";
}

void CbcMip::ModelDeleter::operator()(void* model) const noexcept { Cbc_deleteModel(static_cast<Cbc_Model*>(model)); }

CbcMip::CbcMip(LinearProgram program) : program_(std::move(program)), model_(Cbc_newModel()) {
  Cbc_Model* model = static_cast<Cbc_Model*>(model_.get());
  // Silence first: parameters are replayed in order when CBC's driver starts.
  Cbc_setLogLevel(model, 0);
  Cbc_setParameter(model, "log", "0");
  const int columns = program_.columnCount();
  if (columns == 0) return;

  // CBC loads columns (compressed sparse column); the program keeps rows.
  const std::vector<int>& rowStart = program_.rowStart();
  const std::vector<int>& rowColumns = program_.rowColumns();
  const std::vector<double>& rowCoefficients = program_.rowCoefficients();
  std::vector<CoinBigIndex> start(std::size_t(columns) + 1, 0);
  for (int c : rowColumns) ++start[std::size_t(c) + 1];
  for (std::size_t j = 0; j < std::size_t(columns); ++j) start[j + 1] += start[j];
  std::vector<CoinBigIndex> fill(start.begin(), start.end() - 1);
  std::vector<int> index(rowColumns.size());
  std::vector<double> value(rowColumns.size());
  for (int r = 0; r < program_.rowCount(); ++r) {
    for (int k = rowStart[std::size_t(r)]; k < rowStart[std::size_t(r) + 1]; ++k) {
      const auto at = std::size_t(fill[std::size_t(rowColumns[std::size_t(k)])]++);
      index[at] = r;
      value[at] = rowCoefficients[std::size_t(k)];
    }
  }
  // Always minimise inside CBC; a maximisation is solved as min −c·x.
  const double sign = program_.sense() == LinearProgram::Sense::Maximise ? -1.0 : 1.0;
  std::vector<double> objective(program_.objective());
  for (double& c : objective) c *= sign;
  std::vector<double> colLower(program_.columnLower()), colUpper(program_.columnUpper());
  std::vector<double> rowLower(program_.rowLower()), rowUpper(program_.rowUpper());
  for (auto* bounds : {&colLower, &colUpper, &rowLower, &rowUpper})
    for (double& b : *bounds) b = toCbcBound(b);
  Cbc_loadProblem(model, columns, program_.rowCount(), start.data(), index.data(), value.data(), colLower.data(),
                  colUpper.data(), objective.data(), rowLower.data(), rowUpper.data());
  for (int j = 0; j < columns; ++j)
    if (program_.integer()[std::size_t(j)]) Cbc_setInteger(model, j);
}

MipResult CbcMip::solve(const MipOptions& options) {
  if (solved_) throw Error(ErrorCode::InvalidInput, {}, "a CBC model can be solved only once");
  if (!(options.timeLimitSeconds > 0.0))
    throw Error(ErrorCode::InvalidInput, {}, "the time limit must be a positive number of seconds");
  if (!(options.relativeGap >= 0.0)) throw Error(ErrorCode::InvalidInput, {}, "the optimality gap must not be negative");
  if (options.maxNodes < 0) throw Error(ErrorCode::InvalidInput, {}, "the node limit must not be negative");
  if (!options.start.empty() && int(options.start.size()) != program_.columnCount())
    throw Error(ErrorCode::InvalidInput, {}, "the starting solution does not have one value per column");
  solved_ = true;
  reportProgress(options.progress, 0.0, "branch and bound");
  const Clock::time_point start = Clock::now();
  MipResult result;

  const LinearProgram& lp = program_;
  const bool maximise = lp.sense() == LinearProgram::Sense::Maximise;
  if (lp.columnCount() == 0) {
    // Nothing to choose: feasible exactly when every row admits 0.
    bool feasible = true;
    for (int r = 0; r < lp.rowCount(); ++r)
      feasible = feasible && lp.rowLower()[std::size_t(r)] <= 0.0 && lp.rowUpper()[std::size_t(r)] >= 0.0;
    result.status = feasible ? MipStatus::Optimal : MipStatus::Infeasible;
    if (feasible) {
      result.objective = result.bestBound = 0.0;
      result.relativeGap = 0.0;
    }
    return result;
  }

  Cbc_Model* model = static_cast<Cbc_Model*>(model_.get());
  Cbc_setMaximumSeconds(model, options.timeLimitSeconds);
  Cbc_setAllowableFractionGap(model, options.relativeGap);
  if (options.maxNodes > 0) {
    Cbc_setParameter(model, "maxNodes", std::to_string(std::min<long>(options.maxNodes, 2000000000L)).c_str());
    // CBC's mini branch and bound on small programs ignores the node limit; -999 turns it off.
    Cbc_setParameter(model, "depthMiniBab", "-999");
  }
  const std::string seed = std::to_string(options.seed);
  Cbc_setParameter(model, "randomCbcSeed", seed.c_str());
  Cbc_setParameter(model, "randomSeed", seed.c_str());
  // The machine is shared: limit wall-clock time, not CPU time.
  Cbc_setParameter(model, "timeMode", "elapsed");
  if (!options.start.empty()) {
    std::vector<int> columns;
    std::vector<double> values;
    for (int j = 0; j < lp.columnCount(); ++j)
      if (lp.integer()[std::size_t(j)] && options.start[std::size_t(j)] != 0.0) {
        columns.push_back(j);
        values.push_back(options.start[std::size_t(j)]);
      }
    Cbc_setMIPStartI(model, int(columns.size()), columns.data(), values.data());
  }
  // The first poll from inside CBC reports at once (a cancel asked during presolve is heard there).
  SearchWatch watch{&options.progress, start, start - std::chrono::seconds(1), options.timeLimitSeconds};
  if (options.progress) Cbc_addCutCallback(model, &onSearchNode, "hp_progress", &watch);
  {
    const std::lock_guard<std::mutex> lock(cbcMutex());
    const SigintGuard sigint;
    Cbc_solve(model);
  }
  result.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  result.nodes = Cbc_getNodeCount(model);
  result.secondsLimitReached = Cbc_isSecondsLimitReached(model) != 0;

  const bool anyInteger = std::any_of(lp.integer().begin(), lp.integer().end(), [](char i) { return i != 0; });
  const bool proven = Cbc_isProvenOptimal(model) != 0;
  if (Cbc_isProvenInfeasible(model)) {
    result.status = MipStatus::Infeasible;
    return result;
  }
  if (Cbc_isContinuousUnbounded(model)) {
    result.status = MipStatus::Unbounded;
    return result;
  }
  const double* x = anyInteger ? Cbc_bestSolution(model) : (proven ? Cbc_getColSolution(model) : nullptr);
  if (x == nullptr) {
    result.status = Cbc_isAbandoned(model) ? MipStatus::Failed : MipStatus::NoSolution;
    return result;
  }
  result.values.assign(x, x + lp.columnCount());
  if (!anyInteger && proven) {
    const double* reduced = Cbc_getReducedCost(model);
    if (reduced != nullptr) {
      result.reducedCosts.assign(reduced, reduced + lp.columnCount());
      if (maximise)
        for (double& r : result.reducedCosts) r = -r;
    }
  }
  for (std::size_t j = 0; j < result.values.size(); ++j)
    if (lp.integer()[j]) result.values[j] = std::round(result.values[j]);
  result.status = proven ? MipStatus::Optimal : (Cbc_isAbandoned(model) ? MipStatus::Failed : MipStatus::TimeLimit);
  if (result.status == MipStatus::Failed) result.values.clear();
  if (!result.hasSolution()) return result;

  result.objective = lp.objectiveValue(result.values);
  const double sign = maximise ? -1.0 : 1.0;
  // CBC's bound is for min sign·c·x; an LP without integers is its own bound.
  const double cbcBound = anyInteger ? Cbc_getBestPossibleObjValue(model) : sign * result.objective;
  const double minimisedObjective = sign * result.objective;
  // Nodes whose bound lies within relativeGap of the incumbent are pruned, and when that empties
  // the tree CBC reports the incumbent itself as the bound. Only the allowed gap is proven then.
  double minimisedBound = cbcBound;
  if (anyInteger && proven && options.relativeGap > 0.0 && cbcBound >= minimisedObjective - 1e-9 * std::max(1.0, std::abs(minimisedObjective)))
    minimisedBound = minimisedObjective - (1.0 - 1e-12) * options.relativeGap * std::abs(minimisedObjective);
  // The bound never lies beyond the solution it bounds; clamp CBC's rounding noise.
  result.bestBound = sign * std::min(minimisedBound, minimisedObjective);
  result.relativeGap = relativeGapOf(result.objective, minimisedObjective, std::min(minimisedBound, minimisedObjective));
  reportProgress(options.progress, 1.0, "branch and bound");
  return result;
}

MipResult solveMip(const LinearProgram& program, const MipOptions& options) {
  CbcMip mip(program);
  return mip.solve(options);
}

}  // namespace hp::ranking
