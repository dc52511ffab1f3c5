// The packs folder: a dropped pack is validated then switched; a bad one is refused with a reason
// and the old one kept; a broken current falls back on previous. Real packs, real files.
#include <doctest.h>

#include <functional>

#include "messages_language.h"
#include "pack.h"
#include "pack_slot.h"
#include "pack_slot_helpers.h"

using namespace vitrine;
using namespace vitrine::test;
using Names = std::set<std::string>;

namespace {

std::string packIdOf(const fs::path& file) {
  return Pack::open(file)->catalogue().meta.packId;
}

// A folder as the kiosk left it this morning: current.kpack is pack A.
fs::path morningFolder() {
  fs::path dir = tempFolder("packs");
  fs::copy_file(packA(), dir / "current.kpack");
  return dir;
}

// Two polls, as the App does a few seconds apart: a file must look the same twice.
bool pollTwice(PackSlot& slot) {
  slot.poll();
  return slot.poll();
}

}  // namespace

TEST_CASE("a good pack dropped in the folder is validated, then switched in only when asked") {
  fs::path dir = morningFolder();
  PackSlot slot(dir);
  auto running = slot.openAtStart();
  CHECK(running->catalogue().meta.packId == "salon-matin");

  CHECK_FALSE(slot.poll());  // nothing to do
  fs::copy_file(packB(), dir / "mise-a-jour.kpack");
  CHECK_FALSE(slot.poll());  // seen once: could still be being copied
  CHECK(slot.poll());
  CHECK(slot.staged());
  CHECK(slot.status().staged == "mise-a-jour.kpack");
  // Staged is not switched: nothing renamed until the App says the visitor is gone.
  CHECK(listing(dir) == Names{"current.kpack", "mise-a-jour.kpack"});
  CHECK(packIdOf(dir / "current.kpack") == "salon-matin");

  auto fresh = slot.switchNow();
  REQUIRE(fresh);
  CHECK(fresh->catalogue().meta.packId == "salon-apres-midi");
  CHECK_FALSE(slot.staged());
  CHECK(listing(dir) == Names{"current.kpack", "previous.kpack"});
  CHECK(packIdOf(dir / "current.kpack") == "salon-apres-midi");
  CHECK(packIdOf(dir / "previous.kpack") == "salon-matin");
  // The old pack object stays usable until the App drops it (its file was only renamed).
  CHECK(running->catalogue().careers.size() == fresh->catalogue().careers.size());
  CHECK_FALSE(running->imageBytes(running->catalogue().careers.front().image).empty());

  CHECK_FALSE(pollTwice(slot));  // nothing left to switch
  CHECK(slot.switchNow() == nullptr);
}

TEST_CASE("a damaged or foreign pack is refused with a reason file and the old pack stays") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  struct Case {
    const char* what;
    std::function<void(const fs::path&)> make;
    const char* reason;  // what the technician reads in the .rejected.txt
  };
  const Case cases[] = {
      {"truncated copy", [](const fs::path& p) { truncateCopy(packB(), p); }, "endommagé"},
      {"bit flips", [](const fs::path& p) { flipBits(packB(), p); }, "endommagé"},
      {"not SQLite", [](const fs::path& p) { notSqlite(p); }, "n’est pas un pack"},
      {"other database", [](const fs::path& p) { otherDatabase(p); }, "n’est pas un pack"},
      {"future schema", [](const fs::path& p) { futureSchema(packB(), p); }, "(schéma 99"},
      {"no offers", [](const fs::path& p) { noOffers(packB(), p); }, "aucune offre"},
      {"edited by hand", [](const fs::path& p) { editedByHand(packB(), p); }, "modifié après"},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.what));
    fs::path dir = morningFolder();
    fs::copy_file(packA(), dir / "previous.kpack");
    PackSlot slot(dir);
    auto running = slot.openAtStart();
    c.make(dir / "nouveau.kpack");

    CHECK_FALSE(pollTwice(slot));
    CHECK_FALSE(slot.staged());
    CHECK(slot.switchNow() == nullptr);
    CHECK(listing(dir) == Names{"current.kpack", "previous.kpack", "nouveau.kpack.rejected",
                                "nouveau.kpack.rejected.txt"});
    std::string why = slurp(dir / "nouveau.kpack.rejected.txt");
    CHECK(why.find("nouveau.kpack") != std::string::npos);
    CHECK(why.find(c.reason) != std::string::npos);
    CHECK(slot.status().rejected == "nouveau.kpack");
    CHECK(packIdOf(dir / "current.kpack") == "salon-matin");
    // Not retried forever: later polls leave the folder alone.
    CHECK_FALSE(pollTwice(slot));
    CHECK(listing(dir).size() == 4);
  }
}

