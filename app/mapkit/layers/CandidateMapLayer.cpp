// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/CandidateMapLayer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <ogr_geometry.h>

#include <unordered_map>

#include "mapkit/layers/VectorMapLayer.h"
#include "mapkit/render/VectorLayerRenderer.h"

namespace hp::gui {

namespace {

// Draws each candidate's shapes with its own style, inactive ones first.
class CandidatesRenderer : public LayerRenderer {
 public:
  struct Part {
    std::shared_ptr<const VectorData> shapes;
    VectorStyle style;
  };
  CandidatesRenderer(QString name, double opacity, std::vector<Part> parts)
      : LayerRenderer(std::move(name), opacity), parts_(std::move(parts)) {}

  void render(RenderContext& ctx) override {
    for (const Part& part : parts_) {
      if (ctx.isCancelled()) return;
      VectorLayerRenderer(layerName(), opacity(), part.shapes, part.style).render(ctx);
    }
  }

 private:
  std::vector<Part> parts_;
};

}  // namespace

CandidateMapLayer::CandidateMapLayer(std::shared_ptr<const VectorData> parcels, QString name)
    : MapLayer(name.isEmpty() ? QCoreApplication::translate("CandidateMapLayer", "Candidate reserves") : name,
               QString(), Crs()),
      parcels_(std::move(parcels)) {}

void CandidateMapLayer::setParcels(std::shared_ptr<const VectorData> parcels) {
  parcels_ = std::move(parcels);
  rebuild();
}

void CandidateMapLayer::setCandidates(const std::vector<project::Candidate>& candidates, int activeIndex) {
  source_ = candidates;
  activeIndex_ = activeIndex >= 0 && activeIndex < int(candidates.size()) ? activeIndex : -1;
  rebuild();
}

void CandidateMapLayer::rebuild() {
  std::unordered_map<ParcelId, const FeatureShape*> byId;
  if (parcels_) {
    const qsizetype idField = parcels_->fieldNames.indexOf(QStringLiteral("parcel_id"));
    for (const FeatureShape& f : parcels_->features) byId.emplace(featureParcelId(f.attributes, int(idField), f.fid), &f);
  }
  candidates_.clear();
  for (const project::Candidate& c : source_) {
    auto data = std::make_shared<VectorData>();
    for (const ParcelId& id : c.parcelIds) {
      const auto it = byId.find(id);
      if (it == byId.end()) continue;
      FeatureShape shape = *it->second;
      shape.attributes.clear();
      data->extent.include(shape.bbox);
      data->features.push_back(std::move(shape));
    }
    for (const auto& g : c.drawn) {
      if (!g) continue;
      FeatureShape shape = featureShapeOf(*g);
      if (shape.parts.isEmpty()) continue;
      data->extent.include(shape.bbox);
      data->features.push_back(std::move(shape));
    }
    candidates_.push_back({QString::fromStdString(c.name), QColor(QString::fromStdString(c.color)), std::move(data)});
  }
}

Extent CandidateMapLayer::extent() const {
  Extent e;
  for (const Shown& c : candidates_) e.include(c.shapes->extent);
  return e;
}

Extent CandidateMapLayer::candidateExtent(int index) const {
  if (index < 0 || index >= int(candidates_.size())) return {};
  return candidates_[std::size_t(index)].shapes->extent;
}

VectorStyle CandidateMapLayer::styleFor(const QColor& color, bool active) {
  VectorStyle s;
  const QColor c = color.isValid() ? color : QColor(214, 39, 40);
  s.fill = QColor(c.red(), c.green(), c.blue(), active ? 110 : 35);
  s.outline = active ? c.darker(130) : c;
  s.outlineWidthPx = active ? 2.5 : 1.5;
  return s;
}

std::unique_ptr<LayerRenderer> CandidateMapLayer::createRenderer() const {
  std::vector<CandidatesRenderer::Part> parts;
  for (int i = 0; i < int(candidates_.size()); ++i)
    if (i != activeIndex_) parts.push_back({candidates_[std::size_t(i)].shapes, styleFor(candidates_[std::size_t(i)].color, false)});
  if (activeIndex_ >= 0)
    parts.push_back({candidates_[std::size_t(activeIndex_)].shapes, styleFor(candidates_[std::size_t(activeIndex_)].color, true)});
  return std::make_unique<CandidatesRenderer>(name(), opacity(), std::move(parts));
}

std::vector<IdentifyResult> CandidateMapLayer::identify(double mapX, double mapY, double) const {
  std::vector<IdentifyResult> results;
  for (const Shown& c : candidates_) {
    for (const FeatureShape& f : c.shapes->features) {
      if (f.kind != FeatureShape::Kind::Polygon || !f.bbox.contains(mapX, mapY) || !polygonContains(f.parts, mapX, mapY))
        continue;
      IdentifyResult r;
      r.layerName = name();
      r.title = c.name;
      r.shape = f.parts;
      r.shapeIsArea = true;
      r.attributes.append({QCoreApplication::translate("CandidateMapLayer", "Candidate"), c.name});
      results.push_back(std::move(r));
      break;
    }
  }
  return results;
}

QIcon CandidateMapLayer::legendIcon() const {
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  const QColor color = activeIndex_ >= 0 ? candidates_[std::size_t(activeIndex_)].color : QColor(214, 39, 40);
  const VectorStyle s = styleFor(color, true);
  p.setPen(QPen(s.outline, 2));
  p.setBrush(s.fill);
  p.drawRect(QRectF(2, 2, 12, 12));
  return QIcon(pixmap);
}

}  // namespace hp::gui
