// SPDX-License-Identifier: GPL-3.0-or-later
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/CliCommand.h"
#include "sample/SampleProject.h"

namespace hp::cli {

int runSample(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QCoreApplication::translate("habitat-cli", "Write the sample region to a folder."));
  parser.addHelpOption();
  const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("habitat-cli", "Output folder"),
                                     QStringLiteral("DIR"));
  const QCommandLineOption seedOption(QStringLiteral("seed"), QCoreApplication::translate("habitat-cli", "Random seed (default 1)"),
                                      QStringLiteral("N"), QStringLiteral("1"));
  parser.addOption(outOption);
  parser.addOption(seedOption);
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;
  if (!parser.isSet(outOption)) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli sample: --out DIR is required"));
    return UsageError;
  }
  sample::SampleOptions options;
  bool ok = false;
  options.seed = parser.value(seedOption).toUInt(&ok);
  if (!ok) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli sample: --seed must be a whole number"));
    return UsageError;
  }
  const std::string dir = parser.value(outOption).toStdString();
  const std::string projectPath = project::writeSample(dir, options);
  const sample::SamplePaths paths = sample::samplePaths(dir);
  for (const std::string& p : {paths.forest, paths.basins, paths.parcels, paths.reserve, projectPath})
    printOut(QString::fromStdString(p));
  return Ok;
}

}  // namespace hp::cli
