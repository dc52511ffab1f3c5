// Building a .kpack from human-editable sources (CSV, career text files, images).
#pragma once

#include <filesystem>
#include <vector>

#include "diagnostic.h"
#include "pack_sources.h"

namespace vitrine {

// Appends an error for every pack limit (pack_limits.h) that `s` exceeds; `pack check` too.
void checkLimits(const Sources& s, std::vector<Diagnostic>& problems);

// Reads `sources`, validates everything, and writes `out` atomically (temporary file + rename).
// Returns every problem found; when one of them is an error, `out` is left untouched (warnings
// alone do not stop the build). Same sources and SOURCE_DATE_EPOCH: a byte-identical file.
std::vector<Diagnostic> buildPack(const std::filesystem::path& sources,
                                  const std::filesystem::path& out,
                                  const SourceOptions& options = {});

}  // namespace vitrine
