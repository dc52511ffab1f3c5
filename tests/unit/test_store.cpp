// The visitor store keeps exactly what visitors confirmed, only with consent, and fails loudly.
#include <doctest.h>
#include <sqlite3.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "messages_language.h"
#include "small_disk.h"
#include "store.h"

namespace fs = std::filesystem;
using vitrine::test::fillUp;
using vitrine::test::SmallDisk;
using vitrine::StoredLead;
using vitrine::StoreError;
using vitrine::Submission;
using vitrine::VisitorStore;

namespace {

// A fresh directory per test, removed afterwards even when a check fails.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "vitrine-store-XXXXXX").string();
    REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

// Checks text against a shape where '9' is a digit, 'h' a lowercase hex digit, '4' / 'v' the
// UUID version and variant, and anything else itself. (std::regex trips -Werror under ASan.)
bool hasShape(const std::string& text, const std::string& shape) {
  if (text.size() != shape.size()) return false;
  const std::string hex = "0123456789abcdef";
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    char want = shape[i];
    bool ok = want == '9'   ? c >= '0' && c <= '9'
              : want == 'h' ? hex.find(c) != std::string::npos
              : want == 'v' ? std::string("89ab").find(c) != std::string::npos
                            : c == want;
    if (!ok) return false;
  }
  return true;
}

Submission tricky() {
  Submission s;
  s.profile = "student";
  s.careerIds = {"educateur-specialise", "assistant-service-social"};
  s.offerIds = {"cpas-namur-isp"};
  s.consent = true;
  s.consentOrgIds = {"cpas-namur", "henallux"};
  s.consentVersion = "2025-01";
  s.personal.firstName = "Zoé-Françoise « Œdipe » l’Hôte 🎓";
  s.personal.email = "zoe.o'brien+stage@exemple.be";
  s.personal.phone = "+32 470 12 34 56";
  s.personal.postalCode = "5000";
  s.personal.message =
      "'); DROP TABLE submissions;-- \"vraiment\" ; à ç è œ\n" + std::string(10000, 'x');
  return s;
}

void checkSameSubmission(const Submission& got, const Submission& want) {
  CHECK(got.profile == want.profile);
  CHECK(got.careerIds == want.careerIds);
  CHECK(got.offerIds == want.offerIds);
  CHECK(got.consent == want.consent);
  CHECK(got.consentOrgIds == want.consentOrgIds);
  CHECK(got.consentVersion == want.consentVersion);
  CHECK(got.personal.firstName == want.personal.firstName);
  CHECK(got.personal.email == want.personal.email);
  CHECK(got.personal.phone == want.personal.phone);
  CHECK(got.personal.postalCode == want.personal.postalCode);
  CHECK(got.personal.message == want.personal.message);
}

std::string fileBytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs one query on a connection and returns the first column of the first row as text.
std::string pragma(sqlite3* db, const char* sqlText) {
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sqlText, -1, &st, nullptr) == SQLITE_OK);
  std::string out;
  if (sqlite3_step(st) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(st, 0);
    out = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(st);
  return out;
}

// Captures the store's own connection as SQLite opens it, so the tests read its settings
// without the product exposing anything for tests.
sqlite3* gLastOpened = nullptr;
int captureConnection(sqlite3* db, char**, const sqlite3_api_routines*) {
  gLastOpened = db;
  return SQLITE_OK;
}

}  // namespace

TEST_CASE("what a visitor typed comes back exactly after the kiosk restarts") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  const Submission s = tricky();
  std::string id;
  {
    VisitorStore store(db, "borne-1", "portes-ouvertes-2025");
    id = store.save(s, "demo-2025");
  }
  VisitorStore reopened(db, "borne-2", "autre");
  auto leads = reopened.leads();
  REQUIRE(leads.size() == 1);
  const StoredLead& l = leads[0];
  CHECK(l.id == id);
  CHECK(l.kioskId == "borne-1");  // the kiosk and event it was collected at, not the reader's
  CHECK(l.eventTag == "portes-ouvertes-2025");
  CHECK(l.packId == "demo-2025");
  CHECK(hasShape(l.createdAt, "9999-99-99T99:99:99.999Z"));  // ISO 8601 UTC
  checkSameSubmission(l.submission, s);
}

TEST_CASE("every record gets its own random UUID v4, in the order they were saved") {
  TempDir dir;
  VisitorStore store(dir.path / "visitors.db", "borne-1", "salon");
  const std::string v4 = "hhhhhhhh-hhhh-4hhh-vhhh-hhhhhhhhhhhh";
  std::set<std::string> ids;
  Submission s;
  s.profile = "pupil";
  for (int i = 0; i < 1000; ++i) {
    s.careerIds = {"metier-" + std::to_string(i)};
    std::string id = store.save(s, "demo");
    CHECK(hasShape(id, v4));
    ids.insert(id);
  }
  CHECK(ids.size() == 1000);
  auto leads = store.leads();
  REQUIRE(leads.size() == 1000);
  bool inArrivalOrder = true;  // even when several land in the same millisecond
  for (int i = 0; i < 1000; ++i)
    inArrivalOrder = inArrivalOrder && leads[static_cast<size_t>(i)].submission.careerIds ==
                                           std::vector<std::string>{"metier-" + std::to_string(i)};
  CHECK(inArrivalOrder);
}

