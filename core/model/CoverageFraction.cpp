// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/CoverageFraction.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hp::model {

namespace {

// Below this a fraction is floating-point noise of a pixel the polygon does not reach.
constexpr double kNoise = 1e-12;

double signedAreaTimesTwo(const std::vector<PixelPoint>& p) {
  double sum = 0;
  for (std::size_t i = 0, n = p.size(); i < n; ++i) {
    const PixelPoint& a = p[i];
    const PixelPoint& b = p[(i + 1) % n];
    sum += a.col * b.row - b.col * a.row;
  }
  return sum;
}

// Rounds towards −∞ into int range; pixel indices beyond ±1e9 are far outside any grid anyway.
// (Truncation and a compare: std::floor is a library call on baseline x86-64.)
int floorToInt(double v) {
  v = std::clamp(v, -1e9, 1e9);
  const int i = int(v);
  return i - (v < double(i) ? 1 : 0);
}
int ceilToInt(double v) {
  v = std::clamp(v, -1e9, 1e9);
  const int i = int(v);
  return i + (v > double(i) ? 1 : 0);
}

// Insertion sort: the lists of one row hold a handful of items.
template <class T, class Less>
void sortSmall(std::vector<T>& v, Less less) {
  for (std::size_t i = 1; i < v.size(); ++i)
    for (std::size_t j = i; j > 0 && less(v[j], v[j - 1]); --j) std::swap(v[j], v[j - 1]);
}

}  // namespace

CoverageRows::CoverageRows(const std::vector<PixelRing>& rings, int gridWidth, int gridHeight)
    : width_(gridWidth), height_(gridHeight) {
  double minX = std::numeric_limits<double>::infinity(), maxX = -minX, minY = minX, maxY = -minX;
  for (const PixelRing& ring : rings) {
    const std::vector<PixelPoint>& p = ring.points;
    if (p.size() < 3) continue;
    const double area2 = signedAreaTimesTwo(p);
    if (area2 == 0 || !std::isfinite(area2)) continue;
    // ∮ x dy equals the signed area: an exterior must come out positive, a hole negative.
    const double ringWeight = (area2 > 0) == !ring.hole ? 1.0 : -1.0;
    for (std::size_t i = 0, n = p.size(); i < n; ++i) {
      const PixelPoint& a = p[i];
      const PixelPoint& b = p[(i + 1) % n];
      minX = std::min(minX, a.col);
      maxX = std::max(maxX, a.col);
      minY = std::min(minY, a.row);
      maxY = std::max(maxY, a.row);
      if (a.row == b.row) continue;  // horizontal edges add nothing to ∮ … dy
      const double dxdy = (b.col - a.col) / (b.row - a.row);
      if (a.row < b.row) edges_.push_back({a.row, b.row, a.col, b.col, dxdy, ringWeight});
      else edges_.push_back({b.row, a.row, b.col, a.col, dxdy, -ringWeight});
    }
  }
  if (edges_.empty()) return;
  std::sort(edges_.begin(), edges_.end(), [](const Edge& a, const Edge& b) { return a.yTop < b.yTop; });
  rowBegin_ = std::max(0, floorToInt(minY));
  rowEnd_ = std::min(height_, ceilToInt(maxY));
  colBegin_ = std::max(0, floorToInt(minX));
  colEnd_ = std::min(width_, ceilToInt(maxX));
  if (isEmpty()) return;
}

inline CoverageRows::Crossing CoverageRows::crossingOf(const Edge& e, int row) {
  const double y0 = std::max(e.yTop, double(row));
  const double y1 = std::min(e.yBottom, double(row + 1));
  const double xa = y0 == e.yTop ? e.xTop : e.xTop + (y0 - e.yTop) * e.dxdy;
  const double xb = y1 == e.yBottom ? e.xBottom : e.xTop + (y1 - e.yTop) * e.dxdy;
  Crossing c;
  c.dy = e.weight * (y1 - y0);
  c.xl = std::min(xa, xb);
  c.xr = std::max(xa, xb);
  c.cmin = floorToInt(c.xl);
  c.cmax = c.xr > c.xl ? ceilToInt(c.xr) - 1 : c.cmin;
  return c;
}

