// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

#include "Progress.h"
#include "project/ExternalReferences.h"
#include "project/Project.h"

namespace hp::project {

// A project file (.hplan) is a GeoPackage: table hp_project (key/value settings: format version,
// CRS, model JSON, map view), hp_layers (layer references, relative to the project's folder so the
// folder can be moved), hp_forest_versions, and the polygon layer hp_candidates (one row per
// candidate: name, color, parcel_ids as a comma list, drawn polygons as one MultiPolygon).

// Writes `project` to `path` atomically: a new file is written beside it and renamed over the old
// one, so a crash at any moment leaves the previous file intact. Throws Error(WriteFailed).
// Embedded layers and forest versions (Project::embedData, or already inside a project file) are
// copied into the new file as tables hp_data_*: vectors as GeoPackage feature tables, rasters as
// lossless (PNG-tiled) GeoPackage raster tables. In memory they keep pointing at where they were read
// from: after saving, take the paths from loadProject(path) (see rebindEmbeddedData).
// `progress` hears the tables and embedded copies (raster copies tile by tile); when it asks to stop,
// the new file is removed, the old one is left exactly as it was, and hp::Cancelled is thrown.
void saveProject(const Project& project, const std::string& path, const Progress& progress = {});

// Whether a layer reference points inside a project file (a table hp_data_* of a .hplan).
bool isEmbeddedReference(const std::string& path, const std::string& layerName);

// Points `project`'s embedded layers and forest versions at their copies in the project file saved
// at `path` (they may have been read from another file: a Save As, a recovered autosave).
void rebindEmbeddedData(Project& project, const std::string& path);

struct LoadedProject {
  Project project;
  // Layers (and forest versions) whose files are not where the project says, for the GUI to ask
  // the user for the new location. Their paths are the resolved absolute paths that were tried.
  std::vector<std::string> missingFiles;
  // What the project reaches outside its folder (see externalReferences); allowed when not empty.
  std::vector<ExternalReference> externalReferences;
};

// Reads a project file. Throws Error (FileNotFound, UnrecognisedFormat, CorruptData, InvalidInput)
// naming the file; missing layer files are not an error (see LoadedProject::missingFiles).
// A project with external references (network, outside its folder: externalReferences) opens only
// when `allowExternalReferences` says yes; else it throws Error(InvalidInput) listing them, and
// nothing was read from them. While the project file is read, GDAL's network access is off
// (gdal::setNetworkAccess); afterwards it stays off unless the external references were allowed, so
// that a layer file inside the folder cannot reach a server on its own either.
LoadedProject loadProject(const std::string& path, const ExternalPolicy& allowExternalReferences = {});

// `path` relative to `projectFile`'s folder when possible (a path inside or beside it), else absolute.
std::string relativeToProject(const std::string& path, const std::string& projectFile);
std::string resolveFromProject(const std::string& stored, const std::string& projectFile);

}  // namespace hp::project
