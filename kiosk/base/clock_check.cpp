// The clock's sanity check against two dates known to be past: this build's and the pack's.
#include "clock_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "base_messages.h"
#include "date_time.h"

#ifndef VITRINE_BUILD_DATE
#define VITRINE_BUILD_DATE ""
#endif

namespace vitrine {
namespace {

// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS…" (UTC) as Unix seconds; false when it is neither.
bool unixTime(const std::string& iso, double& out) {
  std::time_t t = 0;
  if (!parseIsoUtc(iso, t)) return false;
  out = static_cast<double>(t);
  return true;
}

std::string reading(double unixSeconds) {
  return minuteUtc(static_cast<std::time_t>(std::floor(unixSeconds)));
}

// "2 h 05 min", "3 j 4 h", "40 s".
std::string span(double seconds) {
  const long long s = std::llround(std::fabs(seconds));
  if (s >= 86400)
    return tr(BM::span_days, {std::to_string(s / 86400), std::to_string(s % 86400 / 3600)});
  if (s >= 3600) {
    char minutes[8];
    std::snprintf(minutes, sizeof minutes, "%02lld", s % 3600 / 60);
    return tr(BM::span_hours, {std::to_string(s / 3600), minutes});
  }
  if (s >= 60) return tr(BM::span_minutes, {std::to_string(s / 60)});
  return tr(BM::span_seconds, {std::to_string(s)});
}

}  // namespace

double sanestClock(double now, const std::string& packBuildTime, const std::string& buildDate) {
  double best = now, t = 0;
  if (unixTime(buildDate, t)) best = std::max(best, t);
  if (unixTime(packBuildTime, t)) best = std::max(best, t);
  return best;
}

std::string describeJump(const ClockJump& jump) {
  return tr(jump.seconds() < 0 ? BM::clock_went_back : BM::clock_went_forward,
            {span(jump.seconds()), reading(jump.wallBefore), reading(jump.wallAfter)});
}

bool ClockWatch::observe(double wall, double monotonic) {
  const double offset = wall - monotonic;
  if (!started_) {
    started_ = true;
    offset_ = offset;
    return false;
  }
  const double step = offset - offset_;
  offset_ = offset;
  if (std::fabs(step) <= kSlack) return false;
  if (jumps_.size() == kKept) jumps_.erase(jumps_.begin());
  jumps_.push_back({wall - step, wall});
  return true;
}

std::string kioskBuildDate() {
  return VITRINE_BUILD_DATE;
}

ClockCheck checkClock(double now, const std::string& packBuildTime, const std::string& buildDate) {
  ClockCheck c;
  c.now = reading(now);
  double built = 0;
  if (unixTime(buildDate, built) && now < built) {
    c.plausible = false;
    c.reason = trWhole(BM::clock_before_build, {c.now, buildDate, tr(BM::clock_what_to_do)});
    return c;
  }
  constexpr double kPackClockSlack = 3600;  // the editor's computer may run a little fast
  double packBuilt = 0;
  if (unixTime(packBuildTime, packBuilt) && now < packBuilt - kPackClockSlack) {
    c.plausible = false;
    c.reason =
        trWhole(BM::clock_before_pack, {c.now, reading(packBuilt), tr(BM::clock_what_to_do)});
  }
  return c;
}

}  // namespace vitrine
