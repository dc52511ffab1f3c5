// `kioskctl pack check`: every problem an editor can make comes out at once, as file:line with its
// severity; warnings never stop a build.
#include <iostream>

#include "ctl.h"
#include "pack_sources.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

const SourceOptions kToday{"2026-11-23"};
// What `kioskctl pack check` does: images decoded and checked, but not re-encoded.
const SourceOptions kCheck{"2026-11-23", false};

std::vector<Diagnostic> check(const fs::path& src) {
  std::vector<Diagnostic> diags;
  readSources(src, diags, kCheck);
  return diags;
}

}  // namespace

TEST_CASE("every offer problem is reported on its own line with error or warning") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "offers.csv",
            std::string(kOffersHeader) +
                "a-2;cpas-inconnu;Logement;;T;;;;;2027-01-01;2027-02-01;;;;;\n"
                "a-3;hets;Logement;metier-x;T;;;;;2027-01-01;2027-02-01;;;;;\n"
                "a-4;hets;;;;;;;;2027-01-01;2027-02-01;;;;;\n"
                "a-2;hets;Logement;;T;;;;;2027-01-01;2027-02-01;;;;;\n"
                "a-6;hets;Logement;;T;;;;;2027-13-01;2027-02-01;;;;;\n"
                "a-7;hets;Logement;;T;;;;;2027-03-01;2027-02-01;;;;;\n"
                "a-8;hets;Logement;;T;;;;;2027-03-01;2027-04-01;;2026-11-01;;;\n"
                "a-9;hets;Logement;;T;;;;;2026-01-05;2026-03-01;;;;;\n");
  auto d = check(src);
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "offers.csv:2: error:", "unknown organisation \"cpas-inconnu\""));
  CHECK(hasDiagnostic(d, "offers.csv:3: error:", "unknown career \"metier-x\""));
  CHECK(hasDiagnostic(d, "offers.csv:4: error:", "missing service (a required field)"));
  CHECK(hasDiagnostic(d, "offers.csv:4: error:", "missing title (a required field)"));
  CHECK(hasDiagnostic(d, "offers.csv:5: error:", "duplicate id \"a-2\" (first on line 2)"));
  CHECK(hasDiagnostic(d, "offers.csv:6: error:", "invalid start date \"2027-13-01\""));
  CHECK(hasDiagnostic(d, "offers.csv:7: error:", "ends (2027-02-01) before it starts"));
  CHECK(hasDiagnostic(d, "offers.csv:8: warning:", "deadline (2026-11-01) is already past"));
  CHECK(hasDiagnostic(d, "offers.csv:9: warning:", "already ended (2026-03-01)"));
  // Each row reported once per problem, all of them in one run: nothing hides behind the first.
  CHECK(errorCount(d) == 7);
}

TEST_CASE("missing translations are warnings pointing at the file to write") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);  // pack.txt lists fr, nl
  auto d = check(src);
  INFO(allOf(d));
  CHECK(errorCount(d) == 0);
  CHECK(hasDiagnostic(d, "careers/assistant-social.txt: warning:",
                      "missing nl translation (careers/assistant-social.nl.txt)"));
  CHECK(hasDiagnostic(d, "offers.csv:1: warning:", "no column title@nl"));

  writeFile(src / "careers/assistant-social.nl.txt", "title: Maatschappelijk werker\n\nTekst.\n");
  writeFile(src / "careers/inconnu.nl.txt", "title: X\npitch: Y\n");
  writeFile(src / "careers/assistant-social.xx.txt", "title: X\npitch: Y\n");
  std::string offers = readFile(src / "offers.csv");
  offers.replace(offers.find("apply_url"), 9, "apply_url;title@nl");
  offers.replace(offers.find("https://example.org/a"), 21, "https://example.org/a;Ontdekking");
  offers.replace(offers.rfind(";;\n"), 3, ";;;\n");
  writeFile(src / "offers.csv", offers);
  d = check(src);
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "careers/assistant-social.nl.txt: warning:", "translation of pitch"));
  CHECK(hasDiagnostic(d, "careers/inconnu.nl.txt: error:", "unknown career \"inconnu\""));
  CHECK(hasDiagnostic(d, "careers/assistant-social.xx.txt: warning:", "\"xx\""));
  CHECK(hasDiagnostic(d, "offers.csv:3: warning:", "missing nl translation of title"));
  CHECK_FALSE(hasDiagnostic(d, "offers.csv:2:", "translation"));
  CHECK_FALSE(hasDiagnostic(d, "offers.csv:1:", "title@nl"));
}

