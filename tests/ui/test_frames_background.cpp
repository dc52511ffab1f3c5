// Nothing heavy in a frame: a dropped pack's check, a USB export, the retention purge and the
// statistics write run on workers; frames keep coming while they wait for a slow disk or a lock.
#include <chrono>

#include "demo_keys.h"
#include "messages_language.h"
#include "pack_slot.h"
#include "pack_slot_helpers.h"
#include "slow_fs.h"
#include "sqlite.h"
#include "staff_pin.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using vitrine::test::SlowFs;
namespace fs = std::filesystem;

namespace {

bool endsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}
bool under(const std::string& path, const fs::path& dir) {
  return path.rfind(dir.string(), 0) == 0;
}

// Frames as the main loop draws them while nobody touches the screen, a tenth of a second apart.
int drawFrames(Driver& d, int n) {
  int drawn = 0;
  for (int i = 0; i < n; ++i) {
    d.platform.advance(0.1);
    d.app.frame();
    ++drawn;
  }
  return drawn;
}

// A tap without Driver::tap's settle (which waits for the workers): the press, one frame each.
void press(Driver& d, const std::string& name) {
  auto c = d.app.hits().find(name);
  INFO("target: " << name);
  REQUIRE(c.has_value());
  d.platform.pointer(c->x, c->y, false);
  d.platform.pointer(c->x, c->y, true);
  d.platform.pointer(c->x, c->y, false);
  while (d.platform.pendingInput()) d.app.frame();
}

}  // namespace

TEST_CASE("a pack dropped during a visit is checked on a worker: frames keep coming meanwhile") {
  auto dir = vitrine::test::freshDir("frames-pack");
  fs::create_directories(dir / "packs");
  fs::copy_file(vitrine::test::packA(), dir / "packs" / "current.kpack");
  vitrine::AppConfig c;
  c.packsDir = dir / "packs";
  c.storePath = dir / "visitors.db";
  Driver d(c);
  d.tap("attract");
  REQUIRE(d.app.screen() == ScreenId::Home);

  // The check ends with an fsync of the pack: held there, as on a slow disk.
  SlowFs disk([](const std::string& p) { return endsWith(p, "mise-a-jour.kpack"); });
  disk.hold();
  fs::copy_file(vitrine::test::packB(), dir / "packs" / "mise-a-jour.kpack");
  for (int i = 0; i < 2; ++i) {  // seen twice with the same size: checked
    d.platform.advance(vitrine::PackSlot::kPollSeconds + 0.1);
    d.app.frame();
  }
  REQUIRE(disk.waitHeld());
  CHECK(disk.fsyncsOnBuildingThread() == 0);  // the UI thread never waited for the disk
  CHECK(d.app.packSlot()->checking());
  CHECK(d.app.packSlot()->status().checking == "mise-a-jour.kpack");
  CHECK(drawFrames(d, 30) == 30);  // the visitor's screen goes on while the check waits
  CHECK(d.app.screen() == ScreenId::Home);
  CHECK(d.app.catalogue().meta.packId == "salon-matin");

  disk.release();
  d.app.waitForBackground();
  d.app.frame();
  CHECK(d.app.packSlot()->staged());
  CHECK(d.app.catalogue().meta.packId == "salon-matin");  // not in the middle of a visit
  d.platform.advance(200);  // the visitor leaves: the idle reset, then the switch
  d.app.frame();
  d.app.frame();
  d.app.settle();  // the switch (renames, the new pack opened again) runs on the worker too
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.catalogue().meta.packId != "salon-matin");
  CHECK(disk.fsyncsOnBuildingThread() == 0);
}

TEST_CASE("an export to a slow USB stick keeps frames coming and ends with the right outcome") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("frames-export");
  fs::create_directories(dir / "usb");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  auto c = vitrine::test::demoConfig(dir);
  c.exportDir = dir / "usb";
  Driver d(c);
  const auto& org = d.app.catalogue().organisations.front();
  vitrine::Submission s;
  s.profile = "student";
  s.consent = true;
  s.consentOrgIds = {org.id};
  s.personal.email = "ines@exemple.be";
  d.app.store()->save(s, d.app.catalogue().meta.packId);
  vitrine::test::enterStaff(d);
  d.tap("staff.export");

  SlowFs stick([&](const std::string& p) { return under(p, dir / "usb"); });
  stick.hold();
  press(d, "staff.export.to:0");
  REQUIRE(stick.waitHeld());
  CHECK(stick.fsyncsOnBuildingThread() == 0);
  CHECK(d.app.staff().working());
  CHECK(drawFrames(d, 30) == 30);
  press(d, "staff.export.to:0");  // greyed while it runs: a second tap starts nothing
  CHECK_FALSE(d.visible("staff.export.purge"));

  stick.release();
  d.app.waitForBackground();
  d.app.frame();
  d.app.frame();
  CHECK_FALSE(d.app.staff().working());
  CHECK(d.app.staff().lastExport().ok);
  CHECK(d.app.staff().lastExport().files.size() == 1);
  CHECK(d.app.staff().exportMessage().find("Vous pouvez retirer la clé") != std::string::npos);
  CHECK(stick.fsyncsOnBuildingThread() == 0);

  // The purge runs on the worker too, and says what it did.
  d.tap("staff.export.purge");
  CHECK(d.app.staff().exportMessage().find("1 fiche(s) effacée(s)") != std::string::npos);
  CHECK(vitrine::test::openedLeadsFor(*d.app.store(), org.id).empty());
}