namespace {

// The part of an edge's dy that column c gets: its dy is spread evenly along its x-range; on
// [c, c+1] the integrand is x − c (exact at the midpoint of that piece), to the right of c+1 it is
// 1, to the left 0.
inline double edgeShare(double xl, double xr, double dyPerX, int c) {
  const double inLo = std::max(xl, double(c));
  const double inHi = std::min(xr, double(c + 1));
  const double middle = (inHi - inLo) * ((inLo + inHi) * 0.5 - c);
  const double right = std::max(0.0, xr - double(c + 1));
  return dyPerX * (middle + right);
}

inline double clampedFraction(double v) { return v > kNoise ? std::min(v, 1.0) : 0.0; }

}  // namespace

void CoverageRows::addEdgeToRow(const Edge& e, int row) {
  const double y0 = std::max(e.yTop, double(row));
  const double y1 = std::min(e.yBottom, double(row + 1));
  if (!(y1 > y0)) return;
  const Crossing x = crossingOf(e, row);
  const double xl = x.xl, xr = x.xr, dy = x.dy;
  const int cmin = x.cmin, cmax = x.cmax;

  // Columns left of the edge: each gets the full width times dy.
  if (cmin >= colEnd_) {
    base_ += dy;
    return;
  }
  if (cmin > colBegin_) events_.push_back({cmin, dy});

  // A vertical edge on a pixel boundary adds nothing to the column it starts: no values needed.
  if (xr == xl && xl == double(cmin)) return;

  const int lo = std::max(cmin, colBegin_);
  const int hi = std::min(cmax, colEnd_ - 1);
  if (lo > hi) return;
  touched_.push_back({lo, hi});
  double* partial = partial_.data() - colBegin_;
  if (xr == xl) {
    partial[lo] += dy * (xl - lo);
    return;
  }
  const double dyPerX = dy / (xr - xl);
  for (int c = lo; c <= hi; ++c) partial[c] += edgeShare(xl, xr, dyPerX, c);
}

// Most rows of a parcel cross its boundary twice, the two crossings columns apart: the general
// sweep (events, touched ranges, suffix sums) then reduces to four segments. Computes them with
// the very operations the sweep would do, in the same order, so the values are the same to the
// bit; returns nothing, leaving everything untouched, for any other row.
std::span<const CoverageSegment> CoverageRows::twoEdgeRow(int row) {
  if (active_.size() != 2) return {};
  Crossing a = crossingOf(active_[0], row), b = crossingOf(active_[1], row);
  if (b.cmin < a.cmin) std::swap(a, b);
  // Both inside the columns (their events and touched ranges unclipped), not vertical on a pixel
  // line, and untouched columns between them (the sweep would merge touching ranges).
  auto plain = [&](const Crossing& x) {
    return x.cmin > colBegin_ && x.cmax < colEnd_ && !(x.xr == x.xl && x.xl == double(x.cmin));
  };
  if (!plain(a) || !plain(b) || b.cmin <= a.cmax + 1) return {};
  // The sweep adds right to left from base 0: right of b nothing, between them b's dy, left of a
  // both. Touched columns: partial (0 + one edge's share) plus that suffix.
  const double between = 0.0 + b.dy;
  const double left = between + a.dy;
  double* values = values_.data() - colBegin_;
  auto fill = [&](const Crossing& x, double suffix) {
    if (x.xr == x.xl) {
      values[x.cmin] = clampedFraction((0.0 + x.dy * (x.xl - x.cmin)) + suffix);
      return;
    }
    const double dyPerX = x.dy / (x.xr - x.xl);
    for (int c = x.cmin; c <= x.cmax; ++c) values[c] = clampedFraction((0.0 + edgeShare(x.xl, x.xr, dyPerX, c)) + suffix);
  };
  fill(a, between);
  fill(b, 0.0);
  std::size_t n = 0;
  if (left > kNoise) twoEdgeSegments_[n++] = {colBegin_, a.cmin, std::min(left, 1.0), nullptr};
  twoEdgeSegments_[n++] = {a.cmin, a.cmax + 1, 0.0, values + a.cmin};
  if (between > kNoise) twoEdgeSegments_[n++] = {a.cmax + 1, b.cmin, std::min(between, 1.0), nullptr};
  twoEdgeSegments_[n++] = {b.cmin, b.cmax + 1, 0.0, values + b.cmin};
  return {twoEdgeSegments_, n};
}

