// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <memory>

#include "export/LayoutContent.h"
#include "export/LayoutOptions.h"
#include "export/PageSetup.h"
#include "geo/Extent.h"

class QPainter;

namespace hp::exporting {

class LayoutTexts;

// One printed page of a map: title and subtitle, the map frame (layers and candidates, fitted to a
// candidate or to the view) with a lat/lon graticule labelled at the frame, legend, scale bars in km and
// miles, north arrow, locator map, CRS, sources and date, and the candidates' figures. Paints onto any
// QPainter (QPdfWriter keeps vectors and selectable text, QSvgGenerator, a QImage at the page's dpi), so
// the preview, the PDF and the PNG are one drawing. Fixed texts are in the options' language(s), numbers
// in its locale, fonts chosen so every script has its glyphs.
//
// The layout takes snapshots of the content's layers when it is made, so make it on the thread that owns
// the layers (the GUI thread); paint() and renderMap() may then run on any thread (a preview in
// QtConcurrent), one at a time per layout: they take a lock.
class MapLayout {
 public:
  MapLayout(std::shared_ptr<const LayoutContent> content, PageSetup page, LayoutOptions options);
  ~MapLayout();
  MapLayout(MapLayout&&) noexcept;
  MapLayout& operator=(MapLayout&&) noexcept;

  const PageSetup& page() const { return page_; }
  const LayoutOptions& options() const { return options_; }
  const LayoutContent& content() const { return *content_; }
  const LayoutTexts& texts() const { return *texts_; }

  // Where the map frame lies on the page, in mm from the page's top-left corner.
  QRectF mapFrameMm() const;
  // What the frame shows, in the map CRS: the fitted area grown to the frame's aspect ratio. Its corners
  // are the frame's corners (a georeferenced copy of the map uses exactly this extent).
  Extent mapExtent() const;

  // Paints the whole page so that it fills `target` (device coordinates of `painter`; the page's aspect
  // ratio is kept, centred). Layers that fail to draw are listed in problems() afterwards.
  void paint(QPainter& painter, const QRectF& target) const;
  // Only the map (layers and candidates over mapExtent(), no decorations), `pixels` in size, on white.
  QImage renderMap(QSize pixels) const;

  // What the last paint() or renderMap() could not draw: one line per layer.
  QStringList problems() const;

 private:
  struct Geometry;
  struct Drawing;  // the layers' snapshots and the last problems, behind a mutex
  Geometry computeGeometry() const;

  std::shared_ptr<const LayoutContent> content_;
  PageSetup page_;
  LayoutOptions options_;
  std::unique_ptr<LayoutTexts> texts_;
  std::unique_ptr<Drawing> drawing_;
};

}  // namespace hp::exporting
