// One kiosk per machine: an advisory lock on a file next to the visitor store.
#pragma once

#include <filesystem>
#include <string>

namespace vitrine {

class InstanceLock {
 public:
  // Takes the lock or leaves held() false with `error()` saying why (another kiosk runs...).
  explicit InstanceLock(const std::filesystem::path& file);
  ~InstanceLock();
  InstanceLock(const InstanceLock&) = delete;
  InstanceLock& operator=(const InstanceLock&) = delete;

  bool held() const { return fd_ >= 0; }
  // Another kiosk holds it (not held for any other reason: the folder is missing or read-only,
  // which the visitor store reports on screen; that kiosk still runs, without a store).
  bool busy() const { return busy_; }
  const std::string& error() const { return error_; }

 private:
  int fd_ = -1;
  bool busy_ = false;
  std::string error_;
};

}  // namespace vitrine
