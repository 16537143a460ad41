// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ExternalReferences.h"

#include <cpl_minixml.h>
#include <cpl_vsi.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <memory>
#include <set>

#include "geo/GdalSupport.h"

namespace fs = std::filesystem;

namespace hp::project {

namespace {

constexpr std::array<std::string_view, 5> kArchives = {"/vsizip/", "/vsitar/", "/vsigzip/", "/vsi7z/", "/vsirar/"};
constexpr int kMaxDepth = 16;
constexpr std::size_t kHeaderBytes = 1024;
constexpr vsi_l_offset kMaxDescriptionBytes = 64 * 1024 * 1024;  // a VRT is text; larger is not one we read

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string lowered(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return s;
}

// "PG:dbname=...", "WMS:http://...", "MYSQL:..." (GPKG:<file>:<table> names a file, checked as one).
bool isConnectionString(std::string_view path) {
  std::size_t n = 0;
  while (n < path.size() && (std::isalnum(static_cast<unsigned char>(path[n])) || path[n] == '_')) ++n;
  return n >= 2 && n < path.size() && path[n] == ':' && std::isalpha(static_cast<unsigned char>(path[0])) &&
         !startsWith(path, "GPKG:");
}

std::optional<std::string_view> archivePrefix(std::string_view path) {
  for (std::string_view a : kArchives)
    if (startsWith(path, a)) return a;
  return std::nullopt;
}

// The path inside an archive path: /vsizip/{/a/b.zip}/x -> /a/b.zip, /vsizip//a/b.zip/x -> /a/b.zip/x
// (the file system check resolves the part that exists).
std::string archiveContainer(std::string_view path, std::string_view prefix) {
  std::string_view rest = path.substr(prefix.size());
  if (!rest.empty() && rest.front() == '{') {
    int depth = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
      if (rest[i] == '{') ++depth;
      else if (rest[i] == '}' && --depth == 0) return std::string(rest.substr(1, i - 1));
    }
    return std::string(rest.substr(1));
  }
  return std::string(rest);
}

std::string directoryOf(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// The first bytes of a local file or archive member; empty when it is not a regular file (a FIFO
// would block, a directory has none).
std::string readHead(const std::string& path, vsi_l_offset bytes) {
  VSIStatBufL st;
  if (VSIStatL(path.c_str(), &st) != 0 || !VSI_ISREG(st.st_mode)) return {};
  VSILFILE* f = VSIFOpenL(path.c_str(), "rb");
  if (!f) return {};
  std::string head(static_cast<std::size_t>(std::min<vsi_l_offset>(bytes, st.st_size)), '\0');
  head.resize(VSIFReadL(head.data(), 1, head.size(), f));
  VSIFCloseL(f);
  return head;
}

struct XmlTree {
  CPLXMLNode* node;
  explicit XmlTree(const std::string& text) : node(CPLParseXMLString(text.c_str())) {}
  ~XmlTree() { CPLDestroyXMLNode(node); }
  XmlTree(const XmlTree&) = delete;
  XmlTree& operator=(const XmlTree&) = delete;
};

bool isRelativeToVrt(const CPLXMLNode* element) {
  for (const CPLXMLNode* a = element->psChild; a; a = a->psNext)
    if (a->eType == CXT_Attribute && lowered(a->pszValue) == "relativetovrt" && a->psChild)
      return std::string(a->psChild->pszValue) == "1";
  return false;
}

std::string elementText(const CPLXMLNode* element) {
  for (const CPLXMLNode* c = element->psChild; c; c = c->psNext)
    if (c->eType == CXT_Text) return c->pszValue;
  return {};
}

class Checker {
 public:
  explicit Checker(const std::string& projectFile) {
    std::error_code ec;
    const fs::path folder = fs::absolute(fs::path(projectFile)).parent_path();
    root_ = fs::weakly_canonical(folder, ec);
    if (ec) root_ = folder.lexically_normal();
  }

  // `path` as GDAL would open it; `via` the file inside the folder naming it (empty: the project).
  void check(const std::string& path, const std::string& via, int depth) {
    if (path.empty() || depth > kMaxDepth) return;
    if (const auto kind = referenceKind(path)) return add(path, *kind, via);
    if (const auto prefix = archivePrefix(path)) {
      const std::string container = archiveContainer(path, *prefix);
      if (!inside(container)) return add(path, ExternalReason::OutsideFolder, via);
      check(container, via, depth + 1);  // a nested chain, or the archive's own links
      inspectContent(path, depth);
      return;
    }
    const std::string file = gdal::fileOfPath(path);
    if (!inside(file)) return add(path, ExternalReason::OutsideFolder, via);
    std::error_code ec;
    const fs::path local = fs::absolute(fs::path(file));
    if (fs::is_directory(local, ec)) {
      // A folder GDAL reads as one dataset (shapefiles, a FileGDB): every entry it may open.
      std::size_t seen = 0;
      for (const auto& entry : fs::directory_iterator(local, ec)) {
        if (++seen > 10000) break;
        checkSidecar(entry.path(), file, depth);
      }
      return;
    }
    inspectContent(file, depth);
    inspectSidecars(local, file, depth);
  }

  std::vector<ExternalReference> take() { return std::move(found_); }

 private:
  void add(const std::string& reference, ExternalReason reason, const std::string& via) {
    ExternalReference r{reference, reason, via};
    if (std::find(found_.begin(), found_.end(), r) == found_.end()) found_.push_back(std::move(r));
  }

  // Whether `path` (relative: to the current directory, as GDAL opens it) resolves inside the folder,
  // links followed.
  bool inside(const std::string& path) const {
    std::error_code ec;
    const fs::path absolute = fs::absolute(fs::path(path), ec);
    fs::path resolved = fs::weakly_canonical(absolute, ec);
    if (ec) resolved = absolute.lexically_normal();
    const fs::path relative = resolved.lexically_relative(root_);
    return !relative.empty() && !relative.is_absolute() && *relative.begin() != "..";
  }

  // GDAL opens files beside a layer by its name: foo.shp -> foo.dbf, foo.prj; foo.tif -> foo.tif.ovr,
  // foo.tfw; foo.gpkg -> foo.gpkg-wal.
  void inspectSidecars(const fs::path& local, const std::string& layerFile, int depth) {
    std::error_code ec;
    const std::string name = lowered(local.filename().string());
    const std::string stem = lowered(local.stem().string()) + ".";
    for (const auto& entry : fs::directory_iterator(local.parent_path(), ec)) {
      const std::string other = lowered(entry.path().filename().string());
      if (other == name || !(startsWith(other, stem) || startsWith(other, name + "-"))) continue;
      checkSidecar(entry.path(), layerFile, depth);
    }
  }

  void checkSidecar(const fs::path& sidecar, const std::string& layerFile, int depth) {
    const std::string path = sidecar.string();
    if (!inside(path)) return add(path, ExternalReason::OutsideFolder, layerFile);
    inspectContent(path, depth);
  }

  // A file that names other files or servers: VRTs (their sources are checked in turn) and web
  // service descriptions (GDAL_WMS and the like, network by what they are).
  void inspectContent(const std::string& path, int depth) {
    std::error_code ec;
    const std::string key = fs::weakly_canonical(fs::absolute(fs::path(path), ec), ec).string() + "|" + path;
    if (!visited_.insert(key).second) return;
    const std::string head = readHead(path, kHeaderBytes);
    if (head.empty()) return;
    for (const char* service : {"<GDAL_WMS", "<GDAL_WMTS", "<GDAL_WCS", "<WCS_GDAL", "<WFS_GDAL", "<OGRWFSDataSource",
                                "<GDAL_EEDAI", "<PLScenes"})
      if (head.find(service) != std::string::npos) return add(path, ExternalReason::Network, path);
    if (head.find("<VRTDataset") == std::string::npos && head.find("<OGRVRTDataSource") == std::string::npos) return;
    const std::string text = readHead(path, kMaxDescriptionBytes);
    const XmlTree tree(text);
    if (!tree.node) return;
    walkSources(tree.node, path, depth);
  }

  void walkSources(const CPLXMLNode* node, const std::string& vrt, int depth) {
    for (; node; node = node->psNext) {
      if (node->eType != CXT_Element) continue;
      const std::string name = node->pszValue;
      if (name == "SourceFilename" || name == "SourceDataset" || name == "SrcDataSource") {
        const std::string source = elementText(node);
        if (!source.empty() && source.front() == '<') {
          // An inline VRT as the source: its own sources count.
          const XmlTree inner(source);
          if (inner.node) walkSources(inner.node, vrt, depth + 1);
        } else if (!source.empty()) {
          std::string resolved = source;
          if (!referenceKind(source) && source.front() != '/')
            resolved = isRelativeToVrt(node) ? directoryOf(vrt) + "/" + source : fs::absolute(fs::path(source)).string();
          check(resolved, vrt, depth + 1);
        }
      }
      walkSources(node->psChild, vrt, depth);
    }
  }

  fs::path root_;
  std::vector<ExternalReference> found_;
  std::set<std::string> visited_;
};

}  // namespace

const char* externalReasonName(ExternalReason reason) {
  switch (reason) {
    case ExternalReason::Network: return "network";
    case ExternalReason::OutsideFolder: return "outside the project folder";
  }
  return "external";
}

std::optional<ExternalReason> referenceKind(std::string_view path) {
  if (gdal::isNetworkPath(path) || isConnectionString(path)) return ExternalReason::Network;
  if (startsWith(path, "/vsi") && !archivePrefix(path)) return ExternalReason::OutsideFolder;
  return std::nullopt;
}

std::vector<ExternalReference> externalReferences(const Project& project, const std::string& projectFile) {
  Checker checker(projectFile);
  for (const LayerRef& layer : project.layers) checker.check(layer.path, {}, 0);
  for (const ForestVersion& version : project.forestVersions) checker.check(version.path, {}, 0);
  return checker.take();
}

ExternalPolicy allowExternal() {
  return [](const std::vector<ExternalReference>&) { return true; };
}

std::string listExternalReferences(const std::vector<ExternalReference>& references, std::size_t limit) {
  std::string text;
  for (std::size_t i = 0; i < references.size() && i < limit; ++i) {
    const ExternalReference& r = references[i];
    text += (i ? ", " : "") + r.reference + " (" + externalReasonName(r.reason) +
            (r.via.empty() || r.via == r.reference ? "" : ", named by " + r.via) + ")";
  }
  if (references.size() > limit) text += " and " + std::to_string(references.size() - limit) + " more";
  return text;
}

}  // namespace hp::project
