// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/workspace/MarxanCandidate.h"

#include <QColor>
#include <QCoreApplication>
#include <QFileInfo>

#include "common/ErrorText.h"
#include "geo/Error.h"
#include "gui/workspace/CandidateCommands.h"
#include "gui/workspace/PlanDocument.h"
#include "marxan/MarxanImport.h"

namespace hp::gui {

QString importMarxanCandidate(PlanDocument* doc, const QString& solutionPath, const std::vector<ParcelId>& parcelIds) {
  try {
    const std::string path = solutionPath.toStdString();
    const std::vector<ParcelId> ids = ranking::selectedParcelIds(ranking::readMarxanSolution(path), path, ranking::unitIdsForSolution(path), parcelIds);
    if (ids.empty())
      return QCoreApplication::translate("MarxanCandidate", "%1: the solution selects no planning unit").arg(solutionPath);
    // addCandidate makes the name unique.
    const QString name =
        QCoreApplication::translate("MarxanCandidate", "Marxan %1").arg(QFileInfo(solutionPath).completeBaseName());
    edits::addCandidate(doc, name, QColor(QStringLiteral("#9467bd")), ids,
                        QCoreApplication::translate("MarxanCandidate", "New candidate from a Marxan solution"));
    return {};
  } catch (const Error& e) {
    return app::describeError(e);
  }
}

}  // namespace hp::gui