TEST_CASE("images: missing, too small and over the limits, at the line that names them") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  auto small = tinyPng(120, 90);
  writeFile(src / "images/educateur.png", std::string(small.begin(), small.end()));
  writeFile(src / "careers/assistant-social.txt",
            "title: A\npitch: B\nimage: absente.png\n\nCorps.\n");
  auto d = check(src);
  INFO(allOf(d));
  CHECK(hasDiagnostic(
      d, "careers/assistant-social.txt:3: error:", "image not found: images/absente.png"));
  CHECK(hasDiagnostic(d, "images/educateur.png: error:", "too small (120x90)"));

  auto huge = tinyPng(16, 16);
  for (int off : {16, 20})  // IHDR claims 20000 pixels a side
    for (int i = 0; i < 4; ++i) huge[off + i] = static_cast<uint8_t>(20000u >> (24 - 8 * i));
  writeFile(src / "images/educateur.png", std::string(huge.begin(), huge.end()));
  d = check(src);
  CHECK(hasDiagnostic(d, "images/educateur.png: error:", "too large"));
}

TEST_CASE("a Windows-1252 CSV from Excel is converted, with a warning saying how to avoid it") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  // é = 0xE9, ’ = 0x92, € = 0x80, œ = 0x9C in Windows-1252.
  writeFile(src / "organisations.csv",
            "id;kind;name;city;region;country;website\n"
            "cpas-ath;cpas;CPAS d\x92"
            "Ath \x80 \x9C"
            "uvre;Ath;W;BE;\n"
            "hets;school;HETS;Gen\xE8ve;GE;CH;\n");
  std::vector<Diagnostic> d;
  Sources s = readSources(src, d, kToday);
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "organisations.csv:1: warning:",
                      "converted from Windows-1252; save as \"CSV UTF-8\" to silence this"));
  CHECK(errorCount(d) == 0);
  REQUIRE(s.catalogue.organisation("hets"));
  CHECK(s.catalogue.organisation("hets")->city == "Genève");
  CHECK(s.catalogue.organisation("cpas-ath")->name == "CPAS d’Ath € œuvre");

  // 0x81 means nothing in Windows-1252: that file is in some other encoding, refuse it.
  writeFile(src / "organisations.csv", "id;kind;name\nx;cpas;A\x81\n");
  d.clear();
  readSources(src, d, kToday);
  CHECK(hasDiagnostic(d, "organisations.csv:2: error:", "not UTF-8"));
}

TEST_CASE("events, schools and quiz rows are validated like offers") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "events.csv",
            "id;kind;title;organisation;date;start_time;end_time;city;place;url;description\n"
            "jpo;open_day;Portes ouvertes;hets;2027-03-14;10:00;16:00;Genève;;https://x.org;\n"
            "e2;party;Fête;nulle-part;2027-02-30;25:00;;;;ftp://x;\n"
            "e3;fair;Salon;;2026-10-01;14:00;11:00;;;;\n"
            "jpo;fair;;;;;;;;;\n");
  writeFile(src / "schools.csv",
            "id;name;city;region;country;website;careers;diplomas\n"
            "hets;HETS Genève;Genève;GE;CH;https://www.hesge.ch;educateur-specialise;Bachelor\n"
            "x;École X;;;Suisse;;metier-x;\n");
  writeFile(src / "quiz.csv",
            "question;question_text;answer;weights\n"
            "q1;Vous aimez ?;Les enfants;educateur-specialise:3\n"
            "q1;;Les droits;assistant-social:2|educateur-specialise:1\n"
            "q2;Seule ?;Oui;metier-x:9\n"
            "q1;;Tard;assistant-social:1\n");
  auto d = check(src);
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "events.csv:3: error:", "unknown kind \"party\""));
  CHECK(hasDiagnostic(d, "events.csv:3: error:", "unknown organisation \"nulle-part\""));
  CHECK(hasDiagnostic(d, "events.csv:3: error:", "invalid date \"2027-02-30\""));
  CHECK(hasDiagnostic(d, "events.csv:3: error:", "invalid start_time \"25:00\""));
  CHECK(hasDiagnostic(d, "events.csv:3: error:", "url must start with https://"));
  CHECK(hasDiagnostic(d, "events.csv:4: warning:", "already past"));
  CHECK(hasDiagnostic(d, "events.csv:4: error:", "ends (11:00) before it starts (14:00)"));
  CHECK(hasDiagnostic(d, "events.csv:5: error:", "duplicate id \"jpo\""));
  CHECK(hasDiagnostic(d, "events.csv:5: error:", "missing title"));
  CHECK(hasDiagnostic(d, "events.csv:5: error:", "missing date"));
  CHECK(hasDiagnostic(d, "schools.csv:3: error:", "unknown career \"metier-x\""));
  CHECK(hasDiagnostic(d, "schools.csv:3: error:", "two-letter ISO code"));
  CHECK(hasDiagnostic(d, "quiz.csv:4: error:", "points 1 to 5"));
  CHECK(hasDiagnostic(d, "quiz.csv:4: error:", "question \"q2\" needs at least two answers"));
  CHECK(hasDiagnostic(d, "quiz.csv:5: error:", "must follow each other (it started on line 2)"));
}

