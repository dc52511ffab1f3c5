// Staff tools on real store files: merging kiosks, right to erasure, retention, old stores.
#include <doctest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <set>
#include <string>
#include <vector>

#include "messages_language.h"
#include "store.h"
#include "test_store_helpers.h"

namespace fs = std::filesystem;
using storetest::fileBytes;
using storetest::filesContaining;
using storetest::runLeads;
using storetest::scalar;
using storetest::TempDir;
using vitrine::StoredLead;
using vitrine::Submission;
using vitrine::VisitorStore;

namespace {

Submission visitor(const std::string& email, std::vector<std::string> orgs) {
  Submission s;
  s.profile = "jobseeker";
  s.careerIds = {"mediateur-social"};
  s.consent = !orgs.empty();
  s.consentOrgIds = std::move(orgs);
  s.consentVersion = "2025-01";
  s.personal = {"Inès", email, "+32470111222", "7000",
                "Je cherche un stage ; " + email + " " + std::string(6000, 'z')};
  return s;
}

std::set<std::string> idsOf(const std::vector<StoredLead>& leads) {
  std::set<std::string> out;
  for (const auto& l : leads) out.insert(l.id);
  return out;
}

// Everything an export would show of a store, to compare two stores field by field.
std::string everything(const fs::path& db) {
  return vitrine::leadsToJson(VisitorStore::openForReading(db).leads());
}

// The store as Vitrine 1 wrote it (commit 310a4d6): one consent box, no consents table.
void createV1Store(const fs::path& db) {
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
  const char* v1 = R"sql(
PRAGMA journal_mode=WAL;
CREATE TABLE IF NOT EXISTS submissions(
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, kiosk_id TEXT, event_tag TEXT, pack_id TEXT,
  profile TEXT, career_ids TEXT, offer_ids TEXT, consent INTEGER NOT NULL,
  consent_version TEXT, consent_at TEXT);
CREATE TABLE IF NOT EXISTS personal(
  submission_id TEXT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  first_name TEXT, email TEXT, phone TEXT, postal_code TEXT, message TEXT);
CREATE INDEX IF NOT EXISTS submissions_by_date ON submissions(created_at);
PRAGMA user_version = 1;
INSERT INTO submissions VALUES('11111111-1111-4111-8111-111111111111', '2025-02-01T10:00:00.000Z',
  'borne-v1', 'salon 2025', 'demo-2025', 'parent', 'educateur-specialise|ingenieur-social', '',
  1, '2024-09', '2025-02-01T10:00:00.000Z');
INSERT INTO personal VALUES('11111111-1111-4111-8111-111111111111', 'Amélie', 'amelie@exemple.fr',
  '+33612345678', '75011', 'Rappelez-moi');
INSERT INTO submissions VALUES('22222222-2222-4222-8222-222222222222', '2025-02-01T11:00:00.000Z',
  'borne-v1', 'salon 2025', 'demo-2025', 'pupil', 'animateur-socioculturel', 'offre-1',
  0, '2024-09', NULL);
)sql";
  char* err = nullptr;
  int rc = sqlite3_exec(raw, v1, nullptr, nullptr, &err);
  INFO((err ? err : ""));
  sqlite3_free(err);
  sqlite3_close(raw);
  REQUIRE(rc == SQLITE_OK);
}

}  // namespace

