// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace hp::exporting {

class MapLayout;

enum class MapFormat { Pdf, Svg, Png };

// The format a file name asks for by its extension (.pdf, .svg, .png; any case); nothing otherwise.
std::optional<MapFormat> mapFormatForPath(const QString& path);

// Writes one page to `path` in the format of its extension: PDF (vectors, selectable and searchable
// text, fonts embedded), SVG, or PNG at the page's dpi. Atomic: written beside the target and renamed
// over it, so a failure leaves any old file untouched. Throws hp::Error (InvalidInput for an unknown
// extension, WriteFailed) naming the file. Needs a QGuiApplication.
void exportMap(const MapLayout& layout, const QString& path);

}  // namespace hp::exporting
