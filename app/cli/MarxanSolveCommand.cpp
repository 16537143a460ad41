// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli marxan-solve: a problem given as Marxan input files, solved exactly with CBC.
#include <QCommandLineParser>
#include <QCoreApplication>

#include "cli/CliCommand.h"
#include "marxan/MarxanFiles.h"
#include "marxan/MarxanResults.h"
#include "marxan/MarxanSolve.h"

namespace hp::cli {

int runMarxanSolve(const QStringList& arguments) {
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QCoreApplication::translate("habitat-cli", "Solve a Marxan problem exactly: least cost plus BLM x boundary with every feature's target met."));
  parser.addHelpOption();
  parser.addPositionalArgument(QStringLiteral("input.dat"), QCoreApplication::translate("habitat-cli", "Marxan input.dat naming pu.dat, spec.dat, puvspr.dat and bound.dat"));
  const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("habitat-cli", "Output folder (default: OUTPUTDIR of input.dat)"), QStringLiteral("DIR"));
  const QCommandLineOption timeOption(QStringLiteral("time-limit"), QCoreApplication::translate("habitat-cli", "Time limit in seconds (default 60)"), QStringLiteral("S"),
                                      QStringLiteral("60"));
  const QCommandLineOption gapOption(QStringLiteral("gap"), QCoreApplication::translate("habitat-cli", "Stop once proven within this relative gap (default 0.0001 = 0.01 %)"),
                                     QStringLiteral("G"), QStringLiteral("0.0001"));
  const QCommandLineOption blmOption(QStringLiteral("blm"), QCoreApplication::translate("habitat-cli", "Boundary length modifier, overriding BLM of input.dat"), QStringLiteral("W"));
  const QCommandLineOption seedOption(QStringLiteral("seed"), QCoreApplication::translate("habitat-cli", "Solver random seed (default 1)"), QStringLiteral("N"), QStringLiteral("1"));
  parser.addOptions({outOption, timeOption, gapOption, blmOption, seedOption});
  if (const std::optional<int> exit = parseArguments(parser, arguments)) return *exit;
  if (parser.positionalArguments().size() != 1) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-solve: exactly one input.dat is required"));
    return UsageError;
  }

  auto number = [&](const QCommandLineOption& option, double minimum, const char* problem, double& value) {
    bool ok = false;
    value = parser.value(option).toDouble(&ok);
    if (ok && value >= minimum) return true;
    printErr(QCoreApplication::translate("habitat-cli", problem));
    return false;
  };
  ranking::MarxanSolveOptions options;
  double seed = 1.0;
  if (!number(timeOption, 0.001, QT_TRANSLATE_NOOP("habitat-cli", "habitat-cli marxan-solve: --time-limit must be a positive number of seconds"),
              options.timeLimitSeconds) ||
      !number(gapOption, 0.0, QT_TRANSLATE_NOOP("habitat-cli", "habitat-cli marxan-solve: --gap must be a number >= 0"), options.relativeGap) ||
      !number(seedOption, 0.0, QT_TRANSLATE_NOOP("habitat-cli", "habitat-cli marxan-solve: --seed must be a whole number >= 0"), seed))
    return UsageError;
  options.seed = int(seed);

  ranking::MarxanProject project = ranking::readMarxanProject(parser.positionalArguments().front().toStdString());
  if (parser.isSet(blmOption)) {
    double blm = 0.0;
    if (!number(blmOption, 0.0, QT_TRANSLATE_NOOP("habitat-cli", "habitat-cli marxan-solve: --blm must be a number >= 0"), blm))
      return UsageError;
    project.problem.blm = blm;
  }
  for (const std::string& warning : project.warnings)
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-solve: warning: %1").arg(QString::fromStdString(warning)));

  const ranking::MarxanSolveResult result = ranking::solveMarxan(project.problem, options);
  if (!result.hasSolution()) {
    printErr(QCoreApplication::translate("habitat-cli", "habitat-cli marxan-solve: %1: no solution found within %2 s (%3)")
                 .arg(QString::fromStdString(project.inputDat))
                 .arg(options.timeLimitSeconds)
                 .arg(QString::fromLatin1(ranking::mipStatusName(result.status))));
    return DataError;
  }
  const std::string outDir = parser.isSet(outOption) ? parser.value(outOption).toStdString() : project.outputDirectory;
  const ranking::MarxanResultPaths paths = ranking::writeMarxanResults(outDir, project.problem, result);

  const ranking::MarxanEvaluation& e = result.evaluation;
  printOut(QCoreApplication::translate("habitat-cli", "score %1  cost %2  boundary %3  units %4 of %5  targets met %6 of %7")
               .arg(e.score, 0, 'g', 10)
               .arg(e.cost, 0, 'g', 10)
               .arg(e.boundary, 0, 'g', 10)
               .arg(e.unitsSelected)
               .arg(project.problem.units.size())
               .arg(e.targetsMet)
               .arg(project.problem.features.size()));
  printOut(QCoreApplication::translate("habitat-cli", "proven gap %1 %  (%2, %3 s, %4 nodes)")
               .arg(100.0 * result.relativeGap, 0, 'g', 3)
               .arg(QString::fromLatin1(ranking::mipStatusName(result.status)))
               .arg(result.seconds, 0, 'f', 2)
               .arg(result.nodes));
  for (const std::string& p : {paths.best, paths.summary, paths.missingValues, paths.summaryJson}) printOut(QString::fromStdString(p));
  return Ok;
}

}  // namespace hp::cli
