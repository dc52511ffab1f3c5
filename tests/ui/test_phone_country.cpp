// Headless UI test: a French number typed at a Belgian kiosk is read as French (from the postal
// code, or the selector beside it), stored in E.164, and found again by an erasure in France.
#include "screens/screens.h"
#include "store.h"
#include "demo_keys.h"
#include "ui_driver.h"
#include "validation.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

void typeContact(Driver& d, const std::string& postal, const std::string& phone) {
  d.tap("field.postalcode");
  d.type(postal);
  d.tap("field.phone");
  for (char c : phone) d.tap(c == ' ' ? "key:space" : "key:" + std::string(1, c));
}

void sendWithConsent(Driver& d) {
  d.tap("form.next");
  REQUIRE(d.app.session().form.step == 2);
  auto org = vitrine::ui::consentTargets(d.app.catalogue(), d.app.session()).front()->id;
  d.tap("consent:" + org);
  d.tap("send");
  REQUIRE(d.app.screen() == ScreenId::Thanks);
}

}  // namespace

TEST_CASE("06 12 34 56 78 with a French postal code at a Belgian kiosk is +33612345678") {
  auto dir = vitrine::test::freshDir("phone-fr");
  {
    auto cfg = vitrine::test::demoConfig(dir);
    cfg.country = "BE";
    Driver d(cfg);
    d.tap("attract");
    d.app.navigate(ScreenId::Form);
    d.app.settle();
    d.tap("field.phone");
    CHECK(d.visible("phone.country=BE"));  // nothing typed yet: the kiosk's country
    for (const char* c : {"BE", "FR", "CH", "LU", "NL", "DE"})
      CHECK(d.visible(std::string("phone.country:") + c));
    typeContact(d, "75011", "06 12 34 56 78");
    CHECK(d.visible("phone.country=FR"));  // the postal code's format moved the guess
    sendWithConsent(d);
  }
  vitrine::VisitorStore store(dir / "visitors.db", "kiosk-1", "x");
  auto leads = vitrine::test::openedLeads(store);  // sealed: opened with the demo keys
  REQUIRE(leads.size() == 1);
  CHECK(leads.front().submission.personal.phone == "+33612345678");
  // What `kioskctl leads erase --country FR --key … "06 12 34 56 78"` does.
  const auto org = leads.front().submission.consentOrgIds.front();
  const auto key = vitrine::readOrgSecretKey(vitrine::test::demoSecretKey(org));
  CHECK(store.eraseSealed(vitrine::toE164("06 12 34 56 78", "FR"), {&key}) == 1);
  CHECK(vitrine::test::openedLeads(store).front().submission.personal.phone.empty());
  vitrine::test::removeDir(dir);
}

TEST_CASE("the country selector beside the phone overrides the guess") {
  auto dir = vitrine::test::freshDir("phone-lu");
  {
    Driver d(vitrine::test::demoConfig(dir));
    d.tap("attract");
    d.app.navigate(ScreenId::Form);
    d.app.settle();
    typeContact(d, "5000", "621 123 456");
    CHECK(d.visible("phone.country=BE"));
    d.tap("phone.country:LU");
    CHECK(d.visible("phone.country=LU"));
    sendWithConsent(d);
  }
  vitrine::VisitorStore store(dir / "visitors.db", "kiosk-1", "x");
  auto leads = vitrine::test::openedLeads(store);
  REQUIRE(leads.size() == 1);
  CHECK(leads.front().submission.personal.phone == "+352621123456");
  vitrine::test::removeDir(dir);
}
