// Signed packs: a kiosk with trusted publisher keys shows only packs they signed, and says why
// it refused the others; without keys it accepts unsigned packs, as before, and says so.
#include <doctest.h>
#include <sys/stat.h>

#include "content_hash.h"
#include "messages_language.h"
#include "pack.h"
#include "pack_signature.h"
#include "pack_slot.h"
#include "pack_slot_helpers.h"
#include "test_store_helpers.h"

using namespace vitrine;
using namespace vitrine::test;

namespace {

// A fresh folder; every one this test makes is removed when the process ends.
fs::path scratch(const std::string& tag) {
  static struct Cleanup {
    std::vector<fs::path> dirs;
    ~Cleanup() {
      std::error_code ec;
      for (const auto& d : dirs) fs::remove_all(d, ec);
    }
  } made;
  made.dirs.push_back(tempFolder(tag));
  return made.dirs.back();
}

struct Publisher {
  fs::path secret, pub;
};

Publisher newPublisher(const std::string& name) {
  const auto files = newPublisherKeys(scratch("keys"), name);
  return {files[0], files[1]};
}

const Publisher& school() {
  static const Publisher p = newPublisher("ecole-sociale");
  return p;
}

// A kiosk's trusted folder holding these publishers' public keys.
fs::path trustedFolder(const std::vector<const Publisher*>& publishers) {
  fs::path dir = scratch("trusted");
  for (const Publisher* p : publishers) fs::copy_file(p->pub, dir / p->pub.filename());
  return dir;
}

fs::path signedCopy(const fs::path& pack, const Publisher& by, const std::string& name) {
  fs::path out = scratch("signed") / name;
  fs::copy_file(pack, out);
  signPack(out, by.secret);
  return out;
}

// What the packs folder makes of one dropped file: the reason it was refused, or "" if staged.
std::string dropInto(const fs::path& pack, const TrustedPublishers& trusted) {
  fs::path dir = scratch("packs");
  fs::copy_file(packA(), dir / "current.kpack");
  fs::copy_file(pack, dir / "salon.kpack");
  PackSlot slot(dir, trusted);
  slot.poll();
  if (slot.poll()) return "";
  CHECK(listing(dir).count("salon.kpack.rejected.txt") == 1);
  CHECK(slurp(dir / "salon.kpack.rejected.txt").find(slot.status().reason.substr(0, 40)) !=
        std::string::npos);
  return slot.status().reason;
}

std::string contentHashOf(const fs::path& pack) {
  return Pack::open(pack)->catalogue().meta.contentHash;
}

}  // namespace

TEST_CASE("a publisher's key pair: secret readable by its owner only, never overwritten") {
  const Publisher& p = school();
  CHECK(p.secret.filename() == "ecole-sociale.sign.secret");
  CHECK(p.pub.filename() == "ecole-sociale.sign.public");
  CHECK((fs::status(p.secret).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
        fs::perms::none);
  const std::string before = slurp(p.secret);
  CHECK_THROWS_AS(newPublisherKeys(p.secret.parent_path(), "ecole-sociale"), SignatureError);
  CHECK(slurp(p.secret) == before);
}

TEST_CASE("kioskctl keys new and pack sign: the signature leaves the content hash unchanged") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path keys = scratch("keys");
  auto made =
      storetest::runCtl(ctl::keys, {"new", "--publisher", "-o", keys.string(), "--name", "cpas"});
  CHECK(made.status == 0);
  CHECK(made.err.find("Attention") != std::string::npos);  // the one-line warning
  CHECK(fs::exists(keys / "cpas.sign.secret"));
  fs::path pack = scratch("sign") / "demo.kpack";
  fs::copy_file(packA(), pack);
  const std::string hash = contentHashOf(pack);
  auto signedRun = storetest::runCtl(
      ctl::pack, {"sign", pack.string(), "--key", (keys / "cpas.sign.secret").string()});
  CHECK(signedRun.status == 0);
  CHECK(signedRun.out.find("signé par « cpas »") != std::string::npos);
  CHECK(contentHashOf(pack) == hash);
  CHECK(storetest::runCtl(ctl::pack, {"info", pack.string()})
            .out.find("signé par :               cpas") != std::string::npos);
  auto wrongKey = storetest::runCtl(
      ctl::pack, {"sign", pack.string(), "--key", (keys / "cpas.sign.public").string()});
  CHECK(wrongKey.status == 1);
}

