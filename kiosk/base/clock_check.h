// Whether the wall clock can be believed: with no real-time clock and no network (a Raspberry Pi
// at a fair) a kiosk can boot in the past, and every time stamp and purge depends on the clock.
#pragma once

#include <string>

namespace vitrine {

// The day this program was built, "YYYY-MM-DD" (UTC), or "" if unknown.
std::string kioskBuildDate();

struct ClockCheck {
  bool plausible = true;
  std::string now;     // the clock's reading, "YYYY-MM-DD HH:MM UTC"
  std::string reason;  // when implausible: why, and what to do, in French for staff
};

// `now` in Unix seconds. The clock is implausible when it reads earlier than the day this kiosk
// was built (`buildDate`, "YYYY-MM-DD") or more than an hour earlier than the pack's build time
// (`packBuildTime`, ISO 8601 UTC: the editor's computer may run a little fast). An empty or
// unreadable date is not a reason.
ClockCheck checkClock(double now, const std::string& packBuildTime,
                      const std::string& buildDate = kioskBuildDate());

}  // namespace vitrine
