// Headless UI tests: offer filter chips show the counts the catalogue gives, zero chips lead to an
// empty result that explains itself and widens in one tap, clear-all, and career level chips.
#include <algorithm>
#include <functional>
#include <set>

#include "facets.h"
#include "ui_driver.h"

using vitrine::Offer;
using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {


// A tall portrait screen at scale 1: every filter chip fits in the filter panel without scrolling.
Driver tallDriver(const std::filesystem::path& dir) {
  return Driver(vitrine::test::demoConfig(dir), 1080, 5000);
}

int countOffers(const Driver& d, const std::function<bool(const Offer&)>& keep) {
  const auto& offers = const_cast<Driver&>(d).app.catalogue().offers;
  return static_cast<int>(std::count_if(offers.begin(), offers.end(), keep));
}

bool hasYear(const Offer& o, int y) {
  return std::find(o.years.begin(), o.years.end(), y) != o.years.end();
}

// What a chip reads: "<label>  <count>".
std::string chipText(const std::string& label, int n) {
  return "text:" + label + "  " + std::to_string(n);
}

}  // namespace

TEST_CASE("each chip shows how many offers it would give, as the catalogue says") {
  auto dir = vitrine::test::freshDir("filters-counts");
  Driver d = tallDriver(dir);
  d.tap("attract");
  d.tap("home.offers");
  REQUIRE(d.app.screen() == ScreenId::Offers);
  std::set<std::string> services, regions;
  for (const Offer& o : d.app.catalogue().offers)
    services.insert(o.service), regions.insert(o.region);
  for (const auto& s : services) {
    CAPTURE(s);
    CHECK(d.visible(chipText(s, countOffers(d, [&](const Offer& o) { return o.service == s; }))));
  }
  for (const auto& r : regions) {
    CAPTURE(r);
    CHECK(d.visible(chipText(r, countOffers(d, [&](const Offer& o) { return o.region == r; }))));
  }
  CHECK(d.visible(
      chipText("1re année", countOffers(d, [](const Offer& o) { return hasYear(o, 1); }))));
  const auto& cat = d.app.catalogue();  // « À l'étranger » at a Belgian kiosk (the default)
  CHECK(d.visible(chipText("À l’étranger", countOffers(d, [&](const Offer& o) {
                             return vitrine::stageAbroad(o, cat.organisation(o.organisation), "BE");
                           }))));
  int february = countOffers(d, [](const Offer& o) { return o.start.substr(5, 2) == "02"; });
  int winter = countOffers(d, [](const Offer& o) {
    auto m = o.start.substr(5, 2);
    return m == "12" || m == "01" || m == "02";
  });
  REQUIRE(february > 0);
  CHECK(d.visible(chipText("Hiver (déc.–févr.)", winter)));

  // With a service chosen, the year chips count within that service, and tapping one gives
  // exactly the number it showed.
  const std::string service = *services.begin();
  d.tap("service:" + service);
  int both = countOffers(d, [&](const Offer& o) { return o.service == service && hasYear(o, 3); });
  CHECK(d.visible(chipText("3e année", both)));
  d.tap("year:3");
  CHECK(d.visible("text:" + vitrine::ui::trn(vitrine::ui::S::OffersFound, both)));
  vitrine::test::removeDir(dir);
}

TEST_CASE("a chip with no result is dimmed but explains itself; widen removes the last filter") {
  auto dir = vitrine::test::freshDir("filters-widen");
  Driver d = tallDriver(dir);
  d.tap("attract");
  d.tap("home.offers");
  const auto& cat = d.app.catalogue();
  int abroad = countOffers(d, [&](const Offer& o) {  // a Belgian kiosk, the default
    return vitrine::stageAbroad(o, cat.organisation(o.organisation), "BE");
  });
  REQUIRE(abroad > 0);
  d.tap("international:1");
  CHECK(d.visible("text:" + vitrine::ui::trn(vitrine::ui::S::OffersFound, abroad)));
  // No Walloon stage is abroad: its chip says 0 ...
  CHECK(d.visible(chipText("Wallonie", 0)));
  d.tap("region:Wallonie");
  // ... and choosing it anyway gives an empty list that says why and offers the way back.
  CHECK(d.visible("text:Aucun stage ne réunit ces 2 filtres à la fois."));
  REQUIRE(d.visible("empty.widen"));
  CHECK(d.visible("empty.clear"));
  d.tap("empty.widen");  // removes Wallonie, the filter chosen last
  CHECK(d.app.session().filters.regions.empty());
  CHECK(d.app.session().filters.international);
  CHECK(d.visible("text:" + vitrine::ui::trn(vitrine::ui::S::OffersFound, abroad)));
  CHECK_FALSE(d.visible("empty.widen"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the clear-all chip shows the whole catalogue's count and removes every filter") {
  auto dir = vitrine::test::freshDir("filters-clear");
  Driver d = tallDriver(dir);
  d.tap("attract");
  d.tap("home.offers");
  const int all = static_cast<int>(d.app.catalogue().offers.size());
  CHECK_FALSE(d.visible("filters.clear"));  // nothing to clear yet
  d.tap("year:2");
  d.tap("period:spring");
  d.tap("international:1");
  CHECK(d.visible(chipText("Effacer les filtres", all)));
  d.tap("filters.clear");
  CHECK(d.app.session().filters.empty());
  CHECK(d.visible("text:" + vitrine::ui::trn(vitrine::ui::S::OffersFound, all)));
  vitrine::test::removeDir(dir);
}

TEST_CASE("career level chips count the careers of each EQF level and narrow the grid") {
  auto dir = vitrine::test::freshDir("filters-careers");
  Driver d = tallDriver(dir);
  d.tap("attract");
  d.tap("home.careers");
  const auto& careers = d.app.catalogue().careers;
  int six = static_cast<int>(
      std::count_if(careers.begin(), careers.end(), [](const auto& c) { return c.level == "6"; }));
  REQUIRE(six > 0);
  CHECK(d.visible(chipText("Niveau 6", six)));
  d.tap("level:6");
  for (const auto& c : careers) {
    CAPTURE(c.id);
    if (c.level != "6") CHECK_FALSE(d.visible("career:" + c.id));
  }
  d.tap("careers.clear");
  CHECK(d.app.session().careerFilters.empty());
  vitrine::test::removeDir(dir);
}
