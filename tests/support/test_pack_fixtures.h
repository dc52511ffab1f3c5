// Shared by the pack tests: temporary folders, a small complete source tree, diagnostics lookups.
#pragma once

#include <doctest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "image.h"
#include "messages.h"
#include "pack.h"
#include "pack_builder.h"

namespace vitrine::testing {
namespace fs = std::filesystem;

// The pack tests assert messages in English whatever the machine's locale (kioskctl speaks French
// by default); tests of the French wording switch explicitly.
inline const bool kEnglishMessages = (msg::setLanguage(msg::Lang::En), true);

// A fresh folder under the system temp dir, removed with everything in it at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    static std::atomic<int> counter{0};
    auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
    path = fs::temp_directory_path() / ("vitrine-test-pack-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(stamp) + "-" + std::to_string(counter++));
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

inline void writeFile(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

inline std::string readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<uint8_t> tinyPng(int w, int h) {
  Image img;
  img.width = w;
  img.height = h;
  img.rgba.assign(static_cast<size_t>(w) * h * 4, 0);
  for (size_t i = 0; i < img.rgba.size(); i += 4) {
    img.rgba[i] = 0xD9;  // terracotta
    img.rgba[i + 1] = 0x73;
    img.rgba[i + 2] = 0x4E;
    img.rgba[i + 3] = 0xFF;
  }
  return encodePng(img);
}

inline const char* kOffersHeader =
    "id;organisation;service;careers;title;description;city;region;years;start;end;places;"
    "deadline;country;welcome;apply_url\n";

// A small but complete source tree, with the French typography editors really type.
inline void writeSources(const fs::path& dir) {
  writeFile(dir / "pack.txt",
            "id: test-pack\n"
            "title: Les métiers « du social »\n"
            "languages: fr, nl\n"
            "consent_version: 2026-11-v1\n"
            "consent_text: L’organisation vous recontacte ; œuvre à 0 €.\n");
  writeFile(dir / "organisations.csv",
            "id;kind;name;city;region;country;website\n"
            "cpas-ath;cpas;CPAS d'Ath;Ath;Wallonie;BE;https://www.example.org/cpas-ath\n"
            "hets;school;\"Haute école « HETS »; Genève\";Genève;Genève;CH;\n");
  writeFile(dir / "careers/educateur-specialise.txt",
            "title: Éducateur·rice spécialisé·e\n"
            "pitch: Aider des jeunes à trouver leur place — avec cœur.\n"
            "diploma: DEES – Diplôme d'État\n"
            "level: 6\n"
            "duration: 3 ans\n"
            "routes: initial|apprenticeship|vae\n"
            "where: Foyers, maisons d’enfants\n"
            "image: educateur.png\n"
            "domain: education\n"
            "\n"
            "## Ses missions\n"
            "- Partager le quotidien d’un groupe.\n"
            "- Poser un cadre.\n"
            "On travaille en équipe, parfois le soir.\n");
  writeFile(dir / "careers/assistant-social.txt",
            "title: Assistant·e de service social\n"
            "pitch: Accompagner les personnes vers leurs droits.\n"
            "domain: accompagnement\n"
            "\n"
            "## Où ?\n"
            "Au CPAS.\n");
  auto png = tinyPng(1200, 800);
  writeFile(dir / "images/educateur.png", std::string(png.begin(), png.end()));
  writeFile(
      dir / "offers.csv",
      std::string(kOffersHeader) +
          "ath-1;cpas-ath;Service social général;assistant-social|educateur-specialise;"
          "Stage « découverte »;\"Vous suivez des dossiers; avec \"\"soin\"\".\";Ath;Wallonie;"
          "2|3;2027-02-08;2027-05-21;2;2026-12-18;;desk|pc|mentor;https://example.org/a\n"
          "hets-1;hets;Logement;educateur-specialise;Accueil en foyer;;Genève;Genève;1;"
          "2027-03-01;2027-06-25;;;CA;;\n");
}

inline bool hasDiagnostic(const std::vector<Diagnostic>& diags, const std::string& fileLine,
                          const std::string& words) {
  return std::any_of(diags.begin(), diags.end(), [&](const Diagnostic& d) {
    std::string s = d.str();
    return s.rfind(fileLine, 0) == 0 && s.find(words) != std::string::npos;
  });
}

inline std::string allOf(const std::vector<Diagnostic>& diags) {
  std::string out;
  for (const auto& d : diags) out += d.str() + "\n";
  return out;
}

}  // namespace vitrine::testing
