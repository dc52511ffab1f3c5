// Pack building and opening: round trip, every editor error with its file:line, bad pack files.
#include <doctest.h>
#include <sqlite3.h>

#include <fstream>

#include "image.h"
#include "pack.h"
#include "pack_builder.h"
#include "ui_driver.h"

namespace fs = std::filesystem;
using vitrine::buildPack;
using vitrine::Pack;
using vitrine::PackError;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

void writePng(const fs::path& p, int w, int h) {
  vitrine::Image img;
  img.width = w;
  img.height = h;
  img.rgba.assign(static_cast<size_t>(w) * h * 4, 200);
  auto png = vitrine::encodePng(img);
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary).write(reinterpret_cast<const char*>(png.data()),
                                           static_cast<std::streamsize>(png.size()));
}

const char* kOffersHeader =
    "id;organisation;service;careers;title;description;city;region;years;start;end;places;"
    "deadline;country;welcome;apply_url\n";

// A small but complete source tree, as an editor would write it.
fs::path sources() {
  auto dir = vitrine::test::freshDir("src");
  write(dir / "pack.txt",
        "id: test-pack\ntitle: Les métiers du social\nlanguages: fr,nl\nconsent_version: v7\n"
        "consent_text: Vos données « restent » chez nous.\n");
  write(dir / "organisations.csv",
        "id;kind;name;city;region;country;website\n"
        "cpas-tournai;cpas;CPAS de Tournai;Tournai;Wallonie;BE;https://cpas.example\n");
  write(dir / "careers/educ.txt",
        "title: Éducateur·rice spécialisé·e\npitch: Accompagner « au quotidien » — l’œuvre d’une vie…\n"
        "diploma: DEES\nlevel: 6\nduration: 3 ans\nroutes: initial|vae\nwhere: MECS, foyers\n"
        "image: educ.png\n\n## Ses missions\n- Écouter\nUn paragraphe à 10 €.\n");
  writePng(dir / "images/educ.png", 1200, 800);
  write(dir / "offers.csv",
        std::string(kOffersHeader) +
            "o1;cpas-tournai;ISP;educ;Stage ISP;\"Bilans; ateliers\";Tournai;Wallonie;2|3;"
            "2027-02-01;2027-05-01;2;2027-01-10;;desk|pc|mentor;https://apply.example/o1\n");
  return dir;
}

std::vector<std::string> build(const fs::path& src, const fs::path& out) {
  std::vector<std::string> lines;
  for (const auto& d : buildPack(src, out)) lines.push_back(d.str());
  return lines;
}

