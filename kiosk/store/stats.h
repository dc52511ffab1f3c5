// Anonymous usage statistics: one row per event, never personal data, written in batches.
#pragma once

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

namespace sql {
class Database;
}

// Event kinds (subject / value):
//   session_start            a visitor left the attract loop
//   session_end   (reason)   "reset", "idle", "submitted"; value = session seconds
//   screen_view   (screen)   attract, home, careers, career, offers, offer, form, thanks
//   career_view   (id)       offer_view (id)
//   filter        (facet:value) e.g. "service:ISP"
//   selection_size           value = items in Ma sélection when the form opens or the session ends
//   form_start / form_abandon / form_submit
//   rating                   value 1..3 (satisfaction smileys)
//   touch         ("x,y")    a coarse cell of a 16x9 grid over the screen, for a heatmap
//   quiz_start / quiz_finish  an orientation quiz run began / reached its result (once a run)
//   quiz_answer   ("question:answer")  the ids of an answer tapped (never its text)
//   quiz_abandon  (question) the id of the question a run was left at (way out, idle, staff)
//   quiz_top      (career)   the career a finished run put first
struct StatEvent {
  std::string at;  // ISO 8601 UTC, to the second
  std::string kind, subject;
  int64_t value = 0;
  // Where it happened, and its identity across kiosks: merging the same store twice never
  // counts it twice. "<uuid of the kiosk's run>/<n>"; empty until stored.
  std::string kioskId{}, eventTag{}, id{};  // (braces: tests may leave them out)
};

// An event's time in this machine's time zone, where staff and reports count days and hours;
// false if `at` is not an ISO 8601 UTC time.
bool localTimeOf(const StatEvent& event, std::tm& out);
std::string dayOf(const std::tm& tm);  // "YYYY-MM-DD"

// The `events` table in a store file, shared by the kiosk's Stats and by `kioskctl leads merge`.
// Creates it, or gives rows of older versions their stable id (migration); run it inside the
// caller's transaction.
void ensureEventsTable(sql::Database& db);
// Every event of a store, oldest first, with its id (computed the same way for a store too old
// or read-only to have been migrated). A store without statistics gives none.
std::vector<StatEvent> readEvents(sql::Database& db);
// Adds the events whose id the store does not hold yet; returns how many were added.
int insertEvents(sql::Database& db, const std::vector<StatEvent>& events);

class Stats {
 public:
  // Opens (or creates) the `events` table in the visitor store file through its own connection.
  // Never throws: a store that cannot be opened makes record() a no-op and error() says why.
  Stats(const std::filesystem::path& storePath, std::string kioskId, std::string eventTag);
  ~Stats();  // flushes what is buffered

  void record(std::string_view kind, std::string_view subject = {}, int64_t value = 0);  // O(1)
  // Writes everything buffered in one transaction; keeps the buffer (capped) on failure.
  void flush();
  size_t pending() const { return buffer_.size(); }
  const std::string& error() const { return error_; }

  std::vector<StatEvent> events() const;  // everything stored, oldest first (reports, tests)

 private:
  std::unique_ptr<sql::Database> db_;
  std::string kioskId_, eventTag_, error_;
  std::vector<StatEvent> buffer_;
  std::string runId_;  // a random id for this run: event ids are runId_/sequence
  int64_t sequence_ = 0;
};

}  // namespace vitrine
