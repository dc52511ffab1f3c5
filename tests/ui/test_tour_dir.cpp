// `kiosk --tour DIR` makes DIR when it does not exist yet (a fresh checkout has no shots/ folder).
#include "tour.h"
#include "ui_driver.h"

using namespace vitrine;

TEST_CASE("the tour creates its screenshot folder") {
  auto dir = test::freshDir("tour");
  test::Driver d(test::demoConfig(dir));
  auto shots = dir / "not" / "yet" / "there";
  // The null platform draws nothing, so no screenshot is saved; the folder must exist anyway.
  tour(d.app, d.platform, shots.string());
  CHECK(std::filesystem::is_directory(shots));
  vitrine::test::removeDir(dir);
}
