// A background thread for work that must not run inside a frame (checks, exports, maintenance).
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace vitrine {

// One thread running posted jobs in order; each job returns what its owner's thread must do with
// the result (swap it in), run by deliver() there. The pattern of the texture worker
// (kiosk/ui/textures.cpp), shared: the owner's thread only posts and swaps in ready results.
//
// A worker made with Mode::Inline runs each job at post() on the caller's thread (command-line
// tools and unit tests, where nothing draws frames); its results still wait for deliver().
class Worker {
 public:
  using Done = std::function<void()>;  // runs on the owner's thread (deliver)
  using Job = std::function<Done(const std::atomic<bool>& stopping)>;
  enum class Mode { Thread, Inline };

  // `wake` (may be empty) is called on the worker after each job: the UI loop wakes to deliver.
  explicit Worker(Mode mode = Mode::Thread, std::function<void()> wake = {});
  // Stops: queued jobs are dropped, the running one is told (`stopping`) and joined; results not
  // delivered are dropped. Jobs must keep the time between two looks at `stopping` short.
  ~Worker();
  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  void post(Job job);
  // Runs the results of the jobs finished so far, in order; returns how many.
  int deliver();
  // Posted and not delivered yet (queued, running or finished).
  bool busy() const;
  // Until every posted job has finished (tests, shutdown paths); deliver() still needed.
  void waitIdle();

 private:
  void run();

  std::thread::id owner_ = std::this_thread::get_id();
  mutable std::mutex mutex_;  // guards the four below
  std::condition_variable wake_;
  std::deque<Job> queue_;
  std::vector<Done> done_;
  int running_ = 0;
  std::atomic<bool> stopping_{false};
  int undelivered_ = 0;  // owner's thread only
  std::function<void()> wakeOwner_;
  std::thread thread_;
};

}  // namespace vitrine
