// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "marxan/MarxanProblem.h"

namespace hp::ranking {

// Marxan's iterative improvement without the annealing: from a selection meeting every target,
// repeatedly removes units, adds units that shorten the boundary by more than they cost
// (BLM > 0), and swaps one unit for another, while the score (cost + BLM × boundary) drops and
// every target stays met. Locks are respected; deterministic. Returns `start` unchanged when it
// misses a target. Used to turn the BLM-0 optimum into a strong start for the boundary problem.
std::vector<bool> improveMarxanSelection(const MarxanProblem& problem, std::vector<bool> start);

}  // namespace hp::ranking
