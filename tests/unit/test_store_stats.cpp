// Anonymous statistics: batched, read back exactly, and harmless when the medium refuses writes.
#include <doctest.h>
#include <sys/mount.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "small_disk.h"
#include "stats.h"
#include "store.h"
#include "test_store_helpers.h"

namespace fs = std::filesystem;
using storetest::scalar;
using storetest::TempDir;
using vitrine::Stats;

namespace {

}  // namespace

TEST_CASE("events are written only at flush, then read back as recorded") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  Stats stats(db, "borne-1", "salon");
  REQUIRE(stats.error().empty());
  stats.record(vitrine::EventKind::SessionStart);
  stats.record(vitrine::EventKind::CareerView, "educateur-specialise");
  stats.record(vitrine::EventKind::Touch, "3,7");
  stats.record(vitrine::EventKind::Rating, {}, 3);
  CHECK(stats.pending() == 4);
  // Nothing touches the disk while the visitor is using the screen.
  CHECK(scalar(db, "SELECT count(*) FROM events") == "0");
  CHECK(stats.events().empty());

  stats.flush();
  CHECK(stats.error().empty());
  CHECK(stats.pending() == 0);
  auto events = stats.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].kind == "session_start");
  CHECK(events[1].kind == "career_view");
  CHECK(events[1].subject == "educateur-specialise");
  CHECK(events[2].subject == "3,7");
  CHECK(events[3].kind == "rating");
  CHECK(events[3].value == 3);
  CHECK(events[0].at.size() == 20);  // 2026-03-14T09:30:00Z, to the second
  CHECK(scalar(db, "SELECT count(*) FROM events WHERE kiosk_id = 'borne-1'") == "4");

  stats.flush();  // nothing new: nothing written twice
  CHECK(stats.events().size() == 4);
}

TEST_CASE("events still buffered when the kiosk quits are saved, beside the visitor store") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  vitrine::VisitorStore store(db, "borne-1", "salon");
  {
    Stats stats(db, "borne-1", "salon");
    stats.record(vitrine::EventKind::FormSubmit);
    stats.record(vitrine::EventKind::SessionEnd, "submitted", 95);
  }
  Stats again(db, "borne-1", "salon");
  auto events = again.events();
  REQUIRE(events.size() == 2);
  CHECK(events[1].subject == "submitted");
  CHECK(events[1].value == 95);
  CHECK(store.leads().empty());  // statistics are not leads
}

TEST_CASE("a store that cannot be opened makes record a no-op with a reason, never a crash") {
  TempDir dir;
  Stats stats(dir.path / "missing-dir" / "visitors.db", "borne-1", "salon");
  CHECK_FALSE(stats.error().empty());
  stats.record(vitrine::EventKind::SessionStart);
  CHECK(stats.pending() == 0);
  stats.flush();
  CHECK(stats.events().empty());
}

TEST_CASE("on read-only media record is a no-op with error() set, and nothing stored is lost") {
  if (::geteuid() != 0) {
    MESSAGE("skipped: a really read-only medium needs root to mount a tmpfs");
    return;
  }
  TempDir dir;
  vitrine::test::SmallDisk disk(dir.path / "usb");
  if (!disk.mounted) {
    MESSAGE("skipped: cannot mount a tmpfs here (" << std::strerror(errno) << ")");
    return;
  }
  const fs::path fresh = disk.dir / "fresh.db";  // a visitor store, no statistics yet
  const fs::path used = disk.dir / "used.db";    // statistics already recorded
  { vitrine::VisitorStore(fresh, "borne-1", "salon"); }
  {
    Stats stats(used, "borne-1", "salon");
    stats.record(vitrine::EventKind::SessionStart);
  }
  REQUIRE(disk.remount(MS_RDONLY));

  Stats onFresh(fresh, "borne-1", "salon");
  INFO(onFresh.error());
  CHECK_FALSE(onFresh.error().empty());
  onFresh.record(vitrine::EventKind::SessionStart);
  CHECK(onFresh.pending() == 0);
  onFresh.flush();
  CHECK(onFresh.events().empty());

  {
    Stats onUsed(used, "borne-1", "salon");
    CHECK_FALSE(onUsed.error().empty());
    onUsed.record(vitrine::EventKind::CareerView, "mediateur-social");
    CHECK(onUsed.pending() == 0);
    onUsed.flush();
  }  // its destructor flushes too: still no crash

  REQUIRE(disk.remount(0));
  Stats later(used, "borne-1", "salon");
  CHECK(later.error().empty());
  auto events = later.events();
  REQUIRE(events.size() == 1);  // what was there is still there, nothing half-written
  CHECK(events[0].kind == "session_start");
}
