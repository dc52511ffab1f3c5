// The visitor file's one owner: it is private, it knows what it is, it refuses what is not its
// own or is newer, it reports a busy file clearly, and an erased visitor stays erased.
#include <doctest.h>
#include <sqlite3.h>
#include <sys/stat.h>

#include "messages_language.h"
#include "pack_builder.h"
#include "sqlite.h"
#include "staff_pin.h"
#include "store.h"
#include "test_store_helpers.h"

namespace fs = std::filesystem;
using storetest::fileBytes;
using storetest::filesContaining;
using storetest::runLeads;
using storetest::scalar;
using storetest::TempDir;
using vitrine::StoreError;
using vitrine::Submission;
using vitrine::VisitorStore;

namespace {

Submission visitor(const std::string& email) {
  Submission s;
  s.profile = "student";
  s.careerIds = {"assistant-social"};
  s.consent = true;
  s.consentOrgIds = {"cpas-namur"};
  s.consentVersion = "2026-01";
  s.personal = {"Zoé", email, "+32470123456", "5000", ""};
  return s;
}

unsigned modeOf(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

std::string refusal(const fs::path& p) {
  try {
    VisitorStore s(p, "borne-1", "salon");
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a content pack given as the visitor file is refused and left byte for byte") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path pack = dir.path / "demo.kpack";
  const mode_t old = ::umask(022);
  REQUIRE(vitrine::errorCount(vitrine::buildPack(VITRINE_SOURCE_DIR "/content/demo", pack)) == 0);
  ::umask(old);
  ::chmod(pack.c_str(), 0644);
  const std::string before = fileBytes(pack);
  const std::string why = refusal(pack);
  CHECK(why.find("n'est pas un fichier des visiteurs") != std::string::npos);
  CHECK(why.find("pack de contenu") != std::string::npos);
  CHECK(fileBytes(pack) == before);
  CHECK(modeOf(pack) == 0644);  // not even its mode changed
  CHECK_FALSE(fs::exists(pack.string() + "-wal"));
  // Statistics and the staff PIN go through the same owner: they do not write to it either.
  { vitrine::Stats stats(pack, "borne-1", "salon"); stats.record(vitrine::EventKind::SessionStart); }
  CHECK_THROWS_AS(vitrine::StaffPin{pack}, StoreError);
  CHECK(fileBytes(pack) == before);
}

TEST_CASE("another program's database is refused, an empty file is adopted") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path other = dir.path / "agenda.db";
  vitrine::sql::Database(other, vitrine::sql::Mode::ReadWriteCreate)
      .exec("CREATE TABLE rendez_vous(quand TEXT)");
  const std::string before = fileBytes(other);
  CHECK(refusal(other).find("n'est pas un fichier des visiteurs") != std::string::npos);
  CHECK(fileBytes(other) == before);

  const fs::path empty = dir.path / "vide.db";
  { std::ofstream touch(empty); }
  CHECK(refusal(empty).empty());
  CHECK(scalar(empty, "PRAGMA application_id") == std::to_string(vitrine::kStoreApplicationId));
}

TEST_CASE("a visitor file from a newer Vitrine is refused, unchanged") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  { VisitorStore(db, "borne-1", "salon").save(visitor("zoe@exemple.be"), "demo"); }
  scalar(db, "PRAGMA user_version = 99");
  const std::string before = fileBytes(db);
  CHECK(refusal(db).find("version plus récente") != std::string::npos);
  CHECK(fileBytes(db) == before);
  CHECK(scalar(db, "SELECT count(*) FROM submissions") == "1");
}

TEST_CASE("a visitor file other accounts could read is made owner-only again") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  { VisitorStore(db, "borne-1", "salon").save(visitor("zoe@exemple.be"), "demo"); }
  REQUIRE(::chmod(db.c_str(), 0644) == 0);
  VisitorStore reopened(db, "borne-1", "salon");
  CHECK(modeOf(db) == 0600);
  reopened.save(visitor("lou@exemple.be"), "demo");
  CHECK(modeOf(db.string() + "-wal") == 0600);
  CHECK(reopened.leads().size() == 2);
}

TEST_CASE("a busy visitor file refuses the answer with its SQLite code, then takes it") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  VisitorStore store(db, "borne-1", "salon");
  store.save(visitor("avant@exemple.be"), "demo");
  {
    vitrine::sql::Database other(db, vitrine::sql::Mode::ReadWriteCreate);
    other.exec("BEGIN IMMEDIATE");  // another program holds the write lock
    try {
      store.save(visitor("pendant@exemple.be"), "demo");
      FAIL("the save went through a held write lock");
    } catch (const StoreError& e) {
      CHECK((e.code() & 0xFF) == SQLITE_BUSY);
      CHECK(std::string(e.what()).find("occupé par un autre programme") != std::string::npos);
    }
    other.exec("ROLLBACK");
  }
  store.save(visitor("apres@exemple.be"), "demo");
  auto leads = store.leads();
  REQUIRE(leads.size() == 2);
  CHECK(leads[0].submission.personal.email == "avant@exemple.be");
  CHECK(leads[1].submission.personal.email == "apres@exemple.be");
}

TEST_CASE("an erased visitor does not come back when the same kiosk's file is merged again") {
  TempDir dir;
  const fs::path kiosk = dir.path / "borne-1.db", stand = dir.path / "stand.db";
  {
    VisitorStore k(kiosk, "borne-1", "salon");
    k.save(visitor("efface@exemple.be"), "demo");
    k.save(visitor("garde@exemple.be"), "demo");
  }
  REQUIRE(runLeads({"merge", kiosk.string(), "-o", stand.string()}).status == 0);
  REQUIRE(runLeads({"erase", "--store", stand.string(), "efface@exemple.be"}).status == 0);
  auto again = runLeads({"merge", kiosk.string(), "-o", stand.string()});
  REQUIRE(again.status == 0);
  CHECK(filesContaining(dir.path, "efface@exemple.be") == kiosk.string() + " ");
  auto leads = VisitorStore::openForReading(stand).leads();
  CHECK(leads.size() == 2);
  int withContact = 0;
  for (const auto& l : leads) withContact += !l.submission.personal.email.empty();
  CHECK(withContact == 1);
}
