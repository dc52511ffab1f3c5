// Organisation keys in the pack sources (keys/<id>.public, keys/stand.public) and the announced
// retention: checked by `pack check`, carried in the pack under its content hash.
#include "ctl.h"
#include "key_sources.h"
#include "pack_sources.h"
#include "sealing.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;

namespace {

const SourceOptions kCheck{"2026-11-23", false};

std::vector<Diagnostic> check(const fs::path& src) {
  std::vector<Diagnostic> diags;
  readSources(src, diags, kCheck);
  return diags;
}

// A key pair made the way an organisation makes it; the public half copied into keys/.
void giveKey(const fs::path& src, const fs::path& office, const std::string& id) {
  REQUIRE(newOrgKeys(office, id).size() == 2);
  fs::create_directories(src / "keys");
  fs::copy_file(office / (id + ".public"), src / "keys" / (id + ".public"));
}

void addContacts(const fs::path& src) {
  writeFile(src / "organisations.csv",
            "id;kind;name;city;region;country;website;contact\n"
            "cpas-ath;cpas;CPAS d'Ath;Ath;Wallonie;BE;https://www.example.org/cpas-ath;"
            "stages@cpas-ath.example.org\n"
            "hets;school;HETS;Genève;Genève;CH;;+41 22 388 95 00\n");
}

}  // namespace

TEST_CASE("pack keys: carried in the pack, under the content hash, with the retention") {
  TempDir tmp;
  const fs::path src = tmp.path / "src", office = tmp.path / "office";
  writeSources(src);
  addContacts(src);
  writeFile(src / "pack.txt", readFile(src / "pack.txt") + "retention_days: 365\n");
  giveKey(src, office, "cpas-ath");
  giveKey(src, office, "hets");
  CHECK(allOf(check(src)).find("keys/") == std::string::npos);  // no key problem at all
  buildPack(src, tmp.path / "a.kpack");
  auto pack = Pack::open(tmp.path / "a.kpack");
  const PackMeta& m = pack->catalogue().meta;
  CHECK(m.retentionDays == 365);
  REQUIRE(m.orgKeys.size() == 2);
  std::string id;
  auto pub = readOrgPublicKey(office / "hets.public", &id);
  REQUIRE(pub.has_value());
  CHECK(sealingKeysOf(m.orgKeys, m.standKey).orgs.at("hets") == *pub);
  // Another key for the same organisation: another content hash.
  fs::remove(src / "keys" / "hets.public");
  giveKey(src, tmp.path / "office2", "hets");
  buildPack(src, tmp.path / "b.kpack");
  CHECK(Pack::open(tmp.path / "b.kpack")->catalogue().meta.contentHash != m.contentHash);
}

TEST_CASE("pack check: malformed, secret or unknown keys are errors; stand-key fallback warns") {
  TempDir tmp;
  const fs::path src = tmp.path / "src", office = tmp.path / "office";
  writeSources(src);
  addContacts(src);
  giveKey(src, office, "cpas-ath");
  writeFile(src / "keys" / "hets.public", "vitrine-org-public-v1 12ab hets\n");
  giveKey(src, office, "cpas-inconnu");
  auto diags = check(src);
  CHECK(hasDiagnostic(diags, "keys/hets.public:1: error", "64 hexadecimal digits"));
  CHECK(hasDiagnostic(diags, "keys/cpas-inconnu.public", "no organisation \"cpas-inconnu\""));
  // hets has no valid key and there is no stand key: its box will not be offered.
  CHECK(hasDiagnostic(diags, "keys/", "\"hets\" has no key and there is no stand key"));

  fs::remove(src / "keys" / "hets.public");
  fs::remove(src / "keys" / "cpas-inconnu.public");
  giveKey(src, office, "stand");
  diags = check(src);
  CHECK(hasDiagnostic(diags, "keys/", "\"hets\" has no key of its own"));
  CHECK_FALSE(hasDiagnostic(diags, "keys/", "\"cpas-ath\" has no key"));

  // A secret key never belongs in the sources.
  fs::copy_file(office / "cpas-ath.secret", src / "keys" / "cpas-ath.secret");
  CHECK(hasDiagnostic(check(src), "keys/cpas-ath.secret", "SECRET key"));
}

TEST_CASE(
    "pack check: an organisation that can receive leads needs a contact to withdraw consent") {
  TempDir tmp;
  const fs::path src = tmp.path / "src";
  writeSources(src);  // organisations without a contact column
  giveKey(src, tmp.path / "office", "cpas-ath");
  auto diags = check(src);
  // An error, not a warning: the pack is not written (the notice must say how to withdraw).
  CHECK(hasDiagnostic(diags, "organisations.csv: error:",
                      "\"cpas-ath\" can receive contact details but has no contact"));
  CHECK(buildPack(src, tmp.path / "no-contact.kpack").size() > 0);
  CHECK_FALSE(fs::exists(tmp.path / "no-contact.kpack"));
  CHECK_FALSE(hasDiagnostic(diags, "organisations.csv", "\"hets\" can receive"));  // it cannot
  writeFile(src / "pack.txt", readFile(src / "pack.txt") + "retention_days: toujours\n");
  CHECK(hasDiagnostic(check(src), "pack.txt", "retention_days must be a number of days"));
}
