// Headless UI test: the consent step scrolls like every list, says there is more, and « Envoyer »
// stays reachable however many organisations the selection brings.
#include <set>

#include "screens/screens.h"
#include "store.h"
#include "demo_keys.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

TEST_CASE("a visitor with stages from 12 organisations ticks every box and sends") {
  auto dir = vitrine::test::freshDir("consent-scroll");
  std::set<std::string> orgs;
  {
    Driver d(vitrine::test::demoConfig(dir));
    d.tap("attract");
    for (const auto& o : d.app.catalogue().offers)
      if (orgs.size() < 12 && orgs.insert(o.organisation).second)
        d.app.session().offers.push_back(o.id);
    REQUIRE(orgs.size() == 12);
    d.app.navigate(ScreenId::Form);
    d.app.settle();
    d.app.session().form.email = "zoe.martin1987@exemple.be";
    d.tap("form.next");
    REQUIRE(d.app.session().form.step == 2);
    REQUIRE(vitrine::ui::consentTargets(d.app.catalogue(), d.app.session()).size() == 12);
    CHECK(d.visible("consent.more"));  // a visible sign that more lies below
    CHECK(d.visible("send"));          // and « Envoyer » on screen from the start

    for (const auto& org : orgs) {
      const std::string box = "consent:" + org;
      INFO(box);
      // Boxes come in the selection's order: look further down, then back up.
      for (int i = 0; i < 8 && !d.visible(box); ++i) d.drag(ImVec2(960, 800), -250.0f);
      for (int i = 0; i < 16 && !d.visible(box); ++i) d.drag(ImVec2(960, 400), 250.0f);
      REQUIRE(d.visible(box));
      d.tap(box);
      CHECK(d.app.session().form.consentOrgs.count(org) == 1);
    }
    CHECK(d.app.session().form.consentOrgs.size() == 12);
    for (int i = 0; i < 10 && d.visible("consent.more"); ++i) d.drag(ImVec2(960, 800), -400.0f);
    CHECK_FALSE(d.visible("consent.more"));  // at the end (the notice), the sign is gone
    d.tap("send");
    CHECK(d.app.screen() == ScreenId::Thanks);
  }
  vitrine::VisitorStore store(dir / "visitors.db", "kiosk-1", "x");
  auto leads = vitrine::test::openedLeads(store);  // sealed: opened with the demo keys
  REQUIRE(leads.size() == 1);
  const auto& saved = leads.front().submission.consentOrgIds;
  CHECK(std::set<std::string>(saved.begin(), saved.end()) == orgs);
  CHECK(leads.front().submission.personal.email == "zoe.martin1987@exemple.be");
  vitrine::test::removeDir(dir);
}
