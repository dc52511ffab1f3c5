// Headless UI tests: a visitor's journey on the real screens, driven by a virtual finger.
#include "demo_keys.h"
#include "screens/screens.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

vitrine::AppConfig configIn(const std::filesystem::path& dir) {
  auto c = vitrine::test::demoConfig(dir);
  c.eventTag = "Cité des métiers Genève 2026";
  c.kioskId = "stand-a";
  return c;
}

}  // namespace

TEST_CASE("a visitor taps from the attract loop to a saved interest with contact details") {
  auto dir = vitrine::test::freshDir("journey");
  std::string careerId, org;
  {
    Driver d(configIn(dir));
    CHECK(d.app.screen() == ScreenId::Attract);
    d.tap("attract");
    CHECK(d.app.screen() == ScreenId::Home);
    d.tap("home.careers");
    REQUIRE(d.app.screen() == ScreenId::Careers);
    careerId = d.app.catalogue().careers.front().id;
    d.tap("career:" + careerId);
    REQUIRE(d.app.screen() == ScreenId::CareerDetail);
    d.tap("interested");
    CHECK(d.app.session().careers == std::vector<std::string>{careerId});
    d.tap("selection");
    REQUIRE(d.app.screen() == ScreenId::Form);

    d.tap("profile:student");
    d.tap("field.firstname");
    d.tap("key:shift");
    d.type("zoé");
    d.tap("field.email");
    d.type("zoe");
    d.tap("key:@");
    d.type("exemple");
    d.tap("key:.be");
    CHECK(d.app.session().form.firstName == "Zoé");
    CHECK(d.app.session().form.email == "zoe@exemple.be");

    d.tap("form.next");
    CHECK(d.app.session().form.step == 2);
    auto targets = vitrine::ui::consentTargets(d.app.catalogue(), d.app.session());
    REQUIRE_FALSE(targets.empty());
    org = targets.front()->id;
    CHECK(d.visible("note.contact-not-kept"));  // unticked: the page says the e-mail is not kept

    d.tap("consent:" + org);
    d.tap("send");
    CHECK(d.app.screen() == ScreenId::Thanks);
    CHECK(d.app.session().form.email.empty());  // nothing personal lingers in the UI
  }
  vitrine::VisitorStore reopened(dir / "visitors.db", "stand-a", "x");
  auto leads = vitrine::test::openedLeads(reopened);  // sealed: opened with the demo key
  REQUIRE(leads.size() == 1);
  const auto& lead = leads.front();
  CHECK(lead.submission.personal.firstName == "Zoé");
  CHECK(lead.submission.personal.email == "zoe@exemple.be");
  CHECK(lead.submission.profile == "student");
  CHECK(lead.submission.careerIds == std::vector<std::string>{careerId});
  CHECK(lead.submission.consent);
  CHECK(lead.submission.consentOrgIds == std::vector<std::string>{org});
  CHECK(lead.eventTag == "Cité des métiers Genève 2026");
  CHECK(lead.kioskId == "stand-a");
  CHECK_FALSE(lead.submission.consentVersion.empty());
  vitrine::test::removeDir(dir);
}

TEST_CASE("dragging the careers grid scrolls it and opens nothing") {
  auto dir = vitrine::test::freshDir("drag");
  Driver d(configIn(dir));
  d.tap("attract");
  d.tap("home.careers");
  const auto& careers = d.app.catalogue().careers;
  std::string first = "career:" + careers.front().id;
  auto before = d.app.hits().find(first);
  REQUIRE(before.has_value());
  d.drag(*before, -300.0f);
  CHECK(d.app.screen() == ScreenId::Careers);
  auto after = d.app.hits().find(first);
  // The first card moved up with the finger (or left the screen entirely).
  CHECK((!after.has_value() || after->y < before->y - 100.0f));
  vitrine::test::removeDir(dir);
}

TEST_CASE("offer filters narrow the list and an empty result offers to clear them") {
  auto dir = vitrine::test::freshDir("filters");
  Driver d(configIn(dir));
  d.tap("attract");
  d.tap("home.offers");
  REQUIRE(d.app.screen() == ScreenId::Offers);
  const auto& offers = d.app.catalogue().offers;
  std::string service = offers.front().service;
  d.tap("service:" + service);
  CHECK(d.app.session().filters.services.count(service) == 1);
  for (const auto& o : offers) {
    bool shown = d.visible("offer:" + o.id);
    if (o.service != service) CHECK_FALSE(shown);
  }
  d.tap("offer:" + offers.front().id);
  CHECK(d.app.screen() == ScreenId::OfferDetail);
  d.tap("back");
  CHECK(d.app.screen() == ScreenId::Offers);
  d.tap("filters.clear");
  CHECK(d.app.session().filters.empty());
  vitrine::test::removeDir(dir);
}

TEST_CASE("an idle kiosk warns, then wipes everything the visitor chose and typed") {
  auto dir = vitrine::test::freshDir("idle");
  auto cfg = configIn(dir);
  cfg.idleSeconds = 60;
  cfg.warnSeconds = 10;
  Driver d(cfg);
  d.tap("attract");
  d.tap("home.careers");
  d.tap("career:" + d.app.catalogue().careers.front().id);
  d.tap("interested");
  d.tap("selection");
  d.tap("field.firstname");
  d.type("léa");
  REQUIRE(d.app.session().form.firstName == "léa");
  d.platform.advance(55);
  d.app.frame();
  CHECK(d.app.idleWarningShown());
  CHECK(d.app.screen() == ScreenId::Form);
  d.platform.advance(10);
  d.app.frame();
  d.app.frame();
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.session().careers.empty());
  CHECK(d.app.session().form.firstName.empty());
  CHECK(d.app.session().history.empty());
  vitrine::test::removeDir(dir);
}

TEST_CASE("a store that cannot be written says so and keeps the form filled") {
  auto dir = vitrine::test::freshDir("nostore");
  auto cfg = configIn(dir);
  cfg.storePath = dir / "missing-folder" / "visitors.db";  // cannot be created
  Driver d(cfg);
  d.tap("attract");
  d.tap("home.careers");
  d.tap("career:" + d.app.catalogue().careers.front().id);
  d.tap("interested");
  d.tap("selection");
  d.tap("field.email");
  d.type("a");
  d.tap("key:@");
  d.type("b");
  d.tap("key:.fr");
  d.tap("form.next");
  d.tap("consent:" + vitrine::ui::consentTargets(d.app.catalogue(), d.app.session()).front()->id);
  d.tap("send");
  CHECK(d.app.screen() == ScreenId::Form);
  // The visitor's sentence (their language, no staff detail); staff read the reason after the
  // gesture (test_store_unavailable).
  CHECK(d.app.session().form.error == vitrine::ui::tr(vitrine::ui::S::CannotSaveHere));
  CHECK(d.app.session().form.email == "a@b.fr");
  vitrine::test::removeDir(dir);
}

TEST_CASE("a pack that cannot be opened shows a clear screen instead of crashing") {
  auto dir = vitrine::test::freshDir("badpack");
  auto cfg = configIn(dir);
  cfg.packPath = dir / "not-a-pack.kpack";
  { std::ofstream(cfg.packPath) << "this is not a content pack"; }
  Driver d(cfg);
  CHECK(d.app.screen() == ScreenId::PackError);
  CHECK_FALSE(d.app.startupError().empty());
  vitrine::test::removeDir(dir);
}