TEST_CASE("merging kiosks' stores adds each lead once, reports counts, and is idempotent") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path a = dir.path / "borne-a.db", b = dir.path / "borne-b.db";
  const fs::path merged = dir.path / "stand.db";
  {
    VisitorStore sa(a, "borne-a", "salon");
    sa.save(visitor("a1@exemple.be", {"cpas-namur"}), "demo");
    sa.save(visitor("a2@exemple.be", {"cpas-namur", "henallux"}), "demo");
    sa.save(visitor("a3@exemple.be", {}), "demo");
    VisitorStore sb(b, "borne-b", "salon");
    sb.save(visitor("b1@exemple.be", {"henallux"}), "demo");
    sb.merge({sa.leads()[0]});  // a lead already copied by hand from the other kiosk
  }
  auto r = runLeads({"merge", a.string(), b.string(), "-o", merged.string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find(a.string() + " : 3 ajoutée(s), 0 déjà présente(s)") != std::string::npos);
  CHECK(r.out.find(b.string() + " : 1 ajoutée(s), 1 déjà présente(s)") != std::string::npos);
  CHECK(r.out.find("contient 4 fiche(s)") != std::string::npos);

  const std::string first = everything(merged);
  auto leads = VisitorStore::openForReading(merged).leads();
  REQUIRE(leads.size() == 4);
  CHECK(leads[0].kioskId == "borne-a");  // where each lead was collected, not where it ended
  CHECK(leads[3].kioskId == "borne-b");
  // Consent per organisation, and its date, travel with the lead.
  auto henallux = VisitorStore::openForReading(merged).leadsFor("henallux");
  REQUIRE(henallux.size() == 2);
  CHECK(henallux[0].submission.personal.email == "a2@exemple.be");
  CHECK(henallux[0].consentAt == henallux[0].createdAt);
  CHECK(idsOf(VisitorStore::openForReading(a).leads()).size() == 3);  // inputs untouched

  r = runLeads({"merge", a.string(), b.string(), "-o", merged.string()});
  REQUIRE(r.status == 0);
  CHECK(r.out.find(a.string() + " : 0 ajoutée(s), 3 déjà présente(s)") != std::string::npos);
  CHECK(r.out.find(b.string() + " : 0 ajoutée(s), 2 déjà présente(s)") != std::string::npos);
  CHECK(everything(merged) == first);  // idempotent, to the byte of every field
}

TEST_CASE("merge refuses a missing input clearly and changes nothing") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path a = dir.path / "borne-a.db", merged = dir.path / "stand.db";
  { VisitorStore(a, "borne-a", "salon").save(visitor("a1@exemple.be", {"x"}), "demo"); }
  auto r =
      runLeads({"merge", a.string(), (dir.path / "borne-z.db").string(), "-o", merged.string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("introuvable") != std::string::npos);
  CHECK(r.err.find("borne-z.db") != std::string::npos);
  CHECK(r.err.find("Rien n'a été fusionné") != std::string::npos);
  CHECK_FALSE(fs::exists(merged));

  // Not a visitor store (a content pack given by mistake, a text file): said so.
  const fs::path notes = dir.path / "notes.db";
  { std::ofstream(notes) << "ceci n'est pas une base SQLite, mais du texte assez long\n"; }
  r = runLeads({"merge", notes.string(), "-o", merged.string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("endommagé ou d'un autre format") != std::string::npos);
  CHECK(runLeads({"merge", a.string()}).status == 2);  // no -o
  CHECK(runLeads({"merge", "-o", merged.string()}).status == 2);
}

TEST_CASE("erasing a visitor leaves no trace of their contact in the files, WAL included") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  // The kiosk keeps its connection open all day; erasure happens beside it.
  VisitorStore kiosk(db, "borne-1", "salon");
  kiosk.save(visitor("Zoe.Efface@Exemple.be", {"cpas-namur"}), "demo");
  kiosk.save(visitor("garde@exemple.be", {"cpas-namur"}), "demo");
  kiosk.save(visitor("Zoe.Efface@Exemple.be", {"henallux"}), "demo");
  REQUIRE(fs::exists(dir.path / "visitors.db-wal"));
  REQUIRE_FALSE(filesContaining(dir.path, "Zoe.Efface").empty());  // the check can see bytes

  auto r = runLeads({"erase", "--store", db.string(), "zoe.efface@exemple.be"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("2 fiche(s) effacée(s)") != std::string::npos);
  CHECK(r.err.empty());  // the journal could be emptied
  CHECK(filesContaining(dir.path, "Zoe.Efface") == "");
  CHECK(filesContaining(dir.path, "zoe.efface") == "");
  CHECK_FALSE(filesContaining(dir.path, "garde@exemple.be").empty());

  auto leads = kiosk.leads();
  REQUIRE(leads.size() == 3);  // the anonymous interest still counts in the figures
  CHECK_FALSE(leads[0].submission.consent);
  CHECK(leads[0].submission.personal.email.empty());
  CHECK(leads[1].submission.personal.email == "garde@exemple.be");
  CHECK(kiosk.leadsFor("henallux").empty());
  // The kiosk goes on saving after the erasure.
  kiosk.save(visitor("apres@exemple.be", {"henallux"}), "demo");
  CHECK(kiosk.leadsFor("henallux").size() == 1);
  CHECK(scalar(db, "PRAGMA integrity_check") == "ok");
}

TEST_CASE("a phone number is erased however the visitor spells it") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  { VisitorStore(db, "borne-1", "salon").save(visitor("x@exemple.be", {"cpas"}), "demo"); }
  auto r = runLeads({"erase", "--store", db.string(), "0470 11 12 22"});  // stored +32470111222
  REQUIRE(r.status == 0);
  CHECK(r.out.find("1 fiche(s) effacée(s)") != std::string::npos);
  CHECK(filesContaining(dir.path, "470111222") == "");
  r = runLeads({"erase", "--store", db.string(), "nobody@exemple.be"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("0 fiche(s) effacée(s)") != std::string::npos);
  CHECK(runLeads({"erase", "--store", db.string()}).status == 2);
  CHECK(runLeads({"erase", "--store", (dir.path / "typo.db").string(), "x@y.be"}).status == 1);
  CHECK_FALSE(fs::exists(dir.path / "typo.db"));
}

TEST_CASE("when another program is reading, erasure says a copy may remain in the journal") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  VisitorStore store(db, "borne-1", "salon");
  store.save(visitor("lu@exemple.be", {"cpas"}), "demo");
  sqlite3* reader = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &reader) == SQLITE_OK);
  REQUIRE(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM submissions;", nullptr, nullptr,
                       nullptr) == SQLITE_OK);
  CHECK(store.erase("lu@exemple.be") == 1);
  CHECK_FALSE(store.journalWiped());
  sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(reader);
  CHECK(store.erase("nobody@exemple.be") == 0);  // the next erasure empties the journal
  CHECK(store.journalWiped());
  CHECK(filesContaining(dir.path, "lu@exemple.be") == "");
}