TEST_CASE("warnings alone do not stop the build; the events, schools and quiz read back") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "events.csv",
            "id;kind;title;organisation;date;start_time;end_time;city;place;url;description;"
            "title@nl\n"
            "jpo;open_day;Portes ouvertes;hets;2027-03-14;10:00;16:00;Genève;Rue 1;;Venez !;"
            "Opendeur\n"
            "old;fair;Salon passé;;2026-10-01;;;Mons;;;;Oude beurs\n");
  writeFile(src / "schools.csv",
            "id;name;city;region;country;website;careers;diplomas\n"
            "hets;HETS Genève;Genève;GE;CH;https://www.hesge.ch;educateur-specialise;Bachelor\n");
  writeFile(src / "quiz.csv",
            "question;question_text;answer;weights\n"
            "q1;Vous aimez ?;Les enfants;educateur-specialise:3\n"
            "q1;;Les droits;assistant-social:2|educateur-specialise:1\n");
  fs::path out = tmp.path / "w.kpack";
  auto d = buildPack(src, out, kToday);
  INFO(allOf(d));
  CHECK(errorCount(d) == 0);
  CHECK(hasDiagnostic(d, "events.csv:3: warning:", "already past"));
  REQUIRE(fs::exists(out));
  auto pack = Pack::open(out);
  const Catalogue& c = pack->catalogue();
  REQUIRE(c.events.size() == 2);
  CHECK(c.events[0].id == "old");  // by date
  CHECK(c.events[1].title == "Portes ouvertes");
  CHECK(c.events[1].place == "Rue 1");
  CHECK(c.events[1].startTime == "10:00");
  REQUIRE(c.schools.size() == 1);
  CHECK(c.schools[0].careers == std::vector<std::string>{"educateur-specialise"});
  REQUIRE(c.quiz.size() == 1);
  REQUIRE(c.quiz[0].answers.size() == 2);
  CHECK(c.quiz[0].answers[1].text == "Les droits");
  CHECK(c.quiz[0].answers[1].weights.at("assistant-social") == 2);
  CHECK(c.quiz[0].answers[1].weights.at("educateur-specialise") == 1);
  pack->setLanguage("nl");
  CHECK(pack->catalogue().events[1].title == "Opendeur");
  CHECK(pack->catalogue().events[1].description == "Venez !");  // no translation: French stays
}

namespace {

// Runs `kioskctl pack ...` in-process and captures what an editor would read in the terminal.
struct Ctl {
  int status = 0;
  std::string out, err;
  explicit Ctl(const ctl::Args& args) {
    std::ostringstream o, e;
    auto* oldOut = std::cout.rdbuf(o.rdbuf());
    auto* oldErr = std::cerr.rdbuf(e.rdbuf());
    status = ctl::pack(args);
    std::cout.rdbuf(oldOut);
    std::cerr.rdbuf(oldErr);
    out = o.str();
    err = e.str();
  }
};

}  // namespace

