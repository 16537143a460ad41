// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <memory>
#include <vector>

#include "Progress.h"
#include "solver/LinearProgram.h"

namespace hp::ranking {

enum class MipStatus {
  Optimal,     // proven optimal within MipOptions::relativeGap
  TimeLimit,   // stopped by the time limit holding a feasible solution; see MipResult::relativeGap
  Infeasible,  // proven to have no feasible solution
  NoSolution,  // stopped by the time limit before any feasible solution was found
  Unbounded,
  Failed,      // CBC abandoned the search (numerical trouble)
};

// Stable, untranslated name ("optimal", "time limit", ...) for files and logs.
const char* mipStatusName(MipStatus status);

struct MipOptions {
  double timeLimitSeconds = 60.0;  // wall-clock limit for the whole solve, presolve included
  double relativeGap = 0.0;        // stop once |objective − bound| <= relativeGap·|objective|; 0 proves optimality
  int seed = 1;                    // CBC's random seeds; same program, options and seed give the same answer
  long maxNodes = 0;               // branch-and-bound nodes before stopping as at the time limit; 0: no limit
  // Polled at branch-and-bound nodes (at most ten times a second) with the fraction of the time
  // limit used; returning false stops the solve with hp::Cancelled. Without it only the time
  // limit stops a long solve.
  Progress progress;
  // A feasible assignment to start from (one value per column), or empty. CBC keeps it as the
  // first incumbent when it is feasible and ignores it otherwise; continuous columns are
  // recomputed by CBC.
  std::vector<double> start;
};

struct MipResult {
  MipStatus status = MipStatus::NoSolution;
  std::vector<double> values;  // one per column, integer columns rounded; empty without a solution
  // For a program without integer columns solved to optimality: the reduced cost of each column,
  // the objective's rate of change in the program's own sense (so, when minimising, >= 0 for a
  // column resting on its lower bound and <= 0 on its upper bound); else empty.
  std::vector<double> reducedCosts;
  double objective = std::numeric_limits<double>::quiet_NaN();  // c·values, in the program's own sense
  // Proven bound on the optimum: nothing better than this exists (a lower bound when minimising,
  // an upper bound when maximising). With MipOptions::relativeGap > 0, a search that CBC reports
  // finished without a bound of its own proves only that gap: the bound is then set that far off.
  double bestBound = std::numeric_limits<double>::quiet_NaN();
  // |objective − bestBound| / max(|objective|, 1e-9); 0 when the bound meets the objective,
  // infinity without a solution.
  double relativeGap = std::numeric_limits<double>::infinity();
  double seconds = 0.0;
  long nodes = 0;
  // The time limit stopped the search (not a proof, not maxNodes): the answer depends on the
  // machine's speed.
  bool secondsLimitReached = false;

  bool hasSolution() const noexcept { return status == MipStatus::Optimal || status == MipStatus::TimeLimit; }
};

// Owns one CBC model (Cbc_Model* of CBC's C API) loaded with a LinearProgram. Move-only, one
// owner; CBC's log is silenced so nothing is printed. A model solves once (CBC does not allow
// reuse after a solve). Solves are serialised process-wide because CBC's driver keeps static
// state; the search itself is single-threaded and deterministic.
class CbcMip {
 public:
  explicit CbcMip(LinearProgram program);
  CbcMip(CbcMip&&) noexcept = default;
  CbcMip& operator=(CbcMip&&) noexcept = default;
  CbcMip(const CbcMip&) = delete;
  CbcMip& operator=(const CbcMip&) = delete;
  ~CbcMip() = default;

  const LinearProgram& program() const noexcept { return program_; }

  // Throws Error(InvalidInput) when called twice and hp::Cancelled when progress says stop
  // (CBC's partial search state is then discarded; a little of its memory is not reclaimed).
  MipResult solve(const MipOptions& options = {});

 private:
  struct ModelDeleter {
    void operator()(void* model) const noexcept;
  };
  LinearProgram program_;
  std::unique_ptr<void, ModelDeleter> model_;
  bool solved_ = false;
};

// Convenience: load and solve in one call.
MipResult solveMip(const LinearProgram& program, const MipOptions& options = {});

}  // namespace hp::ranking
