// Headless UI tests: the careers grid's domain and audience chips count what the catalogue holds,
// follow the other chosen chips, narrow the grid, explain an empty result, clear and reset.
#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "stats.h"
#include "ui_driver.h"

using vitrine::Career;
using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

// A tall portrait screen at scale 1: every chip and card fits without scrolling.
Driver tallDriver(const std::filesystem::path& dir) {
  auto config = vitrine::test::demoConfig(dir);
  config.idleSeconds = 60;
  config.warnSeconds = 10;
  return Driver(config, 1080, 5000);
}

// The demo pack has no domains yet: give its careers some in memory, before the careers screen
// first computes its chips. `domainOf(i)` for the i-th career.
std::vector<Career>& careersOf(Driver& d) {
  return const_cast<vitrine::Catalogue&>(d.app.catalogue()).careers;
}

void setDomains(Driver& d, const std::function<std::string(size_t, const Career&)>& domainOf) {
  auto& careers = careersOf(d);
  for (size_t i = 0; i < careers.size(); ++i) careers[i].domain = domainOf(i, careers[i]);
}

int countCareers(Driver& d, const std::function<bool(const Career&)>& keep) {
  const auto& careers = careersOf(d);
  return static_cast<int>(std::count_if(careers.begin(), careers.end(), keep));
}

bool forAudience(const Career& c, const std::string& a) {
  return std::find(c.audiences.begin(), c.audiences.end(), a) != c.audiences.end();
}

// What a chip reads: "<label>  <count>".
std::string chipText(const std::string& label, int n) {
  return "text:" + label + "  " + std::to_string(n);
}

// Three known domains, one the kiosk does not know, and careers with none.
std::string mixedDomain(size_t i, const Career&) {
  const char* domains[] = {"enfance", "insertion", "accompagnement", "recherche", ""};
  return domains[i % 5];
}

void openCareers(Driver& d) {
  d.tap("attract");
  d.tap("home.careers");
  REQUIRE(d.app.screen() == ScreenId::Careers);
}

}  // namespace

TEST_CASE("domain and audience chips count the careers the catalogue gives them") {
  auto dir = vitrine::test::freshDir("career-chips-counts");
  Driver d = tallDriver(dir);
  setDomains(d, mixedDomain);
  openCareers(d);
  auto inDomain = [&](const std::string& id) {
    return countCareers(d, [&](const Career& c) { return c.domain == id; });
  };
  CHECK(d.visible(chipText("Enfance et familles", inDomain("enfance"))));
  CHECK(d.visible(chipText("Insertion et emploi", inDomain("insertion"))));
  CHECK(d.visible(chipText("Accompagnement social", inDomain("accompagnement"))));
  CHECK(d.visible(chipText("recherche", inDomain("recherche"))));  // unknown id: shown as is
  // Careers without a domain make no chip, nor does a domain no career is in.
  const auto names = d.app.hits().names();
  CHECK(std::count_if(names.begin(), names.end(),
                      [](const std::string& n) { return n.rfind("domain:", 0) == 0; }) == 4);
  auto inAudience = [&](const std::string& a) {
    return countCareers(d, [&](const Career& c) { return forAudience(c, a); });
  };
  REQUIRE(inAudience("pupils") > 0);
  CHECK(d.visible(chipText("Élèves", inAudience("pupils"))));
  CHECK(d.visible(chipText("Étudiant·es", inAudience("students"))));
  CHECK(d.visible(chipText("Reconversion", inAudience("career_changers"))));
  vitrine::test::removeDir(dir);
}

