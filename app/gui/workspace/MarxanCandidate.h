// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>
#include <vector>

#include "io/ParcelIds.h"

namespace hp::gui {

class PlanDocument;

// Turns a Marxan solution (output_best or output_ssoln, as marxan-solve or Marxan itself writes it for a
// marxan-export of this project's parcels) into a new active candidate named after the file, in one undo
// step. `parcelIds` are the project's parcels (empty: not checked). Returns an empty string when done,
// else the message to show, naming the file.
QString importMarxanCandidate(PlanDocument* doc, const QString& solutionPath, const std::vector<ParcelId>& parcelIds);

}  // namespace hp::gui
