// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/DelimitedReader.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>

#include "geo/Error.h"

namespace hp::ranking {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string_view unquote(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\'')))
    s = trim(s.substr(1, s.size() - 2));
  return s;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool isBlank(const std::string& line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

}  // namespace

std::optional<double> parseNumber(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  double value = 0.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::optional<std::int64_t> parseInteger(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  if (text.empty()) return std::nullopt;
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc() && end == text.data() + text.size()) return value;
  // Some tools write ids as "12.0"; accept a decimal that is exactly whole.
  const std::optional<double> decimal = parseNumber(text);
  if (decimal && std::floor(*decimal) == *decimal && std::abs(*decimal) < 9.0e15) return std::int64_t(*decimal);
  return std::nullopt;
}

std::string formatNumber(double value) {
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc() ? std::string(buffer, end) : std::string("nan");
}

DelimitedReader::DelimitedReader(std::string path) : path_(std::move(path)) {
  std::error_code ec;
  if (!std::filesystem::exists(path_, ec)) throw Error(ErrorCode::FileNotFound, path_, {});
  stream_.open(path_, std::ios::binary);
  if (!stream_) throw Error(ErrorCode::Unreadable, path_, "cannot open the file");
  while (std::getline(stream_, line_)) {
    ++lineNumber_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (lineNumber_ == 1 && line_.size() >= 3 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) line_.erase(0, 3);
    if (isBlank(line_)) continue;
    separator_ = line_.find('\t') != std::string::npos ? '\t' : line_.find(',') != std::string::npos ? ',' : ' ';
    split(line_, header_);
    return;
  }
  throw Error(ErrorCode::InvalidInput, path_, "the file is empty: a header line is expected");
}

void DelimitedReader::split(const std::string& line, std::vector<std::string>& fields) const {
  fields.clear();
  if (separator_ == ' ') {
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
      const std::size_t begin = i;
      while (i < line.size() && !std::isspace(static_cast<unsigned char>(line[i]))) ++i;
      if (i > begin) fields.emplace_back(unquote(std::string_view(line).substr(begin, i - begin)));
    }
    return;
  }
  std::size_t begin = 0;
  while (true) {
    std::size_t start = begin;
    while (start < line.size() && (line[start] == ' ' || line[start] == '\t') && line[start] != separator_) ++start;
    if (start < line.size() && line[start] == '"') {
      // RFC 4180: a quoted field may hold separators, and "" stands for one quote (parcel ids may
      // hold commas). An unterminated quote takes the rest of the line.
      std::string field;
      std::size_t i = start + 1;
      for (; i < line.size(); ++i) {
        if (line[i] != '"') field += line[i];
        else if (i + 1 < line.size() && line[i + 1] == '"') field += line[++i];
        else break;
      }
      const std::size_t end = line.find(separator_, i);
      fields.emplace_back(trim(field));
      if (end == std::string::npos) break;
      begin = end + 1;
      continue;
    }
    const std::size_t end = line.find(separator_, begin);
    const std::string_view field = std::string_view(line).substr(begin, end == std::string::npos ? std::string::npos : end - begin);
    fields.emplace_back(unquote(field));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
}

std::optional<int> DelimitedReader::findColumn(std::initializer_list<std::string_view> names) const {
  for (std::string_view name : names)
    for (std::size_t i = 0; i < header_.size(); ++i)
      if (equalsIgnoringCase(header_[i], name)) return int(i);
  return std::nullopt;
}

int DelimitedReader::requireColumn(std::initializer_list<std::string_view> names) const {
  if (const std::optional<int> column = findColumn(names)) return *column;
  std::string wanted;
  for (std::string_view name : names) wanted += (wanted.empty() ? "'" : " or '") + std::string(name) + "'";
  throw Error(ErrorCode::InvalidInput, path_, "line 1: missing column " + wanted);
}

bool DelimitedReader::next() {
  while (std::getline(stream_, line_)) {
    ++lineNumber_;
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (isBlank(line_)) continue;
    split(line_, fields_);
    return true;
  }
  if (stream_.bad()) throw Error(ErrorCode::Unreadable, path_, "read error after line " + std::to_string(lineNumber_));
  return false;
}

std::string_view DelimitedReader::text(int column) const {
  if (column < 0 || std::size_t(column) >= fields_.size()) {
    const std::string name = column >= 0 && std::size_t(column) < header_.size() ? header_[std::size_t(column)] : "?";
    fail("no value in column '" + name + "'");
  }
  return fields_[std::size_t(column)];
}

double DelimitedReader::number(int column) const {
  const std::string_view t = text(column);
  if (const std::optional<double> value = parseNumber(t)) return *value;
  fail(header_[std::size_t(column)] + " '" + std::string(t) + "' is not a number");
}

std::int64_t DelimitedReader::integer(int column) const {
  const std::string_view t = text(column);
  if (const std::optional<std::int64_t> value = parseInteger(t)) return *value;
  fail(header_[std::size_t(column)] + " '" + std::string(t) + "' is not a whole number");
}

void DelimitedReader::fail(const std::string& problem) const {
  throw Error(ErrorCode::InvalidInput, path_, "line " + std::to_string(lineNumber_) + ": " + problem);
}

}  // namespace hp::ranking
