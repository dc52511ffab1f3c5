// A kiosk that boots with a wrong date (no RTC, no network) notices it and tells staff.
#include <doctest.h>

#include <ctime>

#include "clock_check.h"
#include "messages_language.h"

using vitrine::checkClock;

namespace {

double at(int year, int month, int day, int hour = 12) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  return static_cast<double>(timegm(&tm));
}

}  // namespace

TEST_CASE("a clock before the kiosk's own build date is implausible, and staff are told why") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  const auto c = checkClock(at(1970, 1, 1, 0), "", "2026-12-06");
  CHECK_FALSE(c.plausible);
  CHECK(c.now == "1970-01-01 00:00 UTC");
  CHECK(c.reason.find("avant la construction de ce logiciel (2026-12-06)") != std::string::npos);
  CHECK(c.reason.find("Réglez la date") != std::string::npos);
  CHECK_FALSE(checkClock(at(2026, 12, 5, 23), "", "2026-12-06").plausible);
  CHECK(checkClock(at(2026, 12, 6, 0), "", "2026-12-06").plausible);  // the build day itself
}

TEST_CASE("a clock well before the pack's build time is implausible; a slightly slow one is not") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  const std::string packBuilt = "2026-12-03T10:00:00Z";
  const auto before = checkClock(at(2026, 12, 1), packBuilt, "2026-11-01");
  CHECK_FALSE(before.plausible);
  CHECK(before.reason.find("avant la construction du pack affiché (2026-12-03 10:00 UTC)") !=
        std::string::npos);
  CHECK(checkClock(at(2026, 12, 3, 9) + 1800, packBuilt, "2026-11-01").plausible);  // 30 min
  CHECK(checkClock(at(2027, 3, 1), packBuilt, "2026-11-01").plausible);
}

TEST_CASE("unknown dates are no reason to doubt the clock") {
  CHECK(checkClock(at(2001, 1, 1), "", "").plausible);
  CHECK(checkClock(at(2001, 1, 1), "pas une date", "??").plausible);
}

TEST_CASE("this build knows its own date, so a kiosk at 1970 is caught out of the box") {
  CHECK(vitrine::kioskBuildDate().size() == 10);
  CHECK_FALSE(checkClock(0, "").plausible);
}

TEST_CASE("a wall clock set back while the kiosk runs is a jump; minutes of drift are not") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  vitrine::ClockWatch watch;
  const double wall = at(2026, 12, 6, 10);
  CHECK_FALSE(watch.observe(wall, 100.0));
  CHECK_FALSE(watch.observe(wall + 60, 160.0));      // both advanced together
  CHECK_FALSE(watch.observe(wall + 260, 300.0));     // 2 min 20 s of drift over time
  CHECK(watch.observe(wall + 320 - 3 * 3600, 360.0));  // someone ran `date -s`: 3 h back
  REQUIRE(watch.jumps().size() == 1);
  CHECK(watch.jumps()[0].seconds() == doctest::Approx(-3 * 3600));
  CHECK(vitrine::describeJump(watch.jumps()[0]) ==
        "l'horloge a reculé de 3 h 00 min (de 2026-12-06 10:05 UTC à 2026-12-06 07:05 UTC)");
  CHECK_FALSE(watch.observe(wall + 380 - 3 * 3600, 420.0));  // the new time is the reference
  CHECK(watch.observe(wall + 440 - 3 * 3600 + 2 * 86400, 480.0));  // a suspend of two days
  CHECK(vitrine::describeJump(watch.jumps()[1]).find("avancé de 2 j 0 h") != std::string::npos);
}

TEST_CASE("only the last few jumps are kept") {
  vitrine::ClockWatch watch;
  watch.observe(0, 0);
  for (int i = 1; i <= 8; ++i) watch.observe(i * 1000.0, i);
  CHECK(watch.jumps().size() == vitrine::ClockWatch::kKept);
}
