// Safe pack updates: validate an incoming pack, switch by rename(2), fall back on the old one.
#include "pack_slot.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <vector>

#include "date_time.h"
#include "file_system.h"
#include "log.h"
#include "pack.h"
#include "packs_messages.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCurrent = "current.kpack";
constexpr const char* kPrevious = "previous.kpack";
constexpr int kMaxStartAttempts = 16;  // incoming packs tried at start before giving up

// Data must be on disk before a rename makes the file current: otherwise a power cut right after
// the switch can leave a durable name pointing at blocks that were never written.
bool syncPath(const fs::path& p, int flags) {
  return vitrine::syncPath(fileSystem(), p.c_str(), flags);
}

// A copy that is on the disk when this returns true (written, then fsynced); false with errno.
bool copyDurably(const fs::path& from, const fs::path& to) {
  std::ifstream in(from, std::ios::binary);
  if (!in) return false;
  FileSystemOps& fsys = fileSystem();
  int fd = fsys.open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  std::vector<char> buf(1 << 16);
  bool ok = true;
  while (ok && in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    ok = writeAll(fsys, fd, buf.data(), static_cast<size_t>(in.gcount()));
  }
  if (ok && in.bad()) {
    ok = false;
    errno = EIO;
  }
  ok = ok && fsys.fsync(fd) == 0;
  const int savedErrno = errno;
  ok = fsys.close(fd) == 0 && ok;
  if (!ok) errno = savedErrno;
  return ok;
}

// quick_check can list hundreds of pages: the log and the staff screen get one short line, the
// .rejected.txt file keeps everything.
std::string oneLine(const std::string& text) {
  constexpr size_t kMax = 300;
  std::string line = text.substr(0, kMax);
  std::replace(line.begin(), line.end(), '\n', ' ');
  return text.size() > kMax ? line + "…" : line;
}

std::string utcNow() {
  return minuteUtc(std::time(nullptr));
}

}  // namespace

PackSlot::PackSlot(fs::path dir, TrustedPublishers trusted)
    : dir_(std::move(dir)),
      trusted_(std::move(trusted)),
      worker_(std::make_unique<Worker>(Worker::Mode::Inline)) {
  for (const std::string& problem : trusted_.problems) event(trWhole(PM::warning, {problem}));
}
PackSlot::~PackSlot() = default;

void PackSlot::checkOnWorker(std::function<void()> wake) {
  worker_->waitIdle();
  collect();
  worker_ = std::make_unique<Worker>(Worker::Mode::Thread, std::move(wake));
}

std::unique_ptr<Pack> PackSlot::openChecked(const fs::path& file) const {
  auto pack = Pack::open(file);  // schema, application id, quick_check, the whole catalogue
  const Catalogue& c = pack->catalogue();
  if (c.careers.empty()) throw PackError(trWhole(PM::no_career, {file.string()}));
  if (c.offers.empty()) throw PackError(trWhole(PM::no_offer, {file.string()}));
  requireTrustedSignature(file, c.meta.contentHash, trusted_);
  return pack;
}

