// The packs folder: current.kpack, previous.kpack, and safe switching to a newly dropped pack.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "pack_signature.h"
#include "worker.h"

namespace vitrine {

class Pack;

// What a technician (or the staff screen) wants to know about the folder.
struct PackSlotStatus {
  std::string running;   // file the kiosk runs on: "current.kpack" (or empty: none)
  std::string staged;    // incoming file validated and waiting for the next reset
  std::string rejected;  // last file refused, and why (also in <name>.rejected.txt)
  std::string reason;
  std::string checking;   // incoming file being checked right now (on the worker)
  std::string lastEvent;  // one line (msg::language()), for the staff screen and the log
};

// The folder holds `current.kpack` (shown), `previous.kpack` (the one before, kept to fall back
// on) and any other `*.kpack`, which is an incoming pack. An incoming pack is validated fully
// before anything is renamed; a bad one becomes `<name>.rejected` with `<name>.rejected.txt`
// so that it is not retried forever. Nothing here touches the visitor store.
//
// Never throws except openAtStart(): poll() and switchNow() run inside the frame loop. After
// checkOnWorker(), the heavy part of poll() (integrity check of every page, content hash, the
// whole catalogue, fsync) and of switchNow() (renames, fsync, the new current opened and checked
// again) run on a worker thread: the frame only lists the folder and swaps in ready results.
class PackSlot {
 public:
  // How often the App may call poll(): a directory listing, never once per frame.
  static constexpr double kPollSeconds = 3.0;

  // With `trusted` publishers (enforced), every pack must carry a signature by one of them.
  explicit PackSlot(std::filesystem::path dir, TrustedPublishers trusted = {});
  ~PackSlot();
  PackSlot(const PackSlot&) = delete;
  PackSlot& operator=(const PackSlot&) = delete;

  // The pack to start on: current.kpack; if it is broken or missing, previous.kpack (which then
  // becomes current); with neither, the first good incoming pack. Throws PackError when nothing
  // in the folder can be shown.
  std::unique_ptr<Pack> openAtStart();

  // Checks of incoming packs run on a thread from now on; `wake` is called when one is done (the
  // UI loop wakes to collect it). Without this call they run inside poll() (kioskctl, tests).
  void checkOnWorker(std::function<void()> wake);
  // Takes in the checks finished on the worker (cheap, each frame); returns staged().
  bool collect();
  // A check is running on the worker: staged() may become true at a later collect().
  bool checking() const { return checking_.has_value(); }
  bool switching() const { return switching_; }
  // A pack is staged, being switched to, or switched to and not handed over yet.
  bool switchPending() const { return staged_ || switching_ || switched_; }
  // Until the running check or switch, if any, has finished; collect() then takes it in (tests).
  void waitForCheck() { worker_->waitIdle(); }

  // Looks for an incoming pack. A file is only validated once it has the same size and date in
  // two successive polls, so that a pack still being copied is not mistaken for a broken one.
  // Returns true when a validated pack is staged.
  bool poll();
  bool staged() const { return staged_.has_value(); }

  // current → previous, staged → current (rename(2), then fsync of the folder), and opens the
  // new current. After checkOnWorker() this runs on the worker: the first call starts it and
  // returns null, a later call returns its pack once done (switchPending() until then). If it fails
  // to open, the old current is put back and the new file rejected. Returns the newly opened pack,
  // or null when nothing changed (the caller keeps its pack).
  std::unique_ptr<Pack> switchNow();

  // Copies a pack from elsewhere (a USB stick) into the folder as an incoming pack, atomically
  // (temporary name, fsync, rename); the next polls validate and stage it. False + `error`.
  bool importFrom(const std::filesystem::path& file, std::string& error);
  // importFrom() on the worker: up to 256 MiB from a slow stick is longer than a frame may take
  // (and than the watchdog waits). `done` runs on the owner's thread with the error (empty when
  // copied); importing() is true until then.
  void importOnWorker(const std::filesystem::path& file,
                      std::function<void(const std::string& error)> done);
  bool importing() const { return importing_; }

  // A copy: the worker writes events while a check runs.
  PackSlotStatus status() const {
    std::lock_guard lock(statusMutex_);
    return status_;
  }
  // True without trusted publisher keys: any well-formed pack is accepted (the staff page says so).
  bool acceptsUnsigned() const { return !trusted_.enforced; }
  const TrustedPublishers& trusted() const { return trusted_; }
  const std::filesystem::path& dir() const { return dir_; }

 private:
  struct Seen {
    std::string name;
    uintmax_t size = 0;
    std::filesystem::file_time_type mtime;
    bool operator==(const Seen&) const = default;
  };
  std::optional<Seen> nextIncoming() const;
  // Opens and checks a pack for use on the kiosk; throws PackError.
  std::unique_ptr<Pack> openChecked(const std::filesystem::path& file) const;
  // Renames `at` to `<name>.rejected` and writes `<name>.rejected.txt` with the reason; false
  // when `at` could not be renamed (the caller then never retries it: refuse()).
  bool rejectFiles(const std::string& at, const std::string& name, const std::string& reason);
  void reject(const std::string& at, const std::string& name, const std::string& reason);
  void refuse(const std::string& at);
  // The worker's half of poll(): the check, then the fsync or the rejection's files.
  Worker::Done check(const Seen& seen);
  // The worker's half of switchNow(); `refuseCurrent` when a bad new current kept its name.
  std::unique_ptr<Pack> switchFiles(const Seen& s, bool& refuseCurrent);
  bool rename(const std::string& from, const std::string& to);
  void syncDir();
  void event(const std::string& line);  // any thread
  void setRunning(const std::string& name);

  std::filesystem::path dir_;
  TrustedPublishers trusted_;
  std::optional<Seen> candidate_;  // seen once, waiting to look the same at the next poll
  std::optional<Seen> staged_;
  bool switching_ = false;          // a switch posted to the worker, not collected yet
  bool importing_ = false;          // an import posted to the worker, not collected yet
  std::unique_ptr<Pack> switched_;  // the pack a finished switch opened, for switchNow()
  std::optional<Seen> checking_;    // posted to the worker, result not collected yet
  std::vector<Seen> refused_;  // rejected but could not be renamed: never retried in this run
  mutable std::mutex statusMutex_;  // status_ is written by the worker's events too
  PackSlotStatus status_;
  std::unique_ptr<Worker> worker_;  // last: stopped and joined before anything it uses goes
};

}  // namespace vitrine
