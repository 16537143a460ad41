// SPDX-License-Identifier: GPL-3.0-or-later
// Scale bar and graticule maths of the map layout, against hand-computed values.
#include <QtTest>

#include "export/Graticule.h"
#include "export/ScaleBar.h"

using namespace hp::exporting;

class TestExportMaths : public QObject {
  Q_OBJECT
 private slots:
  void scaleBarPicksLargestRoundKm() {
    // 37 km of room: 50 does not fit, 20 does.
    const auto bar = niceScaleBarLength(37000.0, kMetresPerKm);
    QCOMPARE(bar.units, 20.0);
    QCOMPARE(bar.metres, 20000.0);
    QCOMPARE(bar.divisions, 4);
  }
  void scaleBarInMiles() {
    // 37 km = 22.99 miles: a 20 mile bar of 32186.88 m.
    const auto bar = niceScaleBarLength(37000.0, kMetresPerMile);
    QCOMPARE(bar.units, 20.0);
    QCOMPARE(bar.metres, 32186.88);
  }
  void scaleBarExactFitAndSmallLengths() {
    QCOMPARE(niceScaleBarLength(10000.0, kMetresPerKm).units, 10.0);
    QCOMPARE(niceScaleBarLength(10000.0, kMetresPerKm).divisions, 5);
    QCOMPARE(niceScaleBarLength(800.0, kMetresPerKm).units, 0.5);
    QCOMPARE(niceScaleBarLength(0.0, kMetresPerKm).units, 0.0);
  }
  void graticuleValuesAreWholeSteps() {
    const auto values = graticuleValues(43.1, 43.9, 0.25);
    QCOMPARE(values.size(), size_t(3));
    QCOMPARE(values[0], 43.25);
    QCOMPARE(values[1], 43.5);
    QCOMPARE(values[2], 43.75);
  }
  void graticuleStepForTargetCount() {
    // 130.8..131.6: 1° gives 1 line, 30' 2, 20' 2, 15' 3, 10' 5 -> 10'.
    QCOMPARE(niceGraticuleStep(130.8, 131.6, 4), 10.0 / 60.0);
    // 120..140: 10° gives 3 lines, 5° gives 5.
    QCOMPARE(niceGraticuleStep(120.0, 140.0, 4), 5.0);
  }
  void graticuleLabels() {
    QCOMPARE(QString::fromStdString(graticuleLabel(43.5, true)), QString::fromUtf8("43°30′N"));
    QCOMPARE(QString::fromStdString(graticuleLabel(131.0, false)), QString::fromUtf8("131°E"));
    QCOMPARE(QString::fromStdString(graticuleLabel(-5.0 / 60.0, false)), QString::fromUtf8("0°05′W"));
    QCOMPARE(QString::fromStdString(graticuleLabel(0.0, true)), QString::fromUtf8("0°"));
  }
};

QTEST_GUILESS_MAIN(TestExportMaths)
#include "test_export_maths.moc"