TEST_CASE("kioskctl pack check prints file:line: severity: message with the folder, and counts") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "offers.csv", std::string(kOffersHeader) +
                                    "z;nulle-part;Logement;;T;;;;;2027-01-01;2027-02-01;;;;;\n");
  Ctl bad({"check", src.string()});
  INFO(bad.err);
  CHECK(bad.status == 1);
  CHECK(bad.err.find((src / "offers.csv").string() +
                     ":2: error: unknown organisation \"nulle-part\"\n") != std::string::npos);
  CHECK(bad.err.find((src / "careers/assistant-social.txt").string() +
                     ": warning: missing nl translation") != std::string::npos);
  CHECK(bad.err.find("1 error(s), 3 warning(s)") != std::string::npos);
  CHECK(bad.err.find((src / "offers.csv").string() + ": 1 record(s) read\n") != std::string::npos);
  {  // The same run for a French-speaking editor: every sentence in French, none in English.
    msg::setLanguage(msg::Lang::Fr);
    Ctl fr({"check", src.string()});
    msg::setLanguage(msg::Lang::En);
    INFO(fr.err);
    CHECK(fr.err.find((src / "offers.csv").string() +
                      ":2: erreur: organisation inconnue « nulle-part »\n") != std::string::npos);
    CHECK(fr.err.find("1 erreur(s), 3 avertissement(s)") != std::string::npos);
    CHECK(fr.err.find((src / "offers.csv").string() + " : 1 enregistrement(s) lu(s)\n") !=
          std::string::npos);
    CHECK(fr.err.find("error") == std::string::npos);
    CHECK(fr.err.find("warning") == std::string::npos);
  }
  CHECK_FALSE(fs::exists(tmp.path / "x.kpack"));

  writeSources(src);
  Ctl good({"check", src.string()});
  CHECK(good.status == 0);  // warnings only
  Ctl built({"build", src.string(), "-o", (tmp.path / "x.kpack").string()});
  INFO(built.err);
  CHECK(built.status == 0);
  CHECK(built.err.find("pack written") != std::string::npos);
  CHECK(built.out.find("content hash: ") != std::string::npos);

  Ctl same({"diff", (tmp.path / "x.kpack").string(), (tmp.path / "x.kpack").string()});
  CHECK(same.status == 0);
  CHECK(same.out == "0 added, 0 removed, 0 changed\n");
  Ctl usage({"check"});
  CHECK(usage.status == 2);
}

TEST_CASE("offer details: tasks, weeks, languages, programme, documents, how to apply") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "offers.csv",
            "id;organisation;service;title;title@nl;start;end;tasks;tasks@nl;weeks;languages;"
            "programme;documents;how_to_apply;how_to_apply@nl\n"
            "q;hets;Protection de la jeunesse;Stage au Québec;Stage in Québec;2027-04-05;"
            "2027-06-25;Suivi en famille|Réunions cliniques;Gezinsbegeleiding|Klinische "
            "vergaderingen;12;fr|en;Échange Québec (OFQJ);cv|motivation_letter;Écrivez à "
            "l'IRTS avant le 15 janvier.;Schrijf naar het IRTS.\n"
            "x;hets;Logement;T;T nl;2027-04-05;2027-06-25;;;0;français;;photo;;\n"
            "y;hets;Logement;T;T nl;2027-04-05;2027-06-25;;;douze;;;;;\n");
  auto d = check(src);
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "offers.csv:3: error:", "weeks must be a whole number from 1 to 52"));
  CHECK(hasDiagnostic(d, "offers.csv:3: error:", "\"français\""));
  CHECK(hasDiagnostic(d, "offers.csv:3: error:", "unknown document \"photo\""));
  CHECK(hasDiagnostic(d, "offers.csv:4: error:", "got \"douze\""));
  CHECK(errorCount(d) == 4);

  std::string offers = readFile(src / "offers.csv");
  writeFile(src / "offers.csv", offers.substr(0, offers.find("\nx;") + 1));
  fs::path out = tmp.path / "d.kpack";
  REQUIRE(errorCount(buildPack(src, out, kToday)) == 0);
  Catalogue fr = openPack(out, "fr");
  const Offer* q = fr.offer("q");
  REQUIRE(q);
  CHECK(q->tasks == std::vector<std::string>{"Suivi en famille", "Réunions cliniques"});
  CHECK(q->weeks == 12);
  CHECK(q->languages == std::vector<std::string>{"fr", "en"});
  CHECK(q->programme == "Échange Québec (OFQJ)");
  CHECK(q->documents == std::vector<std::string>{"cv", "motivation_letter"});
  CHECK(q->howToApply == "Écrivez à l'IRTS avant le 15 janvier.");
  Catalogue nl = openPack(out, "nl");
  CHECK(nl.offer("q")->tasks ==
        std::vector<std::string>{"Gezinsbegeleiding", "Klinische vergaderingen"});
  CHECK(nl.offer("q")->howToApply == "Schrijf naar het IRTS.");
  CHECK(nl.offer("q")->programme == "Échange Québec (OFQJ)");  // not translated: French
}

