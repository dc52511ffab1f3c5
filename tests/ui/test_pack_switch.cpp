// Headless UI: a pack dropped in the packs folder reaches the screen only between two visitors;
// a bad one never does; a kiosk whose current pack broke starts on the previous one.
#include "messages_language.h"
#include "pack_signature.h"
#include "pack_slot.h"
#include "pack_slot_helpers.h"
#include "store.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
using namespace vitrine::test;
using Names = std::set<std::string>;

namespace {

constexpr const char* kCareer = "educateur-specialise";  // its title differs in pack B

vitrine::AppConfig configIn(const fs::path& dir) {
  vitrine::AppConfig c;
  c.packsDir = dir / "packs";
  c.storePath = dir / "visitors.db";
  return c;
}

fs::path morningFolder(const fs::path& dir) {
  fs::create_directories(dir / "packs");
  fs::copy_file(packA(), dir / "packs" / "current.kpack");
  return dir / "packs";
}

std::string careerTitle(const vitrine::App& app) {
  for (const auto& c : app.catalogue().careers)
    if (c.id == kCareer) return c.title;
  return "(absent)";
}

// The App looks at the folder every few seconds: let two looks happen.
void letKioskPoll(Driver& d) {
  for (int i = 0; i < 2; ++i) {
    d.platform.advance(vitrine::PackSlot::kPollSeconds + 0.1);
    d.app.frame();
  }
  d.app.packSlot()->waitForCheck();  // the check runs on a thread: its outcome, taken in
  d.app.packSlot()->collect();
}

void idleUntilReset(Driver& d) {
  d.platform.advance(200);  // longer than the idle timeout and its countdown
  d.app.frame();
  d.app.frame();
  REQUIRE(d.app.screen() == ScreenId::Attract);
  d.app.settle();  // a switch runs on the pack slot's worker: the next frames take it in
}

}  // namespace

TEST_CASE("a new pack reaches the screen at the next reset, never in the middle of a visit") {
  auto dir = freshDir("switch");
  fs::path packs = morningFolder(dir);
  Driver d(configIn(dir));
  REQUIRE(d.app.screen() == ScreenId::Attract);
  REQUIRE(d.app.catalogue().meta.packId == "salon-matin");
  // A lead confirmed this morning: switching packs must leave it alone.
  vitrine::Submission s;
  s.profile = "student";
  s.careerIds = {kCareer};
  d.app.store()->save(s, "salon-matin");

  d.tap("attract");
  d.tap("home.careers");
  d.tap(std::string("career:") + kCareer);
  REQUIRE(d.app.screen() == ScreenId::CareerDetail);
  const std::string before = careerTitle(d.app);
  d.tap("interested");

  fs::copy_file(packB(), packs / "mise-a-jour.kpack");
  letKioskPoll(d);
  REQUIRE(d.app.packSlot()->staged());
  // The visitor goes on reading and choosing: same content, same selection.
  CHECK(d.app.screen() == ScreenId::CareerDetail);
  CHECK(careerTitle(d.app) == before);
  CHECK(d.app.catalogue().meta.packId == "salon-matin");
  d.tap("back");
  d.tap(std::string("career:") + kCareer);
  CHECK(careerTitle(d.app) == before);
  CHECK(d.app.session().careers == std::vector<std::string>{kCareer});
  CHECK(listing(packs) == Names{"current.kpack", "mise-a-jour.kpack"});

  idleUntilReset(d);  // the visitor walked away
  d.app.frame();
  CHECK(d.app.catalogue().meta.packId == "salon-apres-midi");
  CHECK(listing(packs) == Names{"current.kpack", "previous.kpack"});

  // The next visitor sees the new content, images included.
  d.tap("attract");
  d.tap("home.careers");
  d.tap(std::string("career:") + kCareer);
  CHECK(d.app.screen() == ScreenId::CareerDetail);
  CHECK(careerTitle(d.app) == "Éducateur·rice spécialisé·e (nouveau)");
  CHECK(d.platform.liveTextures() > 0);
  auto leads = d.app.store()->leads();
  REQUIRE(leads.size() == 1);
  CHECK(leads.front().packId == "salon-matin");
  vitrine::test::removeDir(dir);
}

TEST_CASE("a corrupt pack dropped during the day never reaches the screen") {
  auto dir = freshDir("corrupt");
  fs::path packs = morningFolder(dir);
  Driver d(configIn(dir));
  truncateCopy(packB(), packs / "mise-a-jour.kpack");
  letKioskPoll(d);
  d.tap("attract");
  idleUntilReset(d);
  d.app.frame();
  CHECK(d.app.catalogue().meta.packId == "salon-matin");
  CHECK(listing(packs) ==
        Names{"current.kpack", "mise-a-jour.kpack.rejected", "mise-a-jour.kpack.rejected.txt"});
  CHECK(d.app.packSlot()->status().rejected == "mise-a-jour.kpack");
  // The kiosk still works on the old pack.
  d.tap("attract");
  d.tap("home.careers");
  d.tap(std::string("career:") + kCareer);
  CHECK(d.app.screen() == ScreenId::CareerDetail);
  vitrine::test::removeDir(dir);
}

