// Sealed contact details: what the visitor file holds, what each organisation's key opens, and
// what kioskctl leads export / merge / erase do with and without the keys.
#include <sys/stat.h>

#include "messages_language.h"
#include "sealed_file.h"
#include "sealing.h"
#include "sqlite.h"
#include "staff_export.h"
#include "store.h"
#include "test_store_helpers.h"

using namespace storetest;
using vitrine::OrgKeyPair;
using vitrine::SealingKeys;
using vitrine::StoredLead;
using vitrine::Submission;
using vitrine::VisitorStore;

namespace {

// Two organisations with their own key pairs, made the way an organisation makes them.
struct Keys {
  TempDir dir{"keys"};
  fs::path secret(const std::string& org) { return dir.path / (org + ".secret"); }
  SealingKeys pub;
  explicit Keys(std::initializer_list<const char*> orgs) {
    for (const char* org : orgs) {
      auto r = runCtl(vitrine::ctl::keys, {"new", "--org", org, "-o", dir.path.string()});
      REQUIRE(r.status == 0);
      std::string id;
      auto k = vitrine::readOrgPublicKey(dir.path / (std::string(org) + ".public"), &id);
      REQUIRE(k.has_value());
      CHECK(id == org);
      pub.orgs[org] = *k;
    }
  }
};

Submission visitor(const std::string& email, std::vector<std::string> orgs) {
  Submission s;
  s.profile = "student:2";
  s.consent = !orgs.empty();
  s.consentOrgIds = std::move(orgs);
  s.consentVersion = "v1";
  s.personal = {"Anaïs", email, "+32470123456", "4000", "Un stage en MRS ?"};
  return s;
}

}  // namespace

