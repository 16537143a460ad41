// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/ProjectLayers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "mapkit/layers/LayerLoader.h"
#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/SampleStyle.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "project/ForestVersions.h"

namespace hp::gui {

namespace {

QJsonValue colorJson(const QColor& c) { return c.name(QColor::HexArgb); }
QColor colorFrom(const QJsonValue& v, const QColor& fallback) {
  const QColor c(v.toString());
  return v.isString() && c.isValid() ? c : fallback;
}

}  // namespace

void applyRoleStyle(MapLayer& layer, project::LayerRole role) {
  switch (role) {
    case project::LayerRole::Forest: applySampleStyle(layer, SampleLayer::Forest); break;
    case project::LayerRole::Basins: applySampleStyle(layer, SampleLayer::Basins); break;
    case project::LayerRole::Parcels: applySampleStyle(layer, SampleLayer::Parcels); break;
    case project::LayerRole::Reserve: applySampleStyle(layer, SampleLayer::Reserve); break;
    case project::LayerRole::Other: break;
  }
}

QString styleJson(const MapLayer& layer) {
  QJsonObject o;
  if (const auto* v = dynamic_cast<const VectorMapLayer*>(&layer)) {
    const VectorStyle& s = v->style();
    o[QStringLiteral("type")] = QStringLiteral("vector");
    o[QStringLiteral("fill")] = colorJson(s.fill);
    o[QStringLiteral("hatched")] = s.hatched;
    o[QStringLiteral("outline")] = colorJson(s.outline);
    o[QStringLiteral("outline_width_px")] = s.outlineWidthPx;
    o[QStringLiteral("point_size_px")] = s.pointSizePx;
    o[QStringLiteral("label_field")] = s.labelField;
    o[QStringLiteral("label_color")] = colorJson(s.labelColor);
  } else if (const auto* r = dynamic_cast<const RasterMapLayer*>(&layer)) {
    const render::RasterSymbology& s = r->symbology();
    o[QStringLiteral("type")] = QStringLiteral("raster");
    o[QStringLiteral("mode")] = s.mode == render::RasterSymbology::Mode::Ramp      ? QStringLiteral("ramp")
                                : s.mode == render::RasterSymbology::Mode::Palette ? QStringLiteral("palette")
                                                                                   : QStringLiteral("rgb");
    o[QStringLiteral("band")] = s.band;
    o[QStringLiteral("rgb_bands")] = QJsonArray{s.rgbBands[0], s.rgbBands[1], s.rgbBands[2]};
    o[QStringLiteral("ramp")] = QString::fromStdString(r->rampName());
    o[QStringLiteral("min")] = s.minValue;
    o[QStringLiteral("max")] = s.maxValue;
  }
  return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool applyStyleJson(MapLayer& layer, const QString& json) {
  if (json.trimmed().isEmpty()) return false;
  const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
  if (!doc.isObject()) return false;
  const QJsonObject o = doc.object();
  if (auto* v = dynamic_cast<VectorMapLayer*>(&layer); v && o.value(QStringLiteral("type")) == QStringLiteral("vector")) {
    VectorStyle s = v->style();
    s.fill = colorFrom(o.value(QStringLiteral("fill")), s.fill);
    s.hatched = o.value(QStringLiteral("hatched")).toBool(s.hatched);
    s.outline = colorFrom(o.value(QStringLiteral("outline")), s.outline);
    s.outlineWidthPx = o.value(QStringLiteral("outline_width_px")).toDouble(s.outlineWidthPx);
    s.pointSizePx = o.value(QStringLiteral("point_size_px")).toDouble(s.pointSizePx);
    s.labelField = o.value(QStringLiteral("label_field")).toString(s.labelField);
    s.labelColor = colorFrom(o.value(QStringLiteral("label_color")), s.labelColor);
    v->setStyle(s);
    return true;
  }
  if (auto* r = dynamic_cast<RasterMapLayer*>(&layer); r && o.value(QStringLiteral("type")) == QStringLiteral("raster")) {
    render::RasterSymbology s = r->symbology();
    const QString mode = o.value(QStringLiteral("mode")).toString();
    if (mode == QStringLiteral("ramp")) s.mode = render::RasterSymbology::Mode::Ramp;
    else if (mode == QStringLiteral("palette") && !s.palette.empty()) s.mode = render::RasterSymbology::Mode::Palette;
    else if (mode == QStringLiteral("rgb")) s.mode = render::RasterSymbology::Mode::Rgb;
    s.band = o.value(QStringLiteral("band")).toInt(s.band);
    const QJsonArray rgb = o.value(QStringLiteral("rgb_bands")).toArray();
    if (rgb.size() == 3)
      for (int i = 0; i < 3; ++i) s.rgbBands[std::size_t(i)] = rgb[i].toInt(s.rgbBands[std::size_t(i)]);
    s.minValue = o.value(QStringLiteral("min")).toDouble(s.minValue);
    s.maxValue = o.value(QStringLiteral("max")).toDouble(s.maxValue);
    r->setSymbology(s);
    const QString ramp = o.value(QStringLiteral("ramp")).toString();
    if (!ramp.isEmpty()) r->setRamp(ramp.toStdString());
    return true;
  }
  return false;
}

OpenedProjectLayers openProjectLayers(const project::Project& project, const Progress& progress) {
  OpenedProjectLayers out;
  bool forestShown = false;
  const double share = project.layers.empty() ? 1.0 : 1.0 / double(project.layers.size());
  reportProgress(progress, 0, "opening layers");
  for (std::size_t i = 0; i < project.layers.size(); ++i) {
    const project::LayerRef& ref = project.layers[i];
    const Progress layerProgress = phaseProgress(progress, share * double(i), share * double(i + 1));
    try {
      std::string path = ref.path;
      // The first forest layer shows the active version: an import changes what the map shows.
      if (ref.role == project::LayerRole::Forest && !forestShown) {
        path = project::forestPath(project, project.activeForestVersion);
        forestShown = true;
      }
      const QString file = QString::fromStdString(path);
      std::shared_ptr<MapLayer> layer;
      if (ref.role == project::LayerRole::Forest) {
        layer = RasterMapLayer::open(file, project.crs, layerProgress);
      } else if (ref.role == project::LayerRole::Other) {
        const auto opened = openLayers(file, LayerKind::Any, project.crs, layerProgress);
        if (!opened.empty()) layer = opened.front();
      } else {
        layer = VectorMapLayer::open(file, QString::fromStdString(ref.layerName), project.crs, layerProgress);
      }
      if (!layer) continue;
      if (!applyStyleJson(*layer, QString::fromStdString(ref.styleJson))) applyRoleStyle(*layer, ref.role);
      if (!ref.name.empty()) layer->setName(QString::fromStdString(ref.name));
      layer->setVisible(ref.visible);
      layer->setOpacity(ref.opacity);
      if (ref.role == project::LayerRole::Parcels && !out.parcels)
        out.parcels = std::dynamic_pointer_cast<VectorMapLayer>(layer);
      out.layers.push_back(std::move(layer));
      out.roles.push_back(ref.role);
    } catch (const Cancelled&) {
      throw;
    } catch (const Error& e) {
      out.problems.append(app::describeError(e));
    }
    reportProgress(progress, share * double(i + 1), "opening layers");
  }
  return out;
}

}  // namespace hp::gui
