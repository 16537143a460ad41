// SPDX-License-Identifier: GPL-3.0-or-later
#include "mapkit/layers/SampleStyle.h"

#include <QCoreApplication>

#include "mapkit/layers/RasterMapLayer.h"
#include "mapkit/layers/VectorMapLayer.h"

namespace hp::gui {

void applySampleStyle(MapLayer& layer, SampleLayer which) {
  switch (which) {
    case SampleLayer::Forest:
      if (auto* raster = dynamic_cast<RasterMapLayer*>(&layer)) {
        layer.setName(QCoreApplication::translate("SampleRegion", "Forest canopy (%)"));
        render::RasterSymbology sym = raster->symbology();
        sym.mode = render::RasterSymbology::Mode::Ramp;
        sym.band = 1;
        sym.minValue = 0;  // canopy cover in per cent; no-data (255, the sea) stays transparent
        sym.maxValue = 100;
        raster->setSymbology(sym);
        raster->setRamp("greens");
      }
      break;
    case SampleLayer::Basins:
      if (auto* vector = dynamic_cast<VectorMapLayer*>(&layer)) {
        layer.setName(QCoreApplication::translate("SampleRegion", "River basins"));
        VectorStyle s;
        s.fill = QColor(0, 0, 0, 0);
        s.outline = QColor(30, 100, 200);
        s.outlineWidthPx = 1.8;
        s.labelField = QStringLiteral("name");
        s.labelColor = QColor(20, 60, 140);
        vector->setStyle(s);
      }
      break;
    case SampleLayer::Parcels:
      if (auto* vector = dynamic_cast<VectorMapLayer*>(&layer)) {
        layer.setName(QCoreApplication::translate("SampleRegion", "Parcels"));
        VectorStyle s;
        s.fill = QColor(245, 222, 179, 60);  // wheat, light enough to see the forest through
        s.outline = QColor(139, 90, 43);
        s.outlineWidthPx = 0.7;
        vector->setStyle(s);
      }
      break;
    case SampleLayer::Reserve:
      if (auto* vector = dynamic_cast<VectorMapLayer*>(&layer)) {
        layer.setName(QCoreApplication::translate("SampleRegion", "Reserve"));
        VectorStyle s;
        s.fill = QColor(220, 40, 40, 45);
        s.hatched = true;
        s.outline = QColor(200, 20, 20);
        s.outlineWidthPx = 2.2;
        s.labelField = QStringLiteral("name");
        s.labelColor = QColor(160, 10, 10);
        vector->setStyle(s);
      }
      break;
  }
}

}  // namespace hp::gui
