// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/RobustnessMapLayer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

#include "mapkit/layers/VectorMapLayer.h"
#include "mapkit/render/VectorLayerRenderer.h"

namespace hp::gui {

namespace {

// ColorBrewer RdPu, 5 classes: light pink to dark magenta.
const QColor kStops[] = {QColor(0xfc, 0xc5, 0xc0), QColor(0xfa, 0x9f, 0xb5), QColor(0xf7, 0x68, 0xa1),
                         QColor(0xc5, 0x1b, 0x8a), QColor(0x7a, 0x01, 0x77)};
const QColor kOutline(70, 70, 70);

QColor rampAt(double t) {
  constexpr int last = int(sizeof kStops / sizeof kStops[0]) - 1;
  const double x = std::clamp(t, 0.0, 1.0) * last;
  const int i = std::min(int(x), last - 1);
  const double f = x - i;
  auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
  return QColor(mix(kStops[i].red(), kStops[i + 1].red()), mix(kStops[i].green(), kStops[i + 1].green()),
                mix(kStops[i].blue(), kStops[i + 1].blue()));
}

// Draws the parcels of each count with its style, fewest first so the robust ones lie on top.
class RobustnessRenderer : public LayerRenderer {
 public:
  struct Part {
    std::shared_ptr<const VectorData> shapes;
    VectorStyle style;
  };
  RobustnessRenderer(QString name, double opacity, std::vector<Part> parts)
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

QPixmap swatch(const VectorStyle& s) {
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  p.setPen(QPen(s.outline, 1));
  p.setBrush(s.fill.alpha() > 0 ? QBrush(s.fill) : QBrush(Qt::NoBrush));
  p.drawRect(QRectF(2.5, 2.5, 11, 11));
  return pixmap;
}

}  // namespace

RobustnessMapLayer::RobustnessMapLayer(std::shared_ptr<const VectorData> parcels, QString name)
    : MapLayer(name.isEmpty() ? QCoreApplication::translate("RobustnessMapLayer", "Robustness") : name, QString(), Crs()),
      parcels_(std::move(parcels)) {}

void RobustnessMapLayer::setParcels(std::shared_ptr<const VectorData> parcels) {
  parcels_ = std::move(parcels);
  rebuild();
}

void RobustnessMapLayer::setCounts(const std::unordered_map<ParcelId, int>& selected, int scenarioCount) {
  selected_ = selected;
  scenarioCount_ = std::max(0, scenarioCount);
  rebuild();
}

int RobustnessMapLayer::countOf(const ParcelId& id) const {
  const auto it = selected_.find(id);
  return it == selected_.end() ? 0 : std::clamp(it->second, 0, scenarioCount_);
}

void RobustnessMapLayer::rebuild() {
  std::vector<std::shared_ptr<VectorData>> parts(std::size_t(scenarioCount_ + 1));
  for (auto& p : parts) p = std::make_shared<VectorData>();
  if (parcels_) {
    const int idField = int(parcels_->fieldNames.indexOf(QStringLiteral("parcel_id")));
    for (const FeatureShape& f : parcels_->features) {
      const int k = countOf(featureParcelId(f.attributes, idField, f.fid));
      VectorData& part = *parts[std::size_t(k)];
      FeatureShape shape = f;
      shape.attributes = {FieldValue(featureParcelId(f.attributes, idField, f.fid))};
      part.extent.include(shape.bbox);
      part.features.push_back(std::move(shape));
    }
  }
  for (auto& part : parts) part->buildIndex();
  byCount_.assign(parts.begin(), parts.end());
}

Extent RobustnessMapLayer::extent() const {
  Extent e;
  for (const auto& part : byCount_) e.include(part->extent);
  return e;
}

VectorStyle RobustnessMapLayer::styleFor(int k, int n) {
  VectorStyle s;
  s.outline = kOutline;
  s.outlineWidthPx = 0.6;
  if (k <= 0 || n <= 0) {
    s.fill = Qt::transparent;
    return s;
  }
  s.fill = rampAt(n == 1 ? 1.0 : double(std::min(k, n) - 1) / double(n - 1));
  return s;
}

std::vector<QColor> RobustnessMapLayer::ramp(int steps) {
  std::vector<QColor> colors;
  const int n = std::max(2, steps);
  for (int i = 0; i < n; ++i) colors.push_back(rampAt(double(i) / double(n - 1)));
  return colors;
}

QString RobustnessMapLayer::chosenLabel(int k, int n) {
  return QCoreApplication::translate("RobustnessMapLayer", "Chosen in %1 of %2 scenarios").arg(k).arg(n);
}

std::unique_ptr<LayerRenderer> RobustnessMapLayer::createRenderer() const {
  std::vector<RobustnessRenderer::Part> parts;
  for (int k = 0; k < int(byCount_.size()); ++k)
    if (!byCount_[std::size_t(k)]->features.empty()) parts.push_back({byCount_[std::size_t(k)], styleFor(k, scenarioCount_)});
  return std::make_unique<RobustnessRenderer>(name(), opacity(), std::move(parts));
}

std::vector<IdentifyResult> RobustnessMapLayer::identify(double mapX, double mapY, double) const {
  for (const auto& part : byCount_) {
    for (const FeatureShape& f : part->features) {
      if (!f.bbox.contains(mapX, mapY) || !polygonContains(f.parts, mapX, mapY)) continue;
      const ParcelId id = toString(f.attributes.front());
      IdentifyResult r;
      r.layerName = name();
      r.title = QCoreApplication::translate("RobustnessMapLayer", "Parcel %1").arg(QString::fromStdString(id));
      r.shape = f.parts;
      r.shapeIsArea = true;
      r.attributes.append({QCoreApplication::translate("RobustnessMapLayer", "In the budget optimum"), chosenLabel(countOf(id), scenarioCount_)});
      return {r};
    }
  }
  return {};
}

QIcon RobustnessMapLayer::legendIcon() const {
  QPixmap pixmap(16, 16);
  pixmap.fill(Qt::transparent);
  QPainter p(&pixmap);
  const std::vector<QColor> colors = ramp(3);
  for (int i = 0; i < 3; ++i) p.fillRect(QRectF(2 + i * 4, 2, 4, 12), colors[std::size_t(i)]);
  p.setPen(QPen(kOutline, 1));
  p.drawRect(QRectF(1.5, 1.5, 12, 12));
  return QIcon(pixmap);
}

std::vector<std::pair<QString, QIcon>> RobustnessMapLayer::legendItems() const {
  std::vector<std::pair<QString, QIcon>> items;
  for (int k = scenarioCount_; k >= 0; --k) items.emplace_back(chosenLabel(k, scenarioCount_), QIcon(swatch(styleFor(k, scenarioCount_))));
  return items;
}

QString RobustnessMapLayer::summary() const {
  long all = 0, any = 0;
  for (const auto& [id, k] : selected_) {
    all += scenarioCount_ > 0 && k >= scenarioCount_;
    any += k > 0;
  }
  return QCoreApplication::translate("RobustnessMapLayer", "Parcels by the share of %1 scenarios whose budget optimum buys them: %2 in every one, %3 in at least one")
      .arg(scenarioCount_)
      .arg(all)
      .arg(any);
}

}  // namespace hp::gui