TEST_CASE("a pack still being copied is not mistaken for a broken one") {
  fs::path dir = morningFolder();
  PackSlot slot(dir);
  auto running = slot.openAtStart();
  truncateCopy(packB(), dir / "nouveau.kpack");  // the first half has arrived
  CHECK_FALSE(slot.poll());
  fs::copy_file(packB(), dir / "nouveau.kpack", fs::copy_options::overwrite_existing);  // done
  CHECK_FALSE(slot.poll());  // changed since the last look: wait once more
  CHECK(slot.poll());
  CHECK(listing(dir) == Names{"current.kpack", "nouveau.kpack"});
}

TEST_CASE("a staged pack replaced before the switch is checked again, not switched blindly") {
  fs::path dir = morningFolder();
  PackSlot slot(dir);
  auto running = slot.openAtStart();
  fs::copy_file(packB(), dir / "nouveau.kpack");
  REQUIRE(pollTwice(slot));
  truncateCopy(packB(), dir / "nouveau.kpack");  // someone copies again, and pulls the stick
  CHECK(slot.switchNow() == nullptr);
  CHECK(packIdOf(dir / "current.kpack") == "salon-matin");
  CHECK_FALSE(pollTwice(slot));
  CHECK(listing(dir) ==
        Names{"current.kpack", "nouveau.kpack.rejected", "nouveau.kpack.rejected.txt"});
}

TEST_CASE("a new current that fails to open after the rename is undone automatically") {
  fs::path dir = morningFolder();
  PackSlot slot(dir);
  auto running = slot.openAtStart();
  fs::copy_file(packB(), dir / "nouveau.kpack");
  REQUIRE(pollTwice(slot));
  // Damage the validated file in place, same size and date: only opening it again can tell.
  auto when = fs::last_write_time(dir / "nouveau.kpack");
  std::string bytes = slurp(dir / "nouveau.kpack");
  flipBits(dir / "nouveau.kpack", dir / "nouveau.kpack");
  fs::last_write_time(dir / "nouveau.kpack", when);
  REQUIRE(slurp(dir / "nouveau.kpack").size() == bytes.size());

  CHECK(slot.switchNow() == nullptr);
  CHECK(listing(dir) ==
        Names{"current.kpack", "nouveau.kpack.rejected", "nouveau.kpack.rejected.txt"});
  CHECK(packIdOf(dir / "current.kpack") == "salon-matin");
  CHECK(slot.status().rejected == "nouveau.kpack");
  CHECK(slot.status().running == "current.kpack");
}

TEST_CASE("at start, a broken current.kpack is set aside and the previous pack is shown") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = tempFolder("packs");
  truncateCopy(packB(), dir / "current.kpack");
  fs::copy_file(packA(), dir / "previous.kpack");
  PackSlot slot(dir);
  auto pack = slot.openAtStart();
  CHECK(pack->catalogue().meta.packId == "salon-matin");
  // previous became current, so the next update keeps it as previous again.
  CHECK(listing(dir) ==
        Names{"current.kpack", "current.kpack.rejected", "current.kpack.rejected.txt"});
  CHECK(packIdOf(dir / "current.kpack") == "salon-matin");
  CHECK(slurp(dir / "current.kpack.rejected.txt").find("endommagé") != std::string::npos);
}

