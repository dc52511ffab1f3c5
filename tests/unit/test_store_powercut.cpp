// A power cut at any moment of a day of saves loses no answer the kiosk said "Merci !" for.
#include <doctest.h>
#include <sqlite3.h>

#include <random>
#include <set>
#include <string>

#include "powercut_vfs.h"
#include "store.h"
#include "test_store_helpers.h"

namespace {

namespace fs = std::filesystem;
using powercut::Cut;

vitrine::Submission answer() {
  vitrine::Submission s;
  s.profile = "student";
  s.careerIds = {"assistant-social", "educateur-specialise"};
  s.offerIds = {"cpas-namur-isp"};
  s.consent = true;
  s.consentOrgIds = {"cpas-namur", "hospice-general"};
  s.consentVersion = "2026-09";
  s.personal = {"Zoé", "zoe@exemple.be", "+32 470 12 34 56", "5000", std::string(300, 'm')};
  return s;
}

std::string integrity(const fs::path& db) {
  return storetest::scalar(db, "PRAGMA integrity_check");
}

constexpr int kSavesPerBoot = 5;

// One boot of the kiosk: open the store, save a few answers, close it. Returns the ids whose
// save returned (the thank-you screen); stops at the first failure, as the kiosk would.
int boot(const fs::path& db, std::set<std::string>& promised) {
  int thanked = 0;
  try {
    vitrine::VisitorStore store(db, "borne-cut", "test");
    for (; thanked < kSavesPerBoot; ++thanked) promised.insert(store.save(answer(), "demo"));
  } catch (const vitrine::StoreError&) {
  }
  return thanked;
}

struct Outcome {
  int cuts = 0, promised = 0, lost = 0, damaged = 0, unreadable = 0;
  std::string firstProblem;
};

// How many I/O operations one boot takes on a store that already holds a few answers.
long opsPerBoot(powercut::Disk& disk) {
  storetest::TempDir dir;
  std::set<std::string> ignored;
  disk.forgetHistory();
  boot(dir.path / "visitors.db", ignored);
  disk.armCut(-1, Cut::Drop, 0);
  boot(dir.path / "visitors.db", ignored);
  return disk.opsSinceArmed();
}

// `cuts` power cuts, each at a random I/O operation of a boot (creating the store, opening it,
// saving, the checkpoint at close, or right after), half of them tearing the writes in flight.
// After each: reboot, open the store as the kiosk does, and look for every promised answer. A
// fresh store every 100 cuts, so that its creation is cut too.
Outcome cutWhileSaving(int cuts, uint32_t seed) {
  powercut::Disk& disk = powercut::Disk::install();
  const long window = opsPerBoot(disk);
  std::mt19937 rng(seed);
  Outcome out;
  while (out.cuts < cuts) {
    storetest::TempDir dir;
    const fs::path db = dir.path / "visitors.db";
    disk.forgetHistory();
    std::set<std::string> promised;
    for (int i = 0; i < 100 && out.cuts < cuts; ++i, ++out.cuts) {
      const Cut kind = rng() % 2 ? Cut::Torn : Cut::Drop;
      disk.armCut(std::uniform_int_distribution<long>(0, window)(rng), kind, rng());
      out.promised += boot(db, promised);
      disk.cutNow();  // a boot that ended before its cut: the power goes right after
      disk.reboot();
      std::set<std::string> stored;
      try {
        for (const auto& l : vitrine::VisitorStore(db, "borne-cut", "test").leads())
          stored.insert(l.id);
      } catch (const vitrine::StoreError& e) {
        if (out.firstProblem.empty()) out.firstProblem = e.what();
        ++out.unreadable;
      }
      const std::string check = integrity(db);
      if (check != "ok") {
        if (out.firstProblem.empty()) out.firstProblem = "integrity_check: " + check;
        ++out.damaged;
      }
      for (auto it = promised.begin(); it != promised.end();) {
        if (stored.count(*it)) {
          ++it;
          continue;
        }
        if (out.firstProblem.empty())
          out.firstProblem = "lost " + *it + " at cut " + std::to_string(out.cuts);
        ++out.lost;
        it = promised.erase(it);  // counted once
      }
    }
  }
  return out;
}

// The store as it would be with `PRAGMA synchronous=NORMAL` instead of FULL, for proving that
// the simulation catches a store that does not sync at commit. Test-only, outside the product:
// every new connection starts at NORMAL and ignores any later `PRAGMA synchronous=…`.
int ignoreSynchronousPragma(void*, int action, const char* name, const char* value, const char*,
                            const char*) {
  return action == SQLITE_PRAGMA && name && value && sqlite3_stricmp(name, "synchronous") == 0
             ? SQLITE_IGNORE
             : SQLITE_OK;
}
int startAtNormalSync(sqlite3* db, char**, const sqlite3_api_routines*) {
  sqlite3_exec(db, "PRAGMA synchronous=NORMAL", nullptr, nullptr, nullptr);
  sqlite3_set_authorizer(db, ignoreSynchronousPragma, nullptr);
  return SQLITE_OK;
}
struct WeakenedSynchronous {
  WeakenedSynchronous() { sqlite3_auto_extension(entry()); }
  ~WeakenedSynchronous() { sqlite3_cancel_auto_extension(entry()); }
  static void (*entry())() { return reinterpret_cast<void (*)()>(startAtNormalSync); }
};

}  // namespace

TEST_CASE("2,000 power cuts while saving: every answer thanked for is there, the file intact") {
  const uint32_t seed = std::random_device{}();
  INFO("seed " << seed);
  const Outcome o = cutWhileSaving(2000, seed);
  MESSAGE(o.cuts << " power cuts (synchronous=FULL): " << o.promised << " answers thanked for, "
                 << o.lost << " lost, " << o.damaged << " files damaged");
  INFO(o.firstProblem);
  CHECK(o.promised > 2000);  // the cuts really fell among saves that succeeded
  CHECK(o.lost == 0);
  CHECK(o.damaged == 0);
  CHECK(o.unreadable == 0);
}

TEST_CASE("the same cuts with synchronous=NORMAL lose answers: the simulation can fail") {
  WeakenedSynchronous weak;
  {  // what the store's own `PRAGMA synchronous=FULL` now leaves
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA synchronous", -1, &st, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(st) == SQLITE_ROW);
    CHECK(sqlite3_column_int(st, 0) == 1);  // NORMAL
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  const uint32_t seed = std::random_device{}();
  INFO("seed " << seed);
  const Outcome o = cutWhileSaving(300, seed);
  MESSAGE(o.cuts << " power cuts (synchronous=NORMAL): " << o.promised << " answers thanked for, "
                 << o.lost << " lost");
  CHECK(o.lost > 0);
}
