// Headless UI tests: every language reads as written by a native speaker — plurals without
// « (s) », one pattern for ordinal years, no French space before a colon elsewhere, and lists
// sorted as readers expect (accents folded), not by bytes.
#include <string>

#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using vitrine::ui::Lang;
using vitrine::ui::S;

TEST_CASE("no string of any language writes a plural as « (s) » or « (en) »") {
  for (Lang lang : vitrine::ui::kLanguages)
    for (int k = 0; k < static_cast<int>(S::Count); ++k) {
      const std::string s = vitrine::ui::tr(static_cast<S>(k), lang);
      CAPTURE(s);
      CHECK(s.find("(s)") == std::string::npos);
      CHECK(s.find("(en)") == std::string::npos);
    }
  using vitrine::ui::trn;
  CHECK(trn(S::OffersFound, 1, Lang::Fr) == "1 stage");
  CHECK(trn(S::OffersFound, 0, Lang::Fr) == "0 stage");  // French: 0 is singular
  CHECK(trn(S::OffersFound, 12, Lang::Fr) == "12 stages");
  CHECK(trn(S::OffersFound, 1, Lang::En) == "1 internship");
  CHECK(trn(S::OffersFound, 0, Lang::En) == "0 internships");
  CHECK(trn(S::Places, 3, Lang::Nl) == "3 plaatsen");
  CHECK(trn(S::CareersFound, 1, Lang::Nl) == "1 beroep");
}

TEST_CASE("ordinal years follow one pattern per language") {
  using vitrine::ui::yearOfStudy;
  CHECK(yearOfStudy(1, Lang::En) == "1st year");
  CHECK(yearOfStudy(2, Lang::En) == "2nd year");
  CHECK(yearOfStudy(3, Lang::En) == "3rd year");
  CHECK(yearOfStudy(11, Lang::En) == "11th year");
  CHECK(yearOfStudy(1, Lang::Fr) == "1re année");
  CHECK(yearOfStudy(2, Lang::Fr) == "2e année");
  CHECK(yearOfStudy(1, Lang::Nl) == "1e jaar");
  CHECK(yearOfStudy(2, Lang::De) == "2. Jahr");
}

TEST_CASE("Dutch, German and English put no space before a colon, semicolon, ? or !") {
  for (Lang lang : {Lang::Nl, Lang::De, Lang::En})
    for (int k = 0; k < static_cast<int>(S::Count); ++k) {
      const std::string s = vitrine::ui::tr(static_cast<S>(k), lang);
      CAPTURE(s);
      for (const char* bad : {" :", " ;", " ?", " !", "\u00A0:", "\u202F:"})
        CHECK(s.find(bad) == std::string::npos);
    }
}

TEST_CASE("the offers' service and region chips are sorted with accents folded") {
  auto dir = vitrine::test::freshDir("sort");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.tap("home.offers");
  REQUIRE(d.app.screen() == ScreenId::Offers);
  auto position = [&](const std::string& name) {
    const auto names = d.app.hits().names();
    for (size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return static_cast<int>(i);
    return -1;
  };
  const int mediation = position("service:Médiation de dettes");
  const int mrs = position("service:MRS (maison de repos et de soins)");
  REQUIRE(mediation >= 0);
  REQUIRE(mrs >= 0);
  CHECK(mediation < mrs);
  const int emilie = position("region:Émilie-Romagne");
  const int wallonie = position("region:Wallonie");
  if (emilie >= 0 && wallonie >= 0) CHECK(emilie < wallonie);  // when both chips are on screen
  vitrine::test::removeDir(dir);
}
