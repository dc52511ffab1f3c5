// Shared by the quiz, events and schools targets: one optional source file read by its own reader
// (every encoding path of Reader::slurp, then the CSV), against the demo pack's careers and
// organisations so that references resolve, then checked against the pack limits.
#pragma once

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "pack_builder.h"
#include "pack_sources.h"
#include "source_files.h"

namespace vitrine::fuzz {

using SourceReader = void (*)(sources::Reader&, Catalogue&);

// The demo's catalogue, read once per process (VITRINE_SOURCE_DIR/content/demo).
inline const Sources& demoSources() {
  static const Sources demo = [] {
    std::vector<Diagnostic> ignored;
    return readSources(std::filesystem::path(VITRINE_SOURCE_DIR) / "content" / "demo", ignored,
                       SourceOptions{"2026-01-01", false});
  }();
  return demo;
}

// A folder of our own per process, in memory when /dev/shm is there.
inline std::filesystem::path scratchDir(const char* what) {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::is_directory("/dev/shm", ec)
                                   ? std::filesystem::path("/dev/shm")
                                   : std::filesystem::temp_directory_path();
  std::filesystem::path d =
      base / ("vitrine-fuzz-" + std::string(what) + "-" + std::to_string(getpid()));
  std::filesystem::create_directories(d);
  // Removed when the process ends (the replay tests run in ctest must leave nothing behind).
  struct Removal {
    std::vector<std::filesystem::path> dirs;
    ~Removal() {
      std::error_code ignored;
      for (const auto& dir : dirs) std::filesystem::remove_all(dir, ignored);
    }
  };
  static Removal removal;
  removal.dirs.push_back(d);
  return d;
}

inline int readOneSource(const char* file, SourceReader read, const uint8_t* data, size_t size) {
  static const std::filesystem::path dir = scratchDir(file);
  const Sources& demo = demoSources();
  std::ofstream(dir / file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  std::vector<Diagnostic> problems;
  sources::Reader r{dir, problems, {}, "2026-01-01", demo.catalogue.meta.languages, {}};
  if (r.languages.empty()) r.languages = {"fr"};
  Sources s;
  s.catalogue.meta = demo.catalogue.meta;
  s.catalogue.organisations = demo.catalogue.organisations;
  s.catalogue.careers = demo.catalogue.careers;
  read(r, s.catalogue);
  r.summariseRepeats();
  s.translations = std::move(r.translations);
  checkLimits(s, problems);
  for (const auto& d : problems)
    if (d.file.empty() || d.line < 0) __builtin_trap();  // every problem says where
  return 0;
}

}  // namespace vitrine::fuzz
