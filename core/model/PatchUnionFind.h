// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace hp::model::patch_union {

// The union-find both patch labellers (PatchLabeller, PatchMapBuilder) run over their components.
// A component carries its own link and sums: `parent` (std::int32_t, itself for a root), `areaKm2` and
// `equivalents`; label k is components[k - kFirstLabel]. Labels must be valid.

// The root of `label`, every link on the way pointed straight at it.
template <std::int32_t kFirstLabel, class Component>
std::int32_t find(std::vector<Component>& components, std::int32_t label) {
  auto at = [&](std::int32_t k) -> Component& { return components[std::size_t(k - kFirstLabel)]; };
  std::int32_t root = label;
  while (at(root).parent != root) root = at(root).parent;
  while (at(label).parent != root) {
    const std::int32_t next = at(label).parent;
    at(label).parent = root;
    label = next;
  }
  return root;
}

// Joins the patches of `a` and `b` and returns the surviving root: the smaller (older) label, so the
// result does not depend on the order runs are visited. The survivor's sums take the other's.
template <std::int32_t kFirstLabel, class Component>
std::int32_t unite(std::vector<Component>& components, std::int32_t a, std::int32_t b) {
  a = find<kFirstLabel>(components, a);
  b = find<kFirstLabel>(components, b);
  if (a == b) return a;
  if (b < a) std::swap(a, b);
  Component& keep = components[std::size_t(a - kFirstLabel)];
  Component& gone = components[std::size_t(b - kFirstLabel)];
  keep.areaKm2 += gone.areaKm2;
  keep.equivalents += gone.equivalents;
  gone.parent = a;
  return a;
}

}  // namespace hp::model::patch_union