std::optional<PackSlot::Seen> PackSlot::nextIncoming() const {
  std::vector<Seen> found;
  std::error_code ec;
  for (fs::directory_iterator it(dir_, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    // Hidden names are copies in progress (ours, rsync's); .rejected files are done with.
    if (name.front() == '.' || it->path().extension() != ".kpack") continue;
    if (name == kCurrent || name == kPrevious) continue;
    std::error_code e1, e2, e3;
    if (!it->is_regular_file(e1)) continue;
    Seen s{name, it->file_size(e2), it->last_write_time(e3)};
    if (e1 || e2 || e3) continue;
    if (std::find(refused_.begin(), refused_.end(), s) != refused_.end()) continue;
    found.push_back(s);
  }
  if (found.empty()) return std::nullopt;
  // Oldest first: with several drops, the newest one ends up current after as many resets.
  return *std::min_element(found.begin(), found.end(), [](const Seen& a, const Seen& b) {
    return a.mtime != b.mtime ? a.mtime < b.mtime : a.name < b.name;
  });
}

bool PackSlot::collect() {
  worker_->deliver();
  return staged();
}

bool PackSlot::poll() {
  if (collect()) return true;  // one at a time: switchNow() consumes it, then the next is looked at
  if (checking_) return false;  // the worker is on it
  auto seen = nextIncoming();
  if (!seen || candidate_ != seen) {
    candidate_ = seen;  // a file still being copied changes size or date between two polls
    return false;
  }
  candidate_.reset();
  checking_ = seen;
  {
    std::lock_guard lock(statusMutex_);
    status_.checking = seen->name;
  }
  worker_->post([this, s = *seen](const std::atomic<bool>&) { return check(s); });
  return collect();  // at once when checks run inline
}

// On the worker: only dir_, trusted_ (both fixed) and the files of `seen` are touched here; what
// the slot remembers changes in the returned step, on the owner's thread.
Worker::Done PackSlot::check(const Seen& seen) {
  bool good = false;
  std::string reason;
  try {
    good = openChecked(dir_ / seen.name) != nullptr;
  } catch (const PackError& e) {
    reason = e.what();
  }
  bool renamed = true;
  if (!good) {
    renamed = rejectFiles(seen.name, seen.name, reason);
  } else if (!syncPath(dir_ / seen.name, 0)) {
    event(trWhole(PM::not_synced, {seen.name}));
  }
  return [this, seen, good, renamed] {
    checking_.reset();
    {
      std::lock_guard lock(statusMutex_);
      status_.checking.clear();
      if (good) status_.staged = seen.name;
    }
    if (!good) {
      if (!renamed) refuse(seen.name);
      return;
    }
    staged_ = seen;
    event(trWhole(PM::validated, {seen.name}));
  };
}

std::unique_ptr<Pack> PackSlot::switchNow() {
  collect();
  if (switched_) return std::move(switched_);
  if (!staged_ || switching_) return nullptr;
  Seen s = *staged_;
  staged_.reset();
  {
    std::lock_guard lock(statusMutex_);
    status_.staged.clear();
  }
  switching_ = true;
  worker_->post([this, s](const std::atomic<bool>&) -> Worker::Done {
    bool refuseIt = false;
    // std::function wants a copyable step: the opened pack travels in a shared box.
    auto pack = std::make_shared<std::unique_ptr<Pack>>(switchFiles(s, refuseIt));
    return [this, pack, refuseIt] {
      switching_ = false;
      if (refuseIt) refuse(kCurrent);
      switched_ = std::move(*pack);
    };
  });
  collect();  // at once when the work runs inline
  return std::move(switched_);
}

// On the worker: the renames, the folder's fsync and the new current opened and checked again
// (a file damaged in place since its check keeps its size and date: only opening it can tell).
std::unique_ptr<Pack> PackSlot::switchFiles(const Seen& s, bool& refuseCurrent) {
  std::error_code e1, e2;
  fs::path file = dir_ / s.name;
  Seen now{s.name, fs::file_size(file, e1), fs::last_write_time(file, e2)};
  if (e1 || e2 || now != s) {
    event(trWhole(PM::changed_since_check, {s.name}));
    return nullptr;
  }
  std::error_code ec;
  const bool hadCurrent = fs::exists(dir_ / kCurrent, ec);
  if (hadCurrent && !rename(kCurrent, kPrevious)) return nullptr;
  if (!rename(s.name, kCurrent)) {
    if (hadCurrent) rename(kPrevious, kCurrent);
    syncDir();
    return nullptr;
  }
  syncDir();
  try {
    auto pack = openChecked(dir_ / kCurrent);
    setRunning(kCurrent);
    event(trWhole(hadCurrent ? PM::in_service_previous_kept : PM::in_service, {s.name}));
    return pack;
  } catch (const PackError& e) {
    // The kiosk still runs on the old pack (open on its own file): give it back its name.
    refuseCurrent = !rejectFiles(kCurrent, s.name, e.what());
    if (hadCurrent) rename(kPrevious, kCurrent);
    syncDir();
    return nullptr;
  }
}

std::unique_ptr<Pack> PackSlot::openAtStart() {
  std::error_code ec;
  fs::create_directories(dir_, ec);  // an empty folder waits for a pack to be dropped in it
  std::string why;
  if (fs::exists(dir_ / kCurrent, ec)) {
    try {
      auto pack = openChecked(dir_ / kCurrent);
      setRunning(kCurrent);
      event(tr(PM::current_opened));
      return pack;
    } catch (const PackError& e) {
      why = e.what();
      reject(kCurrent, kCurrent, e.what());
    }
  }
  if (fs::exists(dir_ / kPrevious, ec)) {
    try {
      auto pack = openChecked(dir_ / kPrevious);
      // previous becomes current, so that the next switch keeps it as previous again.
      bool moved = rename(kPrevious, kCurrent);
      syncDir();
      setRunning(moved ? kCurrent : kPrevious);
      event(tr(PM::back_to_previous));
      return pack;
    } catch (const PackError& e) {
      if (why.empty()) why = e.what();
      reject(kPrevious, kPrevious, e.what());
    }
  }
  // No visitor to disturb yet: the first good incoming pack becomes current at once.
  for (int i = 0; i < kMaxStartAttempts; ++i) {
    auto seen = nextIncoming();
    if (!seen) break;
    try {
      openChecked(dir_ / seen->name);
    } catch (const PackError& e) {
      if (why.empty()) why = e.what();
      reject(seen->name, seen->name, e.what());
      continue;
    }
    syncPath(dir_ / seen->name, 0);
    staged_ = seen;
    if (auto pack = switchNow()) return pack;
  }
  throw PackError(why.empty() ? trWhole(PM::no_usable_pack, {dir_.string()})
                              : trWhole(PM::no_usable_pack_because, {dir_.string(), oneLine(why)}));
}

void PackSlot::importOnWorker(const fs::path& file,
                              std::function<void(const std::string& error)> done) {
  importing_ = true;
  worker_->post([this, file, done = std::move(done)](const std::atomic<bool>&) -> Worker::Done {
    std::string error;
    importFrom(file, error);  // touches only the folder's files and events, as check() does
    return [this, done, error] {
      importing_ = false;
      done(error);
    };
  });
  collect();  // at once when the work runs inline
}

bool PackSlot::importFrom(const fs::path& file, std::string& error) {
  std::string name = file.filename().string();
  if (file.extension() != ".kpack" || name.front() == '.') {
    error = trWhole(PM::not_a_pack_file, {file.string()});
    return false;
  }
  if (name == kCurrent || name == kPrevious) name = "import-" + name;
  fs::path part = dir_ / ("." + name + ".part");  // hidden: poll() never sees a partial copy
  std::error_code ec;
  fs::create_directories(dir_, ec);
  if (!copyDurably(file, part) || fileSystem().rename(part.c_str(), (dir_ / name).c_str()) != 0) {
    error = trWhole(PM::copy_failed, {dir_.string(), std::strerror(errno)});
    fs::remove(part, ec);
    return false;
  }
  syncDir();
  event(trWhole(PM::copied, {file.string(), name}));
  return true;
}

void PackSlot::reject(const std::string& at, const std::string& name, const std::string& reason) {
  if (!rejectFiles(at, name, reason)) refuse(at);
}

void PackSlot::refuse(const std::string& at) {
  // Cannot rename (read-only folder?): at least never retry it in this run.
  std::error_code e1, e2;
  fs::path p = dir_ / at;
  refused_.push_back({at, fs::file_size(p, e1), fs::last_write_time(p, e2)});
}

bool PackSlot::rejectFiles(const std::string& at, const std::string& name,
                           const std::string& reason) {
  const std::string line = oneLine(reason);
  {
    std::lock_guard lock(statusMutex_);
    status_.rejected = name;
    status_.reason = line;
  }
  const std::string bad = name + ".rejected";
  const bool renamed = rename(at, bad);
  std::ofstream txt(dir_ / (bad + ".txt"), std::ios::trunc);
  txt << trWhole(PM::refused_on, {utcNow(), name}) << "\n"
      << reason << "\n"
      << tr(PM::refused_what_to_do) << "\n";
  txt.close();
  if (!txt || !syncPath(dir_ / (bad + ".txt"), 0))
    event(trWhole(PM::cannot_write_note, {bad, dir_.string()}));
  syncDir();
  event(trWhole(PM::refused, {name, line}));
  return renamed;
}

bool PackSlot::rename(const std::string& from, const std::string& to) {
  if (fileSystem().rename((dir_ / from).c_str(), (dir_ / to).c_str()) == 0) return true;
  event(trWhole(PM::cannot_rename, {from, to, dir_.string(), std::strerror(errno)}));
  return false;
}

void PackSlot::syncDir() {
  // The renames are only durable once the folder itself is on disk.
  if (!syncPath(dir_, O_DIRECTORY)) event(trWhole(PM::folder_not_synced, {dir_.string()}));
}

void PackSlot::setRunning(const std::string& name) {
  std::lock_guard lock(statusMutex_);
  status_.running = name;
}

void PackSlot::event(const std::string& line) {
  {
    std::lock_guard lock(statusMutex_);
    status_.lastEvent = line;
  }
  log::info("packs: " + line);
}

}  // namespace vitrine