TEST_CASE("purge --older-than removes old contact details only, and their bytes") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  {
    VisitorStore store(db, "borne-1", "salon");
    StoredLead old;
    old.id = "33333333-3333-4333-8333-333333333333";
    old.createdAt = "2020-05-01T08:00:00.000Z";
    old.kioskId = "borne-1";
    old.submission = visitor("ancien@exemple.be", {"cpas-namur"});
    REQUIRE(store.merge({old}).added == 1);
    store.save(visitor("recent@exemple.be", {"cpas-namur"}), "demo");
  }
  auto r = runLeads({"purge", "--store", db.string(), "--older-than", "30"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("1 fiche(s) : coordonnées effacées") != std::string::npos);
  CHECK(filesContaining(dir.path, "ancien@exemple.be") == "");
  auto leads = VisitorStore::openForReading(db).leads();
  REQUIRE(leads.size() == 2);
  CHECK(leads[0].submission.careerIds == std::vector<std::string>{"mediateur-social"});
  CHECK(leads[0].submission.personal.email.empty());
  CHECK(leads[1].submission.personal.email == "recent@exemple.be");

  r = runLeads({"purge", "--store", db.string(), "--older-than", "0"});  // everything, now
  REQUIRE(r.status == 0);
  CHECK(r.out.find("1 fiche(s)") != std::string::npos);
  CHECK(filesContaining(dir.path, "recent@exemple.be") == "");
  for (const char* bad : {"-3", "trente", "", "1e9"})
    CHECK(runLeads({"purge", "--store", db.string(), "--older-than", bad}).status == 2);
  CHECK(runLeads({"purge", "--store", db.string()}).status == 2);
}

