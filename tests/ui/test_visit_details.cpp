// Headless UI tests for the visit's details: two-line career titles, the form that opens with no
// keyboard, its e-mail error kept above the keyboard at the largest text.
#include <string>

#include "drawn_text.h"
#include "ui_driver.h"
#include "ui_strings.h"

using vitrine::Field;
using vitrine::ScreenId;
using vitrine::test::Driver;
using vitrine::ui::Lang;
using vitrine::ui::S;

namespace {

bool anyKeyShown(Driver& d) {
  for (const auto& n : d.app.hits().names())
    if (n.rfind("key:", 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("a long career title takes two lines on its card before it is cut") {
  auto dir = vitrine::test::freshDir("titles");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("lang:nl");
  d.tap("home.careers");
  REQUIRE(d.app.screen() == ScreenId::Careers);
  const std::string title = d.app.catalogue().career("accompagnant-educatif-social")->title;
  REQUIRE(title.size() > 40);  // « Begeleider·ster in de zorg en het sociaal werk (AES) »
  d.app.frame();
  const std::string shown = vitrine::test::oneLine(vitrine::test::drawnText());
  INFO(shown);
  CHECK(shown.find(title) != std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST_CASE("Ma sélection opens the form with its QR code and no keyboard; a field brings it") {
  auto dir = vitrine::test::freshDir("no-keyboard");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.careers");
  d.tap("career:" + d.app.catalogue().careers.front().id);
  d.tap("interested");
  d.tap("selection");
  REQUIRE(d.app.screen() == ScreenId::Form);
  CHECK(d.app.session().form.active == Field::None);
  CHECK_FALSE(anyKeyShown(d));
  d.tap("field.email");
  CHECK(anyKeyShown(d));
  std::filesystem::remove_all(dir);
}

TEST_CASE("at the largest text the e-mail error shows above « Suivant », never under the keyboard") {
  auto dir = vitrine::test::freshDir("email-error");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.app.session().access.textStep = 2;
  d.app.session().careers.push_back(d.app.catalogue().careers.front().id);
  d.app.navigate(ScreenId::Form);
  d.tap("field.email");
  d.type("zoe");
  d.tap("form.next");
  REQUIRE(d.app.session().form.step == 1);
  const std::string error = "text:" + std::string(vitrine::ui::tr(S::BadEmail, Lang::Fr));
  REQUIRE(d.visible(error));
  REQUIRE(d.visible("form.next"));
  CHECK(d.app.hits().find(error)->y < d.app.hits().find("form.next")->y);
  std::filesystem::remove_all(dir);
}
