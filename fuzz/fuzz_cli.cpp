// SPDX-License-Identifier: GPL-3.0-or-later
// habitat-cli's argument handling: the input is argv without argv[0], its arguments separated by NUL
// bytes. It goes through what main() does (--lang taken out, help, version, the command's name) and the
// command's own QCommandLineParser, in parse-only mode: a command that parses stops there, so nothing is
// read or written. A call of exit() (QCommandLineParser::process) is a finding, as is any sanitizer report.
#include <QCoreApplication>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "cli/CliCommand.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static int argc = 1;
  static char name[] = "habitat-cli";
  static char* argv[] = {name, nullptr};
  static QCoreApplication* app = [] {
    auto* a = new QCoreApplication(argc, argv);  // lives as long as the process, as main()'s does
    QCoreApplication::setApplicationName(QStringLiteral("habitat-cli"));
    hp::cli::setParseOnly(true);
    return a;
  }();
  (void)app;

  QStringList args{QStringLiteral("habitat-cli")};
  std::vector<char*> rawArgv{name};
  std::vector<QByteArray> raw;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= size; ++i) {
    if (i < size && data[i] != 0) continue;
    raw.emplace_back(reinterpret_cast<const char*>(data + start), qsizetype(i - start));
    start = i + 1;
  }
  for (QByteArray& a : raw) {
    args << QString::fromLocal8Bit(a);  // as QCoreApplication::arguments() decodes argv
    rawArgv.push_back(a.data());
  }
  const bool draws = hp::cli::commandDraws(int(rawArgv.size()), rawArgv.data());
  (void)hp::cli::takeLanguage(args, draws);
  (void)hp::cli::dispatch(args);
  return 0;
}
