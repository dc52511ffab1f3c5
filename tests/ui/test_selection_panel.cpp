// Headless UI tests: Ma sélection beside the form scrolls, lets items go, and shows its QR code
// with modules a phone can read (4 px or more at 1080p).
#include <string>

#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

// The module size of the selection's QR code on screen, 0 if none is drawn.
int qrModule(Driver& d) {
  for (const auto& n : d.app.hits().names())
    if (n.rfind("qr.selection:", 0) == 0) return std::stoi(n.substr(13));
  return 0;
}

}  // namespace

TEST_CASE("13 items: the list scrolls to the last one, items can be removed, the QR is legible") {
  auto dir = vitrine::test::freshDir("selection");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  auto& s = d.app.session();
  const auto& cat = d.app.catalogue();
  for (size_t i = 0; i < 5; ++i) s.careers.push_back(cat.careers[i].id);
  for (size_t i = 0; i < 8; ++i) s.offers.push_back(cat.offers[i].id);
  d.app.navigate(ScreenId::Form);
  d.app.settle();

  const std::string last = "text:" + cat.offers[7].title;
  CHECK(d.visible("selection.more"));  // a sign that more lies below
  CHECK_FALSE(d.visible(last));
  auto first = d.app.hits().find("text:" + cat.careers[0].title);
  REQUIRE(first.has_value());
  for (int i = 0; i < 6 && !d.visible(last); ++i) d.drag(*first, -200.0f);
  CHECK(d.visible(last));

  d.tap("selection.remove:" + cat.offers[7].id);
  CHECK(s.selectionSize() == 12);
  CHECK_FALSE(d.app.session().has(s.offers, cat.offers[7].id));

  int module = qrModule(d);
  if (module == 0) {  // too large to sit beside the list: one tap shows it
    d.tap("selection.qr");
    module = qrModule(d);
    d.tap("selection.qr.close");
  }
  CHECK(module >= 4);
  vitrine::test::removeDir(dir);
}

TEST_CASE("a small selection shows its QR beside the list, never under 4 px per module") {
  auto dir = vitrine::test::freshDir("selection-small");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.app.session().careers.push_back(d.app.catalogue().careers.front().id);
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  CHECK(qrModule(d) >= 4);
  d.tap("selection.remove:" + d.app.catalogue().careers.front().id);
  CHECK(d.app.session().selectionSize() == 0);
  CHECK(qrModule(d) == 0);
  vitrine::test::removeDir(dir);
}
