// Translations: careers/<id>.<lang>.txt and `field@lang` columns reach the visitor in their
// language, and anything untranslated falls back to the pack's default language.
#include "search.h"
#include "test_pack_fixtures.h"
#include "translations.h"
#include "ui_driver.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

fs::path buildTranslated(const TempDir& tmp) {
  fs::path src = tmp.path / "src";
  writeSources(src);  // fr, nl
  writeFile(src / "careers/educateur-specialise.nl.txt",
            "title: Orthopedagoog\n"
            "pitch: Jongeren helpen hun plaats te vinden.\n"
            "where: Leefgroepen, tehuizen\n"
            "\n"
            "## Taken\n"
            "- Het dagelijks leven delen.\n");
  writeFile(src / "offers.csv",
            "id;organisation;service;careers;title;title@nl;description;description@nl;start;end\n"
            "ath-1;cpas-ath;Service social général;;Stage découverte;Snuffelstage;"
            "Vous suivez des dossiers.;;2027-02-08;2027-05-21\n"
            "ath-2;cpas-ath;Logement;;Zèbre;Aap;Texte.;Tekst.;2027-02-08;2027-05-21\n");
  fs::path out = tmp.path / "t.kpack";
  auto d = buildPack(src, out, SourceOptions{"2026-11-23"});
  INFO(allOf(d));
  REQUIRE(errorCount(d) == 0);
  return out;
}

}  // namespace

TEST_CASE("a Dutch visitor sees Dutch where it exists and French elsewhere") {
  TempDir tmp;
  fs::path out = buildTranslated(tmp);
  Catalogue nl = openPack(out, "nl");
  CHECK(nl.language == "nl");
  CHECK(nl.meta.defaultLanguage == "fr");
  const Career* e = nl.career("educateur-specialise");
  REQUIRE(e);
  CHECK(e->title == "Orthopedagoog");
  CHECK(e->pitch == "Jongeren helpen hun plaats te vinden.");
  CHECK(e->where == "Leefgroepen, tehuizen");
  CHECK(e->diploma == "DEES – Diplôme d'État");  // not translated: the French text, never empty
  CHECK(e->level == "6");
  REQUIRE(e->body.size() == 2);
  CHECK(e->body[0].text == "Taken");
  CHECK(e->body[1].kind == TextBlock::Kind::Bullet);
  // A career without any translation file is shown in French.
  CHECK(nl.career("assistant-social")->title == "Assistant·e de service social");

  CHECK(nl.offer("ath-1")->title == "Snuffelstage");
  CHECK(nl.offer("ath-1")->description == "Vous suivez des dossiers.");
  CHECK(nl.offer("ath-2")->description == "Tekst.");
  // Sorted in the visitor's language: "Aap" before "Snuffelstage" (same deadline, none).
  CHECK(nl.offers[0].id == "ath-2");
}

TEST_CASE("the default language, an unknown language or none give the French texts") {
  TempDir tmp;
  fs::path out = buildTranslated(tmp);
  for (const char* lang : {"fr", "de", ""}) {
    Catalogue c = openPack(out, lang);
    CHECK(c.language == "fr");
    CHECK(c.career("educateur-specialise")->title == "Éducateur·rice spécialisé·e");
    CHECK(c.offer("ath-1")->title == "Stage découverte");
    CHECK(c.offers[0].id == "ath-1");
  }
}

TEST_CASE("switching language on an open pack swaps the texts both ways") {
  TempDir tmp;
  auto pack = Pack::open(buildTranslated(tmp));
  CHECK(pack->catalogue().career("educateur-specialise")->title == "Éducateur·rice spécialisé·e");
  pack->setLanguage("nl");
  CHECK(pack->language() == "nl");
  CHECK(pack->catalogue().career("educateur-specialise")->title == "Orthopedagoog");
  pack->setLanguage("fr");
  CHECK(pack->catalogue().career("educateur-specialise")->title == "Éducateur·rice spécialisé·e");
  CHECK(pack->catalogue().career("educateur-specialise")->body.size() == 4);
}

TEST_CASE("only visitor-facing texts are translatable") {
  CHECK(isTranslatable("careers", "title"));
  CHECK(isTranslatable("careers", "body"));
  CHECK(isTranslatable("offers", "description"));
  CHECK_FALSE(isTranslatable("offers", "start"));
  CHECK_FALSE(isTranslatable("careers", "image"));
}

