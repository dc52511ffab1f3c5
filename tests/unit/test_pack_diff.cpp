// `kioskctl pack diff`: what an editor's change did to careers, offers and events.
#include "pack_diff.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> lines(const std::vector<PackChange>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) out.push_back(formatChange(c));
  return out;
}

}  // namespace

TEST_CASE("added, removed and changed items are listed with the fields that changed") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  REQUIRE(errorCount(buildPack(src, tmp.path / "old.kpack")) == 0);

  fs::remove(src / "careers/assistant-social.txt");
  writeFile(src / "careers/mediateur.txt", "title: Médiateur·rice\npitch: Renouer le dialogue.\n");
  std::string career = readFile(src / "careers/educateur-specialise.txt");
  career.replace(career.find("duration: 3 ans"), 15, "duration: 4 ans");
  writeFile(src / "careers/educateur-specialise.txt", career);
  writeFile(
      src / "offers.csv",
      std::string(kOffersHeader) +
          "ath-1;cpas-ath;Service social général;educateur-specialise;"
          "Stage « découverte »;\"Vous suivez des dossiers; avec \"\"soin\"\".\";Ath;Wallonie;"
          "2|3;2027-02-08;2027-05-21;3;2027-01-08;;desk|pc|mentor;https://example.org/a\n"
          "new-1;hets;Logement;;Nouveau;;Genève;Genève;1;2027-03-01;2027-06-25;;;;;\n");
  REQUIRE(errorCount(buildPack(src, tmp.path / "new.kpack")) == 0);

  auto before = Pack::open(tmp.path / "old.kpack"), after = Pack::open(tmp.path / "new.kpack");
  auto changes = lines(diffCatalogues(before->catalogue(), after->catalogue()));
  std::string all;
  for (const auto& l : changes) all += l + "\n";
  INFO(all);
  CHECK(changes == std::vector<std::string>{
                       "- career assistant-social \"Assistant·e de service social\"",
                       "~ career educateur-specialise: duration",
                       "+ career mediateur \"Médiateur·rice\"",
                       "~ offer ath-1: careers, places, deadline",
                       "- offer hets-1 \"Accueil en foyer\"", "+ offer new-1 \"Nouveau\""});
}

TEST_CASE("a pack compared with itself has no changes") {
  TempDir tmp;
  writeSources(tmp.path / "src");
  REQUIRE(errorCount(buildPack(tmp.path / "src", tmp.path / "a.kpack")) == 0);
  auto a = Pack::open(tmp.path / "a.kpack");
  CHECK(diffCatalogues(a->catalogue(), a->catalogue()).empty());
}

TEST_CASE("a changed translation shows as field@lang, a changed French text once") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);  // fr, nl
  writeFile(src / "careers/assistant-social.nl.txt",
            "title: Maatschappelijk werker\npitch: Mensen helpen.\n\nTekst.\n");
  writeFile(src / "offers.csv",
            "id;organisation;service;title;title@nl;start;end\n"
            "a;cpas-ath;Logement;Stage A;Stage A nl;2027-02-08;2027-05-21\n"
            "b;cpas-ath;Logement;Stage B;;2027-02-08;2027-05-21\n");
  REQUIRE(errorCount(buildPack(src, tmp.path / "old.kpack")) == 0);
  writeFile(src / "careers/assistant-social.nl.txt",
            "title: Maatschappelijk assistent\npitch: Mensen helpen.\n\nTekst.\n");
  writeFile(src / "offers.csv",
            "id;organisation;service;title;title@nl;start;end\n"
            "a;cpas-ath;Logement;Stage A;Stage A nl;2027-02-08;2027-05-28\n"
            "b;cpas-ath;Logement;Stage B2;;2027-02-08;2027-05-21\n");
  REQUIRE(errorCount(buildPack(src, tmp.path / "new.kpack")) == 0);
  auto before = Pack::open(tmp.path / "old.kpack"), after = Pack::open(tmp.path / "new.kpack");
  CHECK(lines(diffPacks(*before, *after)) ==
        std::vector<std::string>{"~ career assistant-social: title@nl", "~ offer a: end",
                                 "~ offer b: title"});
  CHECK(after->catalogue().language == "fr");  // diffPacks leaves both packs in French
}
