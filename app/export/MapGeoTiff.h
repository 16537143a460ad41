// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <string>

#include "geo/Crs.h"
#include "geo/Extent.h"
#include "geo/GeoTransform.h"

namespace hp::exporting {

class MapLayout;

// Whether a file name asks for a GeoTIFF (.tif or .tiff, any case).
bool isGeoTiffPath(const QString& path);

// The map frame of `layout` in pixels at the page's dpi (at least 1 x 1).
QSize mapFramePixels(const MapLayout& layout);

// North-up transform that lays an image of `pixels` exactly over `extent`: pixel (0,0)'s top-left corner is
// (minX, maxY) and pixel (w,h)'s is (maxX, minY).
GeoTransform frameGeoTransform(const Extent& extent, QSize pixels);

// Writes `image` as a 4-band (red, green, blue, alpha) 8-bit GeoTIFF whose corners are `extent`'s, in
// `crs` (its WKT). Written beside `path` and renamed over it. Throws hp::Error(WriteFailed) naming `path`.
void writeGeoTiff(const QImage& image, const Extent& extent, const Crs& crs, const std::string& path);

// The layout's map frame alone (layers and candidates, no decorations) at the page's dpi, georeferenced to
// MapLayout::mapExtent() in the project CRS: a map that GIS places where it belongs. Needs a QGuiApplication
// (fonts for labels). Throws hp::Error naming the file.
void exportMapGeoTiff(const MapLayout& layout, const QString& path);

}  // namespace hp::exporting