TEST_CASE("without the consent box ticked no contact detail is stored anywhere") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  Submission s = tricky();
  s.consent = false;
  s.personal.email = "ne-pas-garder@exemple.be";
  s.personal.phone = "0499 99 99 99";
  {
    VisitorStore store(db, "borne-1", "salon");
    store.save(s, "demo");
    auto leads = store.leads();
    REQUIRE(leads.size() == 1);
    CHECK(leads[0].submission.careerIds == s.careerIds);  // the interest itself is kept
    CHECK_FALSE(leads[0].submission.consent);
    CHECK(leads[0].submission.personal.email.empty());
    CHECK(leads[0].submission.personal.firstName.empty());
    CHECK(leads[0].submission.personal.phone.empty());
    CHECK(leads[0].submission.personal.message.empty());
  }
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
  CHECK(pragma(raw, "SELECT count(*) FROM personal") == "0");
  CHECK(pragma(raw, "SELECT count(*) FROM submissions WHERE consent_at IS NOT NULL") == "0");
  sqlite3_close(raw);
  // Not even as bytes on the disk: the database and any journal beside it.
  for (const auto& f : fs::directory_iterator(dir.path)) {
    INFO(f.path().string());
    CHECK(fileBytes(f.path()).find("ne-pas-garder") == std::string::npos);
  }
}

// The settings test_store_powercut cuts the power under; this only checks that they are set.
TEST_CASE("the store opens with WAL journal, full sync, secure delete, foreign keys") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(&captureConnection));
  gLastOpened = nullptr;
  {
    VisitorStore store(db, "borne-1", "salon");
    sqlite3_reset_auto_extension();
    REQUIRE(gLastOpened != nullptr);
    CHECK(pragma(gLastOpened, "PRAGMA journal_mode") == "wal");
    CHECK(pragma(gLastOpened, "PRAGMA synchronous") == "2");  // FULL
    CHECK(pragma(gLastOpened, "PRAGMA secure_delete") == "1");
    CHECK(pragma(gLastOpened, "PRAGMA foreign_keys") == "1");
    CHECK(pragma(gLastOpened, "PRAGMA user_version") != "0");
  }
  sqlite3_reset_auto_extension();
  // Another program (an export on a laptop) sees the persistent WAL mode too.
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
  CHECK(pragma(raw, "PRAGMA journal_mode") == "wal");
  sqlite3_close(raw);
  // Contact details are for the organisation, not for every account on the kiosk.
  CHECK((fs::status(db).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
        fs::perms::none);
}

TEST_CASE("a read-only medium is reported in the morning, and nothing stored is lost") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "disk" / "visitors.db";
  if (::geteuid() != 0) {
    fs::create_directories(db.parent_path());
    { VisitorStore(db, "borne-1", "salon").save(tricky(), "demo"); }
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    try {
      VisitorStore store(db, "borne-1", "salon");
      FAIL("opening a write-protected store must fail");
    } catch (const StoreError& e) {
      CHECK(std::string(e.what()).find("lecture seule") != std::string::npos);
    }
    fs::permissions(db, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(VisitorStore(db, "borne-1", "salon").leads().size() == 1);
    return;
  }
  // As root chmod protects nothing, so use a really read-only filesystem.
  SmallDisk disk(db.parent_path(), "1m");
  if (!disk.mounted) {
    MESSAGE("skipped: cannot mount a tmpfs here (" << std::strerror(errno) << ")");
    return;
  }
  { VisitorStore(db, "borne-1", "salon").save(tricky(), "demo"); }
  REQUIRE(disk.remount(MS_RDONLY));
  try {
    VisitorStore store(db, "borne-1", "salon");
    FAIL("opening a store on read-only media must fail");
  } catch (const StoreError& e) {
    INFO(e.what());
    CHECK(std::string(e.what()).find("Support en lecture seule") != std::string::npos);
    CHECK(std::string(e.what()).find("SQLite") != std::string::npos);  // detail for IT
  }
  REQUIRE(disk.remount(0));
  auto leads = VisitorStore(db, "borne-1", "salon").leads();
  REQUIRE(leads.size() == 1);
  checkSameSubmission(leads[0].submission, tricky());
}

TEST_CASE("a full disk refuses the new answer clearly, keeps the old ones, and recovers") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  if (::geteuid() != 0) {
    MESSAGE("skipped: filling a real small disk needs root to mount a tmpfs");
    return;
  }
  TempDir dir;
  SmallDisk disk(dir.path / "disk", "1m");
  if (!disk.mounted) {
    MESSAGE("skipped: cannot mount a tmpfs here (" << std::strerror(errno) << ")");
    return;
  }
  const fs::path db = disk.dir / "visitors.db";
  const fs::path filler = disk.dir / "photos.bin";
  VisitorStore store(db, "borne-1", "salon");
  std::vector<std::string> before;
  for (int i = 0; i < 3; ++i) before.push_back(store.save(tricky(), "demo"));

  fillUp(filler);
  Submission big = tricky();
  big.personal.message = std::string(200000, 'm');  // more pages than the journal already holds
  try {
    store.save(big, "demo");
    FAIL("saving on a full disk must throw");
  } catch (const StoreError& e) {
    INFO(e.what());
    CHECK(std::string(e.what()).find("Disque plein : la réponse n'a pas été enregistrée.") !=
          std::string::npos);
    CHECK(std::string(e.what()).find("SQLite") != std::string::npos);
  }
  auto leads = store.leads();
  REQUIRE(leads.size() == 3);
  for (size_t i = 0; i < 3; ++i) CHECK(leads[i].id == before[i]);

  fs::remove(filler);  // space returns
  std::string id = store.save(big, "demo");
  leads = VisitorStore(db, "borne-1", "salon").leads();
  REQUIRE(leads.size() == 4);
  CHECK(leads[3].id == id);
  CHECK(leads[3].submission.personal.message == big.personal.message);
}
