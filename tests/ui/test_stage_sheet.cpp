// Headless UI tests: a stage whose pack row sets every field shows each of them (French and
// Dutch), requirements are not drawn as perks, « À l'étranger » counts exchange programmes and
// stages abroad, the organisation card, and consent boxes routed to the schools that train.
#include <string>

#include "dates.h"
#include "facets.h"
#include "messages_language.h"
#include "screens/screens.h"
#include "sealing.h"
#include "staff_pin.h"
#include "test_pack_fixtures.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using vitrine::ui::Lang;

namespace {

namespace fs = std::filesystem;

// The fixture sources (tests/unit/test_pack_fixtures.h) with every offer and organisation field.
fs::path sheetPack(const fs::path& dir) {
  const fs::path src = dir / "src";
  vitrine::testing::writeSources(src);
  auto logo = vitrine::testing::tinyPng(300, 300);
  vitrine::testing::writeFile(src / "images/logo-ath.png", std::string(logo.begin(), logo.end()));
  vitrine::testing::writeFile(
      src / "organisations.csv",
      "id;kind;name;name@nl;city;region;country;website;contact;logo;description;description@nl\n"
      "cpas-ath;cpas;CPAS d'Ath;OCMW Aat;Ath;Wallonie;BE;https://www.example.org/cpas-ath;"
      "stages@cpas-ath.example.org;logo-ath.png;Le CPAS aide chaque habitant·e d'Ath à vivre "
      "dignement.;Het OCMW helpt elke inwoner van Aat om menswaardig te leven.\n"
      "hets;school;HETS;HETS;Genève;Genève;CH;https://www.example.org/hets;info@hets.example.org;;;\n"
      "defre;school;Institut Defré;Instituut Defré;Bruxelles;Bruxelles;BE;;info@defre.example.org;;;\n"
      "issm;school;ISSM;ISSM;Mulhouse;Grand Est;FR;;info@issm.example.org;;;\n"
      "helb;school;HELB;HELB;Bruxelles;Bruxelles;BE;;info@helb.example.org;;;\n");
  vitrine::testing::writeFile(
      src / "schools.csv",
      "id;name;city;region;country;website;careers;diplomas\n"
      "helb;HELB;Bruxelles;Bruxelles;BE;;educateur-specialise;Bachelier éducateur\n"
      "issm;ISSM;Mulhouse;Grand Est;FR;;assistant-social;DEASS\n"
      "defre;Institut "
      "Defré;Bruxelles;Bruxelles;BE;https://www.example.org/defre;assistant-social;Bachelier AS\n");
  vitrine::testing::writeFile(
      src / "offers.csv",
      "id;organisation;service;careers;title;title@nl;description;description@nl;city;region;"
      "years;start;end;places;deadline;country;welcome;apply_url;tasks;tasks@nl;weeks;languages;"
      "programme;programme@nl;documents;how_to_apply;how_to_apply@nl\n"
      "full-1;cpas-ath;Service social général;assistant-social;Stage complet;Volledige stage;"
      "Vous suivez des dossiers.;Je volgt dossiers op.;Ath;Wallonie;2|3;2027-02-08;2027-05-21;2;"
      "2027-01-15;;desk|pc|mentor|driving_licence|car;;Accueillir les demandeurs|Rédiger une "
      "enquête sociale;Aanvragers onthalen|Een sociaal onderzoek schrijven;15;fr|nl;Erasmus+;"
      "Erasmus+;cv|motivation_letter|criminal_record;Envoyez votre CV par e-mail avant le 15 "
      "janvier.;Stuur je cv per e-mail voor 15 januari.\n"
      "geneve-1;hets;Logement;educateur-specialise;Foyer à Genève;Opvang in Genève;;;Genève;"
      "Genève;1;2027-03-01;2027-06-25;;;;;;;;;;;;;;\n"
      "local-1;cpas-ath;ISP;assistant-social;Stage local;Lokale stage;;;Ath;Wallonie;1;"
      "2027-03-01;2027-06-25;;;;desk;;;;;;;;;;\n");
  vitrine::testing::writeFile(src / "careers/assistant-social.txt",
                              "title: Assistant·e de service social\n"
                              "pitch: Accompagner les personnes vers leurs droits.\n"
                              "domain: accompagnement\n"
                              "testimonial: « On ouvre des portes. »\n"
                              "testimonial_name: Samira\n"
                              "testimonial_role: assistante sociale au CPAS d'Ath\n"
                              "\n"
                              "Au CPAS.\n");
  vitrine::testing::writeFile(src / "careers/assistant-social.nl.txt",
                              "title: Maatschappelijk assistent\n"
                              "pitch: Mensen naar hun rechten begeleiden.\n"
                              "testimonial: “We openen deuren.”\n"
                              "testimonial_role: maatschappelijk assistente bij het OCMW Aat\n"
                              "\n"
                              "In het OCMW.\n");
  vitrine::testing::writeFile(
      src / "events.csv",
      "id;kind;title;title@nl;organisation;date;start_time;end_time;city;place;url;description;"
      "description@nl\n"
      "past;open_day;Portes ouvertes passées;Voorbije opendeur;hets;2020-01-25;09:00;12:00;Genève;"
      "Rue 1;https://www.example.org/past;Déjà passé.;Al voorbij.\n"
      "jpo-hets;open_day;Portes ouvertes de la HETS;Opendeur HETS;hets;2099-01-23;09:30;15:00;"
      "Genève;Rue Prévost-Martin 28;https://www.example.org/jpo;Visitez l'école.;Bezoek de "
      "school.\n"
      "info-ath;info_session;Rencontre des maîtres de stage;Ontmoeting stagementoren;cpas-ath;"
      "2099-02-10;14:00;16:30;Ath;Rue de Pintamont 54;https://www.example.org/info;Les services "
      "présentent leurs places.;De diensten stellen hun plaatsen voor.\n");
  const fs::path pack = dir / "sheet.kpack";
  // A stand key: every organisation can receive contacts (sealed), so consent boxes are offered.
  if (!fs::exists(dir / "secret-keys/stand.public")) vitrine::newOrgKeys(dir / "secret-keys", "stand");
  fs::create_directories(src / "keys");
  fs::copy_file(dir / "secret-keys/stand.public", src / "keys/stand.public",
                fs::copy_options::overwrite_existing);
  auto problems = vitrine::buildPack(src, pack);
  INFO(vitrine::testing::allOf(problems));
  REQUIRE(vitrine::errorCount(problems) == 0);
  return pack;
}

// A tall screen at scale 1: the whole sheet is on screen, nothing scrolled out of the hit map.
Driver sheetDriver(const fs::path& dir, Lang lang, const std::string& host = {}) {
  vitrine::AppConfig c;
  c.host = host;
  c.packPath = sheetPack(dir);
  c.storePath = dir / "visitors.db";
  c.language = lang;
  c.scale = 1.0f;
  return Driver(c, 1920, 5000);
}

void openOffer(Driver& d, const std::string& id) {
  d.app.session().offerId = id;
  d.app.navigate(ScreenId::OfferDetail);
  d.app.settle();
}

std::string period(Lang lang, const std::string& weeks) {
  return "text:" + vitrine::formatDate("2027-02-08", lang) + " – " +
         vitrine::formatDate("2027-05-21", lang) + "  ·  " + weeks;
}

}  // namespace

