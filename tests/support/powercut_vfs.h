// A SQLite VFS over the unix one that knows what reached the disk and can cut the power.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "disk_model.h"

namespace powercut {

// Registered as SQLite's default VFS, so that product code opening files by name goes through it.
// Files are read and written for real (the page cache); beside them the VFS keeps, per file, the
// content as of its last xSync and the writes since, and per directory the entries as of its last
// directory sync (the unix VFS syncs a journal's or WAL's directory at that file's first xSync
// after it is opened with CREATE, and on xDelete with syncDir; an empty database file it has not
// seen before counts as just created, not yet in its directory). xSync itself is only recorded:
// durability is what this model says, not what the test machine's disk does.
//
// Counting I/O operations (write, truncate, sync, create, delete), it cuts the power at a chosen
// one: that operation and every later one fail with an I/O error, as on a machine that is off.
// reboot() then rewrites the files as the disk would hold them and powers back on.
// Single-threaded tests only.
class Disk {
 public:
  // Registers the VFS as the default (once per process) and returns the one disk.
  static Disk& install();

  // From now on, the files as they are on disk count as durable, nothing is pending.
  void forgetHistory();
  // The power goes out at I/O operation number `afterOps` from now (0: the very next one).
  void armCut(long afterOps, Cut kind, uint32_t seed);
  // The power goes out now, if it has not already.
  void cutNow();
  bool powerIsOff() const;
  long opsSinceArmed() const;
  // Writes every file known to the model as the disk holds it after the cut (a file whose
  // directory entry was never synced is gone; one deleted without a directory sync is back), drops
  // "-shm" files (shared memory does not survive), powers on and forgets the history.
  void reboot();
};

}  // namespace powercut
