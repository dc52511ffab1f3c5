// Headless UI tests: the message field's keyboard has a comma and a « ?123 » page of digits and
// punctuation, so a visitor can write a sentence; the other fields keep their own keyboards.
#include <cctype>

#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

void openForm(Driver& d) {
  d.tap("attract");
  d.tap("home.careers");
  d.tap("career:" + d.app.catalogue().careers.front().id);
  d.tap("interested");
  d.tap("selection");
  REQUIRE(d.app.screen() == ScreenId::Form);
}

// Types `text` the way a visitor would: space bar for ' ', shift then the letter for a capital,
// and the page key when the character is not on the page shown.
void typeSentence(Driver& d, const std::string& text) {
  for (size_t i = 0; i < text.size();) {
    size_t len = 1;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xE0)
      len = 3;
    else if (c >= 0xC0)
      len = 2;
    std::string name = text.substr(i, len);
    i += len;
    const bool capital = std::isupper(c) != 0;
    if (name == " ") name = "space";
    if (capital) name = std::string(1, static_cast<char>(std::tolower(c)));
    if (!d.visible("key:" + name) || (capital && !d.visible("key:shift"))) d.tap("key:symbols");
    if (capital) d.tap("key:shift");
    d.tap("key:" + name);
  }
}

// Which row a key sits on, seen from the screen: rows are about 84 px apart at 1080p.
float keyY(Driver& d, const std::string& key) {
  auto at = d.app.hits().find("key:" + key);
  REQUIRE(at.has_value());
  return at->y;
}

}  // namespace

TEST_CASE("a sentence with punctuation and digits is typed into the message by tapping keys") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
    CAPTURE(w);
    auto dir = vitrine::test::freshDir("kbd-punct");
    Driver d(vitrine::test::demoConfig(dir), w, h);
    openForm(d);
    d.tap("field.message");
    const std::string sentence = "Bonjour, je cherche un stage (MRS) pour 2027 ! Merci.";
    typeSentence(d, sentence);
    CHECK(d.app.session().form.message == sentence);

    // The « ?123 » page replaces the letter rows, keeps the accents and the space bar.
    d.tap("key:symbols");
    CHECK(d.visible("key:1"));
    CHECK(d.visible("key:«"));
    CHECK_FALSE(d.visible("key:a"));
    CHECK(d.visible("key:é"));
    CHECK(d.visible("key:space"));
    CHECK(keyY(d, "1") == doctest::Approx(keyY(d, "backspace")));  // digits on the top row
    d.tap("key:«");
    d.tap("key:space");
    d.tap("key:é");
    d.tap("key:space");
    d.tap("key:»");
    CHECK(d.app.session().form.message == sentence + "« é »");
    d.tap("key:symbols");  // « ABC »: the letters again
    CHECK(d.visible("key:a"));
    CHECK_FALSE(d.visible("key:1"));
    vitrine::test::removeDir(dir);
  }
}

TEST_CASE("names, e-mail and postal code keep their own keyboards") {
  auto dir = vitrine::test::freshDir("kbd-fields");
  Driver d(vitrine::test::demoConfig(dir));
  openForm(d);
  d.tap("field.message");
  d.tap("key:symbols");
  REQUIRE(d.visible("key:1"));

  d.tap("field.email");  // the e-mail helpers, no punctuation page
  CHECK(d.visible("key:@"));
  CHECK(d.visible("key:.be"));
  CHECK(d.visible("key:a"));
  CHECK_FALSE(d.visible("key:symbols"));
  CHECK_FALSE(d.visible("key:,"));

  d.tap("field.firstname");  // letters, caps lock and layout, as before
  CHECK(d.visible("key:a"));
  CHECK(d.visible("key:caps"));
  CHECK(d.visible("key:layout"));
  CHECK_FALSE(d.visible("key:symbols"));
  CHECK_FALSE(d.visible("key:,"));

  d.tap("field.postalcode");  // the phone pad
  CHECK(d.visible("key:0"));
  CHECK_FALSE(d.visible("key:a"));
  CHECK_FALSE(d.visible("key:symbols"));

  d.tap("field.message");  // back to the message: its letters first
  CHECK(d.visible("key:a"));
  CHECK(d.visible("key:symbols"));
  CHECK(d.visible("key:,"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("an idle reset brings the next visitor's message keyboard back to letters") {
  auto dir = vitrine::test::freshDir("kbd-punct-idle");
  auto cfg = vitrine::test::demoConfig(dir);
  cfg.idleSeconds = 60;
  cfg.warnSeconds = 10;
  Driver d(cfg);
  openForm(d);
  d.tap("field.message");
  d.tap("key:symbols");
  d.type("2027");
  REQUIRE(d.app.session().form.message == "2027");
  d.platform.advance(65);
  d.app.frame();
  d.app.frame();
  d.app.frame();
  REQUIRE(d.app.screen() == ScreenId::Attract);

  openForm(d);
  d.tap("field.message");
  CHECK(d.app.session().form.message.empty());
  CHECK(d.visible("key:a"));
  CHECK_FALSE(d.visible("key:1"));
  vitrine::test::removeDir(dir);
}
