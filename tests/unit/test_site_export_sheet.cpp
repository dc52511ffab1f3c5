// `kioskctl site export`: the static page shows what the kiosk's stage sheet shows.
#include <string>

#include "ctl.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;

TEST_CASE("the static site shows tasks, weeks, programme, documents, how to apply, contact") {
  TempDir t;
  writeSources(t.path / "src");
  writeFile(t.path / "src/organisations.csv",
            "id;kind;name;city;region;country;website;contact\n"
            "cpas-ath;cpas;CPAS d'Ath;Ath;Wallonie;BE;https://www.example.org/cpas-ath;"
            "stages@cpas-ath.example.org\n"
            "hets;school;HETS;Genève;Genève;CH;;\n");
  writeFile(t.path / "src/offers.csv",
            "id;organisation;service;careers;title;city;region;years;start;end;welcome;tasks;"
            "weeks;programme;documents;how_to_apply\n"
            "ath-1;cpas-ath;Service social général;assistant-social;Stage complet;Ath;Wallonie;3;"
            "2027-02-08;2027-05-21;desk|driving_licence;Accueillir les demandeurs;15;Erasmus+;"
            "cv|criminal_record;Écrivez au contact des stages.\n");
  auto problems = buildPack(t.path / "src", t.path / "p.kpack");
  INFO(allOf(problems));
  REQUIRE(errorCount(problems) == 0);
  REQUIRE(ctl::site({"export", (t.path / "p.kpack").string(), "-o", (t.path / "site").string()}) ==
          0);
  const std::string html = readFile(t.path / "site/index.html");
  CHECK(html.find("Accueillir les demandeurs") != std::string::npos);
  CHECK(html.find("15 semaines") != std::string::npos);
  CHECK(html.find("Erasmus+") != std::string::npos);
  CHECK(html.find("Extrait de casier judiciaire") != std::string::npos);
  CHECK(html.find("Écrivez au contact des stages.") != std::string::npos);
  CHECK(html.find("mailto:stages@cpas-ath.example.org") != std::string::npos);
  // The driving licence is listed as what the host requires, not among what it offers.
  const auto requires_ = html.find("L’organisation demande : Permis de conduire requis");
  CHECK(requires_ != std::string::npos);
  CHECK(html.find("L’organisation vous offre : Bureau</p>") != std::string::npos);
}
