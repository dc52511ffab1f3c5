// A kiosk whose clock is set back (no RTC, no network) keeps its answers and events in the order
// they happened, and never ages contact details against a clock it cannot believe.
#include <doctest.h>

#include <chrono>
#include <ctime>

#include "sqlite.h"
#include "staff_settings.h"
#include "stats.h"
#include "store.h"
#include "test_store_helpers.h"

using storetest::scalar;
using storetest::TempDir;
using vitrine::VisitorStore;
namespace fs = std::filesystem;

namespace {

vitrine::Submission visitor(const std::string& profile, const std::string& email = "") {
  vitrine::Submission s;
  s.profile = profile;
  if (!email.empty()) {
    s.consent = true;
    s.consentOrgIds = {"cpas-mons"};
    s.personal.email = email;
  }
  return s;
}

std::vector<std::string> profiles(const VisitorStore& store) {
  std::vector<std::string> out;
  for (const auto& l : store.leads()) out.push_back(l.submission.profile);
  return out;
}

// The clock said `iso` when this answer was saved (what a clock set forward then back leaves).
void restamp(const fs::path& db, const std::string& id, const std::string& iso) {
  vitrine::sql::Database raw(db, vitrine::sql::Mode::ReadWriteCreate);
  raw.prepare("UPDATE submissions SET created_at = ?1 WHERE id = ?2")
      .bind(1, iso)
      .bind(2, id)
      .run();
}

std::chrono::system_clock::time_point utc(int year, int month, int day) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = 12;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

}  // namespace

TEST_CASE("answers saved after the clock was set back stay after the ones saved before") {
  TempDir dir("clock-order");
  const fs::path db = dir.path / "visitors.db";
  VisitorStore store(db, "kiosk-1", "Salon");
  // The first visitor came while the clock ran a day ahead; then staff set it right.
  const std::string first = store.save(visitor("parent"), "demo");
  restamp(db, first,
          vitrine::isoTimestamp(std::chrono::system_clock::now() + std::chrono::hours(24)));
  store.save(visitor("student"), "demo");
  store.save(visitor("teacher"), "demo");
  CHECK(profiles(store) == std::vector<std::string>{"parent", "student", "teacher"});
  // The stamps stay what the clock said: the sequence orders, the time is not rewritten.
  CHECK(store.leads().front().createdAt > store.leads().back().createdAt);
}

TEST_CASE("statistics events keep their order across a clock set back") {
  TempDir dir("clock-events");
  const fs::path db = dir.path / "visitors.db";
  {
    vitrine::Stats stats(db, "kiosk-1", "Salon");
    stats.record(vitrine::EventKind::SessionStart);
    stats.flush();
  }
  vitrine::sql::Database(db, vitrine::sql::Mode::ReadWriteCreate)
      .exec("UPDATE events SET at = '2031-01-01T00:00:00Z'");  // stamped by a clock far ahead
  {
    vitrine::Stats stats(db, "kiosk-1", "Salon");
    stats.record(vitrine::EventKind::SessionEnd, "idle");
    stats.flush();
    const auto events = stats.events();
    REQUIRE(events.size() == 2);
    CHECK(events[0].kind == "session_start");
    CHECK(events[1].kind == "session_end");
  }
  CHECK(scalar(db, "SELECT group_concat(seq) FROM (SELECT seq FROM events ORDER BY rowid)") ==
        "1,2");
}

TEST_CASE("a visitor file of schema 4 is numbered in its old order when it is opened") {
  TempDir dir("clock-v4");
  const fs::path db = dir.path / "visitors.db";
  {
    VisitorStore store(db, "kiosk-1", "Salon");
    for (const char* p : {"a", "b", "c"}) store.save(visitor(p), "demo");
  }
  // What Vitrine with schema 4 left: no sequence; "c" was stamped first.
  vitrine::sql::Database(db, vitrine::sql::Mode::ReadWriteCreate)
      .exec(
          "DROP INDEX submissions_by_seq; DROP INDEX events_by_seq; "
          "ALTER TABLE submissions DROP COLUMN seq; ALTER TABLE events DROP COLUMN seq; "
          "UPDATE submissions SET created_at = '2026-01-01T00:00:00.000Z' WHERE profile = 'c'; "
          "PRAGMA user_version = 4");
  VisitorStore store(db, "kiosk-1", "Salon");
  CHECK(scalar(db, "PRAGMA user_version") == std::to_string(vitrine::kStoreSchemaVersion));
  CHECK(profiles(store) == std::vector<std::string>{"c", "a", "b"});
  store.save(visitor("d"), "demo");
  CHECK(profiles(store) == std::vector<std::string>{"c", "a", "b", "d"});
}

TEST_CASE("retention does not age contact details against a clock before this build") {
  TempDir dir("clock-retention");
  const fs::path db = dir.path / "visitors.db";
  VisitorStore store(db, "kiosk-1", "Salon");
  const std::string id = store.save(visitor("parent", "a@exemple.be"), "demo");
  restamp(db, id, "1969-10-01T12:00:00.000Z");
  // The kiosk booted at 1970 (no RTC): 92 days after that stamp, but nothing can be believed.
  CHECK(vitrine::purgeExpiredContacts(store, 30, utc(1970, 1, 1)) == 0);
  CHECK(scalar(db, "SELECT count(*) FROM personal") == "1");
  // A clock before the pack's build time is as wrong, even after this build's date.
  const auto soon = std::chrono::system_clock::now() + std::chrono::hours(24) * 40;
  CHECK(vitrine::purgeExpiredContacts(store, 30, soon, "2099-01-01T00:00:00Z") == 0);
  CHECK(scalar(db, "SELECT count(*) FROM personal") == "1");
  // Once the date is right, the retention applies.
  CHECK(vitrine::purgeExpiredContacts(store, 30, soon) == 1);
  CHECK(scalar(db, "SELECT count(*) FROM personal") == "0");
}
