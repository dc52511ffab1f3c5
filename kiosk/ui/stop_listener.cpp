// The stop-signal thread: sigwait, wake the loop, and end the process if it is too busy to.
#include "stop_listener.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include "log.h"

namespace vitrine {
namespace {

sigset_t stopSignals() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, s);
  return set;
}

}  // namespace

void StopListener::blockSignals() {
  sigset_t set = stopSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

StopListener::StopListener(std::atomic<bool>& stop, std::function<void()> wake, double grace)
    : thread_([this, &stop, wake = std::move(wake), grace] { listen(stop, wake, grace); }) {}

void StopListener::listen(std::atomic<bool>& stop, const std::function<void()>& wake,
                          double grace) {
  sigset_t set = stopSignals();
  int sig = 0;
  sigwait(&set, &sig);
  std::unique_lock lock(mutex_);
  if (leaving_) return;
  stop = true;
  if (wake) wake();
  const auto wait = std::chrono::duration<double>(grace);
  if (leavingChanged_.wait_for(lock, wait, [this] { return leaving_; })) return;
  log::error("stop requested (signal " + std::to_string(sig) +
             ") while busy: leaving now, without waiting for the work to end");
  _exit(0);
}

StopListener::~StopListener() {
  {
    std::lock_guard lock(mutex_);
    leaving_ = true;
  }
  leavingChanged_.notify_all();
  pthread_kill(thread_.native_handle(), SIGTERM);  // ends the wait if no request came
  thread_.join();
}

}  // namespace vitrine
