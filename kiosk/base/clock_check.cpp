// The clock's sanity check against two dates known to be past: this build's and the pack's.
#include "clock_check.h"

#include <cmath>
#include <cstdio>
#include <ctime>

#ifndef VITRINE_BUILD_DATE
#define VITRINE_BUILD_DATE ""
#endif

namespace vitrine {
namespace {

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS…" (UTC) as Unix seconds; false when it is neither.
bool unixTime(const std::string& iso, double& out) {
  std::tm tm{};
  int n = std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                      &tm.tm_hour, &tm.tm_min, &tm.tm_sec);
  if (n != 3 && n != 6) return false;
  if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31) return false;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  out = static_cast<double>(timegm(&tm));
  return true;
}

std::string reading(double unixSeconds) {
  const std::time_t t = static_cast<std::time_t>(std::floor(unixSeconds));
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

constexpr const char* kWhatToDo =
    " : les dates des fiches et l'effacement des coordonnées en dépendent. Réglez la date du "
    "système (ou installez fake-hwclock / une horloge RTC), puis redémarrez le kiosque.";

}  // namespace

std::string kioskBuildDate() {
  return VITRINE_BUILD_DATE;
}

ClockCheck checkClock(double now, const std::string& packBuildTime, const std::string& buildDate) {
  ClockCheck c;
  c.now = reading(now);
  double built = 0;
  if (unixTime(buildDate, built) && now < built) {
    c.plausible = false;
    c.reason = "l'horloge indique " + c.now + ", avant la construction de ce logiciel (" +
               buildDate + ")" + kWhatToDo;
    return c;
  }
  constexpr double kPackClockSlack = 3600;  // the editor's computer may run a little fast
  double packBuilt = 0;
  if (unixTime(packBuildTime, packBuilt) && now < packBuilt - kPackClockSlack) {
    c.plausible = false;
    c.reason = "l'horloge indique " + c.now + ", avant la construction du pack affiché (" +
               reading(packBuilt) + ")" + kWhatToDo;
  }
  return c;
}

}  // namespace vitrine
