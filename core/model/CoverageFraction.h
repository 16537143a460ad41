// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

namespace hp::model {

// A point in continuous pixel coordinates: (0,0) is the top-left corner of pixel (col 0, row 0),
// (1,1) its bottom-right corner (GeoTransform's convention).
struct PixelPoint {
  double col = 0;
  double row = 0;
};

// One ring of a polygon in pixel coordinates; closing the ring (last point = first) is optional.
// Orientation does not matter: exteriors count positive and holes negative whatever their winding.
struct PixelRing {
  std::vector<PixelPoint> points;
  bool hole = false;
};

// Columns [begin, end) of one row and the fraction of each of those pixels the polygon covers:
// `constant` for every pixel when `values` is null, else values[col − begin].
struct CoverageSegment {
  int begin = 0;
  int end = 0;
  double constant = 0;
  const double* values = nullptr;
  double at(int col) const { return values ? values[col - begin] : constant; }
};

// The exact fraction of each pixel of a width × height grid covered by a polygon (rings of one
// polygon, or of several non-overlapping ones), produced row by row so a caller can stream.
//
// By Green's theorem the area of P ∩ [c, c+1] × [r, r+1] is ∮_{∂P} (clamp(x, c, c+1) − c) dy taken
// over the part of the boundary inside the row strip. Each edge adds, for the columns its x-range
// touches, the exact integral of that piecewise-linear function, and for every column left of it
// the constant dy (kept as suffix sums). A row costs O(edges crossing it + columns they touch);
// the columns between boundary crossings come back as one constant segment, not pixel by pixel.
// Results agree with GEOS intersection areas to about 1e-12 per pixel.
class CoverageRows {
 public:
  CoverageRows(const std::vector<PixelRing>& rings, int gridWidth, int gridHeight);

  // Rows and columns of the grid the polygon can touch ([begin, end)); empty when it misses the grid.
  int rowBegin() const { return rowBegin_; }
  int rowEnd() const { return rowEnd_; }
  int colBegin() const { return colBegin_; }
  int colEnd() const { return colEnd_; }
  bool isEmpty() const { return rowBegin_ >= rowEnd_ || colBegin_ >= colEnd_; }

  // The pixels of `row` with coverage above zero, as segments sorted by column. Rows must be asked
  // in increasing order (gaps allowed). The span and the values stay valid until the next call.
  std::span<const CoverageSegment> row(int row);

 private:
  struct Edge {
    double yTop, yBottom;  // yTop < yBottom
    double xTop, xBottom;
    double dxdy;    // x change per row
    double weight;  // ±1: orientation of the edge in the ring times ±1 for exterior/hole
  };
  struct Event {
    int col;
    double dy;
  };
  struct Touched {
    int lo, hi;  // inclusive
  };
  // Where an edge crosses the strip row..row+1: x from xl to xr (columns cmin..cmax), dy signed.
  struct Crossing {
    double xl, xr, dy;
    int cmin, cmax;
  };

  static Crossing crossingOf(const Edge& e, int row);
  void addEdgeToRow(const Edge& e, int row);
  std::span<const CoverageSegment> twoEdgeRow(int row);  // empty: not such a row

  int width_, height_;
  int rowBegin_ = 0, rowEnd_ = 0, colBegin_ = 0, colEnd_ = 0;
  std::vector<Edge> edges_;  // sorted by yTop
  std::size_t nextEdge_ = 0;
  std::vector<Edge> active_;
  std::vector<double> partial_;  // per column of [colBegin_, colEnd_), zero between rows
  std::vector<double> values_;
  std::vector<Event> events_;
  std::vector<Touched> touched_;
  std::vector<CoverageSegment> segments_;
  CoverageSegment twoEdgeSegments_[4];  // a two-edge row's segments, without vector growth checks
  double base_ = 0;
  int lastRow_ = -1;
};

// The whole grid's coverage, row-major (width × height); for tests and small grids.
std::vector<double> coverageFractions(const std::vector<PixelRing>& rings, int gridWidth, int gridHeight);

}  // namespace hp::model
