// The editor corpus (tests/data/editor_corpus) and how a case is run: base/ overlaid with a case,
// then `pack check` and `pack build`, with every message kept (test_editor_corpus, _files).
#pragma once

#include <stb/stb_image_write.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "pack_sources.h"
#include "test_pack_fixtures.h"

namespace vitrine::testing {

inline const std::filesystem::path kCorpus =
    std::filesystem::path(VITRINE_SOURCE_DIR) / "tests/data/editor_corpus";

// What the editor typed in base/offers.csv (make_corpus.py's ROWS).
inline constexpr const char* kTitle1 = "Accueil d’urgence – « Le Phare »";
inline constexpr const char* kDescription1 =
    "Accompagner les résidents ; 10 € de frais, une œuvre commune.";
inline constexpr const char* kTitle2 = "Travail de rue à Charleroi-Nord";
inline constexpr const char* kTitle3 = "Œuvrer pour l’insertion";

struct Outcome {
  std::unique_ptr<TempDir> tmp = std::make_unique<TempDir>();
  std::vector<Diagnostic> diags;
  std::map<std::string, size_t> records;
  std::unique_ptr<Pack> pack;  // only when the build wrote it

  std::string all() const { return allOf(diags); }
  size_t errors() const { return errorCount(diags); }
  size_t warnings() const { return warningCount(diags); }
  const Catalogue& cat() const { return pack->catalogue(); }
  // Exactly this diagnostic (start of str(): "file:line: severity: message...") is there.
  bool has(const std::string& text) const {
    return std::any_of(diags.begin(), diags.end(),
                       [&](const Diagnostic& d) { return d.str().rfind(text, 0) == 0; });
  }
};

// base/ overlaid with cases/<name>/, then `tweak`, then what `pack check` and `pack build` do.
inline Outcome run(const std::string& name,
                   const std::function<void(const std::filesystem::path&)>& tweak = {}) {
  Outcome o;
  std::filesystem::path src = o.tmp->path / "src";
  std::filesystem::copy(kCorpus / "base", src, std::filesystem::copy_options::recursive);
  if (!name.empty())
    std::filesystem::copy(kCorpus / "cases" / name, src,
                          std::filesystem::copy_options::recursive |
                              std::filesystem::copy_options::overwrite_existing);
  if (tweak) tweak(src);
  const SourceOptions options{"2026-11-23", false};
  Sources s = readSources(src, o.diags, options);
  o.records = s.recordsRead;
  std::vector<Diagnostic> built = buildPack(src, o.tmp->path / "out.kpack", {"2026-11-23"});
  CHECK(allOf(built) == o.all());  // check and build say the same
  if (errorCount(built) == 0) o.pack = Pack::open(o.tmp->path / "out.kpack");
  return o;
}

// The three offers of base/offers.csv, exactly as typed.
inline void holdsTypedOffers(const Outcome& o,
                             const std::string& description2 = "Première ligne, le soir.") {
  REQUIRE(o.pack);
  const Catalogue& c = o.cat();
  REQUIRE(c.offers.size() == 3);
  REQUIRE(c.offer("hg-1"));
  REQUIRE(c.offer("rue-1"));
  REQUIRE(c.offer("ilv-1"));
  CHECK(c.offer("hg-1")->title == kTitle1);
  CHECK(c.offer("hg-1")->description == kDescription1);
  CHECK(c.offer("hg-1")->service == "Hébergement");
  CHECK(c.offer("hg-1")->start == "2027-02-08");
  CHECK(c.offer("rue-1")->title == kTitle2);
  CHECK(c.offer("rue-1")->description == description2);
  CHECK(c.offer("ilv-1")->title == kTitle3);
  CHECK(c.offer("ilv-1")->description == "Ateliers « CV » et entretiens.");
}

// A case saved another way that reads without a message: three offers, exactly as typed.
inline void readsAsTyped(const std::string& name,
                         const std::string& description2 = "Première ligne, le soir.") {
  auto o = run(name);
  INFO(o.all());
  CHECK(o.diags.empty());
  CHECK(o.records.at("offers.csv") == 3);
  holdsTypedOffers(o, description2);
}

inline std::string jpeg(int w, int h, int orientation) {
  std::vector<uint8_t> rgb(static_cast<size_t>(w) * h * 3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {  // left half red, right half blue, as the sensor saw it
      uint8_t* p = &rgb[(static_cast<size_t>(y) * w + x) * 3];
      p[0] = x < w / 2 ? 220 : 20;
      p[1] = 20;
      p[2] = x < w / 2 ? 20 : 220;
    }
  std::string out;
  stbi_write_jpg_to_func(
      [](void* ctx, void* data, int size) {
        static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), size);
      },
      &out, w, h, 3, rgb.data(), 90);
  if (orientation == 0) return out;
  // A phone's APP1 segment: Exif, big-endian TIFF, one IFD entry Orientation (0x0112) = SHORT.
  const unsigned char app1[] = {
      0xFF, 0xE1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0,    0,
      'M',  'M',  0x00, 0x2A, 0,   0,   0,   8,  // TIFF header, IFD at 8
      0x00, 0x01,                                // one entry
      0x01, 0x12, 0x00, 0x03, 0,   0,   0,   1,   0x00, static_cast<unsigned char>(orientation),
      0,    0,    0,    0,    0,   0};  // no next IFD
  out.insert(2, reinterpret_cast<const char*>(app1), sizeof app1);
  return out;
}

inline void careerImage(const std::filesystem::path& src, const std::string& name) {
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner.\ndomain: accompagnement\n"
            "image: " +
                name + "\n\nAu CPAS.\n");
}

}  // namespace vitrine::testing
