// The power-cut VFS: real files for reading, a model of the disk's durable state for the cut.
#include "powercut_vfs.h"

#include <sqlite3.h>
#include <unistd.h>

#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>

namespace powercut {
namespace {

namespace fs = std::filesystem;

// One path: the file its directory entry names now, and the one the disk's directory names.
struct Entry {
  std::shared_ptr<Inode> current;  // null: deleted
  std::shared_ptr<Inode> durable;  // null: the entry never reached the disk, or its removal did
};

struct State {
  sqlite3_vfs* real = nullptr;
  std::map<std::string, Entry> files;
  long ops = 0;
  long cutAt = -1;
  Cut kind = Cut::Drop;
  uint32_t seed = 0;
  bool off = false;
  std::map<std::string, std::optional<std::string>> afterCut;  // path → content, or gone
};

State& state() {
  static State s;
  return s;
}

std::string readFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void cutPower() {
  State& s = state();
  s.off = true;
  std::mt19937 rng(s.seed);
  for (auto& [path, e] : s.files) {
    // A torn cut may also have written some directory changes that were never synced.
    std::shared_ptr<Inode> entry = e.durable;
    if (s.kind == Cut::Torn && e.durable != e.current && std::bernoulli_distribution(0.5)(rng))
      entry = e.current;
    if (entry)
      s.afterCut[path] = contentAtCut(*entry, s.kind, rng);
    else
      s.afterCut[path] = std::nullopt;
  }
}

// Counts one I/O operation; false when the power is (now) off.
bool tick() {
  State& s = state();
  if (s.off) return false;
  if (s.cutAt >= 0 && s.ops >= s.cutAt) {
    cutPower();
    return false;
  }
  ++s.ops;
  return true;
}

// fsync of a directory: every entry in it, created, renamed or removed, is now on the disk.
void syncDirectory(const std::string& dir) {
  for (auto& [path, e] : state().files)
    if (fs::path(path).parent_path() == dir) e.durable = e.current;
}

Entry& entryFor(const std::string& path, bool existsOnDisk) {
  auto [it, inserted] = state().files.try_emplace(path);
  if (inserted && existsOnDisk) {
    auto inode = std::make_shared<Inode>();
    inode->durable = readFile(path);
    it->second.current = it->second.durable = inode;
  }
  return it->second;
}

struct ShimFile {
  sqlite3_file base;
  sqlite3_file* real;
  const char* path;  // SQLite keeps the name valid until xClose; null: not modelled (temp file)
  bool dirSyncPending;
};

ShimFile* shim(sqlite3_file* f) {
  return reinterpret_cast<ShimFile*>(f);
}
sqlite3_file* real(sqlite3_file* f) {
  return shim(f)->real;
}
// The modelled file behind a handle; null for a temporary file, or a path deleted meanwhile
// (writes to an unlinked file never reach a directory entry).
Inode* inodeOf(sqlite3_file* f) {
  if (!shim(f)->path) return nullptr;
  auto it = state().files.find(shim(f)->path);
  return it == state().files.end() ? nullptr : it->second.current.get();
}

int xClose(sqlite3_file* f) {
  return real(f)->pMethods->xClose(real(f));
}

int xRead(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
  if (state().off) return SQLITE_IOERR_READ;
  return real(f)->pMethods->xRead(real(f), buf, n, off);
}

int xWrite(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
  if (!tick()) return SQLITE_IOERR_WRITE;
  int rc = real(f)->pMethods->xWrite(real(f), buf, n, off);
  Inode* inode = inodeOf(f);
  if (rc == SQLITE_OK && inode)
    inode->pending.push_back({false, off, std::string(static_cast<const char*>(buf), n)});
  return rc;
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size) {
  if (!tick()) return SQLITE_IOERR_TRUNCATE;
  int rc = real(f)->pMethods->xTruncate(real(f), size);
  Inode* inode = inodeOf(f);
  if (rc == SQLITE_OK && inode) inode->pending.push_back({true, size, {}});
  return rc;
}

// Recorded, not performed: the model decides what is durable.
int xSync(sqlite3_file* f, int) {
  if (!tick()) return SQLITE_IOERR_FSYNC;
  ShimFile* p = shim(f);
  if (Inode* inode = inodeOf(f)) inode->sync();
  if (!p->path) return SQLITE_OK;
  if (p->dirSyncPending) {  // what unixSync does for a journal or WAL it created
    syncDirectory(fs::path(p->path).parent_path().string());
    p->dirSyncPending = false;
  }
  return SQLITE_OK;
}

int xFileSize(sqlite3_file* f, sqlite3_int64* size) {
  if (state().off) return SQLITE_IOERR_FSTAT;
  return real(f)->pMethods->xFileSize(real(f), size);
}
int xLock(sqlite3_file* f, int l) {
  return real(f)->pMethods->xLock(real(f), l);
}
int xUnlock(sqlite3_file* f, int l) {
  return real(f)->pMethods->xUnlock(real(f), l);
}
int xCheckReservedLock(sqlite3_file* f, int* out) {
  return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg) {
  return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file* f) {
  return real(f)->pMethods->xSectorSize(real(f));
}
int xDeviceCharacteristics(sqlite3_file* f) {
  return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
  return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) {
  return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f) {
  real(f)->pMethods->xShmBarrier(real(f));
}
int xShmUnmap(sqlite3_file* f, int del) {
  return real(f)->pMethods->xShmUnmap(real(f), del);
}

// Version 2: no memory-mapped reads, every read goes through xRead.
const sqlite3_io_methods kMethods = {2,
                                     xClose,
                                     xRead,
                                     xWrite,
                                     xTruncate,
                                     xSync,
                                     xFileSize,
                                     xLock,
                                     xUnlock,
                                     xCheckReservedLock,
                                     xFileControl,
                                     xSectorSize,
                                     xDeviceCharacteristics,
                                     xShmMap,
                                     xShmLock,
                                     xShmBarrier,
                                     xShmUnmap,
                                     nullptr,
                                     nullptr};

int xOpen(sqlite3_vfs*, sqlite3_filename zName, sqlite3_file* f, int flags, int* outFlags) {
  State& s = state();
  ShimFile* p = shim(f);
  p->base.pMethods = nullptr;
  p->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + sizeof(ShimFile));
  const bool modelled = zName && !(flags & SQLITE_OPEN_DELETEONCLOSE);
  p->path = modelled ? zName : nullptr;
  if (s.off) return SQLITE_CANTOPEN;
  const bool exists = modelled && ::access(zName, F_OK) == 0;
  const bool creates = modelled && !exists && (flags & SQLITE_OPEN_CREATE);
  if (creates && !tick()) return SQLITE_CANTOPEN;
  int rc = s.real->xOpen(s.real, zName, p->real, flags, outFlags);
  if (rc != SQLITE_OK) return rc;
  p->base.pMethods = &kMethods;
  if (modelled) {
    const bool known = s.files.count(zName) > 0;
    Entry& e = entryFor(zName, exists);
    if (!e.current || !exists) e.current = std::make_shared<Inode>();
    const int type = flags & 0x0FFFFF00;
    // An empty database file seen for the first time was just created by its owner (the store
    // creates it 0600 before SQLite opens it): its directory entry may not be on the disk yet.
    if (!known && exists && type == SQLITE_OPEN_MAIN_DB && e.current->durable.empty())
      e.durable = nullptr;
    p->dirSyncPending = (flags & SQLITE_OPEN_CREATE) &&
                        (type == SQLITE_OPEN_WAL || type == SQLITE_OPEN_MAIN_JOURNAL ||
                         type == SQLITE_OPEN_SUPER_JOURNAL);
  }
  return SQLITE_OK;
}

int xDelete(sqlite3_vfs*, const char* zName, int syncDir) {
  State& s = state();
  if (!tick()) return SQLITE_IOERR_DELETE;
  const bool exists = ::access(zName, F_OK) == 0;
  int rc = s.real->xDelete(s.real, zName, 0);
  if (rc == SQLITE_OK) {
    entryFor(zName, exists).current = nullptr;
    if (syncDir) syncDirectory(fs::path(zName).parent_path().string());
  }
  return rc;
}

sqlite3_vfs& vfs() {
  static sqlite3_vfs v = [] {
    sqlite3_vfs* real = sqlite3_vfs_find("unix");
    if (!real) throw std::runtime_error("no unix VFS");
    state().real = real;
    sqlite3_vfs copy = *real;  // the unix VFS's other methods ignore the VFS pointer
    copy.zName = "powercut";
    copy.szOsFile = static_cast<int>(sizeof(ShimFile)) + real->szOsFile;
    copy.pNext = nullptr;
    copy.pAppData = nullptr;
    copy.xOpen = xOpen;
    copy.xDelete = xDelete;
    return copy;
  }();
  return v;
}

}  // namespace

