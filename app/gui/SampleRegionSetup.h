// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "sample/SampleRegion.h"

class QWidget;

namespace hp::gui {

// Where the sample region lives: $HABITAT_SAMPLE_DIR when set, else <AppLocalDataLocation>/sample.
QString sampleRegionDirectory();
// DIRECTORY/sample.hplan, the sample's project (two example candidates).
QString sampleProjectPath(const QString& directory);
// Whether all four sample files are there.
bool sampleRegionIsComplete(const QString& directory);

// Writes the sample region and its project (project::writeSample) into `directory` on a worker thread while a progress dialog with Cancel runs
// (hp::sample::writeSampleRegion). Returns false when the user cancelled (and removes what was half
// written); throws hp::Error when the generator fails.
bool generateSampleRegion(const QString& directory, QWidget* parent);

}  // namespace hp::gui
