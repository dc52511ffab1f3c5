// Headless staff settings: idle timeout, default language, retention, event name, kept across a
// restart; pack status and import from a USB stick (a good pack and a corrupt one).
#include "app_settings.h"
#include "demo_keys.h"
#include "messages_language.h"
#include "pack_slot.h"
#include "pack_slot_helpers.h"
#include "sqlite.h"
#include "staff_pin.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using namespace vitrine::test;
using vitrine::ui::Lang;

namespace {

vitrine::AppConfig demoIn(const fs::path& dir) {
  auto c = demoConfig(dir);
  c.idleSeconds = 90;  // the command line's value: staff settings override it
  c.eventTag = "Salon SIEP Mons";
  return c;
}

void letKioskPoll(Driver& d) {
  for (int i = 0; i < 2; ++i) {
    d.platform.advance(vitrine::PackSlot::kPollSeconds + 0.1);
    d.app.frame();
  }
  d.app.packSlot()->waitForCheck();  // the check runs on a thread: its outcome, taken in
  d.app.packSlot()->collect();
}

// A lead saved `daysAgo` days ago (its date moved back in the file, as if the kiosk had run then).
void leadFrom(const fs::path& store, const std::string& email, int daysAgo) {
  vitrine::VisitorStore s(store, "kiosk-1", "Salon");
  vitrine::Submission sub;
  sub.profile = "parent";
  sub.consent = true;  // without consent no contact detail is stored at all
  sub.consentOrgIds = {"cpas-mons"};
  sub.personal.email = email;
  s.save(sub, "demo");
  vitrine::sql::Database db(store, vitrine::sql::Mode::ReadWriteCreate);
  auto then = std::chrono::system_clock::now() - std::chrono::hours(24) * daysAgo;
  db.prepare(
        "UPDATE submissions SET created_at = ?1 WHERE id IN "
        "(SELECT submission_id FROM personal WHERE email = ?2)")
      .bind(1, vitrine::isoTimestamp(then))
      .bind(2, email)
      .run();
}

std::vector<std::string> emails(vitrine::VisitorStore& store) {
  std::vector<std::string> out;
  for (const auto& l : vitrine::test::openedLeads(store)) out.push_back(l.submission.personal.email);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("staff settings: idle timeout and visitors' language survive a restart and apply") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = freshDir("staff-settings");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  {
    Driver d(demoIn(dir));
    CHECK(d.app.session().lang == Lang::Fr);
    enterStaff(d);
    d.tap("staff.settings");
    CHECK(d.visible("staff.idle:90"));
    const auto before = d.app.hits().find("staff.lang:nl");
    d.tap("staff.idle:60");
    // The outcome shows at the top, and the rows stay where they were: a second tap in a row
    // lands on the button the finger aims at.
    const auto after = d.app.hits().find("staff.lang:nl");
    REQUIRE(before.has_value());
    REQUIRE(after.has_value());
    CHECK(after->y == before->y);
    d.tap("staff.lang:nl");
    CHECK(d.app.staff().settingsMessage().find("Nederlands") != std::string::npos);
    // The event name, typed on the on-screen keyboard, applies from the next start.
    d.tap("staff.edit:event_tag");
    d.tap("key:space");
    d.type("bis");
    d.tap("staff.edit.digits");  // event names often carry a year
    d.tap("key:space");
    d.type("26");
    d.tap("staff.edit.save");
    CHECK(d.app.staff().settingsMessage().find("prochain démarrage") != std::string::npos);
    d.tap("staff.leave");
    REQUIRE(d.app.screen() == ScreenId::Attract);
    CHECK(d.app.session().lang == Lang::Nl);  // applied at once, from the next visitor
  }
  // Restart on the same store, with the same command line.
  Driver d(demoIn(dir));
  REQUIRE(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.session().lang == Lang::Nl);
  CHECK(std::string(vitrine::ui::langCode(d.app.session().lang)) == "nl");
  d.tap("attract");
  REQUIRE(d.app.screen() == ScreenId::Home);
  d.platform.advance(50);  // below the new 60 s: still the visitor's
  d.app.frame();
  CHECK(d.app.screen() == ScreenId::Home);
  CHECK(d.app.idleWarningShown());  // the countdown of the last 15 s is on
  d.platform.advance(11);           // 61 s: past the new timeout (the command line said 90)
  d.app.frame();
  d.app.frame();
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.session().lang == Lang::Nl);  // the reset goes back to the staff's language

  // A lead saved now carries the event name staff typed before the restart.
  vitrine::Submission s;
  s.profile = "parent";
  d.app.store()->save(s, d.app.catalogue().meta.packId);
  CHECK(d.app.store()->leads().front().eventTag == "Salon SIEP Mons bis 26");

  // The settings page shows what is in force.
  enterStaff(d);
  d.tap("staff.settings");
  d.tap("staff.idle:180");
  CHECK(d.app.staff().settingsMessage().find("180 s") != std::string::npos);
  vitrine::test::removeDir(dir);
}

