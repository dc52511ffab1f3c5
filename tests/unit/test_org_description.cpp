// Organisation descriptions in packs: read, translated, validated by pack check, kept by old packs.
#include <string>

#include "pack_sources.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;

namespace {

void writeOrganisations(const fs::path& dir, const std::string& description,
                        const std::string& descriptionNl) {
  writeFile(dir / "organisations.csv",
            "id;kind;name;city;region;country;website;description;description@nl\n"
            "cpas-ath;cpas;CPAS d'Ath;Ath;Wallonie;BE;https://www.example.org/cpas-ath;" +
                description + ";" + descriptionNl +
                "\n"
                "hets;school;HETS;Genève;Genève;CH;;;\n");
}

// What `kioskctl pack check` does: images decoded and checked, but not re-encoded.
std::vector<Diagnostic> checkSources(const fs::path& src) {
  std::vector<Diagnostic> diags;
  readSources(src, diags, SourceOptions{"2026-11-23", false});
  return diags;
}

}  // namespace

TEST_CASE("an organisation's description reaches the pack, translated like its name") {
  TempDir t;
  writeSources(t.path / "src");
  writeOrganisations(t.path / "src", "Le CPAS aide chacun·e à vivre dignement.",
                     "Het OCMW helpt iedereen menswaardig te leven.");
  auto problems = buildPack(t.path / "src", t.path / "p.kpack");
  INFO(allOf(problems));
  REQUIRE(errorCount(problems) == 0);
  auto fr = openPack(t.path / "p.kpack", "fr");
  CHECK(fr.organisation("cpas-ath")->description == "Le CPAS aide chacun·e à vivre dignement.");
  auto nl = openPack(t.path / "p.kpack", "nl");
  CHECK(nl.organisation("cpas-ath")->description ==
        "Het OCMW helpt iedereen menswaardig te leven.");
  CHECK(nl.organisation("hets")->description.empty());
}

TEST_CASE("pack check: a description too long for the card is an error at its line") {
  TempDir t;
  writeSources(t.path);
  std::string longText;
  while (longText.size() < 700) longText += "Le CPAS accompagne les habitant·es. ";
  writeOrganisations(t.path, longText, "Kort.");
  auto problems = checkSources(t.path);
  CHECK(hasDiagnostic(problems, "organisations.csv:2: error", "description is"));
}

TEST_CASE("pack check: a description without its Dutch translation is a warning on its row") {
  TempDir t;
  writeSources(t.path);
  writeOrganisations(t.path, "Le CPAS aide chacun·e à vivre dignement.", "");
  auto problems = checkSources(t.path);
  CHECK(errorCount(problems) == 0);
  CHECK(hasDiagnostic(problems, "organisations.csv:2: warning", "description"));
}
