// Anonymous usage statistics, buffered in memory and written in one transaction when the UI rests.
#include "stats.h"

#include <cstdio>
#include <ctime>
#include <iterator>
#include <utility>

#include "date_time.h"
#include "sqlite.h"
#include "store_file.h"
#include "store_messages.h"
#include "uuid.h"
#include "worker.h"

namespace vitrine {
namespace {

// Bounded memory if the disk refuses writes for hours: the oldest unsaved events are dropped.
constexpr size_t kMaxBuffered = 10000;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS events(
  at TEXT NOT NULL, kiosk_id TEXT, event_tag TEXT,
  kind TEXT NOT NULL, subject TEXT, value INTEGER NOT NULL DEFAULT 0, id TEXT);
CREATE INDEX IF NOT EXISTS events_by_kind ON events(kind, at);
)sql";

// The id of an event stored before events had one: its kiosk, time and row in the kiosk's own
// file, which only the kiosk writes (merged events always carry their id).
constexpr const char* kLegacyId =
    "('legacy:' || coalesce(kiosk_id, '') || '/' || at || '/' || rowid)";

bool hasTable(sql::Database& db, const char* table) {
  auto q = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
  q.bind(1, std::string_view(table));
  return q.step();
}

bool hasColumn(sql::Database& db, const char* table, const char* column) {
  auto q = db.prepare("SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
  q.bind(1, std::string_view(table)).bind(2, std::string_view(column));
  return q.step();
}

}  // namespace

namespace {
constexpr const char* kEventNames[] = {
    "session_start", "session_end", "screen_view", "career_view", "offer_view",   "filter",
    "selection_size", "form_start", "form_abandon", "form_submit", "rating",      "touch",
    "search",         "accessibility", "long_press", "staff_export", "quiz_start",  "quiz_finish",
    "quiz_answer",    "quiz_abandon",  "quiz_top"};
static_assert(std::size(kEventNames) == static_cast<size_t>(EventKind::Unknown));
}  // namespace

const char* eventName(EventKind kind) {
  const auto i = static_cast<size_t>(kind);
  return i < std::size(kEventNames) ? kEventNames[i] : "unknown";
}

EventKind eventKindOf(std::string_view name) {
  for (size_t i = 0; i < std::size(kEventNames); ++i)
    if (name == kEventNames[i]) return static_cast<EventKind>(i);
  return EventKind::Unknown;
}

bool localTimeOf(const StatEvent& event, std::tm& out) {
  std::time_t t = 0;
  return event.at.size() >= 19 && parseIsoUtc(event.at, t, true) && localTm(t, out);
}

std::string dayOf(const std::tm& tm) { return isoDay(tm); }

void ensureEventsTable(sql::Database& db) {
  db.exec(kSchema);
  if (!hasColumn(db, "events", "id")) db.exec("ALTER TABLE events ADD COLUMN id TEXT");
  // Also rows an older kiosk version wrote after the migration.
  db.exec(std::string("UPDATE events SET id = ") + kLegacyId + " WHERE id IS NULL");
  db.exec("CREATE UNIQUE INDEX IF NOT EXISTS events_by_id ON events(id)");
}

std::vector<StatEvent> readEvents(sql::Database& db) {
  std::vector<StatEvent> out;
  if (!hasTable(db, "events")) return out;  // a Vitrine 1 store, or no visitor yet
  const std::string id =
      hasColumn(db, "events", "id") ? std::string("coalesce(id, ") + kLegacyId + ")" : kLegacyId;
  // The order events were stored in (their clock may have been set back between two); a
  // store before schema v5 has no sequence, its rows are in the same order.
  const char* order = hasColumn(db, "events", "seq") ? " ORDER BY seq" : " ORDER BY rowid";
  auto q = db.prepare("SELECT at, kind, subject, value, kiosk_id, event_tag, " + id +
                      " FROM events" + order);
  while (q.step())
    out.push_back({q.text(0), q.text(1), q.text(2), q.integer(3), q.text(4), q.text(5), q.text(6)});
  return out;
}

int insertEvents(sql::Database& db, const std::vector<StatEvent>& events) {
  auto ins = db.prepare(
      "INSERT OR IGNORE INTO events(at, kiosk_id, event_tag, kind, subject, value, id, seq) "
      "VALUES(?,?,?,?,?,?,?, (SELECT coalesce(max(seq), 0) + 1 FROM events))");
  int added = 0;
  for (const auto& e : events) {
    ins.bind(1, e.at).bind(2, e.kioskId).bind(3, e.eventTag).bind(4, e.kind);
    ins.bind(5, e.subject).bind(6, e.value).bind(7, e.id);
    ins.run();
    ins.reset();
    added += db.changes();
  }
  return added;
}

Stats::Stats(std::shared_ptr<StoreFile> file, std::string kioskId, std::string eventTag)
    : file_(std::move(file)), kioskId_(std::move(kioskId)), eventTag_(std::move(eventTag)) {
  runId_ = newUuidV4();
  if (file_) db_ = &file_->db();  // the events table comes with the file's schema
}

Stats::Stats(const std::filesystem::path& storePath, std::string kioskId, std::string eventTag)
    : Stats(nullptr, std::move(kioskId), std::move(eventTag)) {
  try {
    file_ = StoreFile::open(storePath);
    db_ = &file_->db();
  } catch (const std::exception& e) {
    error_ = e.what();
  }
}

Stats::~Stats() {
  flush();
  worker_.reset();  // before workerFile_ (declared before it, so destroyed after it anyway)
}

void Stats::flushOnWorker(std::function<void()> wake) {
  if (!file_ || worker_) return;
  worker_ = std::make_unique<Worker>(Worker::Mode::Thread, std::move(wake));
}

void Stats::flushAsync() {
  if (!worker_) return flush();
  worker_->deliver();
  if (!db_ || buffer_.empty()) return;
  std::vector<StatEvent> events(std::make_move_iterator(buffer_.begin()),
                                std::make_move_iterator(buffer_.end()));
  buffer_.clear();
  worker_->post([this, events = std::move(events),
                 path = file_->path()](const std::atomic<bool>&) -> Worker::Done {
    try {
      if (!workerFile_) workerFile_ = StoreFile::open(path);
      sql::Database& db = workerFile_->db();
      sql::Transaction tx(db);
      insertEvents(db, events);
      tx.commit();
      return [this] { error_.clear(); };
    } catch (const std::exception& e) {
      return [this, events, error = std::string(e.what())] { takeBack(events, error); };
    }
  });
}

void Stats::takeBack(std::vector<StatEvent> failed, const std::string& error) {
  error_ = error;  // kept buffered, before what was recorded since; the next rest tries again
  buffer_.insert(buffer_.begin(), std::make_move_iterator(failed.begin()),
                 std::make_move_iterator(failed.end()));
  while (buffer_.size() > kMaxBuffered) buffer_.pop_front();
}

void Stats::waitForFlush() {
  if (!worker_) return;
  worker_->waitIdle();
  worker_->deliver();
}

void Stats::record(EventKind kind, std::string_view subject, int64_t value) {
  if (!db_) return;
  if (buffer_.size() >= kMaxBuffered) buffer_.pop_front();
  const auto stamp = wallClock_ ? static_cast<std::time_t>(wallClock_()) : std::time(nullptr);
  buffer_.push_back({isoSecondUtc(stamp), eventName(kind), std::string(subject), value, kioskId_,
                     eventTag_, runId_ + "/" + std::to_string(++sequence_)});
}

void Stats::flush() {
  waitForFlush();
  if (!db_ || buffer_.empty()) return;
  try {
    sql::Transaction tx(*db_);
    insertEvents(*db_, {buffer_.begin(), buffer_.end()});
    tx.commit();
    buffer_.clear();
    error_.clear();
  } catch (const std::exception& e) {
    error_ = e.what();  // kept buffered; the next rest tries again
  }
}

std::vector<StatEvent> Stats::events() const {
  if (!db_) return {};
  if (worker_) worker_->waitIdle();  // what the worker is writing is part of what was stored
  try {
    return readEvents(*db_);
  } catch (const sql::Error& e) {
    throw StoreFile::error(e.code(), e.what(), false, tr(SM::stats_unread));
  }
}

}  // namespace vitrine
