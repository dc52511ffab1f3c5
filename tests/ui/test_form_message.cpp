// The interest form's optional message: typed on the on-screen keyboard, limited, stored exactly,
// exported, and gone when the kiosk resets.
#include <algorithm>

#include "demo_keys.h"
#include "drawn_text.h"
#include "screens/screens.h"
#include "store.h"
#include "ui_driver.h"
#include "validation.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

// From the attract loop to the form's first step with one career in Ma sélection, as a
// second-year student (the tallest layout: the year row pushes the fields down).
void openForm(Driver& d) {
  d.tap("attract");
  d.tap("home.careers");
  d.tap("career:" + d.app.catalogue().careers.front().id);
  d.tap("interested");
  d.tap("selection");
  REQUIRE(d.app.screen() == ScreenId::Form);
  d.tap("profile:student");
  d.tap("student-year:2");
}

// Like Driver::type, with the space bar for ' '.
void typeWords(Driver& d, const std::string& text) {
  size_t start = 0;
  while (true) {
    size_t space = text.find(' ', start);
    d.type(text.substr(start, space == std::string::npos ? std::string::npos : space - start));
    if (space == std::string::npos) return;
    d.tap("key:space");
    start = space + 1;
  }
}

void giveEmail(Driver& d) {
  d.tap("field.email");
  d.type("zoe");
  d.tap("key:@");
  d.type("exemple");
  d.tap("key:.be");
}

std::string consentTarget(Driver& d) {
  auto targets = vitrine::ui::consentTargets(d.app.catalogue(), d.app.session());
  REQUIRE_FALSE(targets.empty());
  return targets.front()->id;
}

}  // namespace

TEST_CASE("a message typed with accents is stored exactly as typed and exported") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
    CAPTURE(w);
    auto dir = vitrine::test::freshDir("message");
    std::string org;
    {
      Driver d(vitrine::test::demoConfig(dir), w, h);
      openForm(d);
      giveEmail(d);
      d.tap("field.message");
      REQUIRE(d.app.session().form.active == vitrine::Field::Message);
      // The row being typed sits above the keyboard, in landscape too.
      auto field = d.app.hits().find("field.message"), key = d.app.hits().find("key:a");
      REQUIRE(field.has_value());
      REQUIRE(key.has_value());
      CHECK(field->y + 36 < key->y - 38);  // the box's lower half is above the first key row
      d.tap("key:shift");
      typeWords(d, "j'aimerais un stage à côté de chez moi - œuvre sociale");
      CHECK(d.app.session().form.message ==
            "J'aimerais un stage à côté de chez moi - œuvre sociale");
      d.tap("form.next");
      REQUIRE(d.app.session().form.step == 2);
      org = consentTarget(d);
      d.tap("consent:" + org);
      d.tap("send");
      CHECK(d.app.screen() == ScreenId::Thanks);
      CHECK(d.app.session().form.message.empty());  // saved: gone from the screen
    }
    auto store = vitrine::VisitorStore::openForReading(dir / "visitors.db");
    auto leads = vitrine::test::openedLeadsFor(store, org);  // sealed: the demo key opens it
    REQUIRE(leads.size() == 1);
    const std::string typed = "J'aimerais un stage à côté de chez moi - œuvre sociale";
    CHECK(leads[0].submission.personal.message == typed);
    CHECK(vitrine::leadsToCsv(leads).find(typed) != std::string::npos);
    CHECK(vitrine::leadsToJson(leads, org).find("\"message\": \"" + typed + "\"") !=
          std::string::npos);
    vitrine::test::removeDir(dir);
  }
}

TEST_CASE("a message without any consent box ticked is said not to be kept, and is not") {
  auto dir = vitrine::test::freshDir("message-no-consent");
  {
    Driver d(vitrine::test::demoConfig(dir));
    openForm(d);
    d.tap("form.next");
    REQUIRE(d.app.session().form.step == 2);
    CHECK_FALSE(d.visible("note.message-not-kept"));  // nothing typed: the usual note
    d.tap("back");
    REQUIRE(d.app.session().form.step == 1);
    d.tap("field.message");
    typeWords(d, "merci");
    d.tap("form.next");
    REQUIRE(d.app.session().form.step == 2);
    CHECK(d.visible("note.message-not-kept"));
    const std::string org = consentTarget(d);
    d.tap("consent:" + org);  // with a box ticked the message is kept (with a contact)
    CHECK_FALSE(d.visible("note.message-not-kept"));
    d.tap("consent:" + org);
    CHECK(d.visible("note.message-not-kept"));
    d.tap("send");
    CHECK(d.app.screen() == ScreenId::Thanks);
  }
  auto store = vitrine::VisitorStore::openForReading(dir / "visitors.db");
  REQUIRE(store.leads().size() == 1);  // the interest is counted, without the message:
  CHECK(vitrine::test::storedContacts(dir / "visitors.db").empty());  // in clear or sealed
  vitrine::test::removeDir(dir);
}

