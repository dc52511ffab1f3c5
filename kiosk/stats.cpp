// Anonymous usage statistics, buffered in memory and written in one transaction when the UI rests.
#include "stats.h"

#include <ctime>
#include <utility>

#include "sqlite.h"

namespace vitrine {
namespace {

// Bounded memory if the disk refuses writes for hours: the oldest unsaved events are dropped.
constexpr size_t kMaxBuffered = 10000;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS events(
  at TEXT NOT NULL, kiosk_id TEXT, event_tag TEXT,
  kind TEXT NOT NULL, subject TEXT, value INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS events_by_kind ON events(kind, at);
)sql";

std::string nowToSecond() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

Stats::Stats(const std::filesystem::path& storePath, std::string kioskId, std::string eventTag)
    : kioskId_(std::move(kioskId)), eventTag_(std::move(eventTag)) {
  try {
    db_ = std::make_unique<sql::Database>(storePath, sql::Mode::ReadWriteCreate);
    db_->exec("PRAGMA journal_mode=WAL");
    db_->exec("PRAGMA synchronous=NORMAL");  // counts, not promises: a lost second is acceptable
    db_->exec(kSchema);
  } catch (const std::exception& e) {
    db_.reset();
    error_ = e.what();
  }
}

Stats::~Stats() { flush(); }

void Stats::record(std::string_view kind, std::string_view subject, int64_t value) {
  if (!db_) return;
  if (buffer_.size() >= kMaxBuffered) buffer_.erase(buffer_.begin());
  buffer_.push_back({nowToSecond(), std::string(kind), std::string(subject), value});
}

void Stats::flush() {
  if (!db_ || buffer_.empty()) return;
  try {
    sql::Transaction tx(*db_);
    auto ins = db_->prepare(
        "INSERT INTO events(at, kiosk_id, event_tag, kind, subject, value) VALUES(?,?,?,?,?,?)");
    for (const auto& e : buffer_) {
      ins.bind(1, e.at).bind(2, kioskId_).bind(3, eventTag_).bind(4, e.kind);
      ins.bind(5, e.subject).bind(6, e.value);
      ins.run();
      ins.reset();
    }
    tx.commit();
    buffer_.clear();
    error_.clear();
  } catch (const std::exception& e) {
    error_ = e.what();  // kept buffered; the next rest tries again
  }
}

std::vector<StatEvent> Stats::events() const {
  std::vector<StatEvent> out;
  if (!db_) return out;
  try {
    auto q = db_->prepare("SELECT at, kind, subject, value FROM events ORDER BY rowid");
    while (q.step()) out.push_back({q.text(0), q.text(1), q.text(2), q.integer(3)});
  } catch (const std::exception&) {
  }
  return out;
}

}  // namespace vitrine