Disk& Disk::install() {
  static Disk disk;
  static const int rc = sqlite3_vfs_register(&vfs(), 1);
  if (rc != SQLITE_OK) throw std::runtime_error("sqlite3_vfs_register failed");
  return disk;
}

void Disk::forgetHistory() {
  State& s = state();
  s.files.clear();
  s.afterCut.clear();
  s.ops = 0;
  s.cutAt = -1;
  s.off = false;
}

void Disk::armCut(long afterOps, Cut kind, uint32_t seed) {
  State& s = state();
  s.ops = 0;
  s.cutAt = afterOps;
  s.kind = kind;
  s.seed = seed;
}

void Disk::cutNow() {
  if (!state().off) cutPower();
}

bool Disk::powerIsOff() const {
  return state().off;
}
long Disk::opsSinceArmed() const {
  return state().ops;
}

void Disk::reboot() {
  State& s = state();
  if (s.off) {
    for (const auto& [path, content] : s.afterCut) {
      std::error_code ec;
      if (!content) {
        fs::remove(path, ec);
        continue;
      }
      std::ofstream out(path, std::ios::binary | std::ios::trunc);
      out.write(content->data(), static_cast<std::streamsize>(content->size()));
      if (!out) throw std::runtime_error("cannot restore " + path);
    }
    for (const auto& [path, e] : s.files) {
      std::error_code ec;
      fs::remove(path + "-shm", ec);
    }
  }
  forgetHistory();
}

}  // namespace powercut
