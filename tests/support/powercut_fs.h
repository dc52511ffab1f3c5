// A simulated disk under the kiosk's file-system seam: one folder, power cuts between any calls.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "disk_model.h"
#include "file_system.h"

namespace powercut {

// While it lives, vitrine::fileSystem() is this disk. Files in `dir` are read and written for
// real; beside them it models what the device holds: each file's content at its last fsync and
// the writes since, the folder's entries at its last fsync and the creations, renames and
// removals since. Calls on other paths pass through unmodelled (a USB stick being read).
//
// Counting the calls that change something (creating or truncating open, write, fsync, rename,
// unlink), it cuts the power at a chosen one: that call and every later one fail with EIO.
// reboot() rewrites the folder as the device holds it and powers back on. Single-threaded.
class SimulatedDisk final : public vitrine::FileSystemOps {
 public:
  explicit SimulatedDisk(std::filesystem::path dir);  // what `dir` holds now counts as durable
  ~SimulatedDisk() override;
  SimulatedDisk(const SimulatedDisk&) = delete;
  SimulatedDisk& operator=(const SimulatedDisk&) = delete;

  // The power goes out at call number `afterOps` from now (0: the very next one; -1: never).
  void armCut(long afterOps, Cut kind, uint32_t seed);
  // The power goes out now, if it has not already.
  void cutNow() {
    if (!off_) cut();
  }
  bool powerIsOff() const { return off_; }
  long opsSinceArmed() const { return ops_; }
  // The folder as the device holds it after the cut: synced files and entries, plus for a torn
  // cut some of what was in flight. Powers on; from then on everything there counts as durable.
  void reboot();

  int open(const char* path, int flags, mode_t mode) override;
  ssize_t write(int fd, const void* data, size_t size) override;
  int fsync(int fd) override;
  int close(int fd) override;
  int rename(const char* from, const char* to) override;
  int unlink(const char* path) override;

 private:
  struct DirOp {
    std::string name, to;          // to: a rename's new name; empty with `inode` set: a creation
    std::shared_ptr<Inode> inode;  // creation only; neither: a removal
  };
  using Names = std::map<std::string, std::shared_ptr<Inode>>;
  static void applyDirOp(Names& names, const DirOp& op);
  bool inDir(const char* path) const;
  bool tick();
  void cut();
  void snapshot();

  std::filesystem::path dir_;
  Names durable_, current_;
  std::vector<DirOp> pendingDir_;
  std::map<int, std::shared_ptr<Inode>> files_;  // open files in the folder
  std::set<int> dirFds_;                         // the folder itself, opened to be synced
  long ops_ = 0, cutAt_ = -1;
  Cut kind_ = Cut::Drop;
  uint32_t seed_ = 0;
  bool off_ = false;
  std::map<std::string, std::string> afterCut_;  // name → content on the device
};

}  // namespace powercut
