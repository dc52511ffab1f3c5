// Headless UI tests: a dialog owns the input while it shows and for the touch that closes it.
#include <set>

#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

vitrine::AppConfig idleConfig(const std::filesystem::path& dir) {
  auto c = vitrine::test::demoConfig(dir);
  c.idleSeconds = 60;
  c.warnSeconds = 10;
  return c;
}

// Lets the kiosk sit untouched until « Toujours là ? » shows.
void waitForIdleWarning(Driver& d) {
  d.platform.advance(52);
  d.app.frame();
  d.app.frame();
  REQUIRE(d.app.idleWarningShown());
}

// One frame per finger event, calling `check` after each frame (what the visitor would see).
template <typename Check>
void tapAt(Driver& d, ImVec2 p, Check check) {
  for (bool down : {false, true, false}) {
    d.platform.pointer(p.x, p.y, down);
    d.app.frame();
    check();
  }
  for (int i = 0; i < 5; ++i) {
    d.app.frame();
    check();
  }
}

}  // namespace

TEST_CASE("a tap on « Toujours là ? » ticks no consent box beneath it, even as it closes") {
  auto dir = vitrine::test::freshDir("modal-consent");
  Driver d(idleConfig(dir));
  d.tap("attract");
  // Stages from several organisations: several consent boxes fill the screen behind the dialog.
  auto targets = vitrine::test::toConsentStep(d, "", /*everyStage=*/true);
  REQUIRE(targets.size() >= 2);
  std::vector<ImVec2> boxes;
  for (const auto* org : targets)
    if (auto c = d.app.hits().find("consent:" + org->id)) boxes.push_back(*c);
  REQUIRE(boxes.size() >= 2);

  const std::set<std::string> none;
  auto unchanged = [&] { CHECK(d.app.session().form.consentOrgs == none); };
  waitForIdleWarning(d);
  auto answer = d.app.hits().find("idle.continue");
  REQUIRE(answer.has_value());
  CHECK_FALSE(d.visible("consent:" + targets.front()->id));  // beneath the dialog: no target
  tapAt(d, *answer, unchanged);  // « Je continue »: closes the dialog, nothing else
  CHECK_FALSE(d.app.idleWarningShown());
  CHECK(d.app.screen() == ScreenId::Form);

  for (ImVec2 box : boxes) {  // a tap right on a box the dimmed screen still shows
    waitForIdleWarning(d);
    tapAt(d, box, unchanged);
    CHECK_FALSE(d.app.idleWarningShown());
  }
  // Once the dialog is gone, the same box answers the very next tap.
  d.tap("consent:" + targets.front()->id);
  CHECK(d.app.session().form.consentOrgs.count(targets.front()->id) == 1);
  vitrine::test::removeDir(dir);
}

TEST_CASE("a tap on « Toujours là ? » types no letter in the form and opens no card") {
  auto dir = vitrine::test::freshDir("modal-typing");
  Driver d(idleConfig(dir));
  d.tap("attract");
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  d.tap("field.firstname");
  d.type("léa");
  auto key = d.app.hits().find("key:m");
  REQUIRE(key.has_value());
  waitForIdleWarning(d);
  tapAt(d, *key, [&] { CHECK(d.app.session().form.firstName == "léa"); });
  d.tap("key:m");  // the keyboard works again at once
  CHECK(d.app.session().form.firstName == "léam");

  d.app.navigate(ScreenId::Offers);
  d.app.settle();
  const std::string card = "offer:" + d.app.catalogue().offers.front().id;
  auto at = d.app.hits().find(card);
  REQUIRE(at.has_value());
  waitForIdleWarning(d);
  tapAt(d, *at, [&] { CHECK(d.app.screen() == ScreenId::Offers); });
  vitrine::test::removeDir(dir);
}

TEST_CASE("the text size panel is a dialog too: a touch outside it closes it and nothing else") {
  auto dir = vitrine::test::freshDir("modal-a11y");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  REQUIRE(d.app.screen() == ScreenId::Home);
  auto door = d.app.hits().find("home.careers");
  REQUIRE(door.has_value());
  d.tap("a11y");
  REQUIRE(d.app.session().access.panelOpen);
  tapAt(d, *door, [&] { CHECK(d.app.screen() == ScreenId::Home); });
  CHECK_FALSE(d.app.session().access.panelOpen);
  vitrine::test::removeDir(dir);
}
