// Headless UI tests: each field's keyboard has what that field needs — an e-mail with digits
// and signs, a search with digits, names with apostrophes, hyphens and every accent (ß in German).
#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

Driver& openForm(Driver& d) {
  d.tap("attract");
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  return d;
}

}  // namespace

TEST_CASE("a real e-mail address with digits, + _ - . and any country's domain can be typed") {
  for (const char* layout : {"azerty", "qwertz", "qwerty"}) {
    CAPTURE(layout);
    auto dir = vitrine::test::freshDir("kbd-email");
    auto cfg = vitrine::test::demoConfig(dir);
    cfg.keyboard = layout;
    Driver d(cfg);
    openForm(d).tap("field.email");
    for (const char* domain : {".be", ".fr", ".ch", ".nl", ".de", ".com"})
      CHECK(d.visible(std::string("key:") + domain));
    d.type("zoe.martin1987+kiosk_a-b");
    d.tap("key:@");
    d.type("exemple");
    d.tap("key:.be");
    CHECK(d.app.session().form.email == "zoe.martin1987+kiosk_a-b@exemple.be");
    d.tap("key:backspace");
    d.tap("key:backspace");
    d.tap("key:backspace");
    d.type("0234567");
    d.tap("key:.com");
    CHECK(d.app.session().form.email == "zoe.martin1987+kiosk_a-b@exemple0234567.com");
    vitrine::test::removeDir(dir);
  }
}

TEST_CASE("the search keyboard has every digit") {
  auto dir = vitrine::test::freshDir("kbd-search");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.search");
  REQUIRE(d.app.screen() == ScreenId::Search);
  d.type("stage");
  d.tap("key:space");
  d.tap("key:symbols");
  d.type("1234567890");
  CHECK(d.app.session().search == "stage 1234567890");
  vitrine::test::removeDir(dir);
}

TEST_CASE("names: apostrophe, hyphen, French, Dutch and German accents, ß for German") {
  for (const char* layout : {"azerty", "qwertz", "qwerty"}) {
    CAPTURE(layout);
    auto dir = vitrine::test::freshDir("kbd-names");
    auto cfg = vitrine::test::demoConfig(dir);
    cfg.keyboard = layout;
    Driver d(cfg);
    openForm(d).tap("field.firstname");
    d.type("d'anne-zoé");
    d.tap("key:space");
    d.type("ëïäöü");
    CHECK(d.app.session().form.firstName == "d'anne-zoé ëïäöü");
    vitrine::test::removeDir(dir);
  }
  auto dir = vitrine::test::freshDir("kbd-de");
  auto cfg = vitrine::test::demoConfig(dir);
  cfg.language = vitrine::ui::Lang::De;
  Driver d(cfg);
  openForm(d).tap("field.firstname");
  d.tap("key:shift");
  d.type("weiß");
  CHECK(d.app.session().form.firstName == "Weiß");
  vitrine::test::removeDir(dir);
}
