// Stop requests (systemd stop, Ctrl+C) that end the kiosk within a second, even mid-work.
#pragma once

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace vitrine {

// GLFW's wait for input resumes by itself when a signal interrupts it, so a signal handler alone
// would leave the loop asleep until its next timeout. Instead SIGTERM, SIGINT and SIGHUP are
// blocked in every thread (blockSignals(), first thing in main) and this thread waits for them:
// it sets `stop` and calls `wake` so the frame loop ends between frames and the store closes
// cleanly. If the process has not finished leaving `grace` seconds later (the main thread busy
// opening a huge pack, decoding, baking), it ends at once with _exit(0): the visitor store is
// crash-safe (WAL, synchronous=FULL), and a stop request must never wait on heavy work.
class StopListener {
 public:
  StopListener(std::atomic<bool>& stop, std::function<void()> wake, double grace = 0.5);
  // The process is leaving by itself: no forced exit any more.
  ~StopListener();
  StopListener(const StopListener&) = delete;
  StopListener& operator=(const StopListener&) = delete;

  // Before any thread starts: threads inherit the mask.
  static void blockSignals();

 private:
  void listen(std::atomic<bool>& stop, const std::function<void()>& wake, double grace);

  std::mutex mutex_;
  std::condition_variable leavingChanged_;
  bool leaving_ = false;
  std::thread thread_;
};

}  // namespace vitrine
