// Building a pack from an editor's folder and opening it: fields survive, errors point at
// file:line.
#include "messages_language.h"
#include "sqlite.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
namespace fs = std::filesystem;

using namespace vitrine::testing;

namespace {

std::string openError(const fs::path& p) {
  try {
    Pack::open(p);
  } catch (const PackError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a small source tree builds and every field reads back") {
  TempDir tmp;
  writeSources(tmp.path / "src");
  fs::path out = tmp.path / "test.kpack";
  auto diags = buildPack(tmp.path / "src", out);
  INFO(allOf(diags));
  REQUIRE(errorCount(diags) == 0);  // the tree lists nl without translations: warnings only
  CHECK_FALSE(fs::exists(tmp.path / "test.kpack.tmp"));

  auto pack = Pack::open(out);
  const Catalogue& c = pack->catalogue();
  CHECK(c.meta.schemaVersion == kSchemaVersion);
  CHECK(c.meta.packId == "test-pack");
  CHECK(c.meta.title == "Les métiers « du social »");
  CHECK(c.meta.languages == std::vector<std::string>{"fr", "nl"});
  CHECK(c.meta.consentVersion == "2026-11-v1");
  CHECK(c.meta.consentText == "L’organisation vous recontacte ; œuvre à 0 €.");
  CHECK(c.meta.buildTime.size() == 20);  // 2026-11-23T10:00:00Z

  REQUIRE(c.organisations.size() == 2);
  const Organisation* hets = c.organisation("hets");
  REQUIRE(hets);
  CHECK(hets->kind == "school");
  CHECK(hets->name == "Haute école « HETS »; Genève");
  CHECK(hets->country == "CH");
  CHECK(c.organisation("cpas-ath")->website == "https://www.example.org/cpas-ath");

  // Sorted by title, accents ignored: "Assistant" before "Éducateur".
  REQUIRE(c.careers.size() == 2);
  CHECK(c.careers[0].id == "assistant-social");
  const Career& e = c.careers[1];
  CHECK(e.title == "Éducateur·rice spécialisé·e");
  CHECK(e.pitch == "Aider des jeunes à trouver leur place — avec cœur.");
  CHECK(e.diploma == "DEES – Diplôme d'État");
  CHECK(e.level == "6");
  CHECK(e.duration == "3 ans");
  CHECK(e.routes == std::vector<std::string>{"initial", "apprenticeship", "vae"});
  CHECK(e.domain == "education");
  CHECK(c.careers[0].domain == "accompagnement");
  CHECK(e.where == "Foyers, maisons d’enfants");
  CHECK(e.image == "educateur.png");
  REQUIRE(e.body.size() == 4);
  CHECK(e.body[0].kind == TextBlock::Kind::Heading);
  CHECK(e.body[0].text == "Ses missions");
  CHECK(e.body[1].kind == TextBlock::Kind::Bullet);
  CHECK(e.body[1].text == "Partager le quotidien d’un groupe.");
  CHECK(e.body[3].kind == TextBlock::Kind::Paragraph);
  CHECK(e.body[3].text == "On travaille en équipe, parfois le soir.");

  // Sorted by deadline, the offer without one last.
  REQUIRE(c.offers.size() == 2);
  const Offer& o = c.offers[0];
  CHECK(o.id == "ath-1");
  CHECK(o.organisation == "cpas-ath");
  CHECK(o.service == "Service social général");
  CHECK(o.careers == std::vector<std::string>{"assistant-social", "educateur-specialise"});
  CHECK(o.title == "Stage « découverte »");
  CHECK(o.description == "Vous suivez des dossiers; avec \"soin\".");
  CHECK(o.city == "Ath");
  CHECK(o.region == "Wallonie");
  CHECK(o.years == std::vector<int>{2, 3});
  CHECK(o.start == "2027-02-08");
  CHECK(o.end == "2027-05-21");
  CHECK(o.places == 2);
  CHECK(o.deadline == "2026-12-18");
  CHECK(o.country.empty());
  CHECK(o.welcome == std::vector<std::string>{"desk", "pc", "mentor"});
  CHECK(o.applyUrl == "https://example.org/a");
  const Offer* h = c.offer("hets-1");
  REQUIRE(h);
  CHECK(h->places == 1);  // empty means one place
  CHECK(h->country == "CA");
  CHECK(h->deadline.empty());

  // The 1200x800 illustration is stored as a PNG that fits 960x640.
  std::string error;
  Image img = decodeImage(pack->imageBytes("educateur.png"), error);
  CHECK(error.empty());
  CHECK(img.width == 960);
  CHECK(img.height == 640);
  CHECK(pack->imageBytes("absent.png").empty());
}

TEST_CASE("SOURCE_DATE_EPOCH fixes the build time") {
  TempDir tmp;
  writeSources(tmp.path / "src");
  ::setenv("SOURCE_DATE_EPOCH", "1800000000", 1);
  auto diags = buildPack(tmp.path / "src", tmp.path / "a.kpack");
  ::unsetenv("SOURCE_DATE_EPOCH");
  REQUIRE(errorCount(diags) == 0);
  CHECK(Pack::open(tmp.path / "a.kpack")->catalogue().meta.buildTime == "2027-01-15T08:00:00Z");
}

TEST_CASE("source errors come out as file:line and no pack is written") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  std::string offers = readFile(src / "offers.csv");
  writeFile(src / "offers.csv",
            offers +  // lines 1-3 are the header and the two good offers
                "x-4;cpas-foo;Logement;;Titre;;;;;2027-01-01;2027-02-01;;;;;\n"
                "x-5;hets;Logement;metier-inconnu;Titre;;;;;2027-01-01;2027-02-01;;;;;\n"
                "ath-1;hets;Logement;;Doublon;;;;;2027-01-01;2027-02-01;;;;;\n"
                "x-7;hets;Logement;;Titre;;;;;2027-02-30;2027-03-01;;;;;\n"
                "x-8;hets;Logement;;Titre;;;;;2027-05-01;2027-03-01;;;;;\n"
                "x-9;hets;;;Titre;;;;;2027-01-01;2027-02-01;;;;;\n"
                "x-10;hets;Logement;;Titre;;;;4;2027-01-01;2027-02-01;zéro;;;coffee;\n"
                "x-11;hets;Logement\n");
  writeFile(src / "careers/educateur-specialise.txt",
            "title: Éducateur·rice\npitch: x\nroutes: initial|online\ncolour: bleu\n"
            "image: absente.png\nsans deux-points\n\nCorps.\n");
  writeFile(src / "careers/vide.txt", "diploma: rien\n");
  fs::path out = tmp.path / "bad.kpack";
  auto diags = buildPack(src, out);
  INFO(allOf(diags));
  CHECK(hasDiagnostic(diags, "offers.csv:4:", "unknown organisation \"cpas-foo\""));
  CHECK(hasDiagnostic(diags, "offers.csv:5:", "unknown career \"metier-inconnu\""));
  CHECK(hasDiagnostic(diags, "offers.csv:6:", "duplicate"));
  CHECK(hasDiagnostic(diags, "offers.csv:7:", "2027-02-30"));
  CHECK(hasDiagnostic(diags, "offers.csv:8:", "before"));
  CHECK(hasDiagnostic(diags, "offers.csv:9:", "service"));
  CHECK(hasDiagnostic(diags, "offers.csv:10:", "year"));
  CHECK(hasDiagnostic(diags, "offers.csv:10:", "places"));
  CHECK(hasDiagnostic(diags, "offers.csv:10:", "coffee"));
  CHECK(hasDiagnostic(diags, "offers.csv:11:", "fields"));
  CHECK(hasDiagnostic(diags, "careers/educateur-specialise.txt:3:", "online"));
  CHECK(hasDiagnostic(diags, "careers/educateur-specialise.txt:4:", "colour"));
  CHECK(hasDiagnostic(diags, "careers/educateur-specialise.txt:5:", "absente.png"));
  CHECK(hasDiagnostic(diags, "careers/educateur-specialise.txt:6:", "sans deux-points"));
  CHECK(hasDiagnostic(diags, "careers/vide.txt", "title"));
  CHECK(hasDiagnostic(diags, "careers/vide.txt", "pitch"));
  CHECK_FALSE(fs::exists(out));
  CHECK_FALSE(fs::exists(tmp.path / "bad.kpack.tmp"));
}

TEST_CASE("broken CSV structure, images and pack.txt are reported") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "pack.txt", "id: x\ntitle: T\nconsent_version: v1\n");
  writeFile(src / "organisations.csv",
            "id;kind;name;city;region;country;website\n"
            "cpas-ath;cpas;CPAS;Ath;W;BE;\n"
            "hets;school;\"HETS;Genève;CH;\n");
  writeFile(src / "offers.csv", "id;organisation;service;title;start;end;fax\n");
  writeFile(src / "images/educateur.png", "GIF89a not really an image");
  auto diags = buildPack(src, tmp.path / "bad.kpack");
  INFO(allOf(diags));
  CHECK(hasDiagnostic(diags, "pack.txt", "consent_text"));
  CHECK(hasDiagnostic(diags, "offers.csv:1:", "unknown column \"fax\""));
  CHECK(hasDiagnostic(diags, "organisations.csv:3:", "quote"));
  CHECK(hasDiagnostic(diags, "images/educateur.png", "PNG or JPEG"));
  CHECK_FALSE(fs::exists(tmp.path / "bad.kpack"));
}

