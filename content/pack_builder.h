// Building a .kpack from human-editable sources (CSV, career text files, images).
#pragma once

#include <filesystem>
#include <vector>

#include "diagnostic.h"
#include "pack_sources.h"

namespace vitrine {

// Reads `sources`, validates everything, and writes `out` atomically (temporary file + rename).
// Returns every problem found; when one of them is an error, `out` is left untouched (warnings
// alone do not stop the build). Same sources and SOURCE_DATE_EPOCH: a byte-identical file.
std::vector<Diagnostic> buildPack(const std::filesystem::path& sources,
                                  const std::filesystem::path& out,
                                  const SourceOptions& options = {});

}  // namespace vitrine