TEST_CASE("the demo pack speaks Dutch for every career and offer title") {
  fs::path demo = fs::path(VITRINE_SOURCE_DIR) / "content" / "demo";
  TempDir tmp;
  auto d = buildPack(demo, tmp.path / "demo.kpack", SourceOptions{"2026-11-23"});
  INFO(allOf(d));
  REQUIRE(errorCount(d) == 0);
  Catalogue fr = openPack(tmp.path / "demo.kpack", "fr");
  Catalogue nl = openPack(tmp.path / "demo.kpack", "nl");
  REQUIRE(nl.careers.size() == fr.careers.size());
  for (const Career& c : nl.careers) CHECK_MESSAGE(c.title != fr.career(c.id)->title, c.id);
  for (const Offer& o : nl.offers) {
    CHECK_MESSAGE(o.title != fr.offer(o.id)->title, o.id);
    CHECK_MESSAGE(o.description != fr.offer(o.id)->description, o.id);
  }
  REQUIRE(nl.events.size() == fr.events.size());
  for (size_t i = 0; i < nl.events.size(); ++i)  // same order: events sort by date, not title
    CHECK_MESSAGE(nl.events[i].title != fr.events[i].title, nl.events[i].id);
  REQUIRE(nl.quiz.size() == fr.quiz.size());
  for (size_t q = 0; q < nl.quiz.size(); ++q) {
    CHECK(nl.quiz[q].text != fr.quiz[q].text);
    for (size_t a = 0; a < nl.quiz[q].answers.size(); ++a)
      CHECK_MESSAGE(nl.quiz[q].answers[a].text != fr.quiz[q].answers[a].text,
                    nl.quiz[q].answers[a].id);
  }
}

TEST_CASE("the kiosk switches content live when the visitor picks Dutch, and back on reset") {
  auto dir = test::freshDir("translations");
  AppConfig config;
  config.packPath = test::demoPack();
  config.storePath = dir / "visitors.db";
  test::Driver d(config);
  const std::string fr = d.app.catalogue().career("educateur-specialise")->title;
  d.app.session().lang = ui::Lang::Nl;
  d.app.settle(5);
  CHECK(d.app.catalogue().language == "nl");
  CHECK(d.app.catalogue().career("educateur-specialise")->title != fr);
  d.app.session().reset();  // the next visitor starts in French again
  d.app.settle(5);
  CHECK(d.app.catalogue().career("educateur-specialise")->title == fr);
  std::filesystem::remove_all(dir);
}

TEST_CASE("search follows the language: Dutch words and tags find the demo careers") {
  TempDir tmp;
  REQUIRE(errorCount(buildPack(fs::path(VITRINE_SOURCE_DIR) / "content" / "demo",
                               tmp.path / "demo.kpack", SourceOptions{"2026-11-23"})) == 0);
  auto pack = Pack::open(tmp.path / "demo.kpack", "nl");
  SearchIndex index(*pack);
  auto hits = index.find("ocmw");  // a Dutch tag: the French text says CPAS
  REQUIRE_FALSE(hits.empty());
  bool social = false;
  for (const auto& h : hits)
    if (h.kind == SearchHit::Kind::Career &&
        pack->catalogue().careers[h.index].id == "assistant-service-social")
      social = true;
  CHECK(social);
  CHECK_FALSE(index.find("erasmus").empty());  // the exchange programme of international offers
  CHECK_FALSE(index.find("jeugdhulp").empty());
  pack->setLanguage("fr");
  CHECK(index.find("jeugdhulp").empty());  // French visitors do not match Dutch words
  CHECK_FALSE(index.find("cpas").empty());
}

TEST_CASE("the pack's title and an offer's service follow the language; filters keep the key") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);  // fr, nl
  writeFile(src / "pack.txt", readFile(src / "pack.txt") + "title@nl: Sociale beroepen\n");
  writeFile(src / "offers.csv",
            "id;organisation;service;service@nl;title;title@nl;start;end\n"
            "ath-1;cpas-ath;Logement;Huisvesting;Stage découverte;Snuffelstage;2027-02-08;"
            "2027-05-21\n");
  auto d = buildPack(src, tmp.path / "t.kpack", SourceOptions{"2026-11-23"});
  INFO(allOf(d));
  REQUIRE(errorCount(d) == 0);
  auto p = Pack::open(tmp.path / "t.kpack");
  const std::string frTitle = p->catalogue().meta.title;
  CHECK(p->catalogue().offer("ath-1")->serviceText() == "Logement");
  p->setLanguage("nl");
  CHECK(p->catalogue().meta.title == "Sociale beroepen");
  CHECK(p->catalogue().offer("ath-1")->serviceText() == "Huisvesting");
  CHECK(p->catalogue().offer("ath-1")->service == "Logement");  // what a chosen filter holds
  p->setLanguage("de");  // a language the pack lacks: its first language shows
  CHECK(p->catalogue().meta.title == frTitle);
  CHECK(p->catalogue().offer("ath-1")->serviceText() == "Logement");
}
