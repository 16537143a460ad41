// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/VectorData.h"

#include <cpl_quad_tree.h>

#include <algorithm>

namespace hp::gui {

// GDAL's quadtree over the features' boxes. It asks for a feature's box through the callback, which
// reads the feature array: the tree holds indexes into it, never copies of the shapes.
class FeatureIndex {
 public:
  explicit FeatureIndex(const std::vector<FeatureShape>& features, const Extent& extent)
      : features_(features.data()) {
    CPLRectObj bounds{extent.minX, extent.minY, extent.maxX, extent.maxY};
    tree_.reset(CPLQuadTreeCreateEx(&bounds, &FeatureIndex::boundsOf, const_cast<FeatureShape*>(features_)));
    CPLQuadTreeSetMaxDepth(tree_.get(), CPLQuadTreeGetAdvisedMaxDepth(int(features.size())));
    for (std::size_t i = 0; i < features.size(); ++i) CPLQuadTreeInsert(tree_.get(), toHandle(i));
  }

  std::vector<std::size_t> search(const Extent& area) const {
    const CPLRectObj aoi{area.minX, area.minY, area.maxX, area.maxY};
    int count = 0;
    void** found = CPLQuadTreeSearch(tree_.get(), &aoi, &count);
    std::vector<std::size_t> result(std::size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i) result[std::size_t(i)] = fromHandle(found[i]);
    CPLFree(found);
    std::sort(result.begin(), result.end());
    return result;
  }

 private:
  // Index i travels as the handle i + 1: GDAL treats a null handle as no feature.
  static void* toHandle(std::size_t i) { return reinterpret_cast<void*>(i + 1); }
  static std::size_t fromHandle(const void* h) { return reinterpret_cast<std::size_t>(h) - 1; }
  static void boundsOf(const void* handle, void* features, CPLRectObj* bounds) {
    const Extent& b = static_cast<const FeatureShape*>(features)[fromHandle(handle)].bbox;
    *bounds = {b.minX, b.minY, b.maxX, b.maxY};
  }

  struct TreeDeleter {
    void operator()(CPLQuadTree* t) const { CPLQuadTreeDestroy(t); }
  };
  const FeatureShape* features_;
  std::unique_ptr<CPLQuadTree, TreeDeleter> tree_;
};

void VectorData::buildIndex() {
  index = features.empty() ? nullptr : std::make_shared<const FeatureIndex>(features, extent);
}

std::vector<std::size_t> VectorData::featuresIn(const Extent& area) const {
  // A view of the whole layer (every zoomed-out frame's labels) needs no search and no sort.
  if (area.contains(extent)) {
    std::vector<std::size_t> all(features.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return all;
  }
  if (index) return index->search(area);
  std::vector<std::size_t> result;
  for (std::size_t i = 0; i < features.size(); ++i)
    if (features[i].bbox.intersects(area)) result.push_back(i);
  return result;
}

}  // namespace hp::gui
