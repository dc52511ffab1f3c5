// A power cut at any step of a USB export or a pack switch leaves the old file or the new one,
// whole: never a partial export, never a kiosk that restarts on half a pack.
#include <doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <functional>

#include "atomic_file.h"
#include "file_system.h"
#include "messages_language.h"
#include "pack.h"
#include "pack_slot.h"
#include "pack_slot_helpers.h"
#include "powercut_fs.h"

using namespace vitrine;
using namespace vitrine::test;
using powercut::Cut;
using powercut::SimulatedDisk;

namespace {

using Writer = std::function<bool(const fs::path&, const std::string&)>;

bool atomicWriter(const fs::path& target, const std::string& data) {
  std::string error;
  return writeFileAtomically(target, data, error);
}

// Two careless writers, to show that the simulated disk notices what they skip.
bool writerWithoutFileSync(const fs::path& target, const std::string& data) {
  FileSystemOps& f = fileSystem();
  const std::string tmp = target.string() + ".tmp";
  int fd = f.open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) return false;
  bool ok = writeAll(f, fd, data.data(), data.size());
  ok = f.close(fd) == 0 && ok;
  return ok && f.rename(tmp.c_str(), target.c_str()) == 0 &&
         syncPath(f, target.parent_path().c_str(), O_DIRECTORY);
}
bool writerWithoutDirectorySync(const fs::path& target, const std::string& data) {
  FileSystemOps& f = fileSystem();
  const std::string tmp = target.string() + ".tmp";
  int fd = f.open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) return false;
  bool ok = writeAll(f, fd, data.data(), data.size()) && f.fsync(fd) == 0;
  ok = f.close(fd) == 0 && ok;
  return ok && f.rename(tmp.c_str(), target.c_str()) == 0;
}

struct Sweep {
  int cuts = 0, oldWhole = 0, newWhole = 0, broken = 0, lostAfterSuccess = 0;
};

// Cuts the power at every call of one write of `next` over `old` (empty: no file before), each
// way it can go: dropped, and torn with a few seeds. Then reads what the device kept.
Sweep cutEverywhere(const Writer& write, const std::string& old, const std::string& next) {
  fs::path dir = tempFolder("export");
  const fs::path target = dir / "cpas-namur.csv";
  auto morning = [&] {
    fs::remove(dir / "cpas-namur.csv.tmp");
    if (old.empty())
      fs::remove(target);
    else
      spit(target, old);
  };
  morning();
  SimulatedDisk disk(dir);
  disk.armCut(-1, Cut::Drop, 0);
  write(target, next);
  const long calls = disk.opsSinceArmed();
  Sweep s;
  for (long at = 0; at <= calls; ++at) {
    for (uint32_t seed = 0; seed < 5; ++seed) {
      morning();
      disk.reboot();
      disk.armCut(at, seed == 0 ? Cut::Drop : Cut::Torn, seed);
      // A machine that lost power does not carry on: only a write that finished counts.
      const bool ok = write(target, next) && !disk.powerIsOff();
      disk.cutNow();  // if the write got through, the power goes right after it said so
      disk.reboot();
      ++s.cuts;
      const bool exists = fs::exists(target);
      const std::string kept = exists ? slurp(target) : "";
      if (exists && kept == next)
        ++s.newWhole;
      else if (old.empty() ? !exists : kept == old)
        ++s.oldWhole;
      else
        ++s.broken;
      if (ok && !(exists && kept == next)) ++s.lostAfterSuccess;
    }
  }
  fs::remove_all(dir);
  return s;
}

std::string csv(char fill, size_t lines) {
  std::string out = "\xEF\xBB\xBFprenom;email\n";
  for (size_t i = 0; i < lines; ++i) out += std::string(40, fill) + ";x@exemple.be\n";
  return out;
}

}  // namespace

TEST_CASE("an export cut by a power loss at any step is the old file or the new one, whole") {
  for (const std::string& old : {csv('a', 40), std::string()}) {
    INFO((old.empty() ? "new file" : "replacing a file"));
    const Sweep s = cutEverywhere(atomicWriter, old, csv('b', 300));
    CHECK(s.broken == 0);
    CHECK(s.lostAfterSuccess == 0);  // « Vous pouvez retirer la clé » means it is there
    CHECK(s.oldWhole > 0);
    CHECK(s.newWhole > 0);
  }
}