TEST_CASE("keys new --org: a private secret with its warning, a public key for the pack editor") {
  {  // the warning in the secret file speaks the language kioskctl speaks
    const vitrine::test::InLanguage english(vitrine::msg::Lang::En);
    Keys keys{"cpas-namur"};
    const std::string text = fileBytes(keys.secret("cpas-namur"));
    CHECK(text.find("# Secret key of \"cpas-namur\": it alone opens its contacts. Keep it at "
                    "the office") != std::string::npos);
    CHECK(text.find("Gardez") == std::string::npos);
  }
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);
  Keys keys{"cpas-liege"};
  struct stat st {};
  REQUIRE(::stat(keys.secret("cpas-liege").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  const std::string text = fileBytes(keys.secret("cpas-liege"));
  CHECK(text.find("# Clé secrète de « cpas-liege » : elle seule ouvre ses contacts. Gardez-la au "
                  "bureau") != std::string::npos);
  // Never overwritten: a second `keys new` would orphan every lead sealed to the first.
  auto again =
      runCtl(vitrine::ctl::keys, {"new", "--org", "cpas-liege", "-o", keys.dir.path.string()});
  CHECK(again.status == 1);
  CHECK(fileBytes(keys.secret("cpas-liege")) == text);
}

TEST_CASE("sealed at save: no contact detail in the file, each organisation opens only its own") {
  TempDir dir;
  Keys keys{"cpas-liege", "cpas-namur"};
  const fs::path db = dir.path / "visitors.db";
  {
    VisitorStore store(db, "borne-1", "salon");
    store.setSealingKeys(keys.pub);
    store.save(visitor("anais.both@exemple.be", {"cpas-liege", "cpas-namur"}), "demo");
    store.save(visitor("only.namur@exemple.be", {"cpas-namur"}), "demo");
    store.save(visitor("nobody@exemple.be", {}), "demo");
  }
  for (const char* value : {"anais.both@exemple.be", "only.namur@exemple.be", "Anaïs",
                            "+32470123456", "Un stage en MRS"})
    CHECK_MESSAGE(filesContaining(dir.path, value).empty(), value);
  CHECK(scalar(db, "SELECT count(*) FROM personal") == "0");
  CHECK(scalar(db, "SELECT count(*) FROM sealed") == "3");  // one copy per ticked organisation

  auto store = VisitorStore::openForReading(db);
  const OrgKeyPair liege = vitrine::readOrgSecretKey(keys.secret("cpas-liege"));
  const OrgKeyPair namur = vitrine::readOrgSecretKey(keys.secret("cpas-namur"));
  auto forLiege = store.leadsFor("cpas-liege");
  REQUIRE(forLiege.size() == 1);
  CHECK(forLiege[0].submission.personal.email.empty());  // sealed until opened
  CHECK(vitrine::openLeads(forLiege, "cpas-liege", liege) == 0);
  CHECK(forLiege[0].submission.personal.email == "anais.both@exemple.be");
  CHECK(forLiege[0].submission.personal.message == "Un stage en MRS ?");
  // Namur's key opens nothing of Liège's, and Liège's nothing of Namur's.
  auto forNamur = store.leadsFor("cpas-namur");
  REQUIRE(forNamur.size() == 2);
  CHECK(vitrine::openLeads(forNamur, "cpas-namur", liege) == 2);
  for (const auto& l : forNamur) CHECK(l.submission.personal.email.empty());
  auto again = store.leadsFor("cpas-liege");
  CHECK(vitrine::openLeads(again, "cpas-liege", namur) == 1);
  CHECK(again[0].submission.personal.email.empty());
  // A box moved to another row does not open there.
  auto all = store.leads();
  REQUIRE(all.size() == 3);
  CHECK_FALSE(vitrine::openPersonal(all[0].sealed[0].box, all[1].id, "cpas-namur", namur));
}

TEST_CASE("leads export --org: with the key, without it, with the wrong one") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  Keys keys{"cpas-liege", "cpas-namur"};
  const fs::path db = dir.path / "visitors.db";
  {
    VisitorStore store(db, "borne-1", "salon");
    store.setSealingKeys(keys.pub);
    store.save(visitor("lea@exemple.be", {"cpas-liege"}), "demo");
    store.save(visitor("tom@exemple.be", {"cpas-namur"}), "demo");
  }
  auto none = runLeads({"export", "--store", db.string(), "--org", "cpas-liege"});
  CHECK(none.status == 1);
  CHECK(none.err.find("--key cpas-liege.secret") != std::string::npos);
  CHECK(none.out.empty());

  auto wrong = runLeads({"export", "--store", db.string(), "--org", "cpas-liege", "--key",
                         keys.secret("cpas-namur").string()});
  CHECK(wrong.status == 1);
  CHECK(wrong.err.find("n'ouvre pas 1 fiche(s)") != std::string::npos);
  CHECK(wrong.out.find("lea@exemple.be") == std::string::npos);

  auto right = runLeads({"export", "--store", db.string(), "--org", "cpas-liege", "--key",
                         keys.secret("cpas-liege").string()});
  CHECK(right.status == 0);
  CHECK(right.out.find("lea@exemple.be") != std::string::npos);
  CHECK(right.out.find("tom@exemple.be") == std::string::npos);  // only its own leads

  // The key names its organisation; JSON as well.
  auto json = runLeads({"export", "--store", db.string(), "--format", "json", "--key",
                        keys.secret("cpas-namur").string()});
  CHECK(json.status == 0);
  CHECK(json.out.find("\"email\": \"tom@exemple.be\"") != std::string::npos);
  CHECK(json.out.find("lea@exemple.be") == std::string::npos);

  // Without --org: the anonymous interest, and a word about what is sealed.
  auto all = runLeads({"export", "--store", db.string()});
  CHECK(all.status == 0);
  CHECK(all.out.find("@exemple.be") == std::string::npos);
  CHECK(all.err.find("2 fiche(s) ont des coordonnées scellées") != std::string::npos);
}