TEST_CASE("Latin-1 files, bad values and oversized images are explained") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  // Excel's plain "CSV" export writes é as the single byte 0xE9.
  writeFile(src / "organisations.csv",
            "id;kind;name;city;region;country;website\n"
            "cpas-ath;cpas;CPAS;Ath;W;BE;\n"
            "hets;school;HETS;Gen\xE8ve;GE;CH;\n");
  writeFile(
      src / "offers.csv",
      std::string(kOffersHeader) +
          "a;x;Logement;;T;;;;;2027-01-10;2027-02-01;;2027-03-01;Belgique;;www.example.org\n");
  writeFile(src / "careers/assistant-social.txt",
            "title: A\npitch: B\ntitle: encore\n## Corps sans ligne vide\n");
  auto png = tinyPng(16, 16);
  for (int off : {16, 20})  // IHDR claims 20000 pixels a side
    for (int i = 0; i < 4; ++i) png[off + i] = static_cast<uint8_t>(20000u >> (24 - 8 * i));
  writeFile(src / "images/educateur.png", std::string(png.begin(), png.end()));
  auto diags = buildPack(src, tmp.path / "bad.kpack");
  INFO(allOf(diags));
  CHECK(hasDiagnostic(diags, "organisations.csv:1: warning:", "converted from Windows-1252"));
  CHECK(hasDiagnostic(diags, "offers.csv:2:", "deadline"));
  CHECK(hasDiagnostic(diags, "offers.csv:2:", "Belgique"));
  CHECK(hasDiagnostic(diags, "offers.csv:2:", "https://"));
  CHECK(hasDiagnostic(diags, "careers/assistant-social.txt:3:", "twice"));
  CHECK(hasDiagnostic(diags, "careers/assistant-social.txt:4:", "blank line"));
  CHECK(hasDiagnostic(diags, "images/educateur.png", "too large"));
  CHECK_FALSE(fs::exists(tmp.path / "bad.kpack"));
}

