// kioskctl says one thing per run: a count only once the file is written, a full medium as a
// full medium (with no empty store left behind), long inputs cut short, repeated problems
// summarised after a few.
#include <sys/mount.h>
#include <unistd.h>

#include <sstream>

#include "messages.h"
#include "messages_language.h"
#include "small_disk.h"
#include "store.h"
#include "test_pack_fixtures.h"
#include "test_store_helpers.h"

using namespace storetest;
using vitrine::Submission;
using vitrine::VisitorStore;

namespace {

// kioskctl pin with `input` on standard input.
CtlRun pinWith(const std::string& input, const vitrine::ctl::Args& args) {
  std::istringstream in(input);
  auto* old = std::cin.rdbuf(in.rdbuf());
  CtlRun r = runCtl(vitrine::ctl::pin, args);
  std::cin.rdbuf(old);
  return r;
}

size_t lines(const std::string& s) {
  return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace

TEST_CASE("leads export: the count is printed only when the file was written") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  { VisitorStore(db, "borne-1", "salon").save(consentingVisitor("lea@exemple.be"), "demo"); }
  auto r = runLeads(
      {"export", "--store", db.string(), "-o", (dir.path / "absent" / "fiches.csv").string()});
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(r.err.find("l'export n'a pas été fait") != std::string::npos);
  CHECK(r.err.find("exportée") == std::string::npos);  // never « 1 fiche(s) exportée(s) » too
  r = runLeads({"export", "--store", db.string(), "-o", (dir.path / "fiches.csv").string()});
  CHECK(r.status == 0);
  CHECK(r.err.find("1 fiche(s) exportée(s)") != std::string::npos);
}

TEST_CASE("pin set on a full medium says it is full and leaves no empty store") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  vitrine::test::SmallDisk disk(dir.path / "medium", "512k");
  if (!disk.mounted) {
    MESSAGE("skipped: filling a real small disk needs root to mount a tmpfs");
    return;
  }
  vitrine::test::fillUp(disk.dir / "photos.bin");
  const fs::path db = disk.dir / "visitors.db";
  auto r = pinWith("4821\n", {"set", "--store", db.string()});
  INFO(r.err);
  CHECK(r.status == 1);
  CHECK(r.err.find("Disque plein") != std::string::npos);
  CHECK(r.out.find("enregistré") == std::string::npos);
  CHECK_FALSE(fs::exists(db));  // no 0-byte « store » for the kiosk to meet tomorrow
  fs::remove(disk.dir / "photos.bin");
  r = pinWith("4821\n", {"set", "--store", db.string()});
  CHECK(r.status == 0);
  CHECK(pinWith("4821\n", {"check", "--store", db.string()}).status == 0);
}

TEST_CASE("a huge argument is echoed cut short, by every verb") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  { VisitorStore(db, "borne-1", "salon").save(consentingVisitor("lea@exemple.be"), "demo"); }
  const std::string huge(50u << 20, 'z');  // 50 MB
  for (const auto& r :
       {runLeads({"erase", "--store", db.string(), huge}),
        runLeads({"export", "--store", db.string(), huge}),
        runLeads({"export", "--store", db.string(), "--org", huge}), runLeads({huge}),
        runLeads({"export", "--format", huge}), runCtl(vitrine::ctl::pin, {"status", huge}),
        runCtl(vitrine::ctl::stats, {huge})}) {
    CHECK(r.out.size() + r.err.size() < 4000);
    CHECK((r.out + r.err).find("zzz…") != std::string::npos);
  }
}

TEST_CASE("100,000 unknown columns are five lines and a count, not 100,000 lines") {
  vitrine::msg::setLanguage(vitrine::msg::Lang::En);
  TempDir dir;
  const fs::path src = dir.path / "src";
  vitrine::testing::writeSources(src);
  std::string header = vitrine::testing::readFile(src / "offers.csv");
  std::string extra;
  for (int i = 0; i < 100000; ++i) extra += ";c" + std::to_string(i);
  const size_t eol = header.find('\n');
  header.insert(eol, extra);
  vitrine::testing::writeFile(src / "offers.csv", header);
  auto r = runCtl(vitrine::ctl::pack, {"check", src.string()});
  INFO(r.err.substr(0, 3000));
  CHECK(r.status == 1);
  CHECK(lines(r.err) < 30);
  CHECK(r.err.find("99995 more problem(s) of the same kind") != std::string::npos);
  vitrine::msg::resetLanguage();
}
