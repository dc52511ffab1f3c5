// Headless UI test: contact typed but no box ticked sends anonymously, as the page says, and
// keeps nothing of what was typed.
#include "demo_keys.h"
#include "screens/screens.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

TEST_CASE("an e-mail typed with no box ticked: the page says it is not kept, the send works") {
  auto dir = vitrine::test::freshDir("anonymous");
  std::string careerId;
  {
    Driver d(vitrine::test::demoConfig(dir));
    d.tap("attract");
    careerId = d.app.catalogue().careers.front().id;
    d.app.session().careers.push_back(careerId);
    d.app.navigate(ScreenId::Form);
    d.app.settle();
    d.tap("field.firstname");
    d.type("zoé");
    d.tap("field.email");
    d.type("zoe");
    d.tap("key:@");
    d.type("exemple");
    d.tap("key:.be");
    REQUIRE(d.app.session().form.email == "zoe@exemple.be");
    d.tap("form.next");
    REQUIRE(d.app.session().form.step == 2);
    CHECK(d.visible("note.contact-not-kept"));
    d.tap("send");
    CHECK(d.app.session().form.error.empty());
    CHECK(d.app.screen() == ScreenId::Thanks);
    CHECK_FALSE(d.app.session().lastSubmissionHadContact);  // the thanks page says no one calls
  }
  vitrine::VisitorStore store(dir / "visitors.db", "kiosk-1", "x");
  auto leads = store.leads();
  REQUIRE(leads.size() == 1);
  const auto& s = leads.front().submission;
  CHECK(s.careerIds == std::vector<std::string>{careerId});  // the interest is counted
  CHECK_FALSE(s.consent);
  CHECK(vitrine::test::storedContacts(dir / "visitors.db").empty());  // and nothing typed is kept
  vitrine::test::removeDir(dir);
}

TEST_CASE("ticking a box again makes the note go back to saying nothing is lost") {
  auto dir = vitrine::test::freshDir("anonymous-note");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  d.app.session().offers.push_back(d.app.catalogue().offers.front().id);
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  d.app.session().form.phone = "0470 12 34 56";
  d.tap("form.next");
  REQUIRE(d.app.session().form.step == 2);
  CHECK(d.visible("note.contact-not-kept"));
  auto org = vitrine::ui::consentTargets(d.app.catalogue(), d.app.session()).front()->id;
  d.tap("consent:" + org);
  CHECK_FALSE(d.visible("note.contact-not-kept"));
  vitrine::test::removeDir(dir);
}
