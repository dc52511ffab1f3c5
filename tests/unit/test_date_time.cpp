// The one date and time helper: each format the house writes, and dates read back, as before.
#include <doctest.h>

#include <cstdlib>
#include <ctime>

#include "date_time.h"

using namespace vitrine;

namespace {

std::time_t utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0) {
  std::tm tm{};
  tm.tm_year = y - 1900;
  tm.tm_mon = mo - 1;
  tm.tm_mday = d;
  tm.tm_hour = h;
  tm.tm_min = mi;
  tm.tm_sec = s;
  return timegm(&tm);
}

// Local time is this machine's: the tests pin it to a zone an hour east of UTC (no DST in
// January) and put the previous zone back.
struct Zone {
  std::string saved;
  bool had = false;
  explicit Zone(const char* tz) {
    if (const char* old = std::getenv("TZ")) {
      saved = old;
      had = true;
    }
    setenv("TZ", tz, 1);
    tzset();
  }
  ~Zone() {
    if (had)
      setenv("TZ", saved.c_str(), 1);
    else
      unsetenv("TZ");
    tzset();
  }
};

}  // namespace

TEST_CASE("stored and compared times are UTC, in the formats the files already hold") {
  const std::time_t t = utc(2026, 11, 23, 15, 4, 5);
  CHECK(isoDay(t, TimeZone::Utc) == "2026-11-23");
  CHECK(isoSecondUtc(t) == "2026-11-23T15:04:05Z");
  CHECK(minuteUtc(t) == "2026-11-23 15:04 UTC");
  const auto when = std::chrono::system_clock::from_time_t(t) + std::chrono::milliseconds(7);
  CHECK(isoMillisUtc(when) == "2026-11-23T15:04:05.007Z");
  // Before 1970 (a clock reset to nothing, set back further): still a well-formed stamp.
  const auto early = std::chrono::system_clock::from_time_t(0) - std::chrono::milliseconds(250);
  CHECK(isoMillisUtc(early) == "1969-12-31T23:59:59.750Z");
}

TEST_CASE("what staff read is in the machine's local time") {
  Zone z("CET-1");
  const std::time_t t = utc(2027, 1, 10, 23, 30, 15);
  CHECK(isoDay(t, TimeZone::Local) == "2027-01-11");  // already tomorrow in Brussels
  CHECK(localSecond(t) == "2027-01-11 00:30:15");
  CHECK(localMinute(t) == "2027-01-11 00:30");
  std::tm tm{};
  REQUIRE(localTm(t, tm));
  CHECK(isoDay(tm) == "2027-01-11");
  CHECK(tm.tm_hour == 0);
}

TEST_CASE("dates read back: ISO days, day-first days, ISO times") {
  CHECK(isIsoDate("2028-02-29"));
  CHECK_FALSE(isIsoDate("2027-02-29"));
  CHECK_FALSE(isIsoDate("2027-13-01"));
  CHECK_FALSE(isIsoDate("27-01-01"));
  CHECK(dayFirstToIso("08/02/2027") == "2027-02-08");
  CHECK(dayFirstToIso("31/02/2027").empty());
  CHECK(dayFirstToIso("2027-02-08").empty());
  std::time_t t = 0;
  REQUIRE(parseIsoUtc("2026-12-03T10:00:00Z", t));
  CHECK(t == utc(2026, 12, 3, 10));
  REQUIRE(parseIsoUtc("2026-12-03T10:00:00.123Z", t));
  CHECK(t == utc(2026, 12, 3, 10));
  REQUIRE(parseIsoUtc("2026-12-03", t));
  CHECK(t == utc(2026, 12, 3));
  CHECK_FALSE(parseIsoUtc("2026-12-03", t, true));  // a day where a time was wanted
  CHECK_FALSE(parseIsoUtc("pas une date", t));
  CHECK_FALSE(parseIsoUtc("2026-00-03", t));
}
