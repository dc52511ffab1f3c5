// Staff PIN storage (Argon2id hash in the store file) and the persisted wrong-PIN backoff.
#include "staff_pin.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <stdexcept>

#include "base_messages.h"
#include "sqlite.h"
#include "store.h"
#include "store_messages.h"

namespace vitrine {
namespace {

void initSodium() {
  if (sodium_init() < 0) throw std::runtime_error(tr(BM::sodium_failed));
}

}  // namespace

double wallClockSeconds() {
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

StaffPin::StaffPin(std::shared_ptr<StoreFile> file) : file_(std::move(file)), db_(&file_->db()) {}

StaffPin::StaffPin(const std::filesystem::path& storePath) : StaffPin(StoreFile::open(storePath)) {}

StaffPin::~StaffPin() = default;

bool StaffPin::validFormat(const std::string& pin) {
  return pin.size() >= 4 && pin.size() <= 8 &&
         std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

double StaffPin::delayAfter(int failures) {
  constexpr std::array<double, 9> kDelays = {0, 0, 0, 2, 5, 15, 30, 60, 120};
  if (failures < 0) return 0;
  if (static_cast<size_t>(failures) < kDelays.size()) return kDelays[failures];
  return 300;  // five minutes at most: a locked-out stand must still close in the evening
}

std::string StaffPin::hash(const std::string& pin) {
  initSodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0)
    throw std::runtime_error(tr(SM::pin_no_memory));
  return out.data();
}

bool StaffPin::verify(const std::string& hash, const std::string& pin) {
  initSodium();
  return !hash.empty() && crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

StaffPin::Row StaffPin::load() const {
  Row r;
  try {
    auto q = db_->prepare("SELECT pin_hash, failures, locked_until_ms FROM staff WHERE id = 1");
    if (q.step()) {
      r.hash = q.text(0);
      r.failures = static_cast<int>(q.integer(1));
      r.lockedUntilMs = q.integer(2);
    }
  } catch (const sql::Error& e) {
    throw StoreError(trWhole(SM::pin_unreadable, {e.what()}));
  }
  return r;
}

void StaffPin::save(const Row& row) {
  try {
    auto q = db_->prepare(
        "INSERT INTO staff(id, pin_hash, failures, locked_until_ms) VALUES(1, ?1, ?2, ?3) "
        "ON CONFLICT(id) DO UPDATE SET pin_hash = ?1, failures = ?2, locked_until_ms = ?3");
    q.bind(1, row.hash).bind(2, int64_t{row.failures}).bind(3, row.lockedUntilMs).run();
  } catch (const sql::Error& e) {  // « Disque plein : … » on a full medium, like every write
    throw StoreFile::error(e.code(), e.what(), true, tr(SM::pin_not_saved));
  }
}

bool StaffPin::isSet() const {
  return !load().hash.empty();
}
int StaffPin::failures() const {
  return load().failures;
}

void StaffPin::set(const std::string& pin) {
  if (!validFormat(pin)) throw std::invalid_argument(tr(SM::pin_format));
  save({hash(pin), 0, 0});
}

double StaffPin::waitSeconds(double now) const {
  Row r = load();
  double left = static_cast<double>(r.lockedUntilMs) / 1000.0 - now;
  // A clock set back (a Raspberry Pi without a battery) must not lock staff out for days.
  return std::clamp(left, 0.0, delayAfter(r.failures));
}

PinAttempt StaffPin::check(const std::string& pin, double now) {
  Row r = load();
  if (r.hash.empty()) return {PinResult::NotSet, r.failures, 0.0};
  double wait = waitSeconds(now);
  if (wait > 0) return {PinResult::Wait, r.failures, wait};
  Row counted = r;
  counted.failures = r.failures + 1;
  counted.lockedUntilMs =
      static_cast<int64_t>(std::llround((now + delayAfter(counted.failures)) * 1000));
  save(counted);
  if (verify(r.hash, pin)) {
    save({r.hash, 0, 0});
    return {PinResult::Ok, 0, 0.0};
  }
  return {PinResult::Wrong, counted.failures, delayAfter(counted.failures)};
}

}  // namespace vitrine
