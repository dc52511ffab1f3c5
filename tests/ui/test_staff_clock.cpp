// A kiosk with a wrong clock (no RTC, no network) says so on the staff Kiosque page, lists the
// clock's jumps, and lets staff set the date there with a touch editor; a refusal is explained.
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <ctime>
#include <thread>

#include "clock_check.h"
#include "date_time.h"
#include "messages_language.h"
#include "staff_clock.h"
#include "staff_pin.h"
#include "ui_driver.h"
#include "utc_zone.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using vitrine::ui::CommandResult;
using Argv = std::vector<std::string>;

namespace {

vitrine::AppConfig configIn(const std::filesystem::path& dir) {
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  return vitrine::test::demoConfig(dir);
}

void enterKioskPage(Driver& d) {
  vitrine::test::staffGesture(d);
  d.type("2468");
  d.tap("staff.pin.ok");
  REQUIRE(d.app.screen() == ScreenId::Staff);
  d.tap("staff.kiosk");
}

// The date command runs on a worker: frames go on until its answer is shown.
void waitForClock(Driver& d) {
  for (int i = 0; i < 3000 && d.app.staff().clockBusy(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    d.app.frame();
  }
  REQUIRE_FALSE(d.app.staff().clockBusy());
  d.app.settle(5);
}

std::string minute(double t) {
  return vitrine::localMinute(static_cast<std::time_t>(t));
}

}  // namespace

TEST_CASE("staff clock: a kiosk booted at 1970 says so, and staff set the date from the page") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("staff-clock");
  auto c = configIn(dir);
  std::vector<Argv> ran;
  c.wallClock = [] { return 3600.0; };  // 1970-01-01 01:00 UTC: no RTC, no network
  c.runCommand = [&ran](const Argv& argv) {
    ran.push_back(argv);
    return CommandResult{0, ""};
  };
  Driver d(c);
  enterKioskPage(d);
  const std::string built = d.app.catalogue().meta.buildTime;
  const vitrine::ClockCheck shown = vitrine::checkClock(3600.0, built);
  REQUIRE_FALSE(shown.plausible);
  CHECK(d.visible("text:Horloge à régler : " + shown.reason));

  d.tap("clock.edit");
  // The editor starts from the latest date known to be past (this pack's build), not 1970.
  const double start = std::floor(vitrine::sanestClock(3600.0, built) / 60) * 60;
  CHECK(start > 1.7e9);
  CHECK(d.visible("text:" + minute(start)));
  for (const char* step : {"clock.day+", "clock.hour+", "clock.hour+", "clock.min-"}) d.tap(step);
  const double wanted = start + 86400 + 2 * 3600 - 60;
  CHECK(d.visible("text:" + minute(wanted)));
  d.tap("clock.apply");
  waitForClock(d);
  REQUIRE(ran.size() == 1);
  CHECK(ran[0] == Argv{"timedatectl", "--no-ask-password", "set-time",
                       vitrine::localSecond(static_cast<std::time_t>(wanted))});
  CHECK(d.app.staff().clockMessage() == "Date et heure réglées : " + minute(wanted) + ".");
  CHECK(d.visible("text:" + d.app.staff().clockMessage()));
  CHECK_FALSE(d.visible("text:Horloge à régler : " + shown.reason));  // the date is right now
  CHECK_FALSE(d.visible("clock.apply"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff clock: a refusal says why and what to do; nothing else changes") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("staff-clock-refused");
  auto c = configIn(dir);
  c.wallClock = [] { return 3600.0; };
  c.runCommand = [](const Argv&) {
    return CommandResult{1, "Failed to set time: Access denied\n"};
  };
  Driver d(c);
  enterKioskPage(d);
  d.tap("clock.edit");
  d.tap("clock.apply");
  waitForClock(d);
  const std::string& m = d.app.staff().clockMessage();
  CHECK(m.find("Réglage refusé : ce compte n'a pas le droit de régler l'horloge") == 0);
  CHECK(m.find("polkit") != std::string::npos);
  CHECK(d.visible("text:" + m));
  CHECK(d.visible("clock.apply"));  // the editor stays open to try again
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff clock: a clock set back while the kiosk runs is listed for staff") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = vitrine::test::freshDir("staff-clock-jump");
  auto c = configIn(dir);
  const double start = 1.8e9;  // 2027-01-15 08:00 UTC
  double wall = start;
  c.wallClock = [&wall] { return wall; };
  Driver d(c);
  wall -= 3 * 3600;  // someone ran `date -s` three hours back
  d.app.frame();
  enterKioskPage(d);
  const std::string jump = vitrine::describeJump({start, start - 3 * 3600});
  CHECK(jump ==
        "l'horloge a reculé de 3 h 00 min (de 2027-01-15 08:00 UTC à 2027-01-15 05:00 UTC)");
  CHECK(d.visible("text:Saut d'horloge pendant le fonctionnement : " + jump + "."));
  // The staff pages follow the new time: the date editor starts from it, not from before.
  d.tap("clock.edit");
  CHECK(d.visible("text:2027-01-15 05:00"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the date command: run without a shell, its status and output read back") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  const CommandResult r = vitrine::ui::runCommand({"sh", "-c", "echo refusé; exit 3"});
  CHECK(r.status == 3);
  CHECK(r.output == "refusé\n");
  const CommandResult missing = vitrine::ui::runCommand({"vitrine-no-such-program"});
  CHECK((missing.status == -1 || missing.status == 127));
  bool ok = true;
  CHECK(vitrine::ui::setTimeOutcome(missing, 0, ok).find("timedatectl (systemd) est introuvable") !=
        std::string::npos);
  CHECK_FALSE(ok);
  const CommandResult ntp{1, "Failed to set time: Automatic time synchronization is enabled\n"};
  CHECK(vitrine::ui::setTimeOutcome(ntp, 0, ok).find("(NTP) est active") != std::string::npos);
  CHECK(vitrine::ui::setTimeCommand(1.8e9 + 59.9) ==
        Argv{"timedatectl", "--no-ask-password", "set-time", "2027-01-15 08:00:59"});
}