TEST_CASE("a kiosk whose current pack broke overnight starts on the previous one") {
  auto dir = freshDir("fallback");
  fs::create_directories(dir / "packs");
  flipBits(packB(), dir / "packs" / "current.kpack");
  fs::copy_file(packA(), dir / "packs" / "previous.kpack");
  Driver d(configIn(dir));
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.startupError().empty());
  CHECK(d.app.catalogue().meta.packId == "salon-matin");
  CHECK(listing(dir / "packs") ==
        Names{"current.kpack", "current.kpack.rejected", "current.kpack.rejected.txt"});
  vitrine::test::removeDir(dir);
}

TEST_CASE("a kiosk started with an empty packs folder shows the error, then the dropped pack") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  auto dir = freshDir("empty");
  Driver d(configIn(dir));
  REQUIRE(d.app.screen() == ScreenId::PackError);
  CHECK(d.app.startupError().find("déposez-y") != std::string::npos);
  fs::copy_file(packA(), dir / "packs" / "salon.kpack");
  letKioskPoll(d);
  d.app.frame();
  CHECK(d.app.screen() == ScreenId::Attract);
  CHECK(d.app.startupError().empty());
  CHECK(d.app.catalogue().meta.packId == "salon-matin");
  CHECK(listing(dir / "packs") == Names{"current.kpack"});
  d.tap("attract");
  CHECK(d.app.screen() == ScreenId::Home);
  vitrine::test::removeDir(dir);
}

TEST_CASE("the sleeping kiosk still wakes up to look at the packs folder") {
  auto dir = freshDir("wake");
  Driver d(configIn(dir));
  REQUIRE(d.app.screen() == ScreenId::PackError);  // nothing moves on this screen
  double wait = d.app.frame();
  CHECK(wait > 0);
  CHECK(wait <= vitrine::PackSlot::kPollSeconds);
  vitrine::test::removeDir(dir);
}

TEST_CASE("a kiosk with a trusted publisher key shows only the packs that publisher signed") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = freshDir("trust");
  fs::path keys = dir / "keys", trusted = dir / "trusted";
  const auto pair = vitrine::newPublisherKeys(keys, "ecole");
  fs::create_directories(trusted);
  fs::copy_file(pair[1], trusted / pair[1].filename());
  fs::create_directories(dir / "packs");
  fs::copy_file(packA(), dir / "packs" / "current.kpack");
  vitrine::signPack(dir / "packs" / "current.kpack", pair[0]);
  vitrine::AppConfig config = configIn(dir);
  config.trustedDir = trusted;
  {
    Driver d(config);
    REQUIRE(d.app.packSlot());
    CHECK_FALSE(d.app.packSlot()->acceptsUnsigned());
    const std::string before = careerTitle(d.app);

    fs::copy_file(packB(), dir / "packs" / "salon.kpack");  // unsigned
    letKioskPoll(d);
    idleUntilReset(d);
    CHECK(careerTitle(d.app) == before);
    CHECK(d.app.packSlot()->status().rejected == "salon.kpack");
    CHECK(slurp(dir / "packs" / "salon.kpack.rejected.txt").find("Pack non signé") !=
          std::string::npos);
  }
  fs::path open = freshDir("trust-none");
  morningFolder(open);
  Driver unsignedOk(configIn(open));  // no --trusted: as before, and the staff page says so
  CHECK(unsignedOk.app.packSlot()->acceptsUnsigned());
}

TEST_CASE("a kiosk started on one pack file with trusted keys refuses it unsigned, and says why") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = freshDir("trust-file");
  const auto pair = vitrine::newPublisherKeys(dir / "keys", "ecole");
  fs::create_directories(dir / "trusted");
  fs::copy_file(pair[1], dir / "trusted" / pair[1].filename());
  fs::copy_file(packA(), dir / "salon.kpack");
  vitrine::AppConfig config;
  config.packPath = dir / "salon.kpack";
  config.storePath = dir / "visitors.db";
  config.trustedDir = dir / "trusted";
  {
    Driver d(config);
    CHECK(d.app.screen() == ScreenId::PackError);
    CHECK(d.app.startupError().find("Pack non signé") != std::string::npos);
  }
  vitrine::signPack(dir / "salon.kpack", pair[0]);
  Driver d(config);
  CHECK(d.app.screen() != ScreenId::PackError);
  CHECK(d.app.catalogue().meta.packId == "salon-matin");
}
