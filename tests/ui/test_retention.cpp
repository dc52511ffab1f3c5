// Retention keeps the notice's word: the pack's retention_days erases contact details at start
// and every hour while the kiosk runs; staff may shorten it, never lengthen it.
#include <algorithm>
#include <chrono>
#include <cstdlib>

#include "demo_keys.h"
#include "sqlite.h"
#include "staff_settings.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::test::Driver;
namespace fs = std::filesystem;

namespace {

// A sealed lead for cpas-liege, dated `daysAgo` days back.
void leadFrom(vitrine::VisitorStore& store, const fs::path& db, const std::string& email,
              int daysAgo) {
  vitrine::Submission s;
  s.profile = "parent";
  s.consent = true;
  s.consentOrgIds = {"cpas-liege"};
  s.personal.email = email;
  const std::string id = store.save(s, "vitrine-demo");
  vitrine::sql::Database raw(db, vitrine::sql::Mode::ReadWriteCreate);
  raw.prepare("UPDATE submissions SET created_at = ?1 WHERE id = ?2")
      .bind(1, vitrine::isoTimestamp(std::chrono::system_clock::now() -
                                     std::chrono::hours(24) * daysAgo))
      .bind(2, id)
      .run();
}

std::vector<std::string> emails(const vitrine::VisitorStore& store) {
  std::vector<std::string> out;
  for (const auto& l : vitrine::test::openedLeadsFor(store, "cpas-liege"))
    out.push_back(l.submission.personal.email);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("retention: the pack's 365 days apply at start; staff may shorten, never lengthen") {
  CHECK(vitrine::effectiveRetentionDays(365, 0) == 365);
  CHECK(vitrine::effectiveRetentionDays(365, 30) == 30);
  CHECK(vitrine::effectiveRetentionDays(365, 800) == 365);
  CHECK(vitrine::effectiveRetentionDays(0, 30) == 30);
  CHECK(vitrine::effectiveRetentionDays(0, 0) == 0);

  auto dir = vitrine::test::freshDir("retention-pack");
  const fs::path db = dir / "visitors.db";
  {
    Driver d(vitrine::test::demoConfig(dir));
    CHECK(d.app.catalogue().meta.retentionDays == 365);  // what the demo notice announces
    leadFrom(*d.app.store(), db, "vieux@exemple.be", 400);
    leadFrom(*d.app.store(), db, "moyen@exemple.be", 100);
    leadFrom(*d.app.store(), db, "recent@exemple.be", 2);
  }
  {
    auto c = vitrine::test::demoConfig(dir);
    c.retentionDays = 800;  // staff asked for longer than the notice: the notice wins
    Driver d(c);
    CHECK(d.app.retentionDays() == 365);
    CHECK(emails(*d.app.store()) ==
          std::vector<std::string>{"moyen@exemple.be", "recent@exemple.be"});
    CHECK(d.app.store()->leads().size() == 3);  // the anonymous interest stays
  }
  {
    auto c = vitrine::test::demoConfig(dir);
    c.retentionDays = 30;  // shorter: allowed
    Driver d(c);
    CHECK(d.app.retentionDays() == 30);
    CHECK(emails(*d.app.store()) == std::vector<std::string>{"recent@exemple.be"});
  }
  vitrine::test::removeDir(dir);
}

TEST_CASE("retention: a kiosk left running for days erases contact details every hour") {
  auto dir = vitrine::test::freshDir("retention-running");
  const fs::path db = dir / "visitors.db";
  Driver d(vitrine::test::demoConfig(dir));
  // Saved while running, already older than the notice allows (a clock fixed by NTP, say).
  leadFrom(*d.app.store(), db, "expire@exemple.be", 366);
  leadFrom(*d.app.store(), db, "garde@exemple.be", 1);
  d.platform.advance(vitrine::App::kRetentionPeriodSeconds - 60);
  d.app.frame();
  CHECK(emails(*d.app.store()) ==
        std::vector<std::string>{"expire@exemple.be", "garde@exemple.be"});
  d.platform.advance(120);  // the hour has passed
  d.app.frame();
  d.app.waitForBackground();  // the purge runs on the maintenance thread
  CHECK(emails(*d.app.store()) == std::vector<std::string>{"garde@exemple.be"});
  vitrine::test::removeDir(dir);
}

TEST_CASE("retention: a record dated in the future counts as saved now; a clock in the past waits") {
  auto dir = vitrine::test::freshDir("retention-clock");
  const fs::path db = dir / "visitors.db";
  auto stampOf = [&db](const std::string& email) {
    for (const auto& l : vitrine::test::openedLeadsFor(vitrine::VisitorStore(db, "k", "e"),
                                                       "cpas-liege"))
      if (l.submission.personal.email == email) return l.createdAt;
    return std::string("gone");
  };
  {
    Driver d(vitrine::test::demoConfig(dir));
    leadFrom(*d.app.store(), db, "vieux@exemple.be", 400);
    leadFrom(*d.app.store(), db, "futur@exemple.be", -3650);  // a clock ten years ahead
  }
  {
    // A pack built « tomorrow »: this kiosk's clock reads in the past, so every date is suspect.
    const std::string tomorrow = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(
            (std::chrono::system_clock::now() + std::chrono::hours(48)).time_since_epoch())
            .count());
    ::setenv("SOURCE_DATE_EPOCH", tomorrow.c_str(), 1);
    auto config = vitrine::test::demoConfig(dir);
    config.packPath = dir / "tomorrow.kpack";
    REQUIRE(vitrine::errorCount(vitrine::buildPack(VITRINE_SOURCE_DIR "/content/demo",
                                                   config.packPath)) == 0);
    ::unsetenv("SOURCE_DATE_EPOCH");
    Driver d(config);
    REQUIRE(d.app.store() != nullptr);
  }
  // Nothing purged, nothing re-dated while the clock was wrong.
  CHECK(stampOf("vieux@exemple.be") != "gone");
  CHECK(stampOf("futur@exemple.be") > "2030");
  {
    Driver d(vitrine::test::demoConfig(dir));  // the clock agrees with the pack again
  }
  CHECK(stampOf("vieux@exemple.be") == "gone");
  const std::string now = vitrine::isoTimestamp();
  CHECK(stampOf("futur@exemple.be").substr(0, 10) == now.substr(0, 10));  // saved « now »
  vitrine::test::removeDir(dir);
}
