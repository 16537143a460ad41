// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>
#include <span>
#include <vector>

namespace hp::ranking {

// A mixed-integer linear program in a solver-neutral form: columns with bounds, objective
// coefficients and integrality, and sparse rows lower <= a·x <= upper. Pure data: the Marxan and
// budget formulations build one, CbcMip solves it, tests read it back.
class LinearProgram {
 public:
  enum class Sense { Minimise, Maximise };
  static constexpr double kInfinity = std::numeric_limits<double>::infinity();

  explicit LinearProgram(Sense sense = Sense::Minimise) : sense_(sense) {}

  // Returns the index of the new column. Throws Error(InvalidInput) when lower > upper or a
  // value is NaN.
  int addColumn(double objective, double lower, double upper, bool integer);
  int addBinary(double objective) { return addColumn(objective, 0.0, 1.0, true); }

  // Adds lower <= Σ coefficients[k]·x[columns[k]] <= upper; either bound may be ±kInfinity.
  // Throws Error(InvalidInput) for an unknown column or mismatched spans.
  void addRow(std::span<const int> columns, std::span<const double> coefficients, double lower, double upper);

  // Narrows a column to one value (a locked planning unit).
  void fixColumn(int column, double value);

  // The same program with every column continuous: its LP relaxation.
  LinearProgram relaxation() const;

  Sense sense() const noexcept { return sense_; }
  int columnCount() const noexcept { return int(objective_.size()); }
  int rowCount() const noexcept { return int(rowLower_.size()); }

  const std::vector<double>& objective() const noexcept { return objective_; }
  const std::vector<double>& columnLower() const noexcept { return columnLower_; }
  const std::vector<double>& columnUpper() const noexcept { return columnUpper_; }
  const std::vector<char>& integer() const noexcept { return integer_; }

  // Rows in compressed sparse row form: row r holds entries rowStart()[r] .. rowStart()[r+1]-1.
  const std::vector<int>& rowStart() const noexcept { return rowStart_; }
  const std::vector<int>& rowColumns() const noexcept { return rowColumns_; }
  const std::vector<double>& rowCoefficients() const noexcept { return rowCoefficients_; }
  const std::vector<double>& rowLower() const noexcept { return rowLower_; }
  const std::vector<double>& rowUpper() const noexcept { return rowUpper_; }

  // c·x for a full assignment (values.size() == columnCount()).
  double objectiveValue(std::span<const double> values) const;

  // The largest amount by which `values` breaks a bound or a row (0 when feasible).
  double maxViolation(std::span<const double> values) const;

 private:
  Sense sense_;
  std::vector<double> objective_, columnLower_, columnUpper_;
  std::vector<char> integer_;
  std::vector<int> rowStart_{0};
  std::vector<int> rowColumns_;
  std::vector<double> rowCoefficients_, rowLower_, rowUpper_;
};

}  // namespace hp::ranking
