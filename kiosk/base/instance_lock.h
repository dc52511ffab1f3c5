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
  const std::string& error() const { return error_; }

 private:
  int fd_ = -1;
  std::string error_;
};

}  // namespace vitrine