TEST_CASE("choosing a domain narrows the grid and the other groups count within it") {
  auto dir = vitrine::test::freshDir("career-chips-narrow");
  {
    Driver d = tallDriver(dir);
    setDomains(d, mixedDomain);
    openCareers(d);
    d.tap("domain:enfance");
    for (const Career& c : careersOf(d)) {
      CAPTURE(c.id);
      CHECK(d.visible("career:" + c.id) == (c.domain == "enfance"));
    }
    int pupils = countCareers(
        d, [](const Career& c) { return c.domain == "enfance" && forAudience(c, "pupils"); });
    CHECK(d.visible(chipText("Élèves", pupils)));
    for (const std::string level : {"3", "4", "5", "6", "7"}) {
      int n = countCareers(
          d, [&](const Career& c) { return c.domain == "enfance" && c.level == level; });
      CAPTURE(level);
      CHECK(d.visible(chipText("Niveau " + level, n)));
    }
    // The domain chips themselves still count as if chosen alone (within the other groups).
    int insertion = countCareers(d, [](const Career& c) { return c.domain == "insertion"; });
    CHECK(d.visible(chipText("Insertion et emploi", insertion)));

    // A second chip in the same group adds up; an audience chip narrows the domain counts.
    d.tap("domain:insertion");
    d.tap("audience:pupils");
    auto shown = [&](const Career& c) {
      return (c.domain == "enfance" || c.domain == "insertion") && forAudience(c, "pupils");
    };
    for (const Career& c : careersOf(d)) {
      CAPTURE(c.id);
      CHECK(d.visible("career:" + c.id) == shown(c));
    }
    int insertionPupils = countCareers(
        d, [](const Career& c) { return c.domain == "insertion" && forAudience(c, "pupils"); });
    CHECK(d.visible(chipText("Insertion et emploi", insertionPupils)));
  }
  // Each chip turned on is one "filter" statistic, like the level chips.
  vitrine::Stats stats(dir / "visitors.db", "k", "e");
  std::vector<std::string> filters;
  for (const auto& e : stats.events())
    if (e.kind == "filter") filters.push_back(e.subject);
  CHECK(filters ==
        std::vector<std::string>{"domain:enfance", "domain:insertion", "audience:pupils"});
  vitrine::test::removeDir(dir);
}

