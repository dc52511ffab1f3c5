// systemd's service watchdog: READY=1 once the first frame is shown, WATCHDOG=1 from the frame
// loop.
#pragma once

#include <chrono>

namespace vitrine {

// Without NOTIFY_SOCKET / WATCHDOG_USEC (not started by systemd) every call is a cheap no-op.
class Watchdog {
 public:
  Watchdog();

  // Tells systemd the kiosk is up (Type=notify). Call after the first frame was presented.
  void ready();
  // Call once per presented frame: pings at most every quarter of WatchdogSec, so a frame loop
  // that stops presenting (GPU hang, deadlock) stops the pings and systemd restarts the kiosk.
  void frameShown();
  // Tells systemd the kiosk is stopping on purpose (so a slow shutdown is not a hang).
  void stopping();
  // The longest the frame loop may sleep waiting for input and still ping in time (seconds).
  double maxSleep() const;
  bool enabled() const { return interval_.count() > 0; }

 private:
  using Clock = std::chrono::steady_clock;
  std::chrono::microseconds interval_{0};  // WatchdogSec; 0 when systemd does not watch us
  bool notify_ = false;                    // NOTIFY_SOCKET is set
  bool ready_ = false;
  Clock::time_point lastPing_{};
};

}  // namespace vitrine
