// Building a .kpack from human-editable sources (CSV, career text files, images).
#pragma once

#include <filesystem>
#include <vector>

#include "diagnostic.h"

namespace vitrine {

// Reads `sources`, validates everything, and writes `out` atomically (temporary file + rename).
// Returns every problem found; when the list is not empty, `out` is left untouched.
std::vector<Diagnostic> buildPack(const std::filesystem::path& sources,
                                  const std::filesystem::path& out);

}  // namespace vitrine
