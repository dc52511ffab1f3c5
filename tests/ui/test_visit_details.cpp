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
  vitrine::test::removeDir(dir);
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
  vitrine::test::removeDir(dir);
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
  vitrine::test::removeDir(dir);
}

TEST_CASE("search says how many results it found and shows more of them above the keyboard") {
  auto dir = vitrine::test::freshDir("search-count");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.app.session().search = "stage";
  d.app.navigate(ScreenId::Search);
  d.app.settle();
  d.app.frame();
  const std::string shown = vitrine::test::oneLine(vitrine::test::drawnText());
  int rows = 0;  // result rows with some part on screen
  for (const auto& n : d.app.hits().names())
    if (n.rfind("result:", 0) == 0 && d.app.hits().find(n).has_value()) ++rows;
  INFO(shown);
  CHECK(shown.find(" résultats") != std::string::npos);
  MESSAGE("result rows on screen: " << rows);
  CHECK(rows >= 4);  // rows of 104 px + 14 showed 3 between the field and the keyboard
  vitrine::test::removeDir(dir);
}

TEST_CASE("« Voir les stages (N) » lands on the career's chip, wherever the panel was scrolled") {
  auto dir = vitrine::test::freshDir("career-chip");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.offers");
  REQUIRE(d.visible("year:1"));
  d.drag(*d.app.hits().find("year:1"), -600);  // the visitor scrolled the filters down
  d.tap("back");
  d.tap("home.careers");
  d.tap("career:accompagnant-educatif-social");
  d.tap("career.offers");
  REQUIRE(d.app.screen() == ScreenId::Offers);
  CHECK(d.visible("filter.career"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the careers grid keeps its scroll after « Retour » from a career") {
  auto dir = vitrine::test::freshDir("grid-scroll");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.careers");
  const auto& careers = d.app.catalogue().careers;
  d.drag(*d.app.hits().find("career:" + careers.front().id), -500);
  d.app.settle();  // the grid's inertia has come to rest
  std::string target;
  for (const auto& c : careers)
    if (d.visible("career:" + c.id) && d.app.hits().find("career:" + c.id)->y > 500) {
      target = c.id;
      break;
    }
  REQUIRE_FALSE(target.empty());
  const float before = d.app.hits().find("career:" + target)->y;
  d.tap("career:" + target);
  REQUIRE(d.app.screen() == ScreenId::CareerDetail);
  d.tap("back");
  REQUIRE(d.app.screen() == ScreenId::Careers);
  REQUIRE(d.visible("career:" + target));
  CHECK(d.app.hits().find("career:" + target)->y == doctest::Approx(before).epsilon(0.01));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the postal code's keypad has no « + » and no space") {
  auto dir = vitrine::test::freshDir("postal");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.app.navigate(ScreenId::Form);
  d.tap("field.postalcode");
  CHECK(d.visible("key:0"));
  CHECK_FALSE(d.visible("key:+"));
  CHECK_FALSE(d.visible("key:space"));
  d.type("01000");
  CHECK(d.app.session().form.postalCode == "01000");
  vitrine::test::removeDir(dir);
}

TEST_CASE("a long web address wraps after a '/' of its path, never inside a word or the domain") {
  auto dir = vitrine::test::freshDir("url-wrap");
  Driver d(vitrine::test::demoConfig(dir), 1080, 1920);  // portrait: a narrow QR card
  d.tap("attract");
  d.app.session().access.textStep = 2;
  const vitrine::Offer* offer = d.app.catalogue().offer("liege-dettes-3");
  REQUIRE(offer != nullptr);
  const std::string url = offer->applyUrl;
  REQUIRE(url.size() > 50);
  d.app.session().offerId = offer->id;
  d.app.navigate(ScreenId::OfferDetail);
  // Scroll the sheet until its QR card's caption shows.
  std::string text;
  for (int i = 0; i < 12; ++i) {
    d.app.settle();
    d.app.frame();
    text = vitrine::test::drawnText();
    if (text.find("https://") != std::string::npos &&
        text.find(url.substr(url.size() - 8)) != std::string::npos)
      break;
    d.drag(ImVec2(700, 1500), -500);
  }
  const size_t at = text.find("https://");
  REQUIRE(at != std::string::npos);
  std::vector<std::string> lines;  // the caption's lines, until they spell the whole address
  std::string spelled;
  for (size_t p = at; p < text.size() && spelled.size() < url.size();) {
    size_t nl = text.find('\n', p);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(p, nl - p));
    spelled += lines.back();
    p = nl + 1;
  }
  INFO(text.substr(at, 200));
  REQUIRE(spelled == url);
  REQUIRE(lines.size() >= 2);  // the test needs it to wrap
  for (size_t i = 0; i + 1 < lines.size(); ++i) CHECK(lines[i].back() == '/');
  vitrine::test::removeDir(dir);
}
