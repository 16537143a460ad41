// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/Project.h"

namespace hp::project {

const char* roleName(LayerRole role) {
  switch (role) {
    case LayerRole::Forest: return "forest";
    case LayerRole::Basins: return "basins";
    case LayerRole::Parcels: return "parcels";
    case LayerRole::Reserve: return "reserve";
    case LayerRole::Other: return "other";
  }
  return "other";
}

std::optional<LayerRole> roleFromName(const std::string& name) {
  for (LayerRole r : {LayerRole::Forest, LayerRole::Basins, LayerRole::Parcels, LayerRole::Reserve, LayerRole::Other})
    if (name == roleName(r)) return r;
  return std::nullopt;
}

const LayerRef* Project::layer(LayerRole role) const {
  for (const LayerRef& l : layers)
    if (l.role == role) return &l;
  return nullptr;
}

const Candidate* Project::candidate(const std::string& name) const {
  for (const Candidate& c : candidates)
    if (c.name == name) return &c;
  return nullptr;
}

}  // namespace hp::project