std::span<const CoverageSegment> CoverageRows::row(int row) {
  segments_.clear();
  if (isEmpty() || row < rowBegin_ || row >= rowEnd_) return {};
  if (partial_.empty()) {
    partial_.assign(std::size_t(colEnd_ - colBegin_), 0.0);
    values_.assign(partial_.size(), 0.0);
  }
  if (row <= lastRow_) active_.clear(), nextEdge_ = 0;  // asked again from the start: restart
  lastRow_ = row;

  // Edges crossing the strip row..row+1.
  std::erase_if(active_, [row](const Edge& e) { return e.yBottom <= row; });
  while (nextEdge_ < edges_.size() && edges_[nextEdge_].yTop < row + 1) {
    if (edges_[nextEdge_].yBottom > row) active_.push_back(edges_[nextEdge_]);
    ++nextEdge_;
  }

  if (const std::span<const CoverageSegment> two = twoEdgeRow(row); !two.empty()) return two;
  base_ = 0;
  events_.clear();
  touched_.clear();
  for (const Edge& e : active_) addEdgeToRow(e, row);

  sortSmall(events_, [](const Event& a, const Event& b) { return a.col < b.col; });
  sortSmall(touched_, [](const Touched& a, const Touched& b) { return a.lo < b.lo; });
  std::size_t merged = 0;
  for (std::size_t i = 0; i < touched_.size(); ++i) {
    if (merged > 0 && touched_[i].lo <= touched_[merged - 1].hi + 1)
      touched_[merged - 1].hi = std::max(touched_[merged - 1].hi, touched_[i].hi);
    else
      touched_[merged++] = touched_[i];
  }
  touched_.resize(merged);

  // Right to left: the value of column c is its partial sum plus base plus every event right of c
  // (an event at column e adds its dy to the columns left of e).
  double suffix = base_;
  std::ptrdiff_t ev = std::ptrdiff_t(events_.size()) - 1;
  double* partial = partial_.data() - colBegin_;
  double* values = values_.data() - colBegin_;
  int cursor = colEnd_;
  for (std::ptrdiff_t t = std::ptrdiff_t(touched_.size()); t >= 0; --t) {
    const int lo = t > 0 ? touched_[std::size_t(t - 1)].lo : colBegin_;
    const int hi = t > 0 ? touched_[std::size_t(t - 1)].hi : colBegin_ - 1;
    // Untouched columns hi+1 .. cursor−1: constant between events (vertical edges on pixel lines).
    for (int end = cursor; end > hi + 1;) {
      while (ev >= 0 && events_[std::size_t(ev)].col > end - 1) suffix += events_[std::size_t(ev--)].dy;
      const int from = ev >= 0 && events_[std::size_t(ev)].col > hi + 1 ? events_[std::size_t(ev)].col : hi + 1;
      if (suffix > kNoise) segments_.push_back({from, end, std::min(suffix, 1.0), nullptr});
      end = from;
    }
    if (t == 0) break;
    // Touched columns: their own partial sums, the suffix changing only at events.
    for (int c = hi; c >= lo;) {
      while (ev >= 0 && events_[std::size_t(ev)].col > c) suffix += events_[std::size_t(ev--)].dy;
      const int low = ev >= 0 ? std::max(lo, events_[std::size_t(ev)].col) : lo;
      for (; c >= low; --c) {
        const double v = partial[c] + suffix;
        partial[c] = 0;
        values[c] = clampedFraction(v);
      }
    }
    segments_.push_back({lo, hi + 1, 0.0, values + lo});
    cursor = lo;
  }
  std::reverse(segments_.begin(), segments_.end());
  return segments_;
}

std::vector<double> coverageFractions(const std::vector<PixelRing>& rings, int gridWidth, int gridHeight) {
  std::vector<double> grid(std::size_t(gridWidth) * std::size_t(gridHeight), 0.0);
  CoverageRows rows(rings, gridWidth, gridHeight);
  for (int r = rows.rowBegin(); r < rows.rowEnd(); ++r)
    for (const CoverageSegment& s : rows.row(r))
      for (int c = s.begin; c < s.end; ++c) grid[std::size_t(r) * std::size_t(gridWidth) + std::size_t(c)] = s.at(c);
  return grid;
}

}  // namespace hp::model
