// Headless UI tests for issue 22's smaller defects: the idle warning follows --idle, the postal
// code pad has no + or space, the careers grid keeps its place across « Retour », and the form's
// fields do not jump when « Étudiant·e » is chosen.
#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

TEST_CASE("with --idle 20 « Toujours là ? » shows for the last 5 s, not after 5 s") {
  auto dir = vitrine::test::freshDir("idle-short");
  auto cfg = vitrine::test::demoConfig(dir);
  cfg.idleSeconds = 20;
  Driver d(cfg);
  d.tap("attract");
  REQUIRE(d.app.screen() == ScreenId::Home);
  d.platform.advance(10);
  d.app.frame();
  CHECK_FALSE(d.app.idleWarningShown());  // half the idle time: no nagging yet
  d.platform.advance(6);
  d.app.frame();
  CHECK(d.app.idleWarningShown());
  vitrine::test::removeDir(dir);
}

TEST_CASE("the default 90 s still warns 15 s before the wipe") {
  auto dir = vitrine::test::freshDir("idle-default");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.platform.advance(74);
  d.app.frame();
  CHECK_FALSE(d.app.idleWarningShown());
  d.platform.advance(2);
  d.app.frame();
  CHECK(d.app.idleWarningShown());
  vitrine::test::removeDir(dir);
}

TEST_CASE("the postal code pad has digits only: no + and no space") {
  auto dir = vitrine::test::freshDir("postal");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  d.tap("field.postalcode");
  CHECK_FALSE(d.visible("key:+"));
  CHECK_FALSE(d.visible("key:space"));
  d.type("01000");
  CHECK(d.app.session().form.postalCode == "01000");
  d.tap("field.phone");  // the phone keeps them: +33 and spaces are how numbers are written
  CHECK(d.visible("key:+"));
  CHECK(d.visible("key:space"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the careers grid keeps its scroll across a career and « Retour »") {
  auto dir = vitrine::test::freshDir("careers-back");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.careers");
  REQUIRE(d.app.screen() == ScreenId::Careers);
  const auto& careers = d.app.catalogue().careers;
  auto start = d.app.hits().find("career:" + careers.front().id);
  REQUIRE(start.has_value());
  d.drag(*start, -400.0f);
  d.app.settle();
  // A card now on screen (not the first), and where it is.
  std::string card;
  for (size_t i = careers.size(); i-- > 1;)
    if (d.visible("career:" + careers[i].id)) {
      card = "career:" + careers[i].id;
      break;
    }
  REQUIRE_FALSE(card.empty());
  const ImVec2 before = *d.app.hits().find(card);
  d.tap(card);
  REQUIRE(d.app.screen() == ScreenId::CareerDetail);
  d.tap("back");
  REQUIRE(d.app.screen() == ScreenId::Careers);
  auto after = d.app.hits().find(card);
  REQUIRE(after.has_value());
  CHECK(after->y == doctest::Approx(before.y).epsilon(0.01));
  d.tap("back");  // home, then the grid again from the home screen: from its top
  d.tap("home.careers");
  CHECK(d.visible("career:" + careers.front().id));
  vitrine::test::removeDir(dir);
}

TEST_CASE("choosing « Étudiant·e » moves no field of the form") {
  for (ImVec2 size : {ImVec2(1920, 1080), ImVec2(1080, 1920)}) {
    CAPTURE(size.x);
    auto dir = vitrine::test::freshDir("no-jump");
    Driver d(vitrine::test::demoConfig(dir), static_cast<int>(size.x), static_cast<int>(size.y));
    d.tap("attract");
    d.app.navigate(ScreenId::Form);
    d.app.settle();
    std::vector<ImVec2> before;
    for (const char* f : {"field.firstname", "field.email", "field.phone", "field.message"})
      before.push_back(*d.app.hits().find(f));
    d.tap("profile:student");
    REQUIRE(d.visible("student-year:2"));
    int i = 0;
    for (const char* f : {"field.firstname", "field.email", "field.phone", "field.message"}) {
      CAPTURE(f);
      auto now = d.app.hits().find(f);
      REQUIRE(now.has_value());
      CHECK(now->y == doctest::Approx(before[i++].y));
    }
    vitrine::test::removeDir(dir);
  }
}