TEST_CASE("retention: contact details older than N days are erased at start, newer ones stay") {
  auto dir = freshDir("retention");
  leadFrom(dir / "visitors.db", "ancien@exemple.be", 40);
  leadFrom(dir / "visitors.db", "recent@exemple.be", 2);
  {
    Driver d(demoIn(dir));  // no retention set: nothing is erased
    CHECK(emails(*d.app.store()) ==
          std::vector<std::string>{"ancien@exemple.be", "recent@exemple.be"});
  }
  {
    auto c = demoIn(dir);
    c.retentionDays = 30;  // kiosk --retention-days 30
    Driver d(c);
    auto left = emails(*d.app.store());
    CHECK(left == std::vector<std::string>{"", "recent@exemple.be"});
    CHECK(d.app.store()->leads().size() == 2);  // the anonymous interest stays
  }
  // The staff setting does the same without the option (here: older than a day).
  vitrine::saveSetting(dir / "visitors.db", "retention_days", "1");
  Driver d(demoIn(dir));
  CHECK(emails(*d.app.store()) == std::vector<std::string>{"", ""});
  vitrine::test::removeDir(dir);
}

TEST_CASE("retention: the purge counts what it erased and does nothing when off") {
  auto dir = freshDir("retention-unit");
  leadFrom(dir / "visitors.db", "a@exemple.be", 0);
  vitrine::VisitorStore store(dir / "visitors.db", "kiosk-1", "Salon");
  CHECK(vitrine::purgeExpiredContacts(store, 0) == 0);
  CHECK(vitrine::purgeExpiredContacts(store, 30) == 0);
  auto later = std::chrono::system_clock::now() + std::chrono::hours(24) * 31;
  CHECK(vitrine::purgeExpiredContacts(store, 30, later) == 1);
  CHECK(emails(store) == std::vector<std::string>{""});
  vitrine::test::removeDir(dir);
}

TEST_CASE(
    "staff pack page: import from a USB stick; a corrupt pack is refused, a good one "
    "switches at the next reset") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = freshDir("staff-pack");
  fs::create_directories(dir / "packs");
  fs::copy_file(packA(), dir / "packs" / "current.kpack");
  fs::create_directories(dir / "usb");
  truncateCopy(packB(), dir / "usb" / "abime.kpack");
  fs::copy_file(packB(), dir / "usb" / "mise-a-jour.kpack");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  vitrine::AppConfig c;
  c.packsDir = dir / "packs";
  c.storePath = dir / "visitors.db";
  c.exportDir = dir / "usb";  // stands in for a mounted USB stick
  Driver d(c);
  REQUIRE(d.app.catalogue().meta.packId == "salon-matin");

  enterStaff(d);
  d.tap("staff.pack");
  REQUIRE(d.app.staff().usbPacks().size() == 2);
  CHECK(d.app.staff().usbPacks()[0].filename() == "abime.kpack");

  d.tap("staff.pack.import:0");
  CHECK(d.app.staff().packMessage().find("prochain retour") != std::string::npos);
  letKioskPoll(d);
  CHECK(d.app.packSlot()->status().rejected == "abime.kpack");
  CHECK_FALSE(d.app.packSlot()->staged());
  CHECK(d.app.catalogue().meta.packId == "salon-matin");

  d.tap("staff.pack.import:1");
  letKioskPoll(d);
  REQUIRE(d.app.packSlot()->staged());
  CHECK(d.app.screen() == ScreenId::Staff);  // never switched under the staff's fingers
  CHECK(d.app.catalogue().meta.packId == "salon-matin");
  d.tap("staff.leave");
  d.app.frame();
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.catalogue().meta.packId == "salon-apres-midi");
  CHECK(fs::exists(dir / "usb" / "mise-a-jour.kpack"));  // the stick is only read

  // Staff can go back to the morning's pack: it switches at the next reset too.
  enterStaff(d);
  d.tap("staff.pack");
  d.tap("staff.pack.previous");
  letKioskPoll(d);
  REQUIRE(d.app.packSlot()->staged());
  d.tap("staff.leave");
  d.app.frame();
  CHECK(d.app.catalogue().meta.packId == "salon-matin");
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff pack page without a packs folder explains that updates need --packs") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = freshDir("staff-pack-none");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  auto c = demoIn(dir);
  c.exportDir = dir;
  Driver d(c);
  enterStaff(d);
  d.tap("staff.pack");
  CHECK_FALSE(d.visible("staff.pack.rescan"));
  CHECK_FALSE(d.visible("staff.pack.previous"));
  bool explained = false;
  for (const auto& n : d.app.hits().names())
    explained = explained || n.find("--packs <dossier>") != std::string::npos;
  CHECK(explained);
  vitrine::test::removeDir(dir);
}
