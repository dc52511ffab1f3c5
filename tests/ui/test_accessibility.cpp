// Headless UI tests: the text-size steps and the high-contrast theme from the accessibility
// panel, their reset at idle (with the filters), and the language switch of the UI strings.
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
namespace ui = vitrine::ui;

namespace {

vitrine::AppConfig configIn(const std::filesystem::path& dir) {
  auto c = vitrine::test::demoConfig(dir);
  c.idleSeconds = 60;
  c.warnSeconds = 10;
  return c;
}

float bodySize(Driver& d) {
  return d.app.theme().fonts.body->FontSize;
}

// Contrast of ImGui's text colour on the window background, as the style draws them.
float styleContrast() {
  const ImGuiStyle& s = ImGui::GetStyle();
  return ui::contrastRatio(ImGui::ColorConvertFloat4ToU32(s.Colors[ImGuiCol_Text]),
                           ImGui::ColorConvertFloat4ToU32(s.Colors[ImGuiCol_WindowBg]));
}

}  // namespace

TEST_CASE("the three text sizes make reading text bigger, step by step") {
  auto dir = vitrine::test::freshDir("a11y-size");
  Driver d(configIn(dir));
  d.tap("attract");
  REQUIRE(d.visible("a11y"));
  d.tap("a11y");
  REQUIRE(d.visible("a11y.size:0"));
  const float step0 = bodySize(d);
  CHECK(step0 >= 24.0f);  // at 1080p body text is never below 24 px
  d.tap("a11y.size:1");
  const float step1 = bodySize(d);
  d.tap("a11y.size:2");
  const float step2 = bodySize(d);
  CHECK(step1 > step0 * 1.1f);
  CHECK(step2 > step1 * 1.1f);
  d.tap("a11y.size:0");
  CHECK(bodySize(d) == doctest::Approx(step0));
  d.tap("a11y.close");
  CHECK_FALSE(d.visible("a11y.size:0"));
  // Bigger text is bigger on the screen too: a chip gets wider, so right-aligned language chips
  // start further left.
  auto before = d.app.hits().find("lang:fr");
  d.tap("a11y");
  d.tap("a11y.size:2");
  d.tap("a11y.close");
  auto after = d.app.hits().find("lang:fr");
  REQUIRE(before.has_value());
  REQUIRE(after.has_value());
  CHECK(after->x < before->x - 20.0f);
  vitrine::test::removeDir(dir);
}

TEST_CASE("high contrast puts every text colour at 7:1 or more on its background") {
  auto dir = vitrine::test::freshDir("a11y-contrast");
  Driver d(configIn(dir));
  CHECK(ui::minTextContrast(ui::color::active) < 4.5f);  // white on terracotta: decorative look
  d.tap("attract");
  d.tap("a11y");
  d.tap("a11y.contrast");
  CHECK(d.app.theme().highContrast());
  CHECK(ui::minTextContrast(ui::color::active) >= 7.0f);
  CHECK(styleContrast() >= 20.0f);  // black on white
  CHECK(ui::color::cream == ui::color::kHighContrast.cream);
  d.tap("a11y.contrast");
  CHECK_FALSE(d.app.theme().highContrast());
  CHECK(ui::color::ink == ui::color::kStandard.ink);
  vitrine::test::removeDir(dir);
}

TEST_CASE("the accessibility button on the attract screen opens the panel on the home screen") {
  auto dir = vitrine::test::freshDir("a11y-attract");
  Driver d(configIn(dir));
  REQUIRE(d.app.screen() == ScreenId::Attract);
  d.tap("a11y");
  CHECK(d.app.screen() == ScreenId::Home);
  CHECK(d.visible("a11y.contrast"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("idle reset gives the next visitor standard text, colours and no filters") {
  auto dir = vitrine::test::freshDir("a11y-idle");
  Driver d(configIn(dir));
  d.tap("attract");
  const float normal = bodySize(d);
  d.tap("a11y");
  d.tap("a11y.size:2");
  d.tap("a11y.contrast");
  d.tap("a11y.close");
  REQUIRE(bodySize(d) > normal);
  d.tap("home.offers");
  d.tap("year:2");
  d.tap("service:" + d.app.catalogue().offers.front().service);
  d.tap("back");
  d.tap("home.careers");
  d.tap("level:6");
  REQUIRE_FALSE(d.app.session().filters.empty());
  d.platform.advance(61);
  d.app.frame();
  d.app.frame();
  REQUIRE(d.app.screen() == ScreenId::Attract);
  d.app.settle(5);
  CHECK(bodySize(d) == doctest::Approx(normal));
  CHECK_FALSE(d.app.theme().highContrast());
  CHECK(ui::color::cream == ui::color::kStandard.cream);
  CHECK(d.app.session().filters.empty());
  CHECK(d.app.session().careerFilters.empty());
  CHECK_FALSE(d.app.session().access.panelOpen);
  vitrine::test::removeDir(dir);
}

TEST_CASE("switching language changes the UI strings, chips included") {
  auto dir = vitrine::test::freshDir("a11y-lang");
  Driver d(configIn(dir));
  d.tap("attract");
  d.tap("home.offers");
  d.tap("year:2");
  const int all = static_cast<int>(d.app.catalogue().offers.size());
  const std::string n = "  " + std::to_string(all);
  CHECK(d.visible("text:Effacer les filtres" + n));
  struct Case {
    const char* code;
    const char* clear;
  };
  for (Case c : {Case{"de", "Filter zurücksetzen"}, Case{"nl", "Filters wissen"},
                 Case{"en", "Clear filters"}}) {
    CAPTURE(c.code);
    d.tap("back");
    d.tap(std::string("lang:") + c.code);
    d.tap("home.offers");
    d.tap("year:2");  // the offers door starts without filters
    CHECK(d.visible(std::string("text:") + c.clear + n));
    CHECK_FALSE(d.visible("text:Effacer les filtres" + n));
  }
  d.tap("back");
  d.tap("a11y");
  d.tap("a11y.close");
  vitrine::test::removeDir(dir);
}

TEST_CASE("the three text sizes baked at 4K still fit one texture a GPU can hold") {
  auto dir = vitrine::test::freshDir("a11y-atlas");
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{3840, 2160}}) {
    Driver d(configIn(dir), w, h);
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    MESSAGE("font atlas at " << w << "x" << h << ": " << atlas->TexWidth << "x" << atlas->TexHeight
                             << " px, " << atlas->Fonts.Size << " fonts");
    // 4096 px a side is a safe floor for the embedded GPUs of small kiosk PCs.
    CHECK(atlas->TexWidth <= 4096);
    CHECK(atlas->TexHeight <= 4096);
    CHECK(d.app.theme().fonts.body->FontSize >= 24.0f * w / 1920.0f);
  }
  vitrine::test::removeDir(dir);
}
