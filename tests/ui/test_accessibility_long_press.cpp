// Headless UI tests: a long press on a card adds it to Ma sélection (without opening it); a short
// tap still opens it.
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {


// Finger down on a target, held still for `seconds`, then lifted.
void hold(Driver& d, const std::string& name, double seconds) {
  d.app.settle(10);
  auto c = d.app.hits().find(name);
  INFO("target: " << name);
  REQUIRE(c.has_value());
  d.platform.pointer(c->x, c->y, false);
  d.platform.pointer(c->x, c->y, true);
  while (d.platform.pendingInput()) d.app.frame();
  for (int i = 0; i < 10; ++i) {  // the finger rests: frames go on, time passes
    d.platform.advance(seconds / 10);
    d.app.frame();
  }
  d.platform.pointer(c->x, c->y, false);
  d.flush();
}

}  // namespace

TEST_CASE("a long press on a career card adds it to the selection and stays on the grid") {
  auto dir = vitrine::test::freshDir("long-career");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.careers");
  const std::string id = d.app.catalogue().careers.front().id;
  hold(d, "career:" + id, 1.2);
  CHECK(d.app.screen() == ScreenId::Careers);
  CHECK(d.app.session().selectionSize() == 1);
  CHECK(d.app.session().has(d.app.session().careers, id));
  CHECK(d.visible("selection"));
  hold(d, "career:" + id, 1.2);  // again: removed
  CHECK(d.app.session().selectionSize() == 0);
  d.tap("career:" + id);  // a short tap still opens it
  CHECK(d.app.screen() == ScreenId::CareerDetail);
  vitrine::test::removeDir(dir);
}

TEST_CASE("a long press on an offer adds it; a press shorter than the ring is a tap") {
  auto dir = vitrine::test::freshDir("long-offer");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.offers");
  const std::string id = d.app.catalogue().offers.front().id;
  hold(d, "offer:" + id, 1.2);
  CHECK(d.app.screen() == ScreenId::Offers);
  CHECK(d.app.session().has(d.app.session().offers, id));
  hold(d, "offer:" + id, 0.2);
  CHECK(d.app.screen() == ScreenId::OfferDetail);
  CHECK(d.app.session().selectionSize() == 1);
  vitrine::test::removeDir(dir);
}
