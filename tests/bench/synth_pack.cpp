// vitrine_synth: writes the sources of a large synthetic pack (careers, offers, images) for
// benchmarks.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "image.h"
#include "model.h"

namespace fs = std::filesystem;

namespace {

// A fixed-seed generator: the same arguments always give the same pack, so runs compare.
struct Rng {
  uint64_t s = 0x9E3779B97F4A7C15ull;
  uint32_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return static_cast<uint32_t>(s >> 11);
  }
  size_t pick(size_t n) { return next() % n; }
  template <class T>
  const T& of(const std::vector<T>& v) {
    return v[pick(v.size())];
  }
};

const std::vector<std::string> kJobs = {
    "Éducateur·rice", "Assistant·e social·e", "Médiateur·rice", "Conseiller·ère",
    "Animateur·rice", "Moniteur·rice",        "Intervenant·e",  "Accompagnant·e",
    "Encadrant·e",    "Coordinateur·rice"};
const std::vector<std::string> kFields = {"spécialisé·e",
                                          "de jeunes enfants",
                                          "en insertion",
                                          "familial·e",
                                          "de quartier",
                                          "en protection de la jeunesse",
                                          "en économie sociale",
                                          "socioculturel·le",
                                          "technique",
                                          "en santé mentale",
                                          "de rue",
                                          "en logement",
                                          "en maison de repos",
                                          "pour l'asile"};
const std::vector<std::string> kWords = {
    "accompagner", "écouter",         "orienter",  "projet",    "famille",   "quartier",
    "jeunes",      "droits",          "insertion", "logement",  "équipe",    "réseau",
    "atelier",     "dossier",         "entretien", "école",     "santé",     "budget",
    "emploi",      "formation",       "médiation", "accueil",   "autonomie", "collectif",
    "enfants",     "personnes âgées", "handicap",  "migration", "démarches", "partenaires"};
const std::vector<std::string> kServices = {"ISP (insertion socio-professionnelle)",
                                            "MRS (maison de repos et de soins)",
                                            "ILA (initiative locale d'accueil)",
                                            "Service social général",
                                            "Médiation de dettes",
                                            "Logement",
                                            "Protection de la jeunesse",
                                            "Aide sociale à l'enfance",
                                            "Action sociale de proximité"};
const std::vector<std::pair<std::string, std::string>> kCities = {
    {"Liège", "Wallonie"},        {"Namur", "Wallonie"},     {"Charleroi", "Wallonie"},
    {"Mons", "Wallonie"},         {"Tournai", "Wallonie"},   {"Bruxelles", "Bruxelles"},
    {"Genève", "Genève"},         {"Lausanne", "Vaud"},      {"Paris", "Île-de-France"},
    {"Lille", "Hauts-de-France"}, {"Mulhouse", "Grand Est"}, {"Lyon", "Auvergne-Rhône-Alpes"}};
const std::vector<std::string> kWelcome = {
    "desk", "pc", "phone", "email", "travel_refund", "driving_licence", "car", "mentor"};
const std::vector<uint32_t> kPalette = {0xFBF6EE, 0xF3E6D3, 0xD9734E, 0x1F5F5B,
                                        0x9CBF9E, 0xF2B544, 0x2A2730, 0xE8A598};

std::string sentence(Rng& r, int words) {
  std::string s;
  for (int i = 0; i < words; ++i) s += (i ? " " : "") + r.of(kWords);
  s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s + ".";
}

// Flat shapes in the house palette, like the demo illustrations: cheap to make, real to decode.
vitrine::Image illustration(Rng& r, int w, int h) {
  vitrine::Image img{w, h, std::vector<uint8_t>(static_cast<size_t>(w) * h * 4)};
  auto put = [&](int x, int y, uint32_t c) {
    uint8_t* p = &img.rgba[(static_cast<size_t>(y) * w + x) * 4];
    p[0] = c >> 16 & 0xFF, p[1] = c >> 8 & 0xFF, p[2] = c & 0xFF, p[3] = 255;
  };
  uint32_t bg = kPalette[r.pick(2)];
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) put(x, y, bg);
  for (int k = 0; k < 7; ++k) {
    uint32_t c = kPalette[2 + r.pick(kPalette.size() - 2)];
    int cx = static_cast<int>(r.pick(w)), cy = static_cast<int>(r.pick(h));
    int rad = 40 + static_cast<int>(r.pick(200));
    for (int y = std::max(0, cy - rad); y < std::min(h, cy + rad); ++y)
      for (int x = std::max(0, cx - rad); x < std::min(w, cx + rad); ++x)
        if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad || k % 3 == 0) put(x, y, c);
  }
  return img;
}

bool writeFile(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
  out.close();
  if (!out) std::cerr << "vitrine_synth: cannot write " << p << "\n";
  return static_cast<bool>(out);
}

