// SPDX-License-Identifier: GPL-3.0-or-later
#include "solver/LinearProgram.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "geo/Error.h"

namespace hp::ranking {

int LinearProgram::addColumn(double objective, double lower, double upper, bool integer) {
  if (std::isnan(objective) || std::isnan(lower) || std::isnan(upper) || lower > upper)
    throw Error(ErrorCode::InvalidInput, {}, "column " + std::to_string(columnCount()) + ": bounds or objective are not numbers");
  objective_.push_back(objective);
  columnLower_.push_back(lower);
  columnUpper_.push_back(upper);
  integer_.push_back(integer ? 1 : 0);
  return columnCount() - 1;
}

void LinearProgram::addRow(std::span<const int> columns, std::span<const double> coefficients, double lower, double upper) {
  if (columns.size() != coefficients.size())
    throw Error(ErrorCode::InvalidInput, {}, "row " + std::to_string(rowCount()) + ": columns and coefficients differ in length");
  if (std::isnan(lower) || std::isnan(upper) || lower > upper)
    throw Error(ErrorCode::InvalidInput, {}, "row " + std::to_string(rowCount()) + ": lower bound above upper bound");
  for (std::size_t k = 0; k < columns.size(); ++k) {
    if (columns[k] < 0 || columns[k] >= columnCount())
      throw Error(ErrorCode::InvalidInput, {}, "row " + std::to_string(rowCount()) + ": no column " + std::to_string(columns[k]));
    if (!std::isfinite(coefficients[k]))
      throw Error(ErrorCode::InvalidInput, {}, "row " + std::to_string(rowCount()) + ": coefficient is not a finite number");
  }
  rowColumns_.insert(rowColumns_.end(), columns.begin(), columns.end());
  rowCoefficients_.insert(rowCoefficients_.end(), coefficients.begin(), coefficients.end());
  rowStart_.push_back(int(rowColumns_.size()));
  rowLower_.push_back(lower);
  rowUpper_.push_back(upper);
}

void LinearProgram::fixColumn(int column, double value) {
  if (column < 0 || column >= columnCount())
    throw Error(ErrorCode::InvalidInput, {}, "no column " + std::to_string(column));
  columnLower_[std::size_t(column)] = value;
  columnUpper_[std::size_t(column)] = value;
}

LinearProgram LinearProgram::relaxation() const {
  LinearProgram relaxed(*this);
  std::fill(relaxed.integer_.begin(), relaxed.integer_.end(), char(0));
  return relaxed;
}

double LinearProgram::objectiveValue(std::span<const double> values) const {
  double sum = 0.0;
  const std::size_t n = std::min(values.size(), objective_.size());
  for (std::size_t j = 0; j < n; ++j) sum += objective_[j] * values[j];
  return sum;
}

double LinearProgram::maxViolation(std::span<const double> values) const {
  if (values.size() != objective_.size()) return kInfinity;
  double worst = 0.0;
  for (std::size_t j = 0; j < values.size(); ++j) {
    worst = std::max({worst, columnLower_[j] - values[j], values[j] - columnUpper_[j]});
    if (integer_[j]) worst = std::max(worst, std::abs(values[j] - std::round(values[j])));
  }
  for (std::size_t r = 0; r < rowLower_.size(); ++r) {
    double activity = 0.0;
    for (int k = rowStart_[r]; k < rowStart_[r + 1]; ++k) activity += rowCoefficients_[std::size_t(k)] * values[std::size_t(rowColumns_[std::size_t(k)])];
    worst = std::max({worst, rowLower_[r] - activity, activity - rowUpper_[r]});
  }
  return worst;
}

}  // namespace hp::ranking