TEST_CASE(
    "leads merge carries the boxes as they are; leads erase with the keys erases every copy") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  Keys keys{"cpas-liege", "cpas-namur"};
  const fs::path a = dir.path / "a.db", b = dir.path / "b.db", merged = dir.path / "stand.db";
  {
    VisitorStore store(a, "borne-a", "salon");
    store.setSealingKeys(keys.pub);
    store.save(visitor("zoe@exemple.be", {"cpas-liege", "cpas-namur"}), "demo");
    store.save(visitor("max@exemple.be", {"cpas-namur"}), "demo");
  }
  {
    VisitorStore store(b, "borne-b", "salon");
    store.setSealingKeys(keys.pub);
    store.save(visitor("Zoe@Exemple.be", {"cpas-namur"}), "demo");  // the same person, elsewhere
  }
  auto m = runLeads({"merge", a.string(), b.string(), "-o", merged.string()});
  REQUIRE(m.status == 0);
  CHECK(scalar(merged, "SELECT count(*) FROM sealed") == "4");
  CHECK(scalar(merged, "SELECT count(*) FROM personal") == "0");
  // The very bytes: nobody at the merge could open or re-seal them.
  auto before = VisitorStore::openForReading(a).leads();
  auto after = VisitorStore::openForReading(merged).leads();
  for (const auto& l : before)
    for (const auto& m2 : after)
      if (m2.id == l.id) {
        REQUIRE(m2.sealed.size() == l.sealed.size());
        for (size_t i = 0; i < l.sealed.size(); ++i) CHECK(m2.sealed[i].box == l.sealed[i].box);
      }
  CHECK(filesContaining(dir.path, "zoe@exemple.be").empty());
  auto opened =
      runLeads({"export", "--store", merged.string(), "--key", keys.secret("cpas-namur").string()});
  CHECK(opened.out.find("max@exemple.be") != std::string::npos);  // still opens after the merge

  // Without keys nothing sealed can be searched: said, nothing erased.
  auto blind = runLeads({"erase", "--store", merged.string(), "zoe@exemple.be"});
  CHECK(blind.status == 0);
  CHECK(blind.out.find("0 fiche(s) effacée(s)") != std::string::npos);
  CHECK(blind.out.find("--key") != std::string::npos);
  // With Namur's key alone both submissions are found, and Liège's copy goes too.
  auto erase = runLeads({"erase", "--store", merged.string(), "--key",
                         keys.secret("cpas-namur").string(), "zoe@exemple.be"});
  CHECK(erase.status == 0);
  CHECK(erase.out.find("2 fiche(s) effacée(s)") != std::string::npos);
  CHECK(scalar(merged, "SELECT count(*) FROM sealed") == "1");  // max's only
  auto liege =
      runLeads({"export", "--store", merged.string(), "--key", keys.secret("cpas-liege").string()});
  CHECK(liege.out.find("zoe@exemple.be") == std::string::npos);  // Liège's copy is gone
  CHECK(VisitorStore::openForReading(merged).leads().size() == 3);  // the interest stays

  // Purge by age needs no key.
  auto purge = runLeads({"purge", "--store", merged.string(), "--older-than", "0"});
  CHECK(purge.status == 0);
  CHECK(scalar(merged, "SELECT count(*) FROM sealed") == "0");
}

TEST_CASE("migration: a plaintext store is sealed where keys exist, left and flagged where not") {
  TempDir dir;
  Keys keys{"cpas-liege"};
  const fs::path db = dir.path / "visitors.db";
  {
    // What an older Vitrine wrote: contact details in clear (no key known to the store).
    VisitorStore store(db, "borne-1", "salon");
    store.save(visitor("ancien.liege@exemple.be", {"cpas-liege"}), "demo");
    store.save(visitor("ancien.mons@exemple.be", {"cpas-mons"}), "demo");
    store.save(visitor("anonyme@exemple.be", {}), "demo");
  }
  vitrine::sql::Database(db, vitrine::sql::Mode::ReadWriteCreate)
      .exec("PRAGMA user_version = 3; DROP TABLE sealed");
  CHECK(scalar(db, "SELECT count(*) FROM personal") == "2");
  {
    VisitorStore store(db, "borne-1", "salon");  // migrated to v4 (and on) on open
    CHECK(scalar(db, "PRAGMA user_version") == std::to_string(vitrine::kStoreSchemaVersion));
    auto r = store.sealPlaintext(keys.pub);
    CHECK(r.sealed == 1);
    CHECK(r.left == 1);  // cpas-mons has no key: kept, flagged
    auto leads = store.leads();
    REQUIRE(leads.size() == 3);  // not a row lost
    CHECK(leads[0].sealed.size() == 1);
    CHECK_FALSE(leads[0].plaintext);
    CHECK(leads[1].plaintext);
    CHECK(leads[1].submission.personal.email == "ancien.mons@exemple.be");
  }
  CHECK(filesContaining(dir.path, "ancien.liege@exemple.be").empty());
  auto out =
      runLeads({"export", "--store", db.string(), "--key", keys.secret("cpas-liege").string()});
  CHECK(out.out.find("ancien.liege@exemple.be") != std::string::npos);
}

