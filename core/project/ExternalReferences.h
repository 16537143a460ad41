// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "project/Project.h"

namespace hp::project {

// Why a project's reference is external: GDAL would reach a server for it, or read a file that is
// not inside the project's folder.
enum class ExternalReason { Network, OutsideFolder };
const char* externalReasonName(ExternalReason reason);  // "network", "outside the project folder"

struct ExternalReference {
  std::string reference;  // as GDAL would open it: a URL, a /vsi path, an absolute path
  ExternalReason reason = ExternalReason::OutsideFolder;
  // The file inside the folder that names it (a VRT's source, a layer's sidecar such as a symlinked
  // .dbf); empty when the project names it itself.
  std::string via;

  bool operator==(const ExternalReference&) const = default;
};

// What the text of one reference says, touching nothing: Network for URLs (scheme://), GDAL's network
// file systems anywhere in a chain (/vsicurl/, /vsis3/, /vsizip//vsicurl/ ...) and driver connection
// strings (PG:..., WMS:...); OutsideFolder for other /vsi paths that are not archives (/vsimem/,
// /vsistdin/, /vsisubfile/ ...); nothing for a plain path or an archive path (/vsizip/, /vsitar/,
// /vsigzip/), whose files the caller checks against the folder.
std::optional<ExternalReason> referenceKind(std::string_view path);

// Every reference of `project` (layers and forest versions, read from `projectFile`) that reaches
// outside the project's folder: by its text (referenceKind), because it resolves outside the folder
// (an absolute path elsewhere, a .. escape, a symlink), or through a file inside the folder that names
// one: the sources of VRT files (raster and OGR, nested VRTs too) and the sidecars GDAL opens beside a
// layer (same name, other extension: .dbf, .prj, .ovr, .aux.xml, -wal ...) when they are symlinks
// leading out or VRTs. Reads only the local file system inside the folder (links and the first bytes
// of those files); never opens a dataset and never touches the network. Each reference once, in order.
std::vector<ExternalReference> externalReferences(const Project& project, const std::string& projectFile);

// Whether to open a project whose external references are listed (never empty). Deny by default:
// an empty policy refuses.
using ExternalPolicy = std::function<bool(const std::vector<ExternalReference>&)>;
ExternalPolicy allowExternal();  // allows everything (habitat-cli --allow-external)

// "a (network), b (outside the project folder, named by c)": at most `limit` of them, then "and N more".
std::string listExternalReferences(const std::vector<ExternalReference>& references, std::size_t limit = 10);

}  // namespace hp::project