TEST_CASE("the simulated disk catches a writer that skips the file's or the folder's fsync") {
  const Sweep noFileSync = cutEverywhere(writerWithoutFileSync, csv('a', 40), csv('b', 300));
  CHECK(noFileSync.broken > 0);  // a renamed file whose blocks never reached the device
  const Sweep noDirSync = cutEverywhere(writerWithoutDirectorySync, csv('a', 40), csv('b', 300));
  CHECK(noDirSync.broken == 0);
  CHECK(noDirSync.lostAfterSuccess > 0);  // said written, and the old file came back
}

namespace {

// The system's calls, except that syncing a folder fails (a USB stick that errs on metadata).
struct FolderSyncFails final : FileSystemOps {
  int open(const char* p, int flags, mode_t mode) override { return ::open(p, flags, mode); }
  ssize_t write(int fd, const void* d, size_t n) override { return ::write(fd, d, n); }
  int fsync(int fd) override {
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      errno = EIO;
      return -1;
    }
    return ::fsync(fd);
  }
  int close(int fd) override { return ::close(fd); }
  int rename(const char* a, const char* b) override { return ::rename(a, b); }
  int unlink(const char* p) override { return ::unlink(p); }
};

}  // namespace

TEST_CASE("an export whose folder cannot be synced is reported, not said safe to remove") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  fs::path dir = tempFolder("export");
  FolderSyncFails failing;
  setFileSystemForTesting(&failing);
  std::string error;
  const bool ok = writeFileAtomically(dir / "cpas-namur.csv", csv('a', 3), error);
  setFileSystemForTesting(nullptr);
  CHECK_FALSE(ok);
  CHECK(error.find("cpas-namur.csv") != std::string::npos);
  CHECK(error.find("coupure de courant") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a pack import and switch cut by a power loss at any step restart on a whole pack") {
  fs::path usb = tempFolder("usb");
  fs::copy_file(packB(), usb / "salon.kpack");
  const std::string bytesA = slurp(packA()), bytesB = slurp(packB());
  fs::path dir = tempFolder("packs");
  auto morning = [&] {
    for (const auto& e : fs::directory_iterator(dir)) fs::remove(e.path());
    spit(dir / "current.kpack", bytesA);
  };
  // The staff imports from the stick; the kiosk validates it and switches at the next reset.
  auto importAndSwitch = [&] {
    PackSlot slot(dir);
    std::string error;
    if (!slot.importFrom(usb / "salon.kpack", error)) return false;
    slot.poll();
    return slot.poll() && slot.switchNow() != nullptr;
  };
  morning();
  SimulatedDisk disk(dir);
  disk.armCut(-1, Cut::Drop, 0);
  REQUIRE(importAndSwitch());
  const long calls = disk.opsSinceArmed();
  int onA = 0, onB = 0;
  for (long at = 0; at <= calls; ++at) {
    for (uint32_t seed = 0; seed < 3; ++seed) {
      INFO("cut at call " << at << " of " << calls << ", seed " << seed);
      morning();
      disk.reboot();
      disk.armCut(at, seed == 0 ? Cut::Drop : Cut::Torn, seed);
      const bool switched = importAndSwitch() && !disk.powerIsOff();
      disk.cutNow();
      disk.reboot();
      for (const auto& name : listing(dir)) {
        if (fs::path(name).extension() != ".kpack") continue;
        INFO(name);
        const std::string bytes = slurp(dir / name);
        CHECK((bytes == bytesA || bytes == bytesB));  // a pack the kiosk may pick up is whole
      }
      PackSlot restarted(dir);
      std::unique_ptr<Pack> pack;
      REQUIRE_NOTHROW(pack = restarted.openAtStart());
      const std::string id = pack->catalogue().meta.packId;
      CHECK((id == "salon-matin" || id == "salon-apres-midi"));
      if (switched) CHECK(id == "salon-apres-midi");  // once shown, it stays after a cut
      (id == "salon-matin" ? onA : onB)++;
    }
  }
  MESSAGE(calls << " calls, " << onA << " restarts on the old pack, " << onB << " on the new one");
  CHECK(onA > 0);
  CHECK(onB > 0);
  fs::remove_all(dir);
  fs::remove_all(usb);
}
