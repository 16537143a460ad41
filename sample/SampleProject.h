// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include "Progress.h"
#include "project/Project.h"
#include "sample/SampleRegion.h"

namespace hp::project {

// The sample region's project: its four layers styled by role, the model defaults, and two example
// candidate reserves (an extension of the existing reserve by the purchasable forest parcels that
// touch it, and a block of purchasable forest in the east), chosen from the data so they follow the seed.
Project makeSampleProject(const sample::SamplePaths& paths);

// Writes the sample region and DIR/sample.hplan; returns the project's path. The one entry point
// for `habitat-cli sample` and the GUI's first start.
std::string writeSample(const std::string& directory, const sample::SampleOptions& options = {},
                        const Progress& progress = {});

}  // namespace hp::project
