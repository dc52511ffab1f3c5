// sd_notify wrapper: libsystemd reads NOTIFY_SOCKET and WATCHDOG_USEC/WATCHDOG_PID for us.
#include "watchdog.h"

#include <systemd/sd-daemon.h>

#include <cstdlib>

namespace vitrine {

Watchdog::Watchdog() {
  notify_ = std::getenv("NOTIFY_SOCKET") != nullptr;
  uint64_t usec = 0;
  // > 0 only if WATCHDOG_USEC is set and WATCHDOG_PID (when set) is this process.
  if (sd_watchdog_enabled(0, &usec) > 0) interval_ = std::chrono::microseconds(usec);
}

void Watchdog::ready() {
  if (ready_ || !notify_) return;
  ready_ = true;
  sd_notify(0, "READY=1\nSTATUS=Showing the attract screen");
  lastPing_ = Clock::now();
}

void Watchdog::frameShown() {
  if (!enabled()) return;
  Clock::time_point now = Clock::now();
  if (now - lastPing_ < interval_ / 4) return;  // a ping per frame would be a syscall per frame
  sd_notify(0, "WATCHDOG=1");
  lastPing_ = now;
}

void Watchdog::stopping() {
  if (notify_) sd_notify(0, "STOPPING=1");
}

double Watchdog::maxSleep() const {
  if (!enabled()) return 3600.0;
  // Half the interval leaves the other half for drawing the frame that follows the wake-up.
  return std::chrono::duration<double>(interval_).count() / 2.0;
}

}  // namespace vitrine
