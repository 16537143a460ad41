// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace hp::gui {

class MapLayer;

// The sample's four layers and the look they get on the map (the GUI and the exported maps share it).
enum class SampleLayer { Forest, Basins, Parcels, Reserve };
void applySampleStyle(MapLayer& layer, SampleLayer which);

}  // namespace hp::gui
