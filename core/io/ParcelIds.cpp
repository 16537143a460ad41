// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ParcelIds.h"

#include <charconv>
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "geo/Error.h"

namespace hp {

ParcelId parcelIdText(const FieldValue& value) {
  if (const auto* d = std::get_if<double>(&value)) {
    // Shapefiles and spreadsheets store integer ids as reals: 17.0 is parcel 17.
    if (std::isfinite(*d) && std::floor(*d) == *d && std::fabs(*d) < 9.0e15) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.0f", *d);
      return buf;
    }
    return toString(value);
  }
  std::string text = toString(value);
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

ParcelId featureParcelId(const std::vector<FieldValue>& attributes, int field, std::int64_t fid) {
  if (field >= 0 && std::size_t(field) < attributes.size())
    if (ParcelId id = parcelIdText(attributes[std::size_t(field)]); !id.empty()) return id;
  return std::to_string(fid);
}

std::vector<ParcelId> readParcelIds(const VectorLayer& layer, const std::string& field, bool featureIdsWhenAbsent) {
  const int column = layer.fieldIndex(field);
  if (column < 0 && !featureIdsWhenAbsent)
    throw Error(ErrorCode::NoSuchField, layer.path, "layer '" + layer.layerName + "' has no field '" + field + "'");
  std::vector<ParcelId> ids;
  ids.reserve(layer.features.size());
  std::unordered_map<ParcelId, std::int64_t> firstFeature;
  for (const Feature& f : layer.features) {
    ParcelId id = column < 0 ? std::to_string(f.fid) : parcelIdText(f.attributes[std::size_t(column)]);
    if (id.empty())
      throw Error(ErrorCode::InvalidInput, layer.path, "feature " + std::to_string(f.fid) + ": " + field + " is empty");
    if (const auto [it, added] = firstFeature.emplace(id, f.fid); !added)
      throw Error(ErrorCode::InvalidInput, layer.path,
                  field + " '" + id + "' is used twice (features " + std::to_string(it->second) + " and " +
                      std::to_string(f.fid) + ")");
    ids.push_back(std::move(id));
  }
  return ids;
}

std::unordered_map<ParcelId, std::size_t> indexOfParcelIds(const std::vector<ParcelId>& ids) {
  std::unordered_map<ParcelId, std::size_t> index;
  index.reserve(ids.size());
  for (std::size_t i = 0; i < ids.size(); ++i) index.emplace(ids[i], i);
  return index;
}

namespace {
bool isDigit(char c) { return c >= '0' && c <= '9'; }
}  // namespace

bool parcelIdLess(const ParcelId& a, const ParcelId& b) {
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (isDigit(a[i]) && isDigit(b[j])) {
      // Compare the digit runs as numbers: skip leading zeros, then the longer run is larger.
      std::size_t i0 = i, j0 = j;
      while (i0 < a.size() && a[i0] == '0') ++i0;
      while (j0 < b.size() && b[j0] == '0') ++j0;
      std::size_t i1 = i0, j1 = j0;
      while (i1 < a.size() && isDigit(a[i1])) ++i1;
      while (j1 < b.size() && isDigit(b[j1])) ++j1;
      if (i1 - i0 != j1 - j0) return i1 - i0 < j1 - j0;
      if (const int c = a.compare(i0, i1 - i0, b, j0, j1 - j0); c != 0) return c < 0;
      // Equal values: fewer leading zeros first, so "7" and "007" still differ.
      if (i1 - i != j1 - j) return i1 - i < j1 - j;
      i = i1;
      j = j1;
      continue;
    }
    if (a[i] != b[j]) return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[j]);
    ++i;
    ++j;
  }
  return a.size() - i < b.size() - j;
}

std::optional<std::int64_t> wholeNumberId(const ParcelId& id) {
  std::int64_t value = 0;
  const char* begin = id.data();
  const char* end = begin + id.size();
  const auto [ptr, ec] = std::from_chars(begin, end, value);
  if (ec != std::errc() || ptr != end || id.empty()) return std::nullopt;
  if (std::to_string(value) != id) return std::nullopt;  // "017", "+5", "-0"
  return value;
}

std::optional<std::vector<ParcelId>> parseParcelIdList(const std::string& text) {
  std::vector<ParcelId> ids;
  std::size_t i = 0;
  while (i <= text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
    std::string item;
    if (i < text.size() && text[i] == '"') {
      bool closed = false;
      for (++i; i < text.size(); ++i) {
        if (text[i] != '"') item += text[i];
        else if (i + 1 < text.size() && text[i + 1] == '"') item += text[++i];
        else {
          closed = true;
          ++i;
          break;
        }
      }
      if (!closed) return std::nullopt;
      while (i < text.size() && text[i] != ',') {
        if (text[i] != ' ' && text[i] != '\t') return std::nullopt;  // text after the closing quote
        ++i;
      }
    } else {
      const std::size_t end = std::min(text.find(',', i), text.size());
      item = text.substr(i, end - i);
      i = end;
    }
    if (ParcelId id = parcelIdText(item); !id.empty()) ids.push_back(std::move(id));
    ++i;  // past the comma (or the end)
  }
  return ids;
}

std::string formatParcelIdList(const std::vector<ParcelId>& ids) {
  std::string out;
  for (const ParcelId& id : ids) {
    if (!out.empty()) out += ", ";
    if (id.find_first_of(",\"") == std::string::npos) {
      out += id;
      continue;
    }
    out += '"';
    for (char c : id) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    out += '"';
  }
  return out;
}

std::string listParcelIds(const std::vector<ParcelId>& ids, std::size_t limit) {
  std::string out;
  for (std::size_t k = 0; k < ids.size() && k < limit; ++k) out += (k ? ", " : "") + ids[k];
  if (ids.size() > limit) out += ", …";
  return out;
}

}  // namespace hp