TEST_CASE("a career chip with no result explains itself; widen removes the last chip") {
  auto dir = vitrine::test::freshDir("career-chips-widen");
  Driver d = tallDriver(dir);
  // Encadrement only for careers no pupil is pointed to; the rest in "enfance".
  setDomains(d, [](size_t, const Career& c) {
    return forAudience(c, "pupils") ? std::string("enfance") : std::string("encadrement");
  });
  openCareers(d);
  const int pupils = countCareers(d, [](const Career& c) { return forAudience(c, "pupils"); });
  d.tap("audience:pupils");
  CHECK(d.visible(chipText("Encadrement et ingénierie", 0)));  // dimmed, still tappable
  d.tap("domain:encadrement");
  CHECK(d.visible("text:Aucun métier ne réunit ces 2 filtres à la fois."));
  for (const Career& c : careersOf(d)) CHECK_FALSE(d.visible("career:" + c.id));
  REQUIRE(d.visible("empty.widen"));
  CHECK(d.visible("empty.clear"));
  d.tap("empty.widen");  // removes Encadrement, chosen last
  CHECK(d.app.session().careerFilters.domains.empty());
  CHECK(d.app.session().careerFilters.audiences.count("pupils"));
  for (const Career& c : careersOf(d))
    CHECK(d.visible("career:" + c.id) == forAudience(c, "pupils"));
  CHECK(countCareers(d, [&](const Career& c) { return d.visible("career:" + c.id); }) == pupils);
  CHECK_FALSE(d.visible("empty.widen"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("clear-all shows every career's count and removes every career chip") {
  auto dir = vitrine::test::freshDir("career-chips-clear");
  Driver d = tallDriver(dir);
  setDomains(d, mixedDomain);
  openCareers(d);
  const int all = static_cast<int>(careersOf(d).size());
  CHECK_FALSE(d.visible("careers.clear"));
  d.tap("level:6");
  d.tap("domain:enfance");
  d.tap("audience:students");
  CHECK(d.visible(chipText("Effacer les filtres", all)));
  d.tap("careers.clear");
  CHECK(d.app.session().careerFilters.empty());
  for (const Career& c : careersOf(d)) CHECK(d.visible("career:" + c.id));
  vitrine::test::removeDir(dir);
}

TEST_CASE("a group with one value or none is hidden") {
  auto dir = vitrine::test::freshDir("career-chips-hidden");
  Driver d = tallDriver(dir);
  setDomains(d, [](size_t i, const Career&) { return i % 2 ? "enfance" : ""; });
  openCareers(d);
  CHECK_FALSE(d.visible("domain:enfance"));  // one domain only: nothing to choose
  CHECK(d.visible("audience:pupils"));
  CHECK(d.visible("level:6"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("the idle reset wipes the career chips for the next visitor") {
  auto dir = vitrine::test::freshDir("career-chips-idle");
  Driver d = tallDriver(dir);
  setDomains(d, mixedDomain);
  openCareers(d);
  d.tap("domain:enfance");
  d.tap("audience:career_changers");
  REQUIRE_FALSE(d.app.session().careerFilters.empty());
  d.platform.advance(61);
  d.app.frame();
  d.app.frame();
  REQUIRE(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.session().careerFilters.empty());
  CHECK(d.app.session().careerFilters.order.empty());
  openCareers(d);  // the next visitor sees the whole grid and no chip on
  for (const Career& c : careersOf(d)) CHECK(d.visible("career:" + c.id));
  CHECK_FALSE(d.visible("careers.clear"));
  vitrine::test::removeDir(dir);
}

TEST_CASE("on a 1080x1920 portrait screen the chips wrap and the grid keeps most of the screen") {
  auto dir = vitrine::test::freshDir("career-chips-portrait");
  Driver d(vitrine::test::demoConfig(dir), 1080, 1920);
  // Twelve domains (the six known ones and six a newer pack could bring): enough chips to wrap
  // and, at the largest text, to overflow their strip even with each group's name beside them.
  const char* domains[] = {"accompagnement",   "education",       "enfance",       "insertion",
                           "animation",        "encadrement",     "recherche-action",
                           "sante-mentale",    "migration-accueil", "logement-habitat",
                           "mediation-numerique", "justice-probation"};
  setDomains(d, [&](size_t i, const Career&) { return domains[i % std::size(domains)]; });
  openCareers(d);
  std::set<float> domainRows;
  for (const char* id : domains) {
    auto c = d.app.hits().find(std::string("domain:") + id);
    REQUIRE(c.has_value());
    domainRows.insert(c->y);
  }
  CHECK(domainRows.size() >= 2);  // seven domain chips do not fit one 1080 px line: they wrap
  CHECK(d.visible("audience:career_changers"));
  const auto& first = careersOf(d).front();
  REQUIRE(d.visible("career:" + first.id));
  CHECK(d.app.hits().find("career:" + first.id)->y < 1920 * 0.6f);
  CHECK_FALSE(d.visible("careers.chips.more"));  // every chip shows: no sign of more

  // The largest text, a chip on (clear-all adds a row): the chips no longer fit their area,
  // which stops at 40 % of the screen and scrolls on its own; the first cards stay on screen.
  d.app.session().access.textStep = 2;
  d.tap("domain:enfance");
  const auto enfance = [](const Career& c) { return c.domain == "enfance"; };
  const auto& shown = *std::find_if(careersOf(d).begin(), careersOf(d).end(), enfance);
  REQUIRE(d.visible("career:" + shown.id));
  CHECK(d.app.hits().find("career:" + shown.id)->y < 1920 * 0.75f);
  CHECK(d.visible("careers.chips.more"));  // the arrow over a fade says the strip scrolls
  const float before = d.app.hits().find("level:6")->y;
  d.drag(*d.app.hits().find("level:6"), -300);
  REQUIRE(d.visible("audience:career_changers"));
  CHECK(d.app.hits().find("level:6").value_or(ImVec2(0, 0)).y < before);       // it scrolled
  CHECK(d.app.session().careerFilters.domains == vitrine::Choice{"enfance"});  // a drag, no tap
  vitrine::test::removeDir(dir);
}

TEST_CASE("domain and audience chips speak the visitor's language") {
  auto dir = vitrine::test::freshDir("career-chips-lang");
  Driver d = tallDriver(dir);
  d.tap("attract");
  struct Case {
    const char* code;
    const char* children;
    const char* pupils;
  };
  for (Case c : {Case{"nl", "Kind en gezin", "Leerlingen"},
                 Case{"de", "Kinder und Familien", "Schüler:innen"},
                 Case{"en", "Children and families", "Pupils"}}) {
    CAPTURE(c.code);
    d.tap(std::string("lang:") + c.code);
    setDomains(d, mixedDomain);  // the language's own catalogue, loaded by the switch
    d.tap("home.careers");
    auto inDomain = countCareers(d, [](const Career& k) { return k.domain == "enfance"; });
    auto pupils = countCareers(d, [](const Career& k) { return forAudience(k, "pupils"); });
    CHECK(d.visible(chipText(c.children, inDomain)));
    CHECK(d.visible(chipText(c.pupils, pupils)));
    CHECK(d.visible(chipText(
        "recherche", countCareers(d, [](const Career& k) { return k.domain == "recherche"; }))));
    d.tap("back");
  }
  vitrine::test::removeDir(dir);
}