TEST_CASE("at start after a power cut between the two renames, previous is shown again") {
  fs::path dir = tempFolder("packs");
  fs::copy_file(packA(), dir / "previous.kpack");     // current was renamed away...
  fs::copy_file(packB(), dir / "mise-a-jour.kpack");  // ...the new one not yet renamed in
  PackSlot slot(dir);
  CHECK(slot.openAtStart()->catalogue().meta.packId == "salon-matin");
  CHECK(listing(dir) == Names{"current.kpack", "mise-a-jour.kpack"});
  REQUIRE(pollTwice(slot));  // the update is simply done again
  REQUIRE(slot.switchNow());
  CHECK(listing(dir) == Names{"current.kpack", "previous.kpack"});
  CHECK(packIdOf(dir / "current.kpack") == "salon-apres-midi");
}

TEST_CASE("an empty folder takes the first good pack dropped in it, refusing bad ones") {
  fs::path dir = tempFolder("packs");
  notSqlite(dir / "ancien.kpack");
  fs::copy_file(packA(), dir / "salon.kpack");
  // The broken one is older, so it is looked at first.
  fs::last_write_time(dir / "ancien.kpack",
                      fs::last_write_time(dir / "salon.kpack") - std::chrono::hours(1));
  PackSlot slot(dir);
  CHECK(slot.openAtStart()->catalogue().meta.packId == "salon-matin");
  CHECK(listing(dir) ==
        Names{"current.kpack", "ancien.kpack.rejected", "ancien.kpack.rejected.txt"});
}

TEST_CASE("with nothing usable, the start error names the folder and what to do") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = tempFolder("packs") / "packs";  // not even created yet
  PackSlot slot(dir);
  try {
    slot.openAtStart();
    FAIL("expected PackError");
  } catch (const PackError& e) {
    std::string msg = e.what();
    CHECK(msg.find(dir.string()) != std::string::npos);
    CHECK(msg.find("déposez-y un fichier .kpack") != std::string::npos);
  }
  CHECK(fs::is_directory(dir));  // ready for a pack to be dropped in
}

TEST_CASE(
    "with current and previous both broken, the start error says why and both are set aside") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = tempFolder("packs");
  truncateCopy(packA(), dir / "current.kpack");
  notSqlite(dir / "previous.kpack");
  PackSlot slot(dir);
  try {
    slot.openAtStart();
    FAIL("expected PackError");
  } catch (const PackError& e) {
    std::string msg = e.what();
    CHECK(msg.find("déposez-y un fichier .kpack") != std::string::npos);
    CHECK(msg.find("endommagé") != std::string::npos);
    CHECK(msg.find('\n') == std::string::npos);  // one line on the error screen
  }
  CHECK(listing(dir) == Names{"current.kpack.rejected", "current.kpack.rejected.txt",
                              "previous.kpack.rejected", "previous.kpack.rejected.txt"});
  // A good pack dropped later is taken at the next polls, straight into current.
  fs::copy_file(packB(), dir / "salon.kpack");
  REQUIRE(pollTwice(slot));
  REQUIRE(slot.switchNow());
  CHECK(listing(dir) == Names{"current.kpack", "current.kpack.rejected",
                              "current.kpack.rejected.txt", "previous.kpack.rejected",
                              "previous.kpack.rejected.txt"});
}

TEST_CASE("a pack imported from a USB stick arrives whole, then goes through the same checks") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = morningFolder();
  fs::path usb = tempFolder("usb");
  fs::copy_file(packB(), usb / "salon.kpack");
  spit(usb / "notes.txt", "pas un pack");
  PackSlot slot(dir);
  auto running = slot.openAtStart();

  std::string error;
  CHECK_FALSE(slot.importFrom(usb / "notes.txt", error));
  CHECK(error.find("notes.txt") != std::string::npos);
  CHECK_FALSE(slot.importFrom(usb / "absent.kpack", error));
  CHECK(error.find("Copie du pack impossible") != std::string::npos);
  CHECK(listing(dir) == Names{"current.kpack"});  // no half-copied leftovers

  REQUIRE(slot.importFrom(usb / "salon.kpack", error));
  CHECK(listing(dir) == Names{"current.kpack", "salon.kpack"});
  CHECK(pollTwice(slot));
  REQUIRE(slot.switchNow());
  CHECK(packIdOf(dir / "current.kpack") == "salon-apres-midi");
  CHECK(fs::exists(usb / "salon.kpack"));  // the stick is left as it was
}
