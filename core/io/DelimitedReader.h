// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hp::ranking {

// Streams a delimited text table with a header line, as Marxan writes them: comma or tab
// separated (whichever the header uses; runs of spaces when it uses neither), optional double
// quotes around fields, blank lines skipped, CRLF accepted. Numbers are read in the C locale
// whatever the process locale is. Every error is Error(InvalidInput) naming the file and line.
class DelimitedReader {
 public:
  // Throws Error(FileNotFound) or Error(Unreadable); Error(InvalidInput) for a file without a header.
  explicit DelimitedReader(std::string path);

  const std::string& path() const noexcept { return path_; }
  const std::vector<std::string>& header() const noexcept { return header_; }

  // Index of the first of `names` present in the header (case-insensitive), if any.
  std::optional<int> findColumn(std::initializer_list<std::string_view> names) const;
  // As findColumn, but a missing column is Error(InvalidInput) "missing column 'name'".
  int requireColumn(std::initializer_list<std::string_view> names) const;

  // Moves to the next data line; false at the end of the file.
  bool next();
  int lineNumber() const noexcept { return lineNumber_; }

  // Fields of the current line. A missing field (short line) is an error naming the column.
  std::string_view text(int column) const;
  double number(int column) const;           // finite decimal number
  std::int64_t integer(int column) const;    // whole number (Marxan ids, statuses)

  // Throws Error(InvalidInput) "line N: problem".
  [[noreturn]] void fail(const std::string& problem) const;

 private:
  void split(const std::string& line, std::vector<std::string>& fields) const;

  std::string path_;
  std::ifstream stream_;
  char separator_ = ',';  // ' ' means runs of whitespace
  std::vector<std::string> header_;
  std::vector<std::string> fields_;
  std::string line_;
  int lineNumber_ = 0;
};

// Parses a whole decimal number in the C locale; nullopt for anything else (text, NaN, infinity).
std::optional<double> parseNumber(std::string_view text);
std::optional<std::int64_t> parseInteger(std::string_view text);

// Shortest text that reads back as the same double (C locale).
std::string formatNumber(double value);

}  // namespace hp::ranking