TEST_CASE("a pack imported from a slow USB stick is copied on a worker: frames keep coming") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("frames-import");
  fs::create_directories(dir / "packs");
  fs::create_directories(dir / "usb");
  fs::copy_file(vitrine::test::packA(), dir / "packs" / "current.kpack");
  fs::copy_file(vitrine::test::packB(), dir / "usb" / "mise-a-jour.kpack");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  vitrine::AppConfig c;
  c.packsDir = dir / "packs";
  c.storePath = dir / "visitors.db";
  c.exportDir = dir / "usb";  // stands in for a mounted USB stick
  Driver d(c);
  vitrine::test::enterStaff(d);
  d.tap("staff.pack");

  // The copy into the packs folder ends with an fsync: held there, as on a slow stick.
  SlowFs disk([&](const std::string& p) { return under(p, dir / "packs"); });
  disk.hold();
  press(d, "staff.pack.import:0");
  REQUIRE(disk.waitHeld());
  CHECK(disk.fsyncsOnBuildingThread() == 0);  // the UI thread never waited for the copy
  CHECK(d.app.packSlot()->importing());
  CHECK(d.app.staff().packMessage().find("Copie en cours") != std::string::npos);
  CHECK(drawFrames(d, 30) == 30);
  press(d, "staff.pack.import:0");  // greyed while it runs: a second tap copies nothing more

  disk.release();
  d.app.waitForBackground();
  d.app.frame();
  CHECK_FALSE(d.app.packSlot()->importing());
  CHECK(d.app.staff().packMessage().find("est copié") != std::string::npos);
  CHECK(fs::exists(dir / "packs" / "mise-a-jour.kpack"));
  CHECK(disk.fsyncsOnBuildingThread() == 0);
}

TEST_CASE("the staff figures are counted on the staff worker: the page opens at once") {
  auto dir = vitrine::test::freshDir("frames-figures");
  fs::create_directories(dir / "usb");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  auto c = vitrine::test::demoConfig(dir);
  c.exportDir = dir / "usb";
  Driver d(c, vitrine::test::AtNoon{});  // the visit and the figures on one day, at any hour
  d.tap("attract");                      // a visitor: one session today
  d.platform.advance(200);
  d.app.frame();
  vitrine::Submission s;  // and a lead, for the export below to write
  s.profile = "student";
  s.consent = true;
  s.consentOrgIds = {d.app.catalogue().organisations.front().id};
  s.personal.email = "ines@exemple.be";
  d.app.store()->save(s, d.app.catalogue().meta.packId);
  vitrine::test::enterStaff(d);
  CHECK(d.app.staff().figures().sessions == 1);

  // The staff worker busy with an export held by a slow stick: counting waits behind it, and
  // the figures page still opens and draws frames meanwhile (counting in the frame could not).
  d.tap("staff.export");
  SlowFs stick([&](const std::string& p) { return under(p, dir / "usb"); });
  stick.hold();
  press(d, "staff.export.to:0");
  REQUIRE(stick.waitHeld());
  press(d, "staff.figures");
  CHECK(d.app.staff().countingFigures());
  CHECK(drawFrames(d, 30) == 30);
  CHECK(d.app.screen() == ScreenId::Staff);

  stick.release();
  d.app.waitForBackground();
  d.app.frame();
  CHECK_FALSE(d.app.staff().countingFigures());
  CHECK(d.app.staff().figures().sessions == 1);
  CHECK(d.app.staff().figures().day.size() == 10);
}

