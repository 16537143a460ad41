// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/CorridorMapLayer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>
#include <cmath>

#include "io/VectorReader.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "mapkit/render/VectorLayerRenderer.h"

namespace hp::gui {

namespace {

double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b) {
  const QPointF ab = b - a;
  const double len2 = QPointF::dotProduct(ab, ab);
  const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
  const QPointF d = p - (a + t * ab);
  return std::hypot(d.x(), d.y());
}

}  // namespace

CorridorMapLayer::CorridorMapLayer(QString name)
    : MapLayer(name.isEmpty() ? QCoreApplication::translate("CorridorMapLayer", "Corridors") : name, QString(), Crs()), data_(std::make_shared<VectorData>()) {}

void CorridorMapLayer::setLinks(std::vector<corridor::CorridorLink> links, const Crs& pathCrs, const Crs& mapCrs) {
  // Only what is drawn goes through the reprojection; the fid says which link a line is.
  std::vector<corridor::CorridorLink> drawn;
  std::vector<std::int64_t> index;
  for (std::size_t i = 0; i < links.size(); ++i) {
    const corridor::CorridorLink& l = links[i];
    const auto* line = l.path ? dynamic_cast<const OGRLineString*>(l.path.get()) : nullptr;
    // Touching places have a degenerate line (one point twice): nothing to draw.
    if (!l.reachable || !line || line->getNumPoints() < 2 || !(l.lengthKm > 0)) continue;
    drawn.push_back(l);
    index.push_back(std::int64_t(i));
  }
  VectorLayer placed = corridor::corridorsLayer(drawn, pathCrs);
  if (!mapCrs.isEmpty() && !pathCrs.isEmpty() && !placed.features.empty()) reproject(placed, mapCrs);
  auto data = std::make_shared<VectorData>();
  for (std::size_t k = 0; k < placed.features.size(); ++k) {
    FeatureShape shape = featureShapeOf(*placed.features[k].geometry);
    if (shape.parts.isEmpty()) continue;
    shape.fid = index[k];
    data->extent.include(shape.bbox);
    data->features.push_back(std::move(shape));
  }
  links_ = std::move(links);
  data_ = std::move(data);
}

void CorridorMapLayer::clear() {
  links_.clear();
  data_ = std::make_shared<VectorData>();
}

VectorStyle CorridorMapLayer::style() {
  VectorStyle s;
  // Cyan-blue: none of the candidates' default colours, the forest's greens or the patches' purple.
  s.fill = QColor(0, 0, 0, 0);
  s.outline = QColor(0, 140, 210);
  s.outlineWidthPx = 3.0;
  return s;
}

std::unique_ptr<LayerRenderer> CorridorMapLayer::createRenderer() const {
  return std::make_unique<VectorLayerRenderer>(name(), opacity(), data_, style());
}

std::vector<IdentifyResult> CorridorMapLayer::identify(double mapX, double mapY, double tolerance) const {
  std::vector<IdentifyResult> results;
  const QPointF p(mapX, mapY);
  const QLocale locale;
  for (const FeatureShape& f : data_->features) {
    if (mapX < f.bbox.minX - tolerance || mapX > f.bbox.maxX + tolerance || mapY < f.bbox.minY - tolerance ||
        mapY > f.bbox.maxY + tolerance)
      continue;
    bool hit = false;
    for (const QPolygonF& line : f.parts)
      for (qsizetype i = 1; i < line.size() && !hit; ++i) hit = segmentDistance(p, line[i - 1], line[i]) <= tolerance;
    if (!hit) continue;
    const corridor::CorridorLink& l = links_[std::size_t(f.fid)];
    IdentifyResult r;
    r.layerName = name();
    const QString from = l.from == "reserve" ? QCoreApplication::translate("CorridorMapLayer", "the reserve") : QString::fromStdString(l.from);
    //: a corridor between two places: %1 and %2 (the reserve or a candidate's name)
    r.title = QCoreApplication::translate("CorridorMapLayer", "%1 – %2").arg(from, QString::fromStdString(l.to));
    r.shape = f.parts;
    auto km = [&](double v, int decimals) { return std::isnan(v) ? QCoreApplication::translate("CorridorMapLayer", "none") : QCoreApplication::translate("CorridorMapLayer", "%1 km").arg(locale.toString(v, 'f', decimals)); };
    r.attributes.append({QCoreApplication::translate("CorridorMapLayer", "Cost"), km(l.costKm, 1)});
    r.attributes.append({QCoreApplication::translate("CorridorMapLayer", "Length"), km(l.lengthKm, 1)});
    r.attributes.append({QCoreApplication::translate("CorridorMapLayer", "Mean width"), km(l.widthKm, 2)});
    r.attributes.append({QCoreApplication::translate("CorridorMapLayer", "Corridor area"), std::isnan(l.corridorAreaKm2) ? QCoreApplication::translate("CorridorMapLayer", "none") : QCoreApplication::translate("CorridorMapLayer", "%1 km²").arg(locale.toString(l.corridorAreaKm2, 'f', 1))});
    results.push_back(std::move(r));
  }
  return results;
}

QIcon CorridorMapLayer::legendIcon() const {
  QPixmap pixmap(32, 32);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(style().outline, 3.0));
  painter.drawPolyline(QPolygonF{QPointF(3, 24), QPointF(12, 10), QPointF(20, 20), QPointF(29, 7)});
  return QIcon(pixmap);
}

QString CorridorMapLayer::summary() const {
  return QCoreApplication::translate("CorridorMapLayer", "Least-cost corridors: %n link(s) computed", nullptr, int(links_.size())) +
         QLatin1Char('\n') + QCoreApplication::translate("CorridorMapLayer", "%n drawn", nullptr, drawnCount());
}

}  // namespace hp::gui
