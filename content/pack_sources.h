// Reading and validating an editor's source folder into the pack model, collecting every problem.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "image.h"
#include "model.h"

namespace vitrine {

inline constexpr int kImageMaxW = 960, kImageMaxH = 640;  // detail size stored in the pack
inline constexpr int kImageMinSide = 200;                 // smaller looks blurry on a 1080p card

struct StoredImage {
  int width = 0, height = 0;
  std::vector<uint8_t> png;
};

struct Sources {
  Catalogue catalogue;
  std::map<std::string, StoredImage> images;  // by file name; `png` empty without encodeImages
  std::vector<Translation> translations;
  std::map<std::string, size_t> recordsRead;  // per source file (careers/: files), for pack check
};

struct SourceOptions {
  std::string today;         // YYYY-MM-DD for "deadline already past"; empty = today's UTC date
  bool encodeImages = true;  // false: images are decoded and checked, not resized (pack check)
};

// Reads everything under `dir`; appends to `problems` (never stops at the first one). Errors and
// warnings both land in `problems`; see Diagnostic::severity.
Sources readSources(const std::filesystem::path& dir, std::vector<Diagnostic>& problems,
                    const SourceOptions& options = {});

}  // namespace vitrine
