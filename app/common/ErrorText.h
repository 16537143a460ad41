// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "geo/Error.h"

namespace hp::app {

// One line for a person: "<file>: <problem in their language>: <cause from GDAL/GEOS/PROJ>".
QString describeError(const hp::Error& error);
QString describeErrorCode(hp::ErrorCode code);

}  // namespace hp::app