TEST_CASE("careers: tags, audiences, testimonial; organisations: contact and logo") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "organisations.csv",
            "id;kind;name;city;region;country;website;contact;logo\n"
            "cpas-ath;cpas;CPAS d'Ath;Ath;Wallonie;BE;;stages@cpas-ath.example;ath.png\n"
            "hets;school;HETS;Genève;GE;CH;;;absent.png\n");
  auto logo = tinyPng(40, 40);
  writeFile(src / "images/ath.png", std::string(logo.begin(), logo.end()));
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner.\ntags: droits|CPAS\n"
            "audiences: pupils|retirees\ntestimonial: « Chaque jour est différent. »\n\nCorps.\n");
  auto d = check(src);
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "organisations.csv:3: error:", "image not found: images/absent.png"));
  CHECK(hasDiagnostic(d, "images/ath.png: error:", "too small (40x40), at least 64 px"));
  CHECK(
      hasDiagnostic(d, "careers/assistant-social.txt:4: error:", "unknown audience \"retirees\""));
  CHECK(hasDiagnostic(d, "careers/assistant-social.txt:5: error:", "testimonial_name"));
  CHECK(errorCount(d) == 4);

  logo = tinyPng(120, 80);
  writeFile(src / "images/ath.png", std::string(logo.begin(), logo.end()));
  writeFile(src / "organisations.csv",
            "id;kind;name;city;region;country;website;contact;logo\n"
            "cpas-ath;cpas;CPAS d'Ath;Ath;Wallonie;BE;;stages@cpas-ath.example;ath.png\n"
            "hets;school;HETS;Genève;GE;CH;;;\n");
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner.\ntags: droits|CPAS\n"
            "audiences: pupils|career_changers\ntestimonial: « Chaque jour est différent. »\n"
            "testimonial_name: Samira\ntestimonial_role: assistante sociale au CPAS\n\nCorps.\n");
  writeFile(src / "careers/assistant-social.nl.txt",
            "title: Maatschappelijk assistent\npitch: Begeleiden.\ntags: rechten|OCMW\n"
            "testimonial: “Elke dag is anders.”\ntestimonial_role: maatschappelijk assistente\n");
  fs::path out = tmp.path / "v2.kpack";
  auto diags = buildPack(src, out, kToday);
  INFO(allOf(diags));
  REQUIRE(errorCount(diags) == 0);
  auto pack = Pack::open(out);
  const Organisation* ath = pack->catalogue().organisation("cpas-ath");
  REQUIRE(ath);
  CHECK(ath->contact == "stages@cpas-ath.example");
  CHECK(ath->logo == "ath.png");
  CHECK_FALSE(pack->imageBytes("ath.png").empty());
  const Career* a = pack->catalogue().career("assistant-social");
  REQUIRE(a);
  CHECK(a->tags == std::vector<std::string>{"droits", "CPAS"});
  CHECK(a->audiences == std::vector<std::string>{"pupils", "career_changers"});
  CHECK(a->testimonial == "« Chaque jour est différent. »");
  CHECK(a->testimonialName == "Samira");
  pack->setLanguage("nl");
  a = pack->catalogue().career("assistant-social");
  CHECK(a->testimonial == "“Elke dag is anders.”");
  CHECK(a->testimonialName == "Samira");
  CHECK(a->testimonialRole == "maatschappelijk assistente");
  CHECK(a->tags == std::vector<std::string>{"rechten", "OCMW"});
}

TEST_CASE("careers: the domain is one of the shared ids, checked at its line, and reads back") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner.\n"
            "domain: social\n\nCorps.\n");
  writeFile(src / "careers/educateur-specialise.txt",
            "title: Éducateur·rice spécialisé·e\npitch: Aider.\n\nCorps.\n");
  auto d = check(src);
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "careers/assistant-social.txt:3: error:",
                      "unknown domain \"social\" (expected one of: accompagnement, education, "
                      "enfance, insertion, animation, encadrement)"));
  CHECK(hasDiagnostic(d, "careers/educateur-specialise.txt: warning:", "no domain"));
  CHECK(errorCount(d) == 1);

  // A translation does not repeat the domain: it is an id, the same in every language.
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner.\n"
            "domain: accompagnement\n\nCorps.\n");
  writeFile(src / "careers/assistant-social.nl.txt",
            "title: Maatschappelijk assistent\npitch: Begeleiden.\n");
  fs::path out = tmp.path / "v3.kpack";
  auto diags = buildPack(src, out, kToday);
  INFO(allOf(diags));
  REQUIRE(errorCount(diags) == 0);
  auto pack = Pack::open(out, "nl");
  REQUIRE(pack->catalogue().career("assistant-social"));
  CHECK(pack->catalogue().career("assistant-social")->domain == "accompagnement");
  CHECK(pack->catalogue().career("educateur-specialise")->domain.empty());
}
