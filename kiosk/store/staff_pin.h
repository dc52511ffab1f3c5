// The staff PIN: an Argon2id hash in the visitor store file, and a wrong-PIN backoff that
// survives restarts.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace vitrine {

namespace sql {
class Database;
}
class StoreFile;

enum class PinResult {
  Ok,      // right PIN: the failure count is forgiven
  Wrong,   // counted; the next attempt may have to wait
  Wait,    // refused without looking at the PIN: the backoff delay is not over
  NotSet,  // no PIN was ever set (kioskctl pin set)
};

struct PinAttempt {
  PinResult result = PinResult::NotSet;
  int failures = 0;          // consecutive wrong PINs so far
  double waitSeconds = 0.0;  // before the next attempt is accepted
};

// One row in a `staff` table of the store file: the PIN never leaves this file, not even as a
// hash in an export (exports are CSV of leads only). All times are Unix seconds (wall clock) so
// that the delay still holds after a restart.
class StaffPin {
 public:
  // The `staff` table of the visitor file (its one owner made it).
  explicit StaffPin(std::shared_ptr<StoreFile> file);
  // The same on a file opened here (kioskctl, tests). Throws StoreError with a clear reason.
  explicit StaffPin(const std::filesystem::path& storePath);
  ~StaffPin();
  StaffPin(const StaffPin&) = delete;
  StaffPin& operator=(const StaffPin&) = delete;

  bool isSet() const;
  // Replaces the PIN and forgives past failures. Throws std::invalid_argument when `pin` is not
  // 4 to 8 digits, StoreError when it cannot be written.
  void set(const std::string& pin);
  // Checks a PIN. The failure is counted *before* the slow hash check, so cutting the power
  // during a check does not earn a free attempt.
  PinAttempt check(const std::string& pin, double now);
  // Seconds before the next attempt is accepted (0 = now).
  double waitSeconds(double now) const;
  int failures() const;

  static bool validFormat(const std::string& pin);
  // The delay imposed after `failures` consecutive wrong PINs: 0, 0, 2, 5, 15, 30, 60, 120, 300…
  static double delayAfter(int failures);
  // Argon2id via libsodium's crypto_pwhash_str (interactive limits); throws on out-of-memory.
  static std::string hash(const std::string& pin);
  static bool verify(const std::string& hash, const std::string& pin);

 private:
  struct Row {
    std::string hash;
    int failures = 0;
    int64_t lockedUntilMs = 0;
  };
  Row load() const;
  void save(const Row& row);
  std::shared_ptr<StoreFile> file_;
  sql::Database* db_ = nullptr;  // file_'s connection
};

double wallClockSeconds();  // now as Unix seconds

}  // namespace vitrine
