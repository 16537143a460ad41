// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/MapLayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <mutex>

#include "Version.h"
#include "export/LayerPainter.h"
#include "export/LayoutDecorations.h"
#include "export/LayoutGraticule.h"
#include "export/LayoutLegend.h"
#include "export/LayoutTable.h"
#include "export/LayoutTexts.h"
#include "mapkit/layers/CandidateMapLayer.h"
#include "mapkit/layers/CorridorMapLayer.h"
#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/RobustnessMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"
#include "mapkit/render/LayerRenderer.h"
#include "render/MapViewport.h"

namespace hp::exporting {

namespace {

// Page units: a tenth of a point (720 per inch), so whole-number pixel font sizes still step finely.
constexpr double kUnitsPerInch = 720.0;
constexpr double kUnitsPerMm = kUnitsPerInch / 25.4;
constexpr double kLinePixelsPerInch = 110.0;  // a layer's 1-pixel line is 1/110 inch on paper
constexpr double kSqMiPerKm2 = 1.0 / 2.589988110336;

// The map frame's footprint on the locator.
const QColor kFootprintOutline(220, 20, 20);
const QColor kFootprintFill(220, 20, 20, 40);

// Font sizes in page units (tenths of a point).
constexpr int kTitlePx = 180, kSubtitlePx = 110, kHeadingPx = 85, kBodyPx = 72, kSmallPx = 62;

}  // namespace

struct MapLayout::Geometry {
  QRectF page;    // page units, origin at the page's top-left corner
  QRectF title;
  QRectF frame;   // the map
  QRectF panel;   // legend, scale bars, north arrow, locator
  QRectF table;   // candidates' figures (and top parcels)
  QRectF footer;  // CRS, sources, date
  Extent extent;  // what the frame shows, map CRS
};

namespace {

Extent grownToAspect(Extent e, double widthOverHeight) {
  if (e.isEmpty() || !(widthOverHeight > 0)) return e;
  double w = std::max(e.width(), 1e-9), h = std::max(e.height(), 1e-9);
  if (w / h < widthOverHeight) w = h * widthOverHeight;
  else h = w / widthOverHeight;
  const double cx = e.centerX(), cy = e.centerY();
  return Extent{cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
}

Extent padded(const Extent& e, double fraction) {
  if (e.isEmpty()) return e;
  const double d = std::max(e.width(), e.height()) * fraction;
  return Extent{e.minX - d, e.minY - d, e.maxX + d, e.maxY + d};
}

std::vector<std::unique_ptr<gui::LayerRenderer>> snapshots(const LayoutContent& content, const std::string& fitted) {
  std::vector<std::unique_ptr<gui::LayerRenderer>> out;
  for (const auto& layer : content.layers)
    if (layer && layer->isVisible()) out.push_back(layer->createRenderer());
  if (!content.candidates.empty()) {
    int active = -1;
    for (std::size_t i = 0; i < content.candidates.size(); ++i)
      if (content.candidates[i].name == fitted) active = int(i);
    gui::CandidateMapLayer candidates(content.parcels);
    candidates.setCandidates(content.candidates, active);
    out.push_back(candidates.createRenderer());
  }
  return out;
}

double metresPerMapUnit(const Crs& crs, double latitudeHint) {
  if (crs.isEmpty()) return 1.0;
  if (crs.isGeographic()) return render::metresPerDegree(latitudeHint);
  const double m = crs.ogr()->GetLinearUnits();
  return m > 0 ? m : 1.0;
}

// The robustness layer in three rows, all, some and none of the scenarios, so a grid of 7 or 8 does not
// crowd out the other layers.
std::vector<LegendEntry> robustnessEntries(const gui::RobustnessMapLayer& layer, const LayoutTexts& texts, double lineUnits) {
  const int n = layer.scenarioCount();
  std::vector<LegendEntry> entries;
  auto area = [&](int k, QString label) {
    const gui::VectorStyle s = gui::RobustnessMapLayer::styleFor(k, n);
    LegendEntry e;
    e.label = std::move(label);
    e.fill = s.fill;
    e.outline = s.outline;
    e.outlineWidth = s.outlineWidthPx * lineUnits;
    entries.push_back(std::move(e));
  };
  if (n >= 1) area(n, texts.chosenInScenarios(n, n));
  if (n == 2) area(1, texts.chosenInScenarios(1, n));
  if (n > 2) {
    LegendEntry e;
    e.swatch = LegendEntry::Swatch::Ramp;
    e.label = texts.chosenInScenariosRange(1, n - 1, n);
    for (int k = 1; k < n; ++k) e.ramp.push_back(gui::RobustnessMapLayer::styleFor(k, n).fill);
    entries.push_back(std::move(e));
  }
  area(0, texts.chosenInScenarios(0, n));
  return entries;
}

std::size_t legendRowsOf(const gui::MapLayer& layer) {
  if (const auto* r = dynamic_cast<const gui::RobustnessMapLayer*>(&layer)) return r->scenarioCount() >= 2 ? 3 : 2;
  return 1;
}

std::vector<LegendEntry> legendEntries(const LayoutContent& content, const LayoutTexts& texts, double lineUnits) {
  std::vector<LegendEntry> entries;
  // Top of the map first, as a legend reads.
  for (auto it = content.layers.rbegin(); it != content.layers.rend(); ++it) {
    const auto& layer = *it;
    if (!layer || !layer->isVisible()) continue;
    if (const auto* r = dynamic_cast<const gui::RobustnessMapLayer*>(layer.get())) {
      for (LegendEntry& e : robustnessEntries(*r, texts, lineUnits)) entries.push_back(std::move(e));
      continue;
    }
    LegendEntry e;
    e.label = texts.layerName(layer->name());
    if (const auto* v = dynamic_cast<const gui::VectorMapLayer*>(layer.get())) {
      const gui::VectorStyle& s = v->style();
      e.fill = s.fill;
      e.outline = s.outline;
      e.outlineWidth = s.outlineWidthPx * lineUnits;
      e.hatched = s.hatched;
      bool lines = !v->data().features.empty();
      for (const auto& f : v->data().features) lines = lines && f.kind == gui::FeatureShape::Kind::Line;
      if (lines) e.swatch = LegendEntry::Swatch::Line;
    } else if (dynamic_cast<const gui::CorridorMapLayer*>(layer.get())) {
      const gui::VectorStyle s = gui::CorridorMapLayer::style();
      e.label = texts.corridor();
      e.swatch = LegendEntry::Swatch::Line;
      e.outline = s.outline;
      e.outlineWidth = s.outlineWidthPx * lineUnits;
    } else if (const auto* r = dynamic_cast<const gui::RasterMapLayer*>(layer.get())) {
      e.swatch = LegendEntry::Swatch::Ramp;
      const render::RasterSymbology& s = r->symbology();
      if (s.mode == render::RasterSymbology::Mode::Ramp) {
        for (int i = 0; i <= 8; ++i) e.ramp.push_back(QColor::fromRgba(s.ramp.at(i / 8.0)));
      } else {
        e.ramp = {QColor(40, 40, 40), QColor(230, 230, 230)};
      }
    } else {
      continue;  // a layer kind the legend cannot show (the GUI's candidate layer is listed below)
    }
    entries.push_back(std::move(e));
  }
  for (const project::Candidate& c : content.candidates) {
    const gui::VectorStyle s = gui::CandidateMapLayer::styleFor(QColor(QString::fromStdString(c.color)), true);
    LegendEntry e;
    e.label = QString::fromStdString(c.name);
    e.fill = s.fill;
    e.outline = s.outline;
    e.outlineWidth = s.outlineWidthPx * lineUnits;
    entries.push_back(std::move(e));
  }
  LegendEntry frame;  // the locator's footprint, drawn the same way there
  frame.label = texts.mapFrame();
  frame.fill = kFootprintFill;
  frame.outline = kFootprintOutline;
  frame.outlineWidth = 1.2 * 10;
  entries.push_back(std::move(frame));
  return entries;
}

LayoutTable figuresTable(const LayoutContent& content, const LayoutTexts& texts) {
  LayoutTable t;
  t.caption = texts.candidateFigures();
  t.headers = {texts.headerCandidate(), texts.headerAreaKm2(), texts.headerAreaSqMi(), texts.headerParcels(),
               texts.headerCost(), texts.headerLeopards(), texts.headerRange()};
  t.columnWeights = {3.2, 1.3, 1.3, 1.0, 1.8, 1.2, 1.5};
  // The negotiator's question, when the project has a reserve: the park with this purchase, and what it adds.
  const bool besideReserve = std::any_of(content.figures.begin(), content.figures.end(),
                                         [](const CandidateFiguresRow& f) { return bool(f.added); });
  if (besideReserve) {
    t.headers << texts.headerWithReserve() << texts.headerLeopardsAdded();
    t.columnWeights.insert(t.columnWeights.end(), {1.3, 1.5});
  }
  const bool corridors = std::any_of(content.figures.begin(), content.figures.end(),
                                     [](const CandidateFiguresRow& f) { return bool(f.corridor); });
  if (corridors) {
    t.headers << texts.headerCorridorCost() << texts.headerCorridorLength() << texts.headerCorridorWidth();
    // Room for three long headers: from the candidate's name, which is elided anyway.
    t.columnWeights.front() = 2.4;
    t.columnWeights.insert(t.columnWeights.end(), {1.7, 1.75, 1.75});
  }
  for (const CandidateFiguresRow& f : content.figures) {
    QStringList row{f.name, texts.number(f.capacity.areaKm2, 1), texts.number(f.capacity.areaKm2 * kSqMiPerKm2, 1),
                    texts.integer(qlonglong(f.parcels)), texts.usd(f.costUsd), texts.integer(f.capacity.leopards),
                    texts.leopardRange(f.capacity.leopardsMin, f.capacity.leopardsMax)};
    if (besideReserve) {
      row << (f.withReserve ? texts.integer(f.withReserve->leopards) : QString())
          << (f.added ? (f.added->leopards > 0 ? QStringLiteral("+") : QString()) + texts.integer(f.added->leopards) : QString());
    }
    if (corridors) {
      const QString none = QStringLiteral("–");
      if (!f.corridor) row << QString() << QString() << QString();
      else if (!f.corridor->reachable) row << texts.corridorUnreachable() << none << none;
      else if (f.corridor->lengthKm == 0) row << texts.number(0, 1) << texts.number(0, 1) << texts.corridorTouches();
      else
        row << texts.number(f.corridor->costKm, 1) << texts.number(f.corridor->lengthKm, 1)
            << texts.number(f.corridor->widthKm, 2);
    }
    t.rows.push_back(row);
    t.swatches.push_back(f.color);
  }
  return t;
}

LayoutTable parcelsTable(const LayoutContent& content, const LayoutTexts& texts) {
  LayoutTable t;
  t.caption = texts.topParcels();
  t.headers = {texts.headerParcel(), texts.headerAreaKm2(), texts.headerAreaSqMi(), texts.headerCost(),
               texts.headerLeopardsAdded()};
  t.columnWeights = {2.0, 1.3, 1.3, 1.8, 1.5};
  for (const RankedParcelRow& p : content.topParcels)
    t.rows.push_back({QString::fromStdString(p.parcelId), texts.number(p.areaKm2, 2), texts.number(p.areaKm2 * kSqMiPerKm2, 2),
                      texts.usd(p.costUsd), texts.number(p.leopards, 2)});
  return t;
}

}  // namespace

struct MapLayout::Drawing {
  explicit Drawing(LayerPainter painter) : layers(std::move(painter)) {}
  std::mutex mutex;
  LayerPainter layers;  // drawn twice per page: the frame and the locator
  QStringList problems;
};

MapLayout::MapLayout(std::shared_ptr<const LayoutContent> content, PageSetup page, LayoutOptions options)
    : content_(std::move(content)),
      page_(page),
      options_(std::move(options)),
      texts_(std::make_unique<LayoutTexts>(options_.language)) {
  if (!content_) content_ = std::make_shared<LayoutContent>();
  drawing_ = std::make_unique<Drawing>(LayerPainter(snapshots(*content_, options_.candidate.toStdString())));
}

QStringList MapLayout::problems() const {
  const std::lock_guard lock(drawing_->mutex);
  return drawing_->problems;
}

MapLayout::~MapLayout() = default;
MapLayout::MapLayout(MapLayout&&) noexcept = default;
MapLayout& MapLayout::operator=(MapLayout&&) noexcept = default;

MapLayout::Geometry MapLayout::computeGeometry() const {
  Geometry g;
  const QSizeF mm = page_.sizeMm();
  g.page = QRectF(0, 0, mm.width() * kUnitsPerMm, mm.height() * kUnitsPerMm);
  const double margin = page_.marginMm * kUnitsPerMm;
  const QRectF content = g.page.adjusted(margin, margin, -margin, -margin);
  const LayoutTexts& t = *texts_;

  const double titleHeight = QFontMetricsF(t.font(kTitlePx, true)).height() * 1.1 +
                             (options_.subtitle.isEmpty() ? 0.0 : QFontMetricsF(t.font(kSubtitlePx)).height() * 1.2);
  g.title = QRectF(content.left(), content.top(), content.width(), titleHeight);

  const double footerHeight = QFontMetricsF(t.font(kSmallPx)).height() * 3.4;
  g.footer = QRectF(content.left(), content.bottom() - footerHeight, content.width(), footerHeight);

  double tableHeight = 0;
  const QFont caption = t.font(kHeadingPx, true), body = t.font(kBodyPx);
  if (!content_->figures.empty()) tableHeight += figuresTable(*content_, t).height(caption, body);
  if (options_.showTopParcels && !content_->topParcels.empty())
    tableHeight += parcelsTable(*content_, t).height(caption, body) + 3 * kUnitsPerMm;
  const double gap = 3 * kUnitsPerMm;
  g.table = QRectF(content.left(), g.footer.top() - gap - tableHeight, content.width(), tableHeight);

  // Room outside the frame for the graticule labels.
  const double gutter = QFontMetricsF(t.font(kSmallPx)).height() * 1.4;
  const double top = g.title.bottom() + gap;
  const double bottom = (tableHeight > 0 ? g.table.top() : g.footer.top()) - gap;
  if (page_.landscape) {
    const double panelWidth = std::min(80 * kUnitsPerMm, content.width() * 0.3);
    g.panel = QRectF(content.right() - panelWidth, top, panelWidth, bottom - top);
    g.frame = QRectF(content.left() + gutter, top + gutter, g.panel.left() - gap - 2 * gutter - content.left(),
                     bottom - top - 2 * gutter);
  } else {
    // As tall as the legend needs (the scale bars and the locator need about 40 mm), at most 55 mm.
    std::size_t legendRows = content_->candidates.size() + 1;  // + the map area
    for (const auto& layer : content_->layers) legendRows += layer && layer->isVisible() ? legendRowsOf(*layer) : 0;
    const double legendHeight = QFontMetricsF(t.font(kHeadingPx, true)).height() * 1.3 +
                                QFontMetricsF(t.font(kBodyPx)).height() * 1.35 * double(legendRows);
    const double panelHeight =
        std::min({55 * kUnitsPerMm, (bottom - top) * 0.35, std::max(40 * kUnitsPerMm, legendHeight + kUnitsPerMm)});
    g.panel = QRectF(content.left(), bottom - panelHeight, content.width(), panelHeight);
    g.frame = QRectF(content.left() + gutter, top + gutter, content.width() - 2 * gutter,
                     g.panel.top() - gap - top - 2 * gutter);
  }
  if (g.frame.height() < 10 * kUnitsPerMm) g.frame.setHeight(10 * kUnitsPerMm);  // a crowded page still has a map

  Extent wanted;
  if (!options_.candidate.isEmpty()) wanted = padded(content_->candidateExtent(options_.candidate), 0.15);
  if (wanted.isEmpty()) wanted = options_.viewExtent;
  if (wanted.isEmpty()) wanted = content_->projectView;
  if (wanted.isEmpty()) wanted = padded(content_->fullExtent(), 0.02);
  g.extent = grownToAspect(wanted, g.frame.width() / g.frame.height());
  return g;
}

QRectF MapLayout::mapFrameMm() const {
  const QRectF f = computeGeometry().frame;
  return QRectF(f.left() / kUnitsPerMm, f.top() / kUnitsPerMm, f.width() / kUnitsPerMm, f.height() / kUnitsPerMm);
}

Extent MapLayout::mapExtent() const { return computeGeometry().extent; }

QImage MapLayout::renderMap(QSize pixels) const {
  QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::white);
  const Geometry g = computeGeometry();
  if (pixels.isEmpty() || g.extent.isEmpty()) return image;
  const std::lock_guard lock(drawing_->mutex);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  // Lines as thick, relative to the map, as on the printed frame.
  const double ratio = pixels.width() / (g.frame.width() / kUnitsPerInch * kLinePixelsPerInch);
  drawing_->problems = drawing_->layers.paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)), g.extent, pixels, ratio);
  return image;
}