TEST_CASE("the keyboard stops at the message limit and a longer message is refused") {
  auto dir = vitrine::test::freshDir("message-limit");
  Driver d(vitrine::test::demoConfig(dir));
  openForm(d);
  giveEmail(d);
  d.tap("field.message");
  auto& form = d.app.session().form;
  form.message = std::string(vitrine::kMessageMaxChars - 2, 'a');
  d.type("éèç");  // the third accent does not fit
  CHECK(vitrine::ui::utf8Length(form.message) == vitrine::kMessageMaxChars);
  CHECK(form.message.substr(form.message.size() - 4) == "éè");

  // A message longer than the limit (e.g. kept from an older kiosk version) is refused at
  // both steps, with the limit in the message, and nothing is saved.
  form.message += "z";
  d.tap("form.next");
  CHECK(form.step == 1);
  CHECK(form.error.find("500") != std::string::npos);
  vitrine::ui::utf8PopBack(form.message);
  d.tap("form.next");
  REQUIRE(form.step == 2);
  d.tap("consent:" + consentTarget(d));
  form.message += "z";
  d.tap("send");
  CHECK(d.app.screen() == ScreenId::Form);
  CHECK(form.error.find("500") != std::string::npos);
  CHECK(vitrine::VisitorStore::openForReading(dir / "visitors.db").leads().empty());
  vitrine::ui::utf8PopBack(form.message);
  d.tap("send");
  CHECK(d.app.screen() == ScreenId::Thanks);
  auto leads =
      vitrine::test::openedLeads(vitrine::VisitorStore::openForReading(dir / "visitors.db"));
  REQUIRE(leads.size() == 1);
  CHECK(vitrine::ui::utf8Length(leads[0].submission.personal.message) == vitrine::kMessageMaxChars);
  vitrine::test::removeDir(dir);
}

TEST_CASE("a message without any consent box ticked is not stored") {
  auto dir = vitrine::test::freshDir("message-noconsent");
  {
    Driver d(vitrine::test::demoConfig(dir));
    openForm(d);
    d.tap("field.message");
    typeWords(d, "appelez moi");
    d.tap("form.next");
    REQUIRE(d.app.session().form.step == 2);
    d.tap("send");  // no contact, no box: the interest is kept, anonymously
    CHECK(d.app.screen() == ScreenId::Thanks);
  }
  auto leads = vitrine::VisitorStore::openForReading(dir / "visitors.db").leads();
  REQUIRE(leads.size() == 1);
  CHECK_FALSE(leads[0].submission.consent);
  CHECK(vitrine::test::storedContacts(dir / "visitors.db").empty());  // in clear or sealed
  vitrine::test::removeDir(dir);
}

TEST_CASE("an idle reset wipes the message being typed") {
  auto dir = vitrine::test::freshDir("message-idle");
  auto cfg = vitrine::test::demoConfig(dir);
  cfg.idleSeconds = 60;
  cfg.warnSeconds = 10;
  Driver d(cfg);
  openForm(d);
  d.tap("field.message");
  typeWords(d, "mon message");
  REQUIRE(d.app.session().form.message == "mon message");
  d.platform.advance(65);
  d.app.frame();
  d.app.frame();
  d.app.frame();
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.session().form.message.empty());
  // The next visitor's form starts empty.
  d.tap("attract");
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  CHECK(d.app.session().form.message.empty());
  vitrine::test::removeDir(dir);
}

TEST_CASE("a message longer than its box wraps there: its first and its last words both show") {
  for (auto [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}}) {
    CAPTURE(w);
    auto dir = vitrine::test::freshDir("message-wrap");
    {
      Driver d(vitrine::test::demoConfig(dir), w, h);
      openForm(d);
      d.tap("field.message");
      typeWords(d, "bonjour je cherche un stage en maison de repos cette annee");
      d.tap("field.email");  // the caret leaves: the box shows the message as it stands
      const std::string shown = vitrine::test::drawnText();
      // One scrolled line showed only the end: the first word was cut by the box's edge.
      CHECK(shown.find("bonjour") != std::string::npos);
      CHECK(shown.find("annee") != std::string::npos);
    }
    vitrine::test::removeDir(dir);
  }
}