TEST_CASE("with a trusted key: signed accepted; unsigned, unknown or tampered refused with why") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  const Publisher& p = school();
  const TrustedPublishers trusted = loadTrustedPublishers(trustedFolder({&p}));
  REQUIRE(trusted.enforced);
  REQUIRE(trusted.keys.size() == 1);

  CHECK(dropInto(signedCopy(packB(), p, "salon.kpack"), trusted) == "");

  const std::string unsignedWhy = dropInto(packB(), trusted);
  CHECK(unsignedWhy.find("Pack non signé") != std::string::npos);

  const Publisher stranger = newPublisher("inconnu");
  const std::string strangerWhy = dropInto(signedCopy(packB(), stranger, "salon.kpack"), trusted);
  CHECK(strangerWhy.find("« inconnu »") != std::string::npos);
  CHECK(strangerWhy.find("ne connaît pas") != std::string::npos);

  // Someone edits a signed pack and recomputes its content hash, as a few lines of script can.
  fs::path tampered = signedCopy(packB(), p, "salon.kpack");
  {
    sql::Database db(tampered, sql::Mode::ReadWriteCreate);
    db.exec("UPDATE offers SET title = 'Stage rémunéré 3000 €'");
    db.prepare("UPDATE meta SET value = ? WHERE key = 'content_hash'")
        .bind(1, contentHash(db))
        .run();
  }
  REQUIRE_NOTHROW(Pack::open(tampered));  // the hash alone does not notice
  const std::string tamperedWhy = dropInto(tampered, trusted);
  CHECK(tamperedWhy.find("modifié après avoir été signé") != std::string::npos);
}

TEST_CASE("without trusted keys, unsigned packs are accepted and the slot says so") {
  const TrustedPublishers none = loadTrustedPublishers(scratch("trusted-empty"));
  CHECK_FALSE(none.enforced);
  CHECK(dropInto(packB(), none) == "");
  CHECK(dropInto(packB(), loadTrustedPublishers("/nonexistent/vitrine/trusted")) == "");
  CHECK(PackSlot(scratch("packs"), none).acceptsUnsigned());
  CHECK_FALSE(PackSlot(scratch("packs"), loadTrustedPublishers(trustedFolder({&school()})))
                  .acceptsUnsigned());
}

TEST_CASE("an unreadable key in the trusted folder still closes the door to unsigned packs") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = scratch("trusted");
  spit(dir / "abime.sign.public", "pas une clé\n");
  const TrustedPublishers t = loadTrustedPublishers(dir);
  CHECK(t.enforced);
  CHECK(t.keys.empty());
  REQUIRE(t.problems.size() == 1);
  CHECK(t.problems[0].find("abime.sign.public") != std::string::npos);
  CHECK(dropInto(packB(), t).find("Pack non signé") != std::string::npos);
}

TEST_CASE("a USB import goes through the same signature check, at start too") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  const Publisher& p = school();
  const TrustedPublishers trusted = loadTrustedPublishers(trustedFolder({&p}));
  fs::path usb = scratch("usb");
  fs::copy_file(packB(), usb / "nonsigne.kpack");
  fs::copy_file(signedCopy(packB(), p, "signe.kpack"), usb / "signe.kpack");
  fs::path dir = scratch("packs");
  fs::copy_file(signedCopy(packA(), p, "current.kpack"), dir / "current.kpack");
  PackSlot slot(dir, trusted);
  REQUIRE_NOTHROW(slot.openAtStart());
  std::string error;
  REQUIRE(slot.importFrom(usb / "nonsigne.kpack", error));
  slot.poll();
  CHECK_FALSE(slot.poll());
  CHECK(slot.status().rejected == "nonsigne.kpack");
  CHECK(slurp(dir / "nonsigne.kpack.rejected.txt").find("Pack non signé") != std::string::npos);
  REQUIRE(slot.importFrom(usb / "signe.kpack", error));
  slot.poll();
  CHECK(slot.poll());
  auto pack = slot.switchNow();
  REQUIRE(pack);
  CHECK(pack->catalogue().meta.packId == "salon-apres-midi");

  // A kiosk whose current pack is unsigned does not start on it once keys are installed.
  fs::path old = scratch("packs");
  fs::copy_file(packA(), old / "current.kpack");
  PackSlot strict(old, trusted);
  CHECK_THROWS_AS(strict.openAtStart(), PackError);
}

TEST_CASE("a FIFO in the trusted folder or /dev/zero as a key: refused at once, never read") {
  // A FIFO used to block the kiosk's start for ever (no writer); /dev/zero never ends a line.
  fs::path dir = scratch("trusted");
  REQUIRE(::mkfifo((dir / "tube.sign.public").c_str(), 0644) == 0);
  const TrustedPublishers t = loadTrustedPublishers(dir);
  CHECK(t.enforced);  // someone meant to trust a key: unsigned packs stay refused
  CHECK(t.keys.empty());
  REQUIRE(t.problems.size() == 1);
  CHECK(t.problems[0].find("tube.sign.public") != std::string::npos);
  for (const char* key : {"/dev/zero", "/dev/null"}) {
    CAPTURE(key);
    CHECK_THROWS_AS(signPack(packB(), key), SignatureError);
  }
  CHECK_THROWS_AS(signPack(packB(), dir / "tube.sign.public"), SignatureError);
}
