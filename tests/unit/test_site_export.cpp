// `kioskctl site export`: images carry the extension of the bytes written (PNG), and a text typed
// on several lines shows as several paragraphs.
#include <iostream>

#include "ctl.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

TEST_CASE(
    "site export: a career photo.jpg is written as photo.png, line breaks become paragraphs") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  fs::copy(fs::path(VITRINE_SOURCE_DIR) / "tests/data/editor_corpus/base", src,
           fs::copy_options::recursive);
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner.\n"
            "domain: accompagnement\nimage: photo.jpg\n\nAu CPAS.\n");
  auto png = tinyPng(400, 300);  // PNG bytes under a .jpg name: accepted, the signature decides
  writeFile(src / "images/photo.jpg", std::string(png.begin(), png.end()));
  std::string offers = readFile(src / "offers.csv");
  const std::string typed = "Première ligne, le soir.";
  offers.replace(offers.find(typed), typed.size(),
                 "\"Première ligne, le soir.\nDeuxième ligne : « la rue ».\"");
  writeFile(src / "offers.csv", offers);
  auto diags = buildPack(src, tmp.path / "p.kpack", {"2026-11-23"});
  INFO(allOf(diags));
  REQUIRE(errorCount(diags) == 0);

  std::ostringstream out, err;
  auto* oldOut = std::cout.rdbuf(out.rdbuf());
  auto* oldErr = std::cerr.rdbuf(err.rdbuf());
  int status =
      ctl::site({"export", (tmp.path / "p.kpack").string(), "-o", (tmp.path / "site").string()});
  std::cout.rdbuf(oldOut);
  std::cerr.rdbuf(oldErr);
  INFO(err.str());
  REQUIRE(status == 0);
  CHECK_FALSE(fs::exists(tmp.path / "site/images/photo.jpg"));
  REQUIRE(fs::exists(tmp.path / "site/images/photo.png"));
  CHECK(readFile(tmp.path / "site/images/photo.png").rfind("\x89PNG", 0) == 0);
  std::string html = readFile(tmp.path / "site/index.html");
  CHECK(html.find("src=\"images/photo.png\"") != std::string::npos);
  CHECK(html.find("<p>Première ligne, le soir.</p><p>Deuxième ligne : « la rue ».</p>") !=
        std::string::npos);
  CHECK(html.find("soir.\nDeux") == std::string::npos);
}
