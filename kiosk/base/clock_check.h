// Whether the wall clock can be believed: with no real-time clock and no network (a Raspberry Pi
// at a fair) a kiosk can boot in the past, and every time stamp and purge depends on the clock.
#pragma once

#include <string>
#include <vector>

namespace vitrine {

// The day this program was built, "YYYY-MM-DD" (UTC), or "" if unknown.
std::string kioskBuildDate();

struct ClockCheck {
  bool plausible = true;
  std::string now;     // the clock's reading, "YYYY-MM-DD HH:MM UTC"
  std::string reason;  // when implausible: why, and what to do, for staff (msg::language())
};

// `now` in Unix seconds. The clock is implausible when it reads earlier than the day this kiosk
// was built (`buildDate`, "YYYY-MM-DD") or more than an hour earlier than the pack's build time
// (`packBuildTime`, ISO 8601 UTC: the editor's computer may run a little fast). An empty or
// unreadable date is not a reason.
ClockCheck checkClock(double now, const std::string& packBuildTime,
                      const std::string& buildDate = kioskBuildDate());

// The latest of `now`, the day this kiosk was built and the pack's build time: where a clock known
// to be wrong is best restarted from (the staff date editor starts there).
double sanestClock(double now, const std::string& packBuildTime,
                   const std::string& buildDate = kioskBuildDate());

// A step of the wall clock while the kiosk ran: someone ran `date -s`, an NTP or fake-hwclock
// correction, a suspended machine's catch-up.
struct ClockJump {
  double wallBefore = 0;  // the wall clock (Unix seconds) the monotonic clock predicted
  double wallAfter = 0;   // what the wall clock read instead
  double seconds() const { return wallAfter - wallBefore; }  // < 0: the clock went back
};

// What a jump means for staff, in msg::language(): "l'horloge a reculé de 2 h 05 min (de … à …)".
std::string describeJump(const ClockJump& jump);

// Compares the wall clock with a monotonic clock between frames: they advance together, so a
// difference of more than kSlack seconds between two observations is a jump. Keeps the last few.
class ClockWatch {
 public:
  static constexpr double kSlack = 300;  // minutes of drift are no jump; a suspend is
  static constexpr size_t kKept = 5;

  // `wall` in Unix seconds, `monotonic` in seconds from any origin. The first call sets the
  // reference; returns true (and records the jump) when the wall clock stepped.
  bool observe(double wall, double monotonic);
  const std::vector<ClockJump>& jumps() const { return jumps_; }  // oldest first

 private:
  bool started_ = false;
  double offset_ = 0;  // wall minus monotonic at the last observation
  std::vector<ClockJump> jumps_;
};

}  // namespace vitrine
