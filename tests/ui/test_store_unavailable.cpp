// Headless UI test: a kiosk whose visitor file cannot be opened (folder missing, read-only
// medium) still shows its content, says on the form that it cannot save, keeps Ma sélection's
// QR code, and tells staff (after the hidden gesture) the path, the reason and the fix.
#include <sys/mount.h>

#include "messages_language.h"
#include "screens/screens.h"
#include "small_disk.h"
#include "temp_dir.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;

namespace {

// A visitor browses, picks an offer and opens the form: told it cannot save, QR code still there.
void visitorStillServed(Driver& d) {
  REQUIRE(d.app.store() == nullptr);
  CHECK(d.app.startupError().empty());  // the pack is fine: no error screen for visitors
  d.tap("attract");
  REQUIRE(d.app.screen() != ScreenId::PackError);
  CHECK(!d.app.catalogue().careers.empty());
  d.app.session().offers.push_back(d.app.catalogue().offers.front().id);
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  const std::string note = vitrine::ui::tr(vitrine::ui::S::CannotSaveHere);
  CHECK(d.visible("text:" + note));     // said before anyone types their details
  bool qr = d.visible("selection.qr");  // Ma sélection still goes away by QR code (or a button)
  for (const auto& n : d.app.hits().names()) qr = qr || n.rfind("qr.selection:", 0) == 0;
  CHECK(qr);
  d.app.session().form.email = "zoe@exemple.be";
  d.tap("form.next");
  REQUIRE(d.app.session().form.step == 2);
  d.tap("send");
  CHECK(d.app.screen() == ScreenId::Form);  // not « Merci »: nothing was kept
  CHECK(d.app.session().form.error == note);
}

std::string staffReads(Driver& d) {
  d.app.navigate(ScreenId::Attract);
  d.app.settle();
  vitrine::test::staffGesture(d);
  REQUIRE(d.app.screen() == ScreenId::StaffPin);
  return d.app.staff().pinMessage();
}

}  // namespace

TEST_CASE("a missing store folder: content for visitors, the folder and its fix for staff") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  vitrine::test::TempDir dir("no-store");
  vitrine::AppConfig config = vitrine::test::demoConfig(dir.path / "absent");
  Driver d(config);
  REQUIRE(d.app.store() == nullptr);
  CHECK(d.app.storeError().find("absent") != std::string::npos);
  const std::string said = staffReads(d);
  INFO(said);
  CHECK(said.find("Fichier des visiteurs indisponible") != std::string::npos);
  CHECK(said.find((dir.path / "absent").string() + " » n'existe pas") != std::string::npos);
  CHECK(said.find("mkdir -p " + (dir.path / "absent").string()) != std::string::npos);
  CHECK(said.find("redémarrez la borne") != std::string::npos);
  d.tap("staff.pin.cancel");
  visitorStillServed(d);
}

TEST_CASE("a read-only store medium: the same, saying the medium is read-only") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  vitrine::test::TempDir dir("ro-store");
  vitrine::test::SmallDisk disk(dir.path / "medium");
  if (!disk.mounted || !disk.remount(MS_RDONLY)) {
    MESSAGE("skipped: cannot mount a read-only tmpfs here (needs root)");
    return;
  }
  Driver d(vitrine::test::demoConfig(disk.dir));
  REQUIRE(d.app.store() == nullptr);
  const std::string said = staffReads(d);
  INFO(said);
  CHECK(said.find("Support en lecture seule") != std::string::npos);
  CHECK(said.find(disk.dir.string()) != std::string::npos);
  CHECK(said.find("remount,rw") != std::string::npos);
  d.tap("staff.pin.cancel");
  visitorStillServed(d);
}

TEST_CASE("the consent step says how to withdraw: each offered organisation's contact") {
  vitrine::test::TempDir dir("withdraw");
  Driver d(vitrine::test::demoConfig(dir.path));
  d.tap("attract");
  const auto targets = vitrine::test::toConsentStep(d);
  std::string expected = vitrine::ui::tr(vitrine::ui::S::WithdrawConsent);
  for (const vitrine::Organisation* org : targets) {
    REQUIRE(!org->contact.empty());  // pack check requires it of anyone who can receive leads
    expected += "\n" + org->name + " — " + org->contact;
  }
  CHECK(d.visible("text:" + expected));
}

TEST_CASE(
    "a save that fails (a full medium) speaks the visitor's language only; retried, it is kept") {
  vitrine::test::TempDir dir("full-store");
  vitrine::test::SmallDisk disk(dir.path / "medium");
  if (!disk.mounted) {
    MESSAGE("skipped: cannot mount a tmpfs here (needs root)");
    return;
  }
  Driver d(vitrine::test::demoConfig(disk.dir));
  REQUIRE(d.app.store() != nullptr);
  d.tap("attract");
  d.app.session().lang = vitrine::ui::Lang::Nl;  // a Dutch-speaking visitor
  d.tap("consent:" + vitrine::test::toConsentStep(d).front()->id);
  vitrine::test::fillUp(disk.dir / "filler");
  d.tap("send");
  CHECK(d.app.screen() == ScreenId::Form);
  // Dutch, whole, and nothing of the cause (a French or English staff sentence about the disk):
  // that goes to the log.
  const std::string said = vitrine::ui::tr(vitrine::ui::S::NotSaved, vitrine::ui::Lang::Nl);
  CHECK(d.app.session().form.error == said);
  CHECK(d.visible("text:" + said));
  CHECK(d.app.session().form.email == "zoe@exemple.be");  // nothing typed is lost
  std::filesystem::remove(disk.dir / "filler");
  d.tap("send");
  CHECK(d.app.screen() == ScreenId::Thanks);
}