void MapLayout::paint(QPainter& painter, const QRectF& target) const {
  const Geometry g = computeGeometry();
  const LayoutTexts& t = *texts_;
  const std::lock_guard lock(drawing_->mutex);
  QStringList& problems = drawing_->problems;
  problems = content_->problems;

  painter.save();
  const double scale = std::min(target.width() / g.page.width(), target.height() / g.page.height());
  painter.translate(target.center() - QPointF(g.page.width() * scale / 2, g.page.height() * scale / 2));
  painter.scale(scale, scale);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  painter.fillRect(g.page, Qt::white);

  // Title and subtitle.
  painter.setPen(Qt::black);
  const QString title = options_.title.isEmpty() ? t.defaultTitle() : options_.title;
  // A long (bilingual) title gets smaller, down to 40 %, before it is shortened: on a portrait page the
  // English + Russian default title needs about half the size.
  QFont titleFont = t.font(kTitlePx, true);
  for (int px = kTitlePx; px >= kTitlePx * 4 / 10; px -= 5) {
    titleFont = t.font(px, true);
    if (QFontMetricsF(titleFont).horizontalAdvance(title) <= g.title.width()) break;
  }
  const double titleLine = QFontMetricsF(t.font(kTitlePx, true)).height() * 1.1;
  painter.setFont(titleFont);
  painter.drawText(QRectF(g.title.left(), g.title.top(), g.title.width(), titleLine), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetricsF(titleFont).elidedText(title, Qt::ElideRight, g.title.width()));
  if (!options_.subtitle.isEmpty()) {
    painter.setFont(t.font(kSubtitlePx));
    painter.setPen(QColor(50, 50, 50));
    painter.drawText(QRectF(g.title.left(), g.title.top() + titleLine, g.title.width(), g.title.height() - titleLine),
                     Qt::AlignLeft | Qt::AlignVCenter, options_.subtitle);
  }

  // The map: rasters read at the page's dpi (at most 300: more only grows the file), lines as on screen.
  const int rasterDpi = std::clamp(page_.dpi, 72, 300);
  const QSize framePixels(std::max(1, int(std::lround(g.frame.width() / kUnitsPerInch * rasterDpi))),
                          std::max(1, int(std::lround(g.frame.height() / kUnitsPerInch * rasterDpi))));
  const double lineRatio = rasterDpi / kLinePixelsPerInch;
  problems << drawing_->layers.paint(painter, g.frame, g.extent, framePixels, lineRatio);
  paintGraticule(painter, g.frame, g.extent, content_->crs, t.font(kSmallPx));
  painter.setPen(QPen(Qt::black, 0.8 * 10));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(g.frame);

  // Side panel: legend, scale, north arrow, locator.
  const double lineUnits = kUnitsPerInch / kLinePixelsPerInch;
  const std::vector<LegendEntry> entries = legendEntries(*content_, t, lineUnits);
  const double gap = 3 * kUnitsPerMm;
  QRectF legendBox, scaleBox, locatorBox;
  if (page_.landscape) {
    const double locatorH = std::min(g.panel.width() * 0.75, g.panel.height() * 0.35);
    locatorBox = QRectF(g.panel.left(), g.panel.top() + QFontMetricsF(t.font(kHeadingPx, true)).height() * 1.3,
                        g.panel.width(), locatorH);
    scaleBox = QRectF(g.panel.left(), locatorBox.bottom() + gap, g.panel.width(), 22 * kUnitsPerMm);
    legendBox = QRectF(g.panel.left(), scaleBox.bottom() + gap, g.panel.width(), g.panel.bottom() - scaleBox.bottom() - gap);
  } else {
    const double w = g.panel.width();
    legendBox = QRectF(g.panel.left(), g.panel.top(), w * 0.42, g.panel.height());
    scaleBox = QRectF(legendBox.right() + gap, g.panel.top(), w * 0.28 - gap, g.panel.height());
    const double locatorTop = g.panel.top() + QFontMetricsF(t.font(kHeadingPx, true)).height() * 1.3;
    locatorBox = QRectF(scaleBox.right() + gap, locatorTop, g.panel.right() - scaleBox.right() - gap,
                        g.panel.bottom() - locatorTop);
  }
  paintLegend(painter, legendBox, t.legend(), entries, t.font(kHeadingPx, true), t.font(kBodyPx));

  // Scale bars true at the frame's centre, and the representative fraction.
  const Extent& e = g.extent;
  double latitude = 0;
  if (content_->crs.isGeographic()) latitude = e.centerY();
  const double groundPerUnit = e.width() * metresPerMapUnit(content_->crs, latitude) / g.frame.width();
  const QFont heading = t.font(kHeadingPx, true), body = t.font(kBodyPx), small = t.font(kSmallPx);
  painter.setFont(heading);
  painter.setPen(Qt::black);
  const double headingH = QFontMetricsF(heading).height();
  painter.drawText(QRectF(scaleBox.left(), scaleBox.top(), scaleBox.width(), headingH), Qt::AlignLeft | Qt::AlignVCenter,
                   t.scale());
  painter.setFont(body);
  const double bodyH = QFontMetricsF(body).height();
  painter.drawText(QRectF(scaleBox.left(), scaleBox.top() + headingH * 1.2, scaleBox.width(), bodyH),
                   Qt::AlignLeft | Qt::AlignVCenter, scaleText(groundPerUnit * kUnitsPerMm * 1000.0, t));
  const double arrowW = std::min(scaleBox.width() * 0.22, 12 * kUnitsPerMm);
  const double barsTop = scaleBox.top() + headingH * 1.2 + bodyH * 1.4;
  const double barsH = paintScaleBars(painter, QPointF(scaleBox.left(), barsTop), scaleBox.width() - arrowW - gap,
                                      groundPerUnit, t, small);
  const double arrowH = std::min(barsH + bodyH * 1.4 + headingH, 20 * kUnitsPerMm);
  paintNorthArrow(painter, QRectF(scaleBox.right() - arrowW, scaleBox.top(), arrowW, arrowH),
                  trueNorthDegrees(e, content_->crs), t.northLetter(), t.font(kBodyPx, true));

  // Locator: the whole region, the frame's footprint in red.
  painter.setFont(heading);
  painter.setPen(Qt::black);
  painter.drawText(QRectF(locatorBox.left(), locatorBox.top() - headingH * 1.3, locatorBox.width(), headingH),
                   Qt::AlignLeft | Qt::AlignVCenter, t.region());
  Extent region = padded(content_->fullExtent(), 0.03);
  region.include(e);
  if (!region.isEmpty() && !locatorBox.isEmpty()) {
    const Extent shown = grownToAspect(region, locatorBox.width() / locatorBox.height());
    const QSize pixels(std::max(1, int(std::lround(locatorBox.width() / kUnitsPerInch * 150))),
                       std::max(1, int(std::lround(locatorBox.height() / kUnitsPerInch * 150))));
    // Thin lines: the footprint is what the reader looks for at this size.
    drawing_->layers.paint(painter, locatorBox, shown, pixels, 150 / kLinePixelsPerInch * 0.5);
    auto toLocator = [&](double x, double y) {
      return QPointF(locatorBox.left() + (x - shown.minX) / shown.width() * locatorBox.width(),
                     locatorBox.top() + (shown.maxY - y) / shown.height() * locatorBox.height());
    };
    QRectF footprint(toLocator(e.minX, e.maxY), toLocator(e.maxX, e.minY));
    painter.setPen(QPen(kFootprintOutline, 1.2 * 10));
    painter.setBrush(kFootprintFill);
    painter.drawRect(footprint.normalized());
    painter.setPen(QPen(Qt::black, 0.5 * 10));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(locatorBox);
  }

  // Tables.
  double y = g.table.top();
  if (!content_->figures.empty()) {
    const LayoutTable table = figuresTable(*content_, t);
    y += table.paint(painter, QRectF(g.table.left(), y, g.table.width(), table.height(heading, body)), heading, body);
  }
  if (options_.showTopParcels && !content_->topParcels.empty()) {
    y += 3 * kUnitsPerMm;
    const LayoutTable table = parcelsTable(*content_, t);
    table.paint(painter, QRectF(g.table.left(), y, g.table.width() * 0.7, table.height(heading, body)), heading, body);
  }

  // Footer: CRS, sources, date; the program on the right.
  painter.setFont(small);
  painter.setPen(QColor(40, 40, 40));
  const double smallH = QFontMetricsF(small).height();
  QString crsText = QString::fromStdString(content_->crs.name());
  if (content_->crs.epsg()) crsText += QStringLiteral(" (%1)").arg(QString::fromStdString(content_->crs.authId()));
  const QString sources = options_.sources.isEmpty() ? content_->sourceFiles.join(QStringLiteral(", ")) : options_.sources;
  const QDate date = options_.date.isValid() ? options_.date : QDate::currentDate();
  const QStringList lines = {t.crs() + QStringLiteral(": ") + crsText, t.dataSources() + QStringLiteral(": ") + sources,
                             t.date() + QStringLiteral(": ") + t.longDate(date)};
  const QFontMetricsF sm(small);
  for (int i = 0; i < lines.size(); ++i)
    painter.drawText(QRectF(g.footer.left(), g.footer.top() + smallH * 1.1 * i, g.footer.width() * 0.8, smallH),
                     Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(lines[i], Qt::ElideRight, g.footer.width() * 0.8));
  painter.drawText(QRectF(g.footer.left(), g.footer.top() + smallH * 2.2, g.footer.width(), smallH),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Habitat Planner %1").arg(QString::fromLatin1(kVersion)));
  painter.restore();
}

}  // namespace hp::exporting