TEST_CASE("staff USB export: one sealed file per organisation, opened by leads open with its key") {
  TempDir dir;
  Keys keys{"cpas-liege", "cpas-namur"};
  VisitorStore store(dir.path / "visitors.db", "borne-1", "salon");
  store.setSealingKeys(keys.pub);
  store.save(visitor("lea@exemple.be", {"cpas-liege", "cpas-namur"}), "demo");
  store.save(visitor("tom@exemple.be", {"cpas-namur"}), "demo");
  fs::create_directories(dir.path / "usb");
  auto r = vitrine::exportLeadsTo(store, dir.path / "usb", "export");
  REQUIRE(r.ok);
  REQUIRE(r.files.size() == 2);
  const fs::path liege = r.folder / "cpas-liege.sealed", namur = r.folder / "cpas-namur.sealed";
  CHECK(fs::exists(liege));
  CHECK(fs::exists(namur));
  for (const char* value : {"lea@exemple.be", "tom@exemple.be", "Anaïs", "+32470123456", "4000"})
    CHECK_MESSAGE(filesContaining(r.folder, value).empty(), value);

  auto opened = runLeads({"open", namur.string(), "--key", keys.secret("cpas-namur").string()});
  CHECK(opened.status == 0);
  CHECK(opened.out.find("lea@exemple.be") != std::string::npos);
  CHECK(opened.out.find("tom@exemple.be") != std::string::npos);
  CHECK(opened.out.find("Un stage en MRS ?") != std::string::npos);

  auto json = runLeads(
      {"open", liege.string(), "--key", keys.secret("cpas-liege").string(), "--format", "json"});
  CHECK(json.status == 0);
  CHECK(json.out.find("\"email\": \"lea@exemple.be\"") != std::string::npos);
  CHECK(json.out.find("tom@exemple.be") == std::string::npos);

  // Liège's key does not open Namur's file, and says whose key it needs.
  auto wrong = runLeads({"open", namur.string(), "--key", keys.secret("cpas-liege").string()});
  CHECK(wrong.status == 1);
  CHECK(wrong.err.find("cpas-namur") != std::string::npos);
  CHECK(wrong.out.empty());
  auto missing = runLeads({"open", namur.string()});
  CHECK(missing.status == 2);
  CHECK(missing.err.find("--key") != std::string::npos);
}

TEST_CASE("a direct save for an organisation without a key is refused: no clear text, no row") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  Keys keys{"cpas-liege"};
  const fs::path db = dir.path / "visitors.db";
  VisitorStore store(db, "borne-1", "salon");
  store.setSealingKeys(keys.pub);  // the pack's keys: cpas-mons has none, nor a stand key
  try {
    store.save(visitor("clair.mons@exemple.be", {"cpas-liege", "cpas-mons"}), "demo");
    FAIL("a consent no key can seal must be refused");
  } catch (const vitrine::StoreError& e) {
    CHECK(std::string(e.what()).find("« cpas-mons » n'a pas de clé") != std::string::npos);
  }
  CHECK(scalar(db, "SELECT count(*) FROM personal") == "0");
  CHECK(scalar(db, "SELECT count(*) FROM submissions") == "0");  // the transaction rolled back
  CHECK(filesContaining(dir.path, "clair.mons@exemple.be").empty());
  // The organisation with a key still gets its sealed copy.
  store.save(visitor("scelle.liege@exemple.be", {"cpas-liege"}), "demo");
  CHECK(scalar(db, "SELECT count(*) FROM sealed") == "1");
  CHECK(scalar(db, "SELECT count(*) FROM personal") == "0");
}
