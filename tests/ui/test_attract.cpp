// Headless UI: the attract loop holds each slide still (no frame until the next fade), fades in a
// few frames, and shows the pack's upcoming events between careers.
#include <string>
#include <vector>

#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::Catalogue;
using vitrine::ScreenId;
using vitrine::test::demoConfig;
using vitrine::test::Driver;
using vitrine::test::freshDir;

namespace {

// What the card box shows this frame: "attract.career:<id>" or "attract.event:<id>".
std::string shownSlide(const Driver& d) {
  for (const std::string& n : d.app.hits().names())
    if (n.rfind("attract.", 0) == 0 && n.find(':') != std::string::npos) return n;
  return {};
}

}  // namespace

TEST_CASE("the attract loop draws nothing between fades and fades in a few frames") {
  Driver d(demoConfig(freshDir("attract-pacing")));
  REQUIRE(d.app.screen() == ScreenId::Attract);
  // Follow the app's own pacing on the virtual clock: a frame, then sleep as long as it asks.
  int frames = 0, slides = 0;
  double longestSleep = 0;
  std::string last = shownSlide(d);
  for (double t = 0; t < 4 * vitrine::ui::kAttractSlideSeconds;) {
    double wait = d.app.frame();
    ++frames;
    longestSleep = std::max(longestSleep, wait);
    if (std::string now = shownSlide(d); now != last) {
      ++slides;
      last = now;
    }
    wait = std::max(wait, 1.0 / 60);
    d.platform.advance(wait);
    t += wait;
  }
  CHECK(slides >= 3);            // the loop does move on
  CHECK(longestSleep >= 8.0);    // a still slide costs no frame at all
  CHECK(frames <= slides * 10);  // each change: a short fade (and an image decode), not a film
  CHECK(d.app.screen() == ScreenId::Attract);
}

TEST_CASE("the attract loop shows upcoming events between careers") {
  Driver d(demoConfig(freshDir("attract-events")));
  const Catalogue& cat = d.app.catalogue();
  const auto upcoming = vitrine::ui::upcomingEvents(cat, vitrine::ui::localDate());
  std::vector<std::string> seen;
  for (int i = 0; i < 9; ++i) {
    d.platform.advance(vitrine::ui::kAttractSlideSeconds + 0.5);
    d.app.settle(20);
    seen.push_back(shownSlide(d));
  }
  int events = 0, quizzes = 0;
  for (const std::string& s : seen) events += s.rfind("attract.event:", 0) == 0 ? 1 : 0;
  for (const std::string& s : seen) quizzes += s.rfind("attract.quiz:", 0) == 0 ? 1 : 0;
  // Two careers, then an event, with the quiz's invitation every fourth slide: slides 1 to 9
  // hold two quiz slides and, of the seven others, two events (none when the pack has no
  // upcoming event: the demo pack's dates will pass one day).
  CHECK(quizzes == 2);
  CHECK(events == (upcoming.empty() ? 0 : 2));
  for (const std::string& s : seen) CHECK_FALSE(s.empty());
}

TEST_CASE("slides: two careers then an upcoming event, past events left out") {
  Catalogue cat;
  cat.careers.resize(3);
  cat.events.resize(3);
  cat.events[0].date = "2026-01-10";  // past
  cat.events[1].date = "2026-12-12";
  cat.events[2].date = "2027-02-01";
  const auto upcoming = vitrine::ui::upcomingEvents(cat, "2026-11-23");
  REQUIRE(upcoming == std::vector<size_t>{1, 2});
  auto at = [&](int n) { return vitrine::ui::attractSlide(cat, upcoming, n); };
  CHECK(!at(0).event);
  CHECK(at(0).index == 0);
  CHECK(!at(1).event);
  CHECK(at(1).index == 1);
  CHECK(at(2).event);
  CHECK(at(2).index == 1);
  CHECK(at(3).index == 2);  // careers go on where they stopped
  CHECK(at(4).index == 0);
  CHECK(at(5).event);
  CHECK(at(5).index == 2);
  CHECK(!vitrine::ui::attractSlide(cat, {}, 2).event);  // no upcoming event: careers only
  // A pack with a quiz: every fourth slide invites to it, the others go on in the same order.
  cat.quiz.push_back({"q1", "?", {}});
  CHECK(!at(2).quiz);
  CHECK(at(2).event);
  CHECK(at(3).quiz);
  CHECK(at(4).index == 2);  // what slide 3 showed without a quiz
  CHECK(at(7).quiz);
}
