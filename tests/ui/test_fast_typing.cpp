// Headless UI test: fast taps on the on-screen keyboard, delivered the way a window system
// delivers them (stamped events, several within one frame), are all typed, in order.
#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

// 200 characters a visitor could type on the letters page: every letter of the alphabet, spaces.
std::string sentence() {
  const std::string words =
      "le travail social accompagne chaque personne vers plus de justice quand on aime "
      "les gens on fait un metier qui bouge zebre wagon kayak ";
  std::string out;
  while (out.size() < 200) out += words;
  return out.substr(0, 200);
}

}  // namespace

TEST_CASE("200 characters typed with 30 ms between taps are all there, in order") {
  auto dir = vitrine::test::freshDir("fast-typing");
  auto cfg = vitrine::test::demoConfig(dir);
  cfg.keyboard = "azerty";
  Driver d(cfg);
  d.tap("attract");
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  d.tap("field.message");
  REQUIRE(d.app.session().form.active == vitrine::Field::Message);

  const std::string text = sentence();
  double at = d.platform.now() + 0.05;
  for (char c : text) {
    auto key = d.app.hits().find(c == ' ' ? "key:space" : "key:" + std::string(1, c));
    REQUIRE(key.has_value());
    // A quick finger: down for 15 ms, the next key 30 ms after this one.
    d.platform.pointerAt(at, key->x, key->y, false);
    d.platform.pointerAt(at, key->x, key->y, true);
    d.platform.pointerAt(at + 0.015, key->x, key->y, false);
    at += 0.030;
  }
  int frames = 0;
  while (d.platform.pendingInput() && frames < 5000) {  // frames at 60 Hz, as fast as it can
    d.app.frame();
    ++frames;
  }
  d.app.settle();
  const std::string& typed = d.app.session().form.message;
  MESSAGE("typed " << typed.size() << " of " << text.size() << " characters in " << frames
                   << " frames");
  CHECK(typed == text);
  vitrine::test::removeDir(dir);
}
