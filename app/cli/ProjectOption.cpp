// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ProjectOption.h"

#include <QCoreApplication>

namespace hp::cli {

namespace {
const QString kAllowExternal = QStringLiteral("allow-external");
}

QCommandLineOption allowExternalOption() {
  return QCommandLineOption(kAllowExternal, QCoreApplication::translate(
                                                "habitat-cli", "Open a project even if it names files outside its folder or on the network"));
}

project::ExternalPolicy externalPolicy(const QCommandLineParser& parser) {
  return parser.isSet(kAllowExternal) ? project::allowExternal() : project::ExternalPolicy();
}

}  // namespace hp::cli
