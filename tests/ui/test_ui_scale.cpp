// UI scale: from the display (1080p: 1, 4K: 2) unless --scale or the staff setting « Taille de
// l'interface » says otherwise; the staff choice applies at once (one font re-bake) and persists.
#include "app_settings.h"
#include "messages_language.h"
#include "staff_pin.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using namespace vitrine::test;

TEST_CASE("the scale follows the display unless one is chosen") {
  auto dir = freshDir("scale-display");
  SUBCASE("automatic: 1080p is 1, 4K is 2, a 1080x1920 portrait screen is 1") {
    CHECK(Driver(demoConfig(dir), 1920, 1080).app.theme().scale == doctest::Approx(1.0));
    CHECK(Driver(demoConfig(dir), 3840, 2160).app.theme().scale == doctest::Approx(2.0));
    CHECK(Driver(demoConfig(dir), 1080, 1920).app.theme().scale == doctest::Approx(1.0));
  }
  SUBCASE("an override wins whatever the framebuffer") {
    auto config = demoConfig(dir);
    config.scale = 0.75f;
    CHECK(Driver(config, 1920, 1080).app.theme().scale == doctest::Approx(0.75));
    CHECK(Driver(config, 3840, 2160).app.theme().scale == doctest::Approx(0.75));
    config.scale = 1.5f;
    CHECK(Driver(config, 3840, 2160).app.theme().scale == doctest::Approx(1.5));
    // ... and so do the fonts: body text is 26 px at scale 1.
    CHECK(Driver(config, 3840, 2160).app.theme().fonts.body->FontSize == doctest::Approx(39.0));
  }
  SUBCASE("an override enlarges at most 25 % over the display's own scale") {
    // At 150 % on a 1080p screen the staff PIN pad's OK button would be below the screen.
    auto config = demoConfig(dir);
    config.scale = 2.0f;
    CHECK(Driver(config, 1920, 1080).app.theme().scale == doctest::Approx(1.25));
    CHECK(Driver(config, 3840, 2160).app.theme().scale == doctest::Approx(2.0));
  }
  vitrine::test::removeDir(dir);
}

TEST_CASE("--scale and the saved setting read auto or 0.5 to 3, nothing else") {
  float s = -1;
  CHECK(vitrine::parseScale("auto", s));
  CHECK(s == 0.0f);
  CHECK(vitrine::parseScale("1.25", s));
  CHECK(s == 1.25f);
  CHECK(vitrine::parseScale("0.5", s));
  CHECK(vitrine::parseScale("3", s));
  for (const char* bad : {"", "0", "0.4", "3.5", "-1", "abc", "1.5x", "150%", "nan", "inf", "0x1p1",
                          "2e0", " 2", "+2", "2 "}) {  // only plain decimals
    CAPTURE(bad);
    s = 9;
    CHECK_FALSE(vitrine::parseScale(bad, s));
    CHECK(s == 9);  // untouched
  }
  CHECK(vitrine::scaleText(0) == "auto");
  CHECK(vitrine::scaleText(1.25f) == "1.25");
}

TEST_CASE("the UI scale setting round-trips through the store and overrides the command line") {
  auto dir = freshDir("scale-settings");
  const auto store = dir / "visitors.db";
  CHECK_FALSE(vitrine::loadSettings(store).scale.has_value());
  vitrine::saveSetting(store, "ui_scale", "1.5");
  CHECK(vitrine::loadSettings(store).scale == 1.5f);
  vitrine::AppConfig config = demoConfig(dir);
  config.scale = 2.0f;  // what the command line said
  vitrine::applySavedSettings(config);
  CHECK(config.scale == 1.5f);
  vitrine::saveSetting(store, "ui_scale", "auto");  // staff chose Automatique: the display decides
  vitrine::applySavedSettings(config);
  CHECK(config.scale == 0.0f);
  vitrine::saveSetting(store, "ui_scale", "12");  // hand-edited nonsense is ignored
  CHECK_FALSE(vitrine::loadSettings(store).scale.has_value());
  config.scale = 2.0f;
  vitrine::applySavedSettings(config);
  CHECK(config.scale == 2.0f);
  vitrine::test::removeDir(dir);
}

TEST_CASE("staff « Taille de l'interface » applies at once, re-bakes once, survives a restart") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = freshDir("scale-staff");
  vitrine::StaffPin(dir / "visitors.db").set("2468");
  {
    Driver d(demoConfig(dir));
    REQUIRE(d.app.theme().scale == doctest::Approx(1.0));
    enterStaff(d);
    d.tap("staff.settings");
    CHECK(d.visible("staff.scale:auto"));
    const int bakes = d.app.fontBakes();
    d.tap("staff.scale:1.25");
    CHECK(d.app.theme().scale == doctest::Approx(1.25));
    CHECK(d.app.theme().fonts.body->FontSize == doctest::Approx(26 * 1.25));
    CHECK(d.app.fontBakes() == bakes + 1);  // once, not every frame
    CHECK(d.app.staff().settingsMessage().find("125 %") != std::string::npos);
    // Tapping 100 % on a 1080p screen and then Automatique: no change, no re-bake.
    d.tap("staff.scale:1");
    d.tap("staff.scale:auto");
    CHECK(d.app.theme().scale == doctest::Approx(1.0));
    CHECK(d.app.fontBakes() == bakes + 2);
    // Sizes that would push screens off this 1080p display are not offered.
    CHECK_FALSE(d.visible("staff.scale:1.5"));
    CHECK_FALSE(d.visible("staff.scale:2"));
    d.tap("staff.scale:0.75");
    CHECK(d.app.theme().scale == doctest::Approx(0.75));
  }
  Driver again(demoConfig(dir));  // a restart keeps what staff chose
  CHECK(again.app.theme().scale == doctest::Approx(0.75));
  vitrine::test::removeDir(dir);
}
