// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/VectorMapLayer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPixmap>

#include <cmath>

#include "geo/Error.h"
#include "geo/Geos.h"
#include "mapkit/render/VectorLayerRenderer.h"
#include "mapkit/render/VectorOverview.h"
#include "io/VectorReader.h"

namespace hp::gui {

namespace {

QPolygonF toPolygon(const OGRSimpleCurve& curve) {
  QPolygonF points;
  points.reserve(curve.getNumPoints());
  for (int i = 0; i < curve.getNumPoints(); ++i) points.append(QPointF(curve.getX(i), curve.getY(i)));
  return points;
}

void collectParts(const OGRGeometry& g, FeatureShape& shape, bool& kindSet) {
  auto setKind = [&](FeatureShape::Kind k) {
    if (!kindSet) shape.kind = k;
    kindSet = true;
  };
  switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon:
      setKind(FeatureShape::Kind::Polygon);
      for (const OGRLinearRing* ring : *g.toPolygon()) shape.parts.append(toPolygon(*ring));
      break;
    case wkbLineString:
    case wkbLinearRing:
      setKind(FeatureShape::Kind::Line);
      shape.parts.append(toPolygon(*g.toLineString()));
      break;
    case wkbPoint:
      setKind(FeatureShape::Kind::Point);
      shape.parts.append(QPolygonF{QPointF(g.toPoint()->getX(), g.toPoint()->getY())});
      break;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbMultiPoint:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *g.toGeometryCollection()) collectParts(*part, shape, kindSet);
      break;
    default:
      if (g.hasCurveGeometry()) {
        const OGRGeometryUniquePtr linear(g.getLinearGeometry());
        if (linear) collectParts(*linear, shape, kindSet);
      }
      break;
  }
}

QPointF labelPointOf(const GeosContext& geos, const OGRGeometry& g, const FeatureShape& shape) {
  const OGRwkbGeometryType type = wkbFlatten(g.getGeometryType());
  // Most parcels hold their box's centre; only the others need GEOS (which costs more than reading them).
  if (type == wkbPolygon && polygonContains(shape.parts, shape.bbox.centerX(), shape.bbox.centerY()))
    return {shape.bbox.centerX(), shape.bbox.centerY()};
  if (type == wkbPolygon || type == wkbMultiPolygon) {
    // Inside the polygon even when it is a crescent; the largest part of a multipolygon, where a reader looks.
    const OGRGeometry* part = &g;
    if (type == wkbMultiPolygon) {
      const OGRPolygon* largest = nullptr;
      for (const OGRPolygon* p : *g.toMultiPolygon())
        if (!largest || p->get_Area() > largest->get_Area()) largest = p;
      if (largest) part = largest;
    }
    try {
      const GeomPtr point = adopt(geos, GEOSPointOnSurface_r(geos.handle(), toGeos(geos, *part).get()));
      double x, y;
      if (point && GEOSGeomGetX_r(geos.handle(), point.get(), &x) && GEOSGeomGetY_r(geos.handle(), point.get(), &y))
        return {x, y};
    } catch (const Error&) {
      // A geometry GEOS refuses is labelled at its bounding box centre below.
    }
  }
  if (type == wkbLineString) {
    OGRPoint point;
    const OGRLineString* line = g.toLineString();
    line->Value(line->get_Length() / 2, &point);
    return {point.getX(), point.getY()};
  }
  return {shape.bbox.centerX(), shape.bbox.centerY()};
}

double segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b) {
  const QPointF ab = b - a;
  const double len2 = QPointF::dotProduct(ab, ab);
  const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
  const QPointF d = p - (a + t * ab);
  return std::hypot(d.x(), d.y());
}

// Distinct, muted fills for layers nobody styled, in the order they arrive.
QColor defaultColor(quint64 id) {
  static const QColor colors[] = {QColor(141, 160, 203), QColor(252, 141, 98), QColor(166, 216, 84),
                                  QColor(231, 138, 195), QColor(229, 196, 148), QColor(102, 194, 165)};
  return colors[id % (sizeof colors / sizeof colors[0])];
}

}  // namespace

FeatureShape featureShapeOf(const OGRGeometry& geometry) {
  FeatureShape shape;
  bool kindSet = false;
  collectParts(geometry, shape, kindSet);
  for (const QPolygonF& part : shape.parts)
    for (const QPointF& p : part) shape.bbox.include(p.x(), p.y());
  shape.labelPoint = QPointF(shape.bbox.centerX(), shape.bbox.centerY());
  return shape;
}

bool polygonContains(const QList<QPolygonF>& rings, double x, double y) {
  bool inside = false;
  for (const QPolygonF& ring : rings) {
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
      const QPointF& a = ring[i];
      const QPointF& b = ring[j];
      if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) inside = !inside;
    }
  }
  return inside;
}

VectorMapLayer::VectorMapLayer(const QString& path, const QString& name, const Crs& crs)
    : MapLayer(name, path, crs) {}

