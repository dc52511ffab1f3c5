// The staff PIN: stored only as an Argon2id hash; wrong PINs cost delays that survive a restart.
#include <doctest.h>

#include <filesystem>
#include <random>

#include "sqlite.h"
#include "staff_pin.h"

using vitrine::PinResult;
using vitrine::StaffPin;

namespace {

std::filesystem::path freshStore() {
  std::random_device rd;
  auto dir = std::filesystem::temp_directory_path() /
             ("vitrine-pin-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  return dir / "visitors.db";
}

std::string storedHash(const std::filesystem::path& store) {
  vitrine::sql::Database db(store, vitrine::sql::Mode::ReadOnly);
  auto q = db.prepare("SELECT pin_hash FROM staff");
  return q.step() ? q.text(0) : std::string();
}

}  // namespace

TEST_CASE("the PIN is stored as an Argon2id hash, never as the PIN itself") {
  auto store = freshStore();
  {
    StaffPin pin(store);
    CHECK_FALSE(pin.isSet());
    CHECK(pin.check("1234", 1000.0).result == PinResult::NotSet);
    pin.set("482913");
    CHECK(pin.isSet());
  }
  std::string hash = storedHash(store);
  CHECK(hash.rfind("$argon2id$", 0) == 0);
  CHECK(hash.find("482913") == std::string::npos);
  CHECK(StaffPin::verify(hash, "482913"));
  CHECK_FALSE(StaffPin::verify(hash, "482914"));
  // Two hashes of one PIN differ (random salt): equal PINs cannot be spotted across kiosks.
  CHECK(StaffPin::hash("482913") != hash);
  std::filesystem::remove_all(store.parent_path());
}

TEST_CASE("only 4 to 8 digits are accepted as a PIN") {
  CHECK(StaffPin::validFormat("0000"));
  CHECK(StaffPin::validFormat("12345678"));
  CHECK_FALSE(StaffPin::validFormat("123"));
  CHECK_FALSE(StaffPin::validFormat("123456789"));
  CHECK_FALSE(StaffPin::validFormat("12a4"));
  CHECK_FALSE(StaffPin::validFormat(""));
  auto store = freshStore();
  StaffPin pin(store);
  CHECK_THROWS_AS(pin.set("12"), std::invalid_argument);
  CHECK_FALSE(pin.isSet());
  std::filesystem::remove_all(store.parent_path());
}

TEST_CASE("right and wrong PINs; the delays grow and the right PIN forgives") {
  auto store = freshStore();
  StaffPin pin(store);
  pin.set("2468");
  double t = 1'700'000'000.0;
  CHECK(pin.check("2468", t).result == PinResult::Ok);
  CHECK(pin.check("1111", t).result == PinResult::Wrong);  // 1st and 2nd mistakes are free
  CHECK(pin.check("1111", t).result == PinResult::Wrong);
  auto third = pin.check("1111", t);
  CHECK(third.result == PinResult::Wrong);
  CHECK(third.waitSeconds == 2.0);
  // While the delay runs even the right PIN is refused, without being looked at.
  auto early = pin.check("2468", t + 1);
  CHECK(early.result == PinResult::Wait);
  CHECK(early.waitSeconds == doctest::Approx(1.0));
  CHECK(pin.check("1111", t + 2).result == PinResult::Wrong);
  CHECK(pin.waitSeconds(t + 2) == 5.0);
  CHECK(pin.check("2468", t + 7).result == PinResult::Ok);
  CHECK(pin.failures() == 0);
  CHECK(pin.waitSeconds(t + 7) == 0.0);
  std::filesystem::remove_all(store.parent_path());
}

TEST_CASE("the delay and the failure count survive a restart") {
  auto store = freshStore();
  double t = 1'700'000'000.0;
  {
    StaffPin pin(store);
    pin.set("2468");
    for (double at : {t, t, t, t + 2, t + 7})
      CHECK(pin.check("0000", at).result == PinResult::Wrong);
    CHECK(pin.waitSeconds(t + 7) == 15.0);
  }
  {
    StaffPin reopened(store);  // the kiosk was unplugged and started again
    CHECK(reopened.failures() == 5);
    CHECK(reopened.waitSeconds(t + 12) == doctest::Approx(10.0));
    CHECK(reopened.check("2468", t + 12).result == PinResult::Wait);
    CHECK(reopened.check("2468", t + 22).result == PinResult::Ok);
  }
  std::filesystem::remove_all(store.parent_path());
}

TEST_CASE("a clock set back never locks staff out for longer than the current delay") {
  auto store = freshStore();
  StaffPin pin(store);
  pin.set("2468");
  double t = 1'700'000'000.0;
  for (int i = 0; i < 3; ++i) pin.check("0000", t);
  // The machine restarted without a clock battery: it thinks it is years earlier.
  CHECK(pin.waitSeconds(t - 1e8) == 2.0);
  CHECK(StaffPin::delayAfter(100) == 300.0);
  std::filesystem::remove_all(store.parent_path());
}
