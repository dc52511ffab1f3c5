// Headless UI test: the consent notice in the visitor's language where the pack has it, the
// pack's first language (said so) where it has not, and the stored consent records which.
#include "screens/screens.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using vitrine::ui::Lang;

namespace {

// A Dutch or English visitor reaches the consent step, ticks the first box and sends.
std::string sendIn(Lang lang, const std::filesystem::path& dir, bool& fallbackShown,
                   std::string& notice) {
  {
    Driver d(vitrine::test::demoConfig(dir));
    d.tap("attract");
    d.tap(std::string("lang:") + vitrine::ui::langCode(lang));
    const auto targets = vitrine::test::toConsentStep(d);
    const auto& meta = d.app.catalogue().meta;
    auto it = meta.consentTexts.find("nl");
    REQUIRE(it != meta.consentTexts.end());
    notice = lang == Lang::Nl ? it->second : meta.consentText;
    CHECK(d.visible("text:" + notice));
    fallbackShown = false;
    for (const auto& n : d.app.hits().names())
      if (n.find("(Français)") != std::string::npos) fallbackShown = true;
    d.tap("consent:" + targets.front()->id);
    d.tap("send");
    REQUIRE(d.app.screen() == ScreenId::Thanks);
  }
  vitrine::VisitorStore store(dir / "visitors.db", "kiosk-1", "x");
  REQUIRE(store.leads().size() == 1);
  return store.leads().front().submission.consentVersion;
}

}  // namespace

TEST_CASE("a Dutch visitor reads the Dutch notice, and the consent says it was Dutch") {
  auto dir = vitrine::test::freshDir("notice-nl");
  bool fallback = true;
  std::string notice;
  CHECK(sendIn(Lang::Nl, dir, fallback, notice) == "2026-11-v1@nl");
  CHECK(notice.find("organisaties") != std::string::npos);
  CHECK_FALSE(fallback);
  vitrine::test::removeDir(dir);
}

TEST_CASE("an English visitor gets the French notice, told so, and the consent says French") {
  auto dir = vitrine::test::freshDir("notice-en");
  bool fallback = false;
  std::string notice;
  CHECK(sendIn(Lang::En, dir, fallback, notice) == "2026-11-v1@fr");
  CHECK(fallback);
  vitrine::test::removeDir(dir);
}
