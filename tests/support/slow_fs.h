// The file-system seam with real calls, where the fsyncs of chosen files can be held or slowed:
// a slow USB stick or disk, and the thread that waited for it, without FUSE or LD_PRELOAD.
#pragma once

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>

#include "file_system.h"

namespace vitrine::test {

// While it lives, vitrine::fileSystem() is this. An fsync of a file whose path `matches` is
// held until release() (hold mode) or delayed by `delay` (slow mode); the other calls are the
// system's. Thread-safe: the kiosk's workers call it too.
class SlowFs final : public FileSystemOps {
 public:
  using Match = std::function<bool(const std::string& path)>;
  explicit SlowFs(Match matches, std::chrono::milliseconds delay = {})
      : matches_(std::move(matches)), delay_(delay) {
    setFileSystemForTesting(this);
  }
  ~SlowFs() override {
    release();
    setFileSystemForTesting(nullptr);
  }
  SlowFs(const SlowFs&) = delete;
  SlowFs& operator=(const SlowFs&) = delete;

  // Hold mode: matching fsyncs wait for release(). A hold never outlasts `failSafe` (code that
  // fsyncs on the thread that should release it must not hang the test run forever).
  void hold(std::chrono::seconds failSafe = std::chrono::seconds(5)) {
    std::lock_guard lock(mutex_);
    holding_ = true;
    failSafe_ = failSafe;
  }
  void release() {
    {
      std::lock_guard lock(mutex_);
      holding_ = false;
    }
    cv_.notify_all();
  }
  // Until a matching fsync is held (or `failSafe` passed: false).
  bool waitHeld(std::chrono::seconds failSafe = std::chrono::seconds(5)) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, failSafe, [this] { return held_ > 0; });
  }
  int matchingFsyncs() const {
    std::lock_guard lock(mutex_);
    return count_;
  }
  // Matching fsyncs made on the thread that built this (the UI thread in the tests).
  int fsyncsOnBuildingThread() const {
    std::lock_guard lock(mutex_);
    return onBuilder_;
  }

  int open(const char* path, int flags, mode_t mode) override {
    int fd = ::open(path, flags, mode);
    if (fd >= 0) {
      std::lock_guard lock(mutex_);
      paths_[fd] = path;
    }
    return fd;
  }
  ssize_t write(int fd, const void* data, size_t size) override { return ::write(fd, data, size); }
  int fsync(int fd) override {
    bool match = false;
    {
      std::unique_lock lock(mutex_);
      auto it = paths_.find(fd);
      match = it != paths_.end() && matches_(it->second);
      if (match) {
        ++count_;
        if (std::this_thread::get_id() == builder_) ++onBuilder_;
        if (holding_) {
          ++held_;
          cv_.notify_all();
          cv_.wait_for(lock, failSafe_, [this] { return !holding_; });
          --held_;
        }
      }
    }
    if (match && delay_.count() > 0) std::this_thread::sleep_for(delay_);
    return ::fsync(fd);
  }
  int close(int fd) override {
    {
      std::lock_guard lock(mutex_);
      paths_.erase(fd);
    }
    return ::close(fd);
  }
  int rename(const char* from, const char* to) override { return std::rename(from, to); }
  int unlink(const char* path) override { return ::unlink(path); }

 private:
  Match matches_;
  std::chrono::milliseconds delay_;
  std::thread::id builder_ = std::this_thread::get_id();
  mutable std::mutex mutex_;
  std::condition_variable cv_;
  std::map<int, std::string> paths_;
  bool holding_ = false;
  std::chrono::seconds failSafe_{5};
  int held_ = 0, count_ = 0, onBuilder_ = 0;
};

}  // namespace vitrine::test
