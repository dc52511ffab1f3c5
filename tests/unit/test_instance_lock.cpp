// A second kiosk on the same data folder is refused; the lock frees itself when the first ends.
#include <doctest.h>

#include "instance_lock.h"
#include "ui_driver.h"

TEST_CASE("only one kiosk at a time holds the lock, and it is free again afterwards") {
  auto dir = vitrine::test::freshDir("lock");
  {
    vitrine::InstanceLock first(dir / "kiosk.lock");
    REQUIRE(first.held());
    vitrine::InstanceLock second(dir / "kiosk.lock");
    CHECK_FALSE(second.held());
    CHECK(second.busy());  // the one case where the second kiosk leaves (exit 3)
    CHECK(second.error().find("already running") != std::string::npos);
  }
  vitrine::InstanceLock again(dir / "kiosk.lock");
  CHECK(again.held());
  std::filesystem::remove_all(dir);
}

TEST_CASE("a lock in a missing folder is not another kiosk: the kiosk starts and says why") {
  auto dir = vitrine::test::freshDir("lock-missing");
  vitrine::InstanceLock lock(dir / "absent" / "visitors.db.lock");
  CHECK_FALSE(lock.held());
  CHECK_FALSE(lock.busy());  // main() goes on without it instead of exiting into a restart loop
  CHECK(lock.error().find("absent") != std::string::npos);
  std::filesystem::remove_all(dir);
}
