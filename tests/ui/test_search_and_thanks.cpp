// Headless UI tests: searching as you type, and the one-tap satisfaction rating after a submission.
#include "report_figures.h"
#include "stats.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

TEST_CASE("results update on every key and a tap opens the career") {
  auto dir = vitrine::test::freshDir("search");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.search");
  REQUIRE(d.app.screen() == ScreenId::Search);
  d.type("e");
  d.type("d");
  d.type("u");
  d.type("c");
  CHECK(d.app.session().search == "educ");
  // Careers whose title has a word starting with "éduc", accents or not, come first: the first
  // rows on screen are some of them (bm25 decides which).
  int expected = 0;
  std::string first;
  for (const auto& c : d.app.catalogue().careers)
    if (c.title.find("Éduc") != std::string::npos || c.title.find("éduc") != std::string::npos) {
      ++expected;
      if (first.empty() && d.visible("result:career:" + c.id)) first = c.id;
    }
  REQUIRE(expected > 0);
  REQUIRE_FALSE(first.empty());
  d.tap("result:career:" + first);
  CHECK(d.app.screen() == ScreenId::CareerDetail);
  CHECK(d.app.session().careerId == first);
  d.tap("back");
  CHECK(d.app.screen() == ScreenId::Search);
  d.type("zzz");
  CHECK_FALSE(d.visible("result:career:" + first));
  vitrine::test::removeDir(dir);
}

TEST_CASE("after a submission one tap on a smiley rates the kiosk, then it resets") {
  auto dir = vitrine::test::freshDir("rating");
  {
    Driver d(vitrine::test::demoConfig(dir));
    d.tap("attract");
    d.tap("home.careers");
    d.tap("career:" + d.app.catalogue().careers.front().id);
    d.tap("interested");
    d.tap("selection");
    d.tap("form.next");
    d.tap("send");  // interest only, no contact: allowed and anonymous
    REQUIRE(d.app.screen() == ScreenId::Thanks);
    d.tap("rating:3");
    d.platform.advance(4);
    d.app.frame();
    d.app.frame();
    CHECK(d.app.screen() == ScreenId::Attract);
  }
  vitrine::Stats stats(dir / "visitors.db", "k", "e");
  bool rated = false, submitted = false;
  for (const auto& e : stats.events()) {
    rated |= e.kind == "rating" && e.value == 3;
    submitted |= e.kind == "form_submit";
  }
  CHECK(rated);
  CHECK(submitted);
  vitrine::test::removeDir(dir);
}

TEST_CASE("each search is counted once, with its query, and a fruitless one as such") {
  auto dir = vitrine::test::freshDir("search-stats");
  {
    Driver d(vitrine::test::demoConfig(dir));
    d.tap("attract");
    d.tap("home.search");
    for (const char* key : {"z", "o", "u", "k"}) d.type(key);  // four keys, one search, no result
    d.tap("back");
    d.tap("home.search");
    CHECK(d.app.session().search == "zouk");  // the query waits for the visitor's return
    for (int i = 0; i < 4; ++i) d.tap("key:backspace");
    for (const char* key : {"e", "d", "u", "c"}) d.type(key);
    d.tap("back");
    d.app.frame();
  }
  vitrine::Stats stats(dir / "visitors.db", "k", "e");
  std::vector<std::pair<std::string, int64_t>> searches;
  for (const auto& e : stats.events())
    if (vitrine::kindOf(e) == vitrine::EventKind::Search) searches.emplace_back(e.subject, e.value);
  REQUIRE(searches.size() == 2);
  CHECK(searches[0] == std::make_pair(std::string("zouk"), int64_t{0}));
  CHECK(searches[1].first == "educ");
  CHECK(searches[1].second > 0);
  const auto figures = vitrine::reportFigures(stats.events(), "");
  REQUIRE(figures.misses.size() == 1);
  CHECK(figures.misses[0].first == "zouk");  // the report names what was not found
  vitrine::test::removeDir(dir);
}