TEST_CASE("a failed build leaves the existing good pack untouched") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  fs::path out = tmp.path / "live.kpack";
  REQUIRE(errorCount(buildPack(src, out)) == 0);
  std::string before = readFile(out);
  writeFile(src / "offers.csv", std::string(kOffersHeader) +
                                    "z;nulle-part;Logement;;T;;;;;2027-01-01;2027-02-01;;;;;\n");
  CHECK(errorCount(buildPack(src, out)) > 0);
  CHECK(readFile(out) == before);
  CHECK(Pack::open(out)->catalogue().offers.size() == 2);
}

TEST_CASE("Pack::open refuses what is not a usable pack, with a message for staff") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir tmp;
  CHECK(openError(tmp.path / "absent.kpack").find("introuvable") != std::string::npos);

  writeFile(tmp.path / "notes.kpack", "Ceci est un fichier texte.\n");
  CHECK(openError(tmp.path / "notes.kpack").find("pas un pack") != std::string::npos);

  writeSources(tmp.path / "src");
  fs::path good = tmp.path / "good.kpack";
  REQUIRE(errorCount(buildPack(tmp.path / "src", good)) == 0);

  fs::path cut = tmp.path / "cut.kpack";
  fs::copy_file(good, cut);
  fs::resize_file(cut, fs::file_size(good) / 2);
  CHECK_FALSE(openError(cut).empty());

  fs::path future = tmp.path / "future.kpack";
  fs::copy_file(good, future);
  {
    sql::Database db(future, sql::Mode::ReadWriteCreate);
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  }
  std::string msg = openError(future);
  CHECK(msg.find("version plus récente de Vitrine (schéma 99") != std::string::npos);
  CHECK(msg.find("kioskctl") != std::string::npos);

  // A pack built by the previous kioskctl (schema 2: no domain, no search table).
  fs::path older = tmp.path / "older.kpack";
  fs::copy_file(good, older);
  {
    sql::Database db(older, sql::Mode::ReadWriteCreate);
    db.exec("UPDATE meta SET value = '2' WHERE key = 'schema_version'");
  }
  msg = openError(older);
  CHECK(msg.find("construit pour le schéma 2") != std::string::npos);
  CHECK(msg.find("reconstruisez-le avec kioskctl pack build") != std::string::npos);
  CHECK(msg.find(older.string()) != std::string::npos);
}

TEST_CASE("the demo pack sources build without a single diagnostic") {
  fs::path demo = fs::path(VITRINE_SOURCE_DIR) / "content" / "demo";
  if (!fs::exists(demo / "pack.txt")) {
    MESSAGE("content/demo has no pack.txt yet: skipped");
    return;
  }
  TempDir tmp;
  // A fixed "today": the demo's deadlines must not turn this test red as the calendar moves on.
  auto diags = buildPack(demo, tmp.path / "demo.kpack", SourceOptions{"2026-11-23"});
  INFO(allOf(diags));
  CHECK(diags.empty());
  if (!diags.empty()) return;
  auto pack = Pack::open(tmp.path / "demo.kpack");
  const Catalogue& c = pack->catalogue();
  CHECK_FALSE(c.careers.empty());
  CHECK_FALSE(c.offers.empty());
  for (const Career& k : c.careers)
    if (!k.image.empty()) CHECK_MESSAGE(!pack->imageBytes(k.image).empty(), k.image);
}