TEST_CASE("a store written by Vitrine 1 opens, keeps its leads, and takes new ones") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  createV1Store(db);

  // Read-only tools read it as it is, without changing the file.
  const std::string before = fileBytes(db);
  auto r = runLeads({"export", "--store", db.string(), "--format", "json"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("amelie@exemple.fr") != std::string::npos);
  CHECK(fileBytes(db) == before);
  CHECK(scalar(db, "PRAGMA user_version") == "1");

  VisitorStore store(db, "borne-2", "salon 2026");  // the kiosk upgrades the file
  CHECK(scalar(db, "PRAGMA user_version") == std::to_string(vitrine::kStoreSchemaVersion));
  auto leads = store.leads();
  REQUIRE(leads.size() == 2);
  CHECK(leads[0].id == "11111111-1111-4111-8111-111111111111");
  CHECK(leads[0].kioskId == "borne-v1");
  CHECK(leads[0].submission.consent);
  CHECK(leads[0].submission.personal.firstName == "Amélie");
  CHECK(leads[0].submission.personal.phone == "+33612345678");
  CHECK(leads[0].submission.careerIds ==
        std::vector<std::string>{"educateur-specialise", "ingenieur-social"});
  CHECK(leads[0].consentAt == "2025-02-01T10:00:00.000Z");
  CHECK_FALSE(leads[1].submission.consent);
  CHECK(leads[1].submission.offerIds == std::vector<std::string>{"offre-1"});
  // v1 consent named no organisation: no organisation receives it by --org.
  CHECK(store.leadsFor("cpas-namur").empty());
  store.save(visitor("nouveau@exemple.be", {"cpas-namur"}), "demo-2026");
  CHECK(store.leadsFor("cpas-namur").size() == 1);
  CHECK(store.leads().size() == 3);

  // Merged elsewhere, the v1 lead keeps its contact details (its single box was ticked).
  const fs::path merged = dir.path / "stand.db";
  REQUIRE(runLeads({"merge", db.string(), "-o", merged.string()}).status == 0);
  auto copy = VisitorStore::openForReading(merged).leads();
  REQUIRE(copy.size() == 3);
  CHECK(copy[0].submission.personal.email == "amelie@exemple.fr");
  CHECK(copy[0].consentAt == "2025-02-01T10:00:00.000Z");
}

TEST_CASE("a store on a write-protected USB stick is exported and merged without copying it") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  if (::geteuid() != 0) {
    MESSAGE("skipped: a really read-only medium needs root to mount a tmpfs");
    return;
  }
  TempDir dir;
  const fs::path stick = dir.path / "usb";
  fs::create_directories(stick);
  if (::mount("tmpfs", stick.c_str(), "tmpfs", 0, "size=4m,mode=0700") != 0) {
    MESSAGE("skipped: cannot mount a tmpfs here (" << std::strerror(errno) << ")");
    return;
  }
  struct Unmount {
    fs::path p;
    ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
  } unmount{stick};
  // A folder name with URI characters, as a kiosk id may produce.
  const fs::path clean = stick / "borne #1 ?" / "visitors.db";
  const fs::path unplugged = stick / "borne-2" / "visitors.db";
  fs::create_directories(clean.parent_path());
  fs::create_directories(unplugged.parent_path());
  { VisitorStore(clean, "borne-1", "salon").save(visitor("propre@exemple.be", {"cpas"}), "d"); }
  // The second kiosk was switched off with its journal still beside the file.
  VisitorStore running(dir.path / "running.db", "borne-2", "salon");
  running.save(visitor("journal@exemple.be", {"cpas"}), "d");
  for (const char* suffix : {"", "-wal", "-shm"})
    fs::copy_file(dir.path / ("running.db" + std::string(suffix)), unplugged.string() + suffix);
  REQUIRE(::mount("tmpfs", stick.c_str(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) == 0);

  auto r = runLeads({"export", "--store", clean.string(), "--format", "json"});
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("propre@exemple.be") != std::string::npos);
  r = runLeads({"export", "--store", unplugged.string(), "--format", "json"});
  INFO(r.err);
  CHECK(r.status == 0);
  CHECK(r.out.find("journal@exemple.be") != std::string::npos);  // the journal is read too
  const fs::path merged = dir.path / "stand.db";
  r = runLeads({"merge", clean.string(), unplugged.string(), "-o", merged.string()});
  CHECK(r.status == 0);
  CHECK(r.out.find("contient 2 fiche(s)") != std::string::npos);
}

