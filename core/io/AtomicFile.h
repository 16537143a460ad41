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

// Writes `text` to `path` through a temporary sibling and commitAtomically.
void writeTextAtomically(const std::string& path, const std::string& text);

}  // namespace hp