const char* kUsage =
    "usage: vitrine_synth <out-dir> [--careers N] [--offers N] [--images N] [--orgs N]\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  fs::path dir = argv[1];
  int careers = 1000, offers = 10000, images = 24, orgs = 120;
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string k = argv[i];
    int v = std::atoi(argv[i + 1]);
    if (k == "--careers")
      careers = v;
    else if (k == "--offers")
      offers = v;
    else if (k == "--images")
      images = v;
    else if (k == "--orgs")
      orgs = v;
    else {
      std::cerr << kUsage;
      return 2;
    }
  }
  if (careers < 1 || offers < 0 || images < 1 || orgs < 1) {
    std::cerr << kUsage;
    return 2;
  }
  std::error_code ec;
  fs::remove_all(dir, ec);
  fs::create_directories(dir / "careers", ec);
  fs::create_directories(dir / "images", ec);
  if (ec) {
    std::cerr << "vitrine_synth: cannot create " << dir << ": " << ec.message() << "\n";
    return 1;
  }
  Rng r;
  bool ok = writeFile(dir / "pack.txt",
                      "id: vitrine-synth\ntitle: Pack synthétique\nlanguages: fr\n"
                      "consent_version: synth-1\nconsent_text: Texte de consentement de test.\n");

  for (int i = 0; i < images && ok; ++i) {
    auto png = vitrine::encodePng(illustration(r, 960, 640));
    std::ofstream out(dir / "images" / ("img-" + std::to_string(i) + ".png"), std::ios::binary);
    out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    ok = static_cast<bool>(out);
  }

  std::string orgCsv = "id;kind;name;city;region;country;website\n";
  for (int i = 0; i < orgs; ++i) {
    const auto& [city, region] = kCities[i % kCities.size()];
    orgCsv += "org-" + std::to_string(i) + ";" + (i % 3 ? "cpas" : "school") + ";" +
              (i % 3 ? "CPAS de " : "École sociale de ") + city + " " + std::to_string(i) + ";" +
              city + ";" + region + ";BE;https://www.example.org/org-" + std::to_string(i) + "\n";
  }
  ok = ok && writeFile(dir / "organisations.csv", orgCsv);

  for (int i = 0; i < careers && ok; ++i) {
    std::string text =
        "title: " + r.of(kJobs) + " " + r.of(kFields) + " " + std::to_string(i) +
        "\npitch: " + sentence(r, 12) + "\ndiploma: Diplôme " + r.of(kFields) +
        "\nlevel: " + std::to_string(3 + r.pick(5)) +
        "\nduration: " + std::to_string(1 + r.pick(4)) + " ans\nroutes: initial|vae\ndomain: " +
        std::string(vitrine::kCareerDomains[i % std::size(vitrine::kCareerDomains)]) +
        "\nwhere: " + sentence(r, 6) + "\nimage: img-" + std::to_string(r.pick(images)) +
        ".png\n\n## Ses missions\n";
    for (int b = 0; b < 5; ++b) text += "- " + sentence(r, 9) + "\n";
    text += "\n## Comment s'y former ?\n" + sentence(r, 40) + "\n" + sentence(r, 40) + "\n";
    char name[32];
    std::snprintf(name, sizeof name, "career-%04d.txt", i);
    ok = writeFile(dir / "careers" / name, text);
  }

  std::string offerCsv =
      "id;organisation;service;careers;title;description;city;region;years;start;end;places;"
      "deadline;country;welcome;apply_url\n";
  for (int i = 0; i < offers; ++i) {
    int org = static_cast<int>(r.pick(orgs));
    const auto& [city, region] = kCities[org % kCities.size()];
    char career[32], dates[80];
    std::snprintf(career, sizeof career, "career-%04d", static_cast<int>(r.pick(careers)));
    int month = 1 + static_cast<int>(r.pick(9)), day = 1 + static_cast<int>(r.pick(27));
    std::snprintf(dates, sizeof dates, "2027-%02d-%02d;2027-%02d-%02d", month, day, month + 2, day);
    std::string welcome = r.of(kWelcome) + "|mentor";
    offerCsv += "offer-" + std::to_string(i) + ";org-" + std::to_string(org) + ";" +
                r.of(kServices) + ";" + career + ";Stage " + r.of(kFields) + " " +
                std::to_string(i) + ";" + sentence(r, 24) + ";" + city + ";" + region + ";" +
                std::to_string(1 + r.pick(3)) + ";" + dates + ";" + std::to_string(1 + r.pick(4)) +
                ";2026-12-15;;" + welcome + ";https://www.example.org/offers/" + std::to_string(i) +
                "\n";
  }
  ok = ok && writeFile(dir / "offers.csv", offerCsv);
  if (!ok) return 1;
  std::cout << dir.string() << ": " << careers << " careers, " << offers << " offers, " << orgs
            << " organisations, " << images << " images\n";
  return 0;
}
