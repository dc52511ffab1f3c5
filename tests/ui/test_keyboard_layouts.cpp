// Headless UI tests: every French accent typed on each keyboard layout, capitals, caps lock, and
// which layout a kiosk shows by default.
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

const std::string kAccents = "éèêàâçùûôîïëœ";

vitrine::AppConfig configIn(const std::filesystem::path& dir, const std::string& keyboard = {},
                            const std::string& country = "BE") {
  auto c = vitrine::test::demoConfig(dir);
  c.keyboard = keyboard;
  c.country = country;
  return c;
}

void openSearch(Driver& d) {
  d.tap("attract");
  d.tap("home.search");
  REQUIRE(d.app.screen() == ScreenId::Search);
}

// Which row a key sits on, seen from the screen: rows are about 84 px apart at 1080p.
float keyY(Driver& d, const std::string& key) {
  auto at = d.app.hits().find("key:" + key);
  REQUIRE(at.has_value());
  return at->y;
}

}  // namespace

TEST_CASE("every accented letter is one tap away on every layout") {
  for (const char* layout : {"azerty", "qwertz", "qwerty"}) {
    CAPTURE(layout);
    auto dir = vitrine::test::freshDir("kbd");
    Driver d(configIn(dir, layout));
    openSearch(d);
    d.type(kAccents);  // one tap per accented letter
    CHECK(d.app.session().search == kAccents);
    vitrine::test::removeDir(dir);
  }
}

TEST_CASE("a capital accent takes two taps: shift, then the letter") {
  for (const char* layout : {"azerty", "qwertz", "qwerty"}) {
    CAPTURE(layout);
    auto dir = vitrine::test::freshDir("kbd-shift");
    Driver d(configIn(dir, layout));
    openSearch(d);
    for (const char* lower : {"é", "è", "ê", "à", "ç", "ô", "œ"}) {
      d.tap("key:shift");
      d.tap(std::string("key:") + lower);
    }
    d.type("e");  // shift lasts one letter
    CHECK(d.app.session().search == "ÉÈÊÀÇÔŒe");
    vitrine::test::removeDir(dir);
  }
}

TEST_CASE("a double tap on shift, or the caps key, locks capitals until tapped again") {
  auto dir = vitrine::test::freshDir("kbd-caps");
  Driver d(configIn(dir));
  openSearch(d);
  d.tap("key:shift");
  d.tap("key:shift");  // quick second tap: caps lock
  d.type("léa");
  CHECK(d.app.session().search == "LÉA");
  d.tap("key:shift");  // unlocks
  d.type("b");
  d.tap("key:caps");
  d.type("cç");
  d.tap("key:caps");
  d.type("d");
  CHECK(d.app.session().search == "LÉAbCÇd");
  vitrine::test::removeDir(dir);
}

TEST_CASE("the kiosk setting chooses where z and y sit") {
  auto dir = vitrine::test::freshDir("kbd-layout");
  {
    Driver d(configIn(dir, "azerty"));
    openSearch(d);
    CHECK(keyY(d, "z") == doctest::Approx(keyY(d, "a")));  // a z e r t y on the top row
    CHECK(keyY(d, "y") == doctest::Approx(keyY(d, "a")));
  }
  {
    Driver d(configIn(dir, "qwertz"));
    openSearch(d);
    CHECK(keyY(d, "z") == doctest::Approx(keyY(d, "q")));  // q w e r t z on the top row
    CHECK(keyY(d, "y") > keyY(d, "a"));                    // y below, on the bottom row
    CHECK(d.visible("key:ö"));
    CHECK(d.visible("key:ä"));
    CHECK(d.visible("key:ü"));
  }
  {
    Driver d(configIn(dir, "QWERTY"));
    openSearch(d);
    CHECK(keyY(d, "y") == doctest::Approx(keyY(d, "q")));
    CHECK(keyY(d, "z") > keyY(d, "a"));
  }
  vitrine::test::removeDir(dir);
}

TEST_CASE("without a setting the layout follows the country and the visitor's language") {
  auto dir = vitrine::test::freshDir("kbd-default");
  {
    Driver d(configIn(dir, {}, "CH"));  // Swiss kiosk: QWERTZ, even in French
    openSearch(d);
    CHECK(keyY(d, "z") == doctest::Approx(keyY(d, "q")));
    CHECK(keyY(d, "y") > keyY(d, "q"));
  }
  {
    Driver d(configIn(dir, {}, "BE"));
    d.tap("attract");
    CHECK(d.visible("key:a") == false);
    d.tap("lang:en");  // an English-speaking visitor gets QWERTY
    d.tap("home.search");
    CHECK(keyY(d, "y") == doctest::Approx(keyY(d, "q")));
    CHECK(keyY(d, "z") > keyY(d, "q"));
  }
  vitrine::test::removeDir(dir);
}

TEST_CASE("a visitor can switch the layout on the keyboard; the next visitor gets the kiosk's") {
  auto dir = vitrine::test::freshDir("kbd-switch");
  auto cfg = configIn(dir, "azerty");
  cfg.idleSeconds = 30;
  cfg.warnSeconds = 5;
  Driver d(cfg);
  openSearch(d);
  d.tap("key:layout");  // AZERTY -> QWERTZ
  CHECK(keyY(d, "z") == doctest::Approx(keyY(d, "q")));
  CHECK(keyY(d, "y") > keyY(d, "q"));
  d.type("zürich");
  CHECK(d.app.session().search == "zürich");
  d.platform.advance(31);
  d.app.frame();
  d.app.frame();
  REQUIRE(d.app.screen() == ScreenId::Attract);
  openSearch(d);
  CHECK(d.app.session().search.empty());
  CHECK(keyY(d, "y") == doctest::Approx(keyY(d, "a")));  // AZERTY again
  vitrine::test::removeDir(dir);
}

TEST_CASE("accented letters go into the interest form's first-name field too") {
  auto dir = vitrine::test::freshDir("kbd-form");
  Driver d(configIn(dir, "qwertz"));
  d.tap("attract");
  d.tap("home.careers");
  d.tap("career:" + d.app.catalogue().careers.front().id);
  d.tap("interested");
  d.tap("selection");
  d.tap("field.firstname");
  d.tap("key:shift");
  d.type("éloïse");
  CHECK(d.app.session().form.firstName == "Éloïse");
  vitrine::test::removeDir(dir);
}
