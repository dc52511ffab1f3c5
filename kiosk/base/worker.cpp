// The background worker: a queue, one thread, and results handed back to the owner's thread.
#include "worker.h"

#include <cassert>
#include <utility>

namespace vitrine {

Worker::Worker(Mode mode, std::function<void()> wake) : wakeOwner_(std::move(wake)) {
  if (mode == Mode::Thread) thread_ = std::thread([this] { run(); });
}

Worker::~Worker() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Worker::post(Job job) {
  assert(std::this_thread::get_id() == owner_);
  ++undelivered_;
  if (!thread_.joinable()) {  // Mode::Inline
    Done done = job(stopping_);
    std::lock_guard lock(mutex_);
    done_.push_back(std::move(done));
    return;
  }
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(std::move(job));
  }
  wake_.notify_all();
}

void Worker::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    Job job = std::move(queue_.front());
    queue_.pop_front();
    ++running_;
    lock.unlock();
    Done done = job(stopping_);
    lock.lock();
    done_.push_back(std::move(done));
    --running_;
    wake_.notify_all();
    if (wakeOwner_) {
      lock.unlock();
      wakeOwner_();
      lock.lock();
    }
  }
}

int Worker::deliver() {
  assert(std::this_thread::get_id() == owner_);
  std::vector<Done> done;
  {
    std::lock_guard lock(mutex_);
    done.swap(done_);
  }
  for (Done& d : done) {
    --undelivered_;
    if (d) d();
  }
  return static_cast<int>(done.size());
}

bool Worker::busy() const {
  return undelivered_ > 0;
}

void Worker::waitIdle() {
  std::unique_lock lock(mutex_);
  wake_.wait(lock, [this] { return stopping_ || (queue_.empty() && running_ == 0); });
}

}  // namespace vitrine
