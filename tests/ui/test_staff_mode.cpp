// Headless staff mode: hidden gesture, PIN with backoff, today's figures, USB export and purge.
#include <iostream>
#include <sstream>

#include "ctl.h"
#include "demo_keys.h"
#include "messages_language.h"
#include "staff_pin.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

vitrine::AppConfig configIn(const std::filesystem::path& dir) {
  auto c = vitrine::test::demoConfig(dir);
  c.exportDir = dir / "usb";  // stands in for a mounted USB stick
  c.kioskId = "stand-b";
  return c;
}

void visitAndLeave(Driver& d) {
  d.tap("attract");
  d.tap("home.careers");
  d.platform.advance(200);  // the visitor walks away: the idle reset ends the session
  d.app.frame();
  d.app.frame();
  REQUIRE(d.app.screen() == ScreenId::Attract);
}

}  // namespace

TEST_CASE("staff: hidden gesture, wrong PINs cost a delay, the right PIN shows today's figures") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("staff");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  Driver d(configIn(dir), vitrine::test::AtNoon{});  // visits and figures on one day
  visitAndLeave(d);
  visitAndLeave(d);

  vitrine::test::staffGesture(d);
  REQUIRE(d.app.screen() == ScreenId::StaffPin);
  CHECK_FALSE(d.visible("staff.figures"));
  // A PIN is digits: the pad has the ten of them and no « + » or space bar of the phone field.
  for (char k = '0'; k <= '9'; ++k) CHECK(d.visible(std::string("key:") + k));
  CHECK_FALSE(d.visible("key:+"));
  CHECK_FALSE(d.visible("key:space"));
  for (int i = 0; i < 3; ++i) {
    d.type("1111");
    d.tap("staff.pin.ok");
    CHECK(d.app.screen() == ScreenId::StaffPin);
  }
  CHECK(d.app.staff().pinMessage().find("réessayez dans 2 s") != std::string::npos);
  d.type("2468");
  d.tap("staff.pin.ok");  // right PIN, but the delay is not over: refused
  CHECK(d.app.screen() == ScreenId::StaffPin);
  d.platform.advance(3);
  d.type("2468");
  d.tap("staff.pin.ok");
  REQUIRE(d.app.screen() == ScreenId::Staff);
  // Two visitors came; the staff gesture itself is not counted as one.
  CHECK(d.app.staff().figures().sessions == 2);
  CHECK(d.visible("staff.leave"));

  d.tap("staff.touch");
  CHECK(d.app.staff().touchTestPoints() == 0);
  d.drag(ImVec2(1200, 600), 200);
  CHECK(d.app.screen() == ScreenId::Staff);
  CHECK(d.app.staff().touchTestPoints() >= 12);  // the finger's path is drawn
  d.tap("staff.touch.clear");
  CHECK(d.app.staff().touchTestPoints() == 0);

  d.tap("staff.leave");
  CHECK(d.app.screen() == ScreenId::Attract);
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff: export to a USB stick writes each organisation's CSV, then purge on request") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("staff-export");
  std::filesystem::create_directories(dir / "usb");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  Driver d(configIn(dir));
  std::string org = vitrine::test::saveLead(d, "ines@exemple.be");
  vitrine::test::enterStaff(d);
  CHECK(d.app.staff().figures().pendingLeads == 1);

  d.tap("staff.export");
  d.tap("staff.export.to:0");
  const auto& report = d.app.staff().lastExport();
  REQUIRE(report.ok);
  REQUIRE(report.files.size() == 1);
  CHECK(report.files.front().filename() == org + ".sealed");
  CHECK(report.files.front().parent_path().parent_path() == dir / "usb");
  std::ifstream in(report.files.front(), std::ios::binary);
  std::string sealed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(sealed.find("ines@exemple.be") == std::string::npos);  // a lost stick reveals nobody
  CHECK(sealed.find("Inès") == std::string::npos);
  // The organisation opens its file at the office with its key.
  std::ostringstream out, err;
  auto* oldOut = std::cout.rdbuf(out.rdbuf());
  auto* oldErr = std::cerr.rdbuf(err.rdbuf());
  const int status = vitrine::ctl::leads(
      {"open", report.files.front().string(), "--key", vitrine::test::demoSecretKey(org).string()});
  std::cout.rdbuf(oldOut);
  std::cerr.rdbuf(oldErr);
  CHECK(status == 0);
  CHECK(out.str().find("ines@exemple.be") != std::string::npos);
  CHECK(out.str().find("Inès") != std::string::npos);
  CHECK(d.app.staff().exportMessage().find("Vous pouvez retirer la clé") != std::string::npos);

  d.tap("staff.export.purge");
  auto leads = d.app.store()->leads();
  REQUIRE(leads.size() == 1);
  CHECK(vitrine::test::storedContacts(dir / "visitors.db").empty());  // clear and sealed purged
  CHECK_FALSE(leads.front().submission.profile.empty());  // the anonymous interest stays
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff: a USB stick pulled before the export fails clearly and nothing is lost") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("staff-pulled");
  std::filesystem::create_directories(dir / "usb");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  Driver d(configIn(dir));
  vitrine::test::saveLead(d, "ines@exemple.be");
  vitrine::test::staffGesture(d);
  d.type("2468");
  d.tap("staff.pin.ok");
  d.tap("staff.export");
  std::filesystem::remove_all(dir / "usb");
  d.tap("staff.export.to:0");
  CHECK_FALSE(d.app.staff().lastExport().ok);
  CHECK(d.app.staff().exportMessage().find("Rien n'a été effacé") != std::string::npos);
  CHECK_FALSE(d.visible("staff.export.purge"));
  CHECK(vitrine::test::openedLeads(*d.app.store()).front().submission.personal.email ==
        "ines@exemple.be");
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff: without a PIN the gesture only says how to set one") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("staff-nopin");
  Driver d(configIn(dir));
  vitrine::test::staffGesture(d);
  REQUIRE(d.app.screen() == ScreenId::StaffPin);
  CHECK(d.app.staff().pinMessage() == "Aucun code défini : utilisez kioskctl pin set");
  CHECK_FALSE(d.visible("key:1"));
  d.tap("staff.pin.cancel");
  CHECK(d.app.screen() == ScreenId::Attract);
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff: idle returns to the attract loop; restart asks the app to exit") {
  auto dir = vitrine::test::freshDir("staff-idle");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  Driver d(configIn(dir));
  vitrine::test::enterStaff(d);
  d.platform.advance(200);
  d.app.frame();
  d.app.frame();
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK_FALSE(d.app.exitRequested().has_value());
  vitrine::test::staffGesture(d);
  d.type("2468");
  d.tap("staff.pin.ok");
  d.tap("staff.restart");
  REQUIRE(d.app.exitRequested().has_value());
  CHECK(*d.app.exitRequested() == vitrine::ui::kExitRestart);
  vitrine::test::removeDir(dir);
}
