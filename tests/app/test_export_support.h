// SPDX-License-Identifier: GPL-3.0-or-later
// A small project for the export tests: four layers and two candidates whose figures are easy to check
// by hand, written once per test executable (well under a second, unlike the full sample).
#pragma once

#include <QString>
#include <QStringList>

namespace hp::test {

// In `directory`: forest.tif (200 x 150 pixels of 30 m in UTM 52N, x 680000..686000, y 4795500..4800000,
// canopy (7*col + 3*row) % 100), basins.gpkg (two basins split at x 683750), parcels.gpkg (4 x 3
// squares of 1500 m, parcel_id = 1 + 4*j + i, price_usd = 1000 * parcel_id), reserve.gpkg, and
// export.hplan with two candidates:
//   "North ridge": parcels 9..12 (the top row): 9.0 km² (3.5 sq mi), USD 42,000, colour #1f77b4
//   "Южный участок": parcels 1 and 2: 4.5 km² (1.7 sq mi), USD 3,000, colour #d62728
// Returns the project's path.
QString writeExportProject(const QString& directory);

inline const QString kNorthRidge = QStringLiteral("North ridge");
inline const QString kSouthPlot = QString::fromUtf8("Южный участок");

// The page titles the tests give each language, one per script.
QString titleFor(const QString& language);

// pdftotext's text of `pdf` with every run of white space (no-break spaces too) made one space, in
// Unicode NFKC (compare with nfkc() of what you look for); empty when pdftotext is missing or fails.
QString pdfText(const QString& pdf);
bool havePdfToText();
inline QString nfkc(const QString& s) { return s.normalized(QString::NormalizationForm_KC); }

}  // namespace hp::test