TEST_CASE("a full USB stick: merge and export fail clearly and leave nothing half-written") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  if (::geteuid() != 0) {
    MESSAGE("skipped: a really full medium needs root to mount a tmpfs");
    return;
  }
  TempDir dir;
  const fs::path stick = dir.path / "usb";
  fs::create_directories(stick);
  if (::mount("tmpfs", stick.c_str(), "tmpfs", 0, "size=1m,mode=0700") != 0) {
    MESSAGE("skipped: cannot mount a tmpfs here (" << std::strerror(errno) << ")");
    return;
  }
  struct Unmount {
    fs::path p;
    ~Unmount() { ::umount2(p.c_str(), MNT_DETACH); }
  } unmount{stick};
  // A day of a busy stand: 300 leads, about 2 MB, more than the stick holds.
  const fs::path day = dir.path / "borne-1.db";
  {
    VisitorStore store(day, "borne-1", "salon");
    std::vector<StoredLead> many;
    for (int i = 0; i < 300; ++i) {
      StoredLead l;
      l.id = "00000000-0000-4000-8000-" + std::to_string(100000000000 + i);
      l.createdAt = "2026-03-14T09:30:00.000Z";
      l.submission = visitor("v" + std::to_string(i) + "@exemple.be", {"cpas-namur"});
      many.push_back(l);
    }
    REQUIRE(store.merge(many).added == 300);
  }
  const fs::path merged = stick / "stand.db";
  auto r = runLeads({"merge", day.string(), "-o", merged.string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("Disque plein : la fusion n'a pas été faite (rien n'a été modifié).") !=
        std::string::npos);
  if (fs::exists(merged)) CHECK(VisitorStore::openForReading(merged).leads().empty());

  const fs::path csv = stick / "cpas-namur.csv";
  r = runLeads({"export", "--store", day.string(), "--org", "cpas-namur", "-o", csv.string()});
  CHECK(r.status == 1);
  CHECK(r.err.find("l'export n'a pas été fait") != std::string::npos);
  CHECK(r.err.find(std::strerror(ENOSPC)) != std::string::npos);
  CHECK_FALSE(fs::exists(csv));
  CHECK_FALSE(fs::exists(csv.string() + ".tmp"));
}

TEST_CASE("erasure finds an e-mail whatever the case of its accented letters") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  {
    VisitorStore store(db, "borne-1", "salon");
    store.save(visitor("zoé.dupré@exemple.be", {"cpas-namur"}), "demo");
    store.save(visitor("zoe.dupre@exemple.be", {"cpas-namur"}), "demo");  // another address
  }
  auto r = runLeads({"erase", "--store", db.string(), "ZOÉ.DUPRÉ@Exemple.BE"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("1 fiche(s) effacée(s)") != std::string::npos);
  CHECK(filesContaining(dir.path, "zoé.dupré@exemple.be") == "");
  CHECK_FALSE(filesContaining(dir.path, "zoe.dupre@exemple.be").empty());  // not the same person
}

TEST_CASE("purge: a record dated in the future counts as saved now, and the clock is named") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  {
    VisitorStore store(db, "borne-1", "salon");
    StoredLead ahead;
    ahead.id = "44444444-4444-4444-8444-444444444444";
    ahead.createdAt = "2099-01-01T08:00:00.000Z";  // a kiosk whose clock ran far ahead
    ahead.kioskId = "borne-1";
    ahead.submission = visitor("futur@exemple.be", {"cpas-namur"});
    REQUIRE(store.merge({ahead}).added == 1);
  }
  auto r = runLeads({"purge", "--store", db.string(), "--older-than", "30"});
  INFO(r.out << r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("1 fiche(s) datée(s) dans le futur") != std::string::npos);
  CHECK(r.out.find("l'horloge de la borne avançait") != std::string::npos);
  CHECK(r.out.find("0 fiche(s) : coordonnées effacées") != std::string::npos);  // 30 days from now
  const std::string now = vitrine::isoTimestamp();
  const std::string stamped = scalar(db, "SELECT created_at FROM submissions");
  CHECK(stamped < "2099");
  CHECK(stamped.substr(0, 10) == now.substr(0, 10));
  // The next purge finds nothing in the future any more; --older-than 0 takes it like any other.
  r = runLeads({"purge", "--store", db.string(), "--older-than", "0"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("dans le futur") == std::string::npos);
  CHECK(r.out.find("1 fiche(s) : coordonnées effacées") != std::string::npos);
  CHECK(filesContaining(dir.path, "futur@exemple.be") == "");
}
