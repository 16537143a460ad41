// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the kill tests (test_cli_project_kill, test_gui_project_kill): how many rounds, which
// seed, and SQLite's verdict on a project file after a kill.
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QtGlobal>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include "geo/GdalSupport.h"

namespace hp::test {

// HP_KILL_ROUNDS (default 10: the default ctest run stays short; 100 is the acceptance run).
inline int killRounds() {
  bool ok = false;
  const int n = qEnvironmentVariableIntValue("HP_KILL_ROUNDS", &ok);
  return ok && n > 0 ? n : 10;
}

// HP_KILL_SEED replays a run whose seed a failure printed; otherwise a fresh one.
inline quint32 killSeed() {
  bool ok = false;
  const quint32 seed = quint32(qEnvironmentVariable("HP_KILL_SEED").toUInt(&ok));
  return ok ? seed : QRandomGenerator::global()->generate();
}

// SQLite's own check of the file ("ok"), through GDAL's GeoPackage driver.
inline QString integrityCheck(const QString& path) {
  gdal::ErrorCollector quiet;
  GDALDatasetUniquePtr ds(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR));
  if (!ds) return QStringLiteral("cannot open");
  OGRLayer* result = ds->ExecuteSQL("PRAGMA integrity_check", nullptr, nullptr);
  if (!result) return QStringLiteral("no result");
  QString text;
  for (auto& f : *result) text += QString::fromUtf8(f->GetFieldAsString(0));
  ds->ReleaseResultSet(result);
  return text;
}

}  // namespace hp::test