TEST_CASE("retention: purged at start and after the hourly tick, by a worker a lock cannot stall") {
  auto dir = vitrine::test::freshDir("frames-retention");
  const fs::path db = dir / "visitors.db";
  auto oldLead = [&](vitrine::VisitorStore& store, const std::string& email) {
    vitrine::Submission s;
    s.profile = "parent";
    s.consent = true;
    s.consentOrgIds = {"cpas-liege"};
    s.personal.email = email;
    const std::string id = store.save(s, "vitrine-demo");
    vitrine::sql::Database raw(db, vitrine::sql::Mode::ReadWriteCreate);
    raw.prepare("UPDATE submissions SET created_at = ?1 WHERE id = ?2")
        .bind(1, vitrine::isoTimestamp(std::chrono::system_clock::now() -
                                       std::chrono::hours(24 * 400)))
        .bind(2, id)
        .run();
  };
  auto stillThere = [&](Driver& d) {
    int n = 0;
    for (const auto& l : vitrine::test::openedLeadsFor(*d.app.store(), "cpas-liege"))
      if (!l.submission.personal.email.empty()) ++n;
    return n;
  };
  {
    Driver d(vitrine::test::demoConfig(dir));
    oldLead(*d.app.store(), "avant@exemple.be");
  }
  Driver d(vitrine::test::demoConfig(dir));  // start: the 365 days of the demo pack apply
  d.app.waitForBackground();
  CHECK(stillThere(d) == 0);

  oldLead(*d.app.store(), "pendant@exemple.be");
  {
    // Another writer holds the file (a kioskctl merge, a slow checkpoint) when the hour strikes.
    vitrine::sql::Database other(db, vitrine::sql::Mode::ReadWriteCreate);
    other.exec("BEGIN IMMEDIATE");
    d.platform.advance(vitrine::App::kRetentionPeriodSeconds + 1);
    CHECK(drawFrames(d, 5) == 5);  // the purge waits for the lock on its thread, not in a frame
    CHECK(stillThere(d) == 1);
    other.exec("COMMIT");
  }
  d.app.waitForBackground();
  d.app.frame();
  CHECK(stillThere(d) == 0);  // erased once the lock was let go, within the busy timeout
}

TEST_CASE("statistics are written by a worker: a locked file never holds a frame") {
  auto dir = vitrine::test::freshDir("frames-stats");
  const fs::path db = dir / "visitors.db";
  Driver d(vitrine::test::demoConfig(dir));
  vitrine::sql::Database other(db, vitrine::sql::Mode::ReadWriteCreate);
  other.exec("BEGIN IMMEDIATE");  // another writer holds the file
  press(d, "attract");            // a session starts: its events are written when the UI rests
  drawFrames(d, 5);               // the UI comes to rest: the buffered events go
  CHECK(d.app.stats().pending() == 0);  // handed to the worker, not written (nor waited) here
  other.exec("COMMIT");
  d.app.waitForBackground();
  int starts = 0;
  for (const auto& e : d.app.store()->events())
    if (e.kind == "session_start") ++starts;
  CHECK(starts == 1);
}

TEST_CASE(
    "staff leaving during a slow export: the next staff visit opens at once, offers no purge") {
  auto dir = vitrine::test::freshDir("frames-export-leave");
  fs::create_directories(dir / "usb");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  auto c = vitrine::test::demoConfig(dir);
  c.exportDir = dir / "usb";
  Driver d(c);
  const auto& org = d.app.catalogue().organisations.front();
  vitrine::Submission s;
  s.profile = "student";
  s.consent = true;
  s.consentOrgIds = {org.id};
  s.personal.email = "ines@exemple.be";
  d.app.store()->save(s, d.app.catalogue().meta.packId);
  vitrine::test::staffGesture(d);
  d.type("2468");
  d.tap("staff.pin.ok");
  d.tap("staff.export");

  SlowFs stick([&](const std::string& p) { return under(p, dir / "usb"); });
  stick.hold();
  press(d, "staff.export.to:0");
  REQUIRE(stick.waitHeld());
  press(d, "staff.leave");  // staff walk away; visitors may use the kiosk (and save) meanwhile
  REQUIRE(d.app.screen() == ScreenId::Attract);
  // Back in staff mode (gesture, PIN) while the stick still holds the export: frames go on.
  auto& p = d.platform;
  p.pointer(10, 10, false);
  p.pointer(10, 10, true);
  d.app.frame();
  d.app.frame();
  p.advance(3.2);
  p.pointer(10, 10, true);
  p.pointer(10, 10, false);
  while (p.pendingInput()) d.app.frame();
  for (ImVec2 corner : {ImVec2(1910, 10), ImVec2(1910, 1070), ImVec2(10, 1070)}) {
    p.pointer(corner.x, corner.y, false);
    p.pointer(corner.x, corner.y, true);
    p.pointer(corner.x, corner.y, false);
    while (p.pendingInput()) d.app.frame();
  }
  REQUIRE(d.app.screen() == ScreenId::StaffPin);
  CHECK(d.app.staff().working());  // reopening staff mode neither dropped nor waited for it
  CHECK(stick.fsyncsOnBuildingThread() == 0);

  stick.release();
  d.app.waitForBackground();
  d.app.frame();
  CHECK_FALSE(d.app.staff().working());
  CHECK(d.app.staff().lastExport().ok);
  d.type("2468");
  d.tap("staff.pin.ok");
  d.tap("staff.export");
  // Someone may have saved while staff were away: only a new export offers the purge.
  CHECK_FALSE(d.visible("staff.export.purge"));
}