std::shared_ptr<VectorMapLayer> VectorMapLayer::open(const QString& path, const QString& layerName, const Crs& mapCrs,
                                                     const Progress& progress) {
  VectorReadOptions options;
  options.layerName = layerName.toStdString();
  // Reading is most of the time; reprojecting and making the shapes (label points) the rest.
  options.progress = phaseProgress(progress, 0, 0.6);
  VectorLayer placed = readVectorLayer(path.toStdString(), options);
  const Crs sourceCrs = placed.crs;
  if (!mapCrs.isEmpty()) {
    reportProgress(progress, 0.6, "reprojecting");
    reproject(placed, mapCrs);
  }
  reportProgress(progress, 0.7, "preparing features");

  auto data = std::make_shared<VectorData>();
  for (const FieldDef& f : placed.fields) data->fieldNames.append(QString::fromStdString(f.name));
  data->features.reserve(placed.features.size());
  const GeosContext geos;
  std::size_t done = 0;
  for (Feature& feature : placed.features) {
    if (progress && ++done % 512 == 0)
      reportProgress(progress, 0.7 + 0.3 * double(done) / double(placed.features.size()), "preparing features");
    FeatureShape shape = featureShapeOf(*feature.geometry);
    shape.fid = feature.fid;
    shape.attributes = std::move(feature.attributes);
    if (shape.parts.isEmpty()) continue;
    shape.labelPoint = labelPointOf(geos, *feature.geometry, shape);
    data->extent.include(shape.bbox);
    data->features.push_back(std::move(shape));
  }

  data->buildIndex();
  const bool large = VectorOverview::worthBuilding(*data);

  // A file with one layer is named after the file, as QGIS does; otherwise after the layer.
  const QString baseName = QFileInfo(path).completeBaseName();
  const QString sourceLayer = QString::fromStdString(placed.layerName);
  const QString name = layerName.isEmpty() || sourceLayer == baseName ? baseName : sourceLayer;
  std::shared_ptr<VectorMapLayer> layer(new VectorMapLayer(path, name, sourceCrs));
  layer->layerName_ = sourceLayer;
  layer->data_ = std::move(data);
  if (large) layer->overview_ = std::make_shared<VectorOverview>();
  for (const std::string& w : placed.warnings) layer->warnings_.append(QString::fromStdString(w));

  const bool polygons = !layer->data_->features.empty() &&
                        layer->data_->features.front().kind == FeatureShape::Kind::Polygon;
  const QColor base = defaultColor(layer->id());
  layer->style_.fill = polygons ? QColor(base.red(), base.green(), base.blue(), 140) : base;
  layer->style_.outline = polygons ? base.darker(160) : base.darker(130);
  layer->style_.outlineWidthPx = polygons ? 0.8 : 1.5;
  return layer;
}

std::unique_ptr<LayerRenderer> VectorMapLayer::createRenderer() const {
  return std::make_unique<VectorLayerRenderer>(name(), opacity(), data_, style_, overview_);
}

std::vector<IdentifyResult> VectorMapLayer::identify(double mapX, double mapY, double tolerance) const {
  std::vector<IdentifyResult> results;
  const QPointF p(mapX, mapY);
  for (const std::size_t i : data_->featuresIn({mapX - tolerance, mapY - tolerance, mapX + tolerance, mapY + tolerance})) {
    const FeatureShape& f = data_->features[i];
    bool hit = false;
    switch (f.kind) {
      case FeatureShape::Kind::Polygon: hit = polygonContains(f.parts, mapX, mapY); break;
      case FeatureShape::Kind::Line:
        for (const QPolygonF& line : f.parts)
          for (qsizetype i = 1; i < line.size() && !hit; ++i) hit = segmentDistance(p, line[i - 1], line[i]) <= tolerance;
        break;
      case FeatureShape::Kind::Point:
        for (const QPolygonF& pt : f.parts)
          hit = hit || (!pt.isEmpty() && std::hypot(pt[0].x() - mapX, pt[0].y() - mapY) <= tolerance);
        break;
    }
    if (!hit) continue;
    IdentifyResult r;
    r.layerName = name();
    r.title = QCoreApplication::translate("VectorMapLayer", "Feature %1").arg(f.fid);
    r.shape = f.parts;
    r.shapeIsArea = f.kind == FeatureShape::Kind::Polygon;
    for (qsizetype i = 0; i < data_->fieldNames.size(); ++i) {
      const FieldValue& v = f.attributes[std::size_t(i)];
      r.attributes.append({data_->fieldNames[i], std::holds_alternative<std::monostate>(v)
                                                     ? QCoreApplication::translate("VectorMapLayer", "NULL")
                                                     : QString::fromStdString(toString(v))});
    }
    results.push_back(std::move(r));
  }
  return results;
}

QIcon VectorMapLayer::legendIcon() const {
  QPixmap pixmap(32, 32);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  const FeatureShape::Kind kind =
      data_->features.empty() ? FeatureShape::Kind::Polygon : data_->features.front().kind;
  const QPen pen(style_.outline, std::max(1.0, style_.outlineWidthPx * 1.5));
  switch (kind) {
    case FeatureShape::Kind::Polygon: {
      const QRectF box(4, 6, 24, 20);
      painter.fillRect(box, style_.fill.alpha() > 0 ? QBrush(style_.fill) : QBrush(Qt::NoBrush));
      if (style_.hatched) painter.fillRect(box, QBrush(style_.outline, Qt::BDiagPattern));
      painter.setPen(pen);
      painter.drawRect(box);
      break;
    }
    case FeatureShape::Kind::Line:
      painter.setPen(QPen(style_.outline, 2.5));
      painter.drawPolyline(QPolygonF{QPointF(3, 24), QPointF(12, 10), QPointF(20, 20), QPointF(29, 7)});
      break;
    case FeatureShape::Kind::Point:
      painter.setPen(QPen(style_.outline, 1.5));
      painter.setBrush(style_.fill.alpha() > 0 ? style_.fill : style_.outline);
      painter.drawEllipse(QPointF(16, 16), 7, 7);
      break;
  }
  return QIcon(pixmap);
}

QString VectorMapLayer::summary() const {
  QString text = MapLayer::summary();
  text += QLatin1Char('\n') + QCoreApplication::translate("VectorMapLayer", "Layer '%1', %n feature(s)", nullptr,
                                                          int(data_->features.size()))
                                  .arg(layerName_);
  for (const QString& w : warnings_) text += QLatin1Char('\n') + w;
  return text;
}

}  // namespace hp::gui
