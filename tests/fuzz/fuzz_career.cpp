// libFuzzer: one careers/<id>.txt file (header keys, then the Markdown-like body) read through
// the real source reader, then checked against the pack limits as the builder does.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_sources.h"
#include "pack_builder.h"
#include "pack_sources.h"

namespace fs = std::filesystem;

namespace {

fs::path sources() {  // one folder per process, with a minimal pack.txt
  static const fs::path dir = [] {
    fs::path d = vitrine::fuzz::scratchDir("career");
    fs::create_directories(d / "careers");
    std::ofstream(d / "pack.txt") << "id: fuzz\ntitle: Fuzz\nlanguages: fr\n"
                                     "consent_version: v1\nconsent_text: Texte.\n";
    std::ofstream(d / "organisations.csv") << "id;kind;name;city;region;country;website\n"
                                              "o;cpas;O;Ath;Wallonie;BE;\n";
    std::ofstream(d / "offers.csv") << "id;organisation;service;careers;title;description;city;"
                                       "region;years;start;end;places;deadline;country;welcome;"
                                       "apply_url\n";
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fs::path dir = sources();
  std::ofstream(dir / "careers" / "metier.txt", std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  std::vector<vitrine::Diagnostic> problems;
  vitrine::Sources s =
      vitrine::readSources(dir, problems, vitrine::SourceOptions{"2026-01-01", false});
  vitrine::checkLimits(s, problems);
  for (const auto& d : problems)
    if (d.file.empty()) __builtin_trap();  // every problem names its file
  return 0;
}