TEST_CASE("the stage sheet draws every field its pack row sets, in French") {
  auto dir = vitrine::test::freshDir("sheet-fr");
  Driver d = sheetDriver(dir, Lang::Fr);
  openOffer(d, "full-1");
  REQUIRE(d.app.screen() == ScreenId::OfferDetail);
  CHECK(d.visible("text:CPAS d'Ath"));  // the organisation and its logo
  CHECK(d.visible("logo:logo-ath.png"));
  CHECK(d.visible("text:Ath (Wallonie)"));
  CHECK(d.visible("badge:Erasmus+"));
  CHECK(d.visible("text:Vous suivez des dossiers."));
  CHECK(d.visible("text:Service social général"));
  CHECK(d.visible(period(Lang::Fr, "15 semaines")));  // weeks beside the period
  CHECK(d.visible("text:2e année, 3e année"));
  CHECK(d.visible("text:2"));  // places
  CHECK(d.visible("text:" + vitrine::formatDate("2027-01-15", Lang::Fr)));
  CHECK(d.visible("text:Français · Nederlands"));  // working languages
  CHECK(d.visible("text:Accueillir les demandeurs"));
  CHECK(d.visible("text:Rédiger une enquête sociale"));
  CHECK(d.visible("document:cv"));
  CHECK(d.visible("text:CV"));
  CHECK(d.visible("text:Lettre de motivation"));
  CHECK(d.visible("text:Extrait de casier judiciaire"));
  CHECK(d.visible("text:Envoyez votre CV par e-mail avant le 15 janvier."));
  CHECK(d.visible("text:stages@cpas-ath.example.org"));
  // No apply URL: the QR code writes to the stage coordinator.
  CHECK(d.visible("qr:mailto:stages@cpas-ath.example.org"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the host's requirements are drawn as requirements, never as ticked perks") {
  auto dir = vitrine::test::freshDir("sheet-needs");
  Driver d = sheetDriver(dir, Lang::Fr);
  openOffer(d, "full-1");
  for (const char* perk : {"desk", "pc", "mentor"}) {
    CHECK(d.visible(std::string("perk:") + perk));
    CHECK_FALSE(d.visible(std::string("requires:") + perk));
  }
  for (const char* need : {"driving_licence", "car"}) {
    CHECK(d.visible(std::string("requires:") + need));
    CHECK_FALSE(d.visible(std::string("perk:") + need));
  }
  CHECK(d.visible("text:Permis de conduire requis"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the stage sheet in Dutch: translated fields and labels") {
  auto dir = vitrine::test::freshDir("sheet-nl");
  Driver d = sheetDriver(dir, Lang::Nl);
  openOffer(d, "full-1");
  REQUIRE(d.app.screen() == ScreenId::OfferDetail);
  CHECK(d.visible("text:OCMW Aat"));
  CHECK(d.visible("text:Je volgt dossiers op."));
  CHECK(d.visible(period(Lang::Nl, "15 weken")));
  CHECK(d.visible("text:Aanvragers onthalen"));
  CHECK(d.visible("text:Een sociaal onderzoek schrijven"));
  CHECK(d.visible("text:Uittreksel uit het strafregister"));
  CHECK(d.visible("text:Motivatiebrief"));
  CHECK(d.visible("text:Stuur je cv per e-mail voor 15 januari."));
  CHECK(d.visible("text:Rijbewijs vereist"));
  CHECK(d.visible("requires:driving_licence"));
  CHECK(d.visible("badge:Erasmus+"));
  CHECK(d.visible("qr:mailto:stages@cpas-ath.example.org"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("tapping the organisation opens its card: kind, description, website, its stages") {
  auto dir = vitrine::test::freshDir("sheet-org");
  Driver d = sheetDriver(dir, Lang::Fr);
  openOffer(d, "full-1");
  d.tap("offer.organisation");
  REQUIRE(d.app.screen() == ScreenId::Organisation);
  CHECK(d.visible("text:Le CPAS aide chaque habitant·e d'Ath à vivre dignement."));
  CHECK(d.visible("text:CPAS – centre public d’action sociale"));
  CHECK(d.visible("qr:https://www.example.org/cpas-ath"));
  CHECK(d.visible("text:stages@cpas-ath.example.org"));
  CHECK(d.visible("logo:logo-ath.png"));
  CHECK(d.visible("orgoffer:full-1"));
  CHECK(d.visible("orgoffer:local-1"));
  CHECK_FALSE(d.visible("orgoffer:geneve-1"));
  d.tap("orgoffer:local-1");
  CHECK(d.app.screen() == ScreenId::OfferDetail);
  CHECK(d.app.session().offerId == "local-1");
  vitrine::test::removeDir(dir);
}

TEST_CASE("« À l'étranger » counts an exchange-programme stage and a stage abroad alike") {
  auto dir = vitrine::test::freshDir("sheet-abroad");
  Driver d = sheetDriver(dir, Lang::Fr);  // a Belgian kiosk (AppConfig::country)
  d.tap("attract");
  d.tap("home.offers");
  CHECK(d.visible("text:À l’étranger  2"));  // the chip's count ...
  d.tap("international:1");
  CHECK(d.visible("offer:full-1"));    // Erasmus+ from a Belgian CPAS
  CHECK(d.visible("offer:geneve-1"));  // an organisation in Switzerland
  CHECK_FALSE(d.visible("offer:local-1"));
  CHECK(d.visible("text:2 stages"));  // ... and the list agree
  vitrine::test::removeDir(dir);
}

TEST_CASE("the consent step for a chosen career lists the schools that train for it first") {
  auto dir = vitrine::test::freshDir("sheet-consent");
  Driver d = sheetDriver(dir, Lang::Fr);
  d.app.session().careers = {"assistant-social"};
  auto targets = vitrine::consentTargets(d.app.catalogue(), d.app.session(), "BE");
  REQUIRE(targets.size() == 2);
  CHECK(targets[0]->id == "defre");  // trains for it, in the kiosk's country
  CHECK(targets[1]->id == "issm");   // trains for it, abroad
  // On screen, in that order; a school that does not train for it is not offered.
  d.app.navigate(ScreenId::Form);
  d.app.session().form.step = 2;
  d.app.settle();
  CHECK(d.above("consent:defre", "consent:issm"));
  CHECK_FALSE(d.visible("consent:helb"));
  CHECK_FALSE(d.visible("consent:hets"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the agenda lists coming events by date, filters by kind and region, hides past ones") {
  auto dir = vitrine::test::freshDir("sheet-agenda");
  Driver d = sheetDriver(dir, Lang::Fr);
  d.tap("attract");
  d.tap("home.agenda");
  REQUIRE(d.app.screen() == ScreenId::Agenda);
  CHECK_FALSE(d.visible("event:past"));  // before the kiosk's local date: gone by itself
  CHECK(d.above("event:jpo-hets", "event:info-ath"));  // by date
  CHECK(d.visible("text:09:30 – 15:00"));
  CHECK(d.visible("text:HETS · Rue Prévost-Martin 28, Genève"));
  CHECK(d.visible("text:Visitez l'école."));
  CHECK(d.visible("qr:https://www.example.org/jpo"));
  d.tap("kind:info_session");
  CHECK_FALSE(d.visible("event:jpo-hets"));
  CHECK(d.visible("event:info-ath"));
  d.tap("kind:info_session");
  d.tap("region:Genève");
  CHECK(d.visible("event:jpo-hets"));
  CHECK_FALSE(d.visible("event:info-ath"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("--host puts the host's stages and events first, with a marker") {
  auto dir = vitrine::test::freshDir("sheet-host");
  Driver d = sheetDriver(dir, Lang::Fr, "cpas-ath");
  d.tap("attract");
  d.tap("home.agenda");
  CHECK(d.above("event:info-ath", "event:jpo-hets"));  // later, but the host's
  CHECK(d.visible("text:Séance d’information  ·  Ici aujourd’hui"));
  d.app.navigate(ScreenId::Offers);
  d.app.settle();
  CHECK(d.above("offer:local-1", "offer:geneve-1"));
  CHECK(d.visible("host:local-1"));
  CHECK_FALSE(d.visible("host:geneve-1"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("où se former: from a career, the schools that train for it, the kiosk's country first") {
  auto dir = vitrine::test::freshDir("sheet-schools");
  Driver d = sheetDriver(dir, Lang::Fr);
  d.app.session().careerId = "assistant-social";
  d.app.navigate(ScreenId::CareerDetail);
  d.tap("career.schools");
  REQUIRE(d.app.screen() == ScreenId::Schools);
  CHECK(d.above("school:defre", "school:issm"));
  CHECK_FALSE(d.visible("school:helb"));  // trains for another career
  CHECK(d.visible("text:Bachelier AS"));
  d.tap("country:FR");
  CHECK_FALSE(d.visible("school:defre"));
  CHECK(d.visible("school:issm"));
  d.tap("schools.career");  // every school now
  CHECK(d.visible("school:issm"));
  d.tap("country:FR");
  CHECK(d.visible("school:helb"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("a career's testimonial is drawn as a quotation: quote, name, role, translated") {
  auto dir = vitrine::test::freshDir("sheet-testimonial");
  {
    Driver d = sheetDriver(dir, Lang::Fr);
    d.app.session().careerId = "assistant-social";
    d.app.navigate(ScreenId::CareerDetail);
    d.app.settle();
    CHECK(d.visible("text:On ouvre des portes."));  // the card draws its own quotation marks
    CHECK(d.visible("text:— Samira"));
    CHECK(d.visible("text:assistante sociale au CPAS d'Ath"));
  }
  {
    Driver d = sheetDriver(dir, Lang::Nl);
    d.app.session().careerId = "assistant-social";
    d.app.navigate(ScreenId::CareerDetail);
    d.app.settle();
    CHECK(d.visible("text:We openen deuren."));
    CHECK(d.visible("text:— Samira"));
    CHECK(d.visible("text:maatschappelijk assistente bij het OCMW Aat"));
  }
  vitrine::test::removeDir(dir);
}

TEST_CASE("touching an event card in the attract loop opens the agenda") {
  auto dir = vitrine::test::freshDir("sheet-attract");
  Driver d = sheetDriver(dir, Lang::Fr);
  for (int i = 0; i < 6 && !d.visible("attract.agenda"); ++i) {
    d.platform.advance(vitrine::ui::kAttractSlideSeconds + 0.5);
    d.app.settle(20);
  }
  REQUIRE(d.visible("attract.agenda"));  // an event slide shows
  d.tap("attract.agenda");
  CHECK(d.app.screen() == ScreenId::Agenda);
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff choose the host organisation; it applies at once and survives a restart") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("sheet-staff-host");
  vitrine::AppConfig c;
  c.packPath = sheetPack(dir);
  c.storePath = dir / "visitors.db";
  vitrine::StaffPin(c.storePath).set("2468");
  std::string host;
  {
    Driver d(c);
    vitrine::test::staffGesture(d);
    REQUIRE(d.app.screen() == ScreenId::StaffPin);
    d.type("2468");
    d.tap("staff.pin.ok");
    REQUIRE(d.app.screen() == ScreenId::Staff);
    d.tap("staff.settings");
    d.tap("staff.host:next");  // the pack's first organisation
    host = d.app.catalogue().organisations.front().id;
    CHECK(d.app.staff().settingsMessage().find("Organisation hôte") != std::string::npos);
    d.tap("staff.leave");
  }
  REQUIRE(host == "cpas-ath");
  Driver d(c);  // the same store: the saved host is back
  d.tap("attract");
  d.tap("home.offers");
  CHECK(d.visible("host:local-1"));
  CHECK_FALSE(d.visible("host:geneve-1"));
  vitrine::test::removeDir(dir);
}