bool contains(const std::vector<std::string>& lines, const std::string& needle) {
  for (const auto& l : lines)
    if (l.find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("a pack built from sources gives back every field, accents included") {
  auto src = sources();
  auto out = src / "out.kpack";
  REQUIRE(build(src, out).empty());
  auto pack = Pack::open(out);
  const auto& c = pack->catalogue();
  CHECK(c.meta.packId == "test-pack");
  CHECK(c.meta.consentVersion == "v7");
  CHECK(c.meta.consentText == "Vos données « restent » chez nous.");
  CHECK(c.meta.languages == std::vector<std::string>{"fr", "nl"});
  REQUIRE(c.careers.size() == 1);
  const auto& k = c.careers[0];
  CHECK(k.title == "Éducateur·rice spécialisé·e");
  CHECK(k.pitch == "Accompagner « au quotidien » — l’œuvre d’une vie…");
  CHECK(k.routes == std::vector<std::string>{"initial", "vae"});
  REQUIRE(k.body.size() == 3);
  CHECK(k.body[0].kind == vitrine::TextBlock::Kind::Heading);
  CHECK(k.body[1].text == "Écouter");
  CHECK(k.body[2].text == "Un paragraphe à 10 €.");
  REQUIRE(c.offers.size() == 1);
  const auto& o = c.offers[0];
  CHECK(o.description == "Bilans; ateliers");
  CHECK(o.years == std::vector<int>{2, 3});
  CHECK(o.places == 2);
  CHECK(o.welcome == std::vector<std::string>{"desk", "pc", "mentor"});
  CHECK(o.applyUrl == "https://apply.example/o1");
  // The 1200x800 image was resized into the pack's detail size and decodes again.
  std::string err;
  auto img = vitrine::decodeImage(pack->imageBytes("educ.png"), err);
  CHECK(img.width == 960);
  CHECK(img.height == 640);
  fs::remove_all(src);
}

TEST_CASE("every editor mistake is reported at once with its file and line, and nothing is written") {
  auto src = sources();
  write(src / "offers.csv",
        std::string(kOffersHeader) +
            "o1;cpas-nowhere;ISP;educ;A;d;c;r;2;2027-02-01;2027-05-01;1;;;desk;\n"
            "o2;cpas-tournai;ISP;ghost;B;d;c;r;2;2027-02-01;2027-05-01;1;;;desk;\n"
            "o1;cpas-tournai;ISP;educ;C;d;c;r;2;2027-02-01;2027-05-01;1;;;desk;\n"
            "o4;cpas-tournai;ISP;educ;D;d;c;r;2;2027-02-30;2027-05-01;1;;;desk;\n"
            "o5;cpas-tournai;ISP;educ;E;d;c;r;2;2027-06-01;2027-05-01;1;;;desk;\n"
            "o6;cpas-tournai;ISP;educ;;d;c;r;2;2027-02-01;2027-05-01;1;;;desk;\n"
            "o7;cpas-tournai;ISP;educ;G;d;c;r;5;2027-02-01;2027-05-01;zero;;;sofa;\n");
  auto out = src / "out.kpack";
  auto errors = build(src, out);
  CHECK(contains(errors, "offers.csv:2: unknown organisation \"cpas-nowhere\""));
  CHECK(contains(errors, "offers.csv:3: unknown career \"ghost\""));
  CHECK(contains(errors, "offers.csv:4: duplicate id \"o1\""));
  CHECK(contains(errors, "offers.csv:5: invalid start date \"2027-02-30\""));
  CHECK(contains(errors, "offers.csv:6: the period ends"));
  CHECK(contains(errors, "offers.csv:7: missing title"));
  CHECK(contains(errors, "offers.csv:8: study years"));
  CHECK(contains(errors, "offers.csv:8: places must be a positive whole number"));
  CHECK(contains(errors, "offers.csv:8: unknown welcome condition \"sofa\""));
  CHECK_FALSE(fs::exists(out));
  fs::remove_all(src);
}

TEST_CASE("a failed build leaves the previous good pack untouched") {
  auto src = sources();
  auto out = src / "out.kpack";
  REQUIRE(build(src, out).empty());
  auto before = fs::file_size(out);
  write(src / "careers/broken.txt", "title Sans deux-points\n");
  auto errors = build(src, out);
  CHECK(contains(errors, "careers/broken.txt:1: expected `key: value`"));
  CHECK(contains(errors, "careers/broken.txt: missing required key \"pitch\""));
  CHECK(fs::file_size(out) == before);
  CHECK(Pack::open(out)->catalogue().careers.size() == 1);
  fs::remove_all(src);
}

TEST_CASE("images: missing, too small, or not PNG/JPEG are refused") {
  auto src = sources();
  write(src / "images/educ.png", "GIF89a not really");
  auto errors = build(src, src / "a.kpack");
  CHECK(contains(errors, "images/educ.png: not a PNG or JPEG"));
  writePng(src / "images/educ.png", 64, 64);
  CHECK(contains(build(src, src / "a.kpack"), "image too small"));
  fs::remove(src / "images/educ.png");
  CHECK(contains(build(src, src / "a.kpack"), "image not found: images/educ.png"));
  fs::remove_all(src);
}

TEST_CASE("damaged, foreign and outdated pack files are refused with a message") {
  auto src = sources();
  auto out = src / "out.kpack";
  REQUIRE(build(src, out).empty());

  write(src / "text.kpack", "hello");
  CHECK_THROWS_AS(Pack::open(src / "text.kpack"), PackError);
  CHECK_THROWS_AS(Pack::open(src / "missing.kpack"), PackError);

  // Truncated: the first half of a real pack.
  std::ifstream in(out, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), {});
  write(src / "half.kpack", bytes.substr(0, bytes.size() / 2));
  CHECK_THROWS_AS(Pack::open(src / "half.kpack"), PackError);

  // A pack from a future schema version.
  fs::copy_file(out, src / "future.kpack");
  sqlite3* db = nullptr;
  sqlite3_open((src / "future.kpack").c_str(), &db);
  sqlite3_exec(db, "UPDATE meta SET value='99' WHERE key='schema_version'", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  try {
    Pack::open(src / "future.kpack");
    FAIL("a schema 99 pack was accepted");
  } catch (const PackError& e) {
    CHECK(std::string(e.what()).find("99") != std::string::npos);
  }
  fs::remove_all(src);
}

TEST_CASE("the demo pack builds without a single problem") {
  auto out = vitrine::test::freshDir("demo") / "demo.kpack";
  auto errors = build(VITRINE_SOURCE_DIR "/content/demo", out);
  for (const auto& e : errors) MESSAGE(e);
  CHECK(errors.empty());
  auto pack = Pack::open(out);
  CHECK(pack->catalogue().careers.size() >= 10);
  CHECK(pack->catalogue().offers.size() >= 30);
  CHECK(pack->catalogue().organisations.size() >= 8);
  fs::remove_all(out.parent_path());
}
