// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace hp {

// A temporary name beside `finalPath` (same folder, so rename is atomic on POSIX file systems).
std::string temporarySibling(const std::string& finalPath);

// Flushes `tempPath` to disk and renames it over `finalPath`, then flushes the folder, so that a
// crash at any moment leaves either the old file or the new one, never a mixture.
// Throws Error(WriteFailed) naming finalPath; removes tempPath on failure.
void commitAtomically(const std::string& tempPath, const std::string& finalPath);

// Whether the file system that holds (or would hold) `path` is out of space: a write that failed
// there failed for that, whatever GDAL or SQLite said (their texts are long and vary: "database or
// disk is full", "Free disk space available is 0 bytes", a cut-off SQL statement).
bool noSpaceLeft(const std::string& path);

// Writes `text` to `path` through a temporary sibling and commitAtomically.
void writeTextAtomically(const std::string& path, const std::string& text);

}  // namespace hp
