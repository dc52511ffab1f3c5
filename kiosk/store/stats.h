// Anonymous usage statistics: one row per event, never personal data, written in batches.
#pragma once

#include <cstdint>
#include <ctime>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

namespace sql {
class Database;
}
class StoreFile;
class Worker;

// What an anonymous event counts; stored as its name (eventName) so older and newer kiosks'
// files merge. Subject / value:
//   SessionStart                  a visitor left the attract loop
//   SessionEnd     (reason)       "reset", "idle", "submitted", "staff"; value = session seconds
//   ScreenView     (screen)       attract, home, careers, career, offers, offer, form, thanks
//   CareerView (id), OfferView (id)
//   Filter         (facet:value)  e.g. "service:ISP"; "widen"
//   SelectionSize                 value = items in Ma sélection when the form opens or the visit ends
//   FormStart, FormAbandon, FormSubmit
//   Rating                        value 1..3 (satisfaction smileys)
//   Touch          ("x,y")        a coarse cell of a 16x9 grid over the screen, for a heatmap
//   Search         (query)        once per search: the folded query, value = results (0: none)
//   Accessibility  (what)         open, text_size (value), contrast (value)
//   LongPress      (career|offer) added to Ma sélection without opening it
//   StaffExport                   value = lead lines exported
//   QuizStart, QuizFinish         an orientation quiz run began / reached its result (once a run)
//   QuizAnswer  ("question:answer")  the ids of an answer tapped (never its text)
//   QuizAbandon (question)        the question a run was left at (way out, idle, staff)
//   QuizTop     (career)          the career a finished run put first
enum class EventKind {
  SessionStart, SessionEnd, ScreenView, CareerView, OfferView, Filter, SelectionSize, FormStart,
  FormAbandon, FormSubmit, Rating, Touch, Search, Accessibility, LongPress, StaffExport,
  QuizStart, QuizFinish, QuizAnswer, QuizAbandon, QuizTop,
  Unknown  // a name this version does not know (a newer kiosk's event, merged): kept, not counted
};
const char* eventName(EventKind kind);  // "session_start"...
EventKind eventKindOf(std::string_view name);

struct StatEvent {
  std::string at;  // ISO 8601 UTC, to the second
  std::string kind, subject;  // kind: an eventName()
  int64_t value = 0;
  // Where it happened, and its identity across kiosks: merging the same store twice never
  // counts it twice. "<uuid of the kiosk's run>/<n>"; empty until stored.
  std::string kioskId{}, eventTag{}, id{};  // (braces: tests may leave them out)
};

// An event's time in this machine's time zone, where staff and reports count days and hours;
// false if `at` is not an ISO 8601 UTC time.
bool localTimeOf(const StatEvent& event, std::tm& out);
std::string dayOf(const std::tm& tm);  // "YYYY-MM-DD"
inline EventKind kindOf(const StatEvent& e) { return eventKindOf(e.kind); }

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
  // Events go to the visitor file's `events` table through its one owner; a null file (the
  // store could not be opened) makes record() a no-op.
  Stats(std::shared_ptr<StoreFile> file, std::string kioskId, std::string eventTag);
  // The same on a file opened here. Never throws: a store that cannot be opened makes record()
  // a no-op and error() says why.
  Stats(const std::filesystem::path& storePath, std::string kioskId, std::string eventTag);
  ~Stats();  // flushes what is buffered

  void record(EventKind kind, std::string_view subject = {}, int64_t value = 0);  // O(1)
  // Events are stamped by this clock (Unix seconds) instead of the system's: the kiosk's one wall
  // clock, the one its staff figures count « today » by.
  void stampWith(std::function<double()> wallClock) { wallClock_ = std::move(wallClock); }
  // Writes everything buffered in one transaction; keeps the buffer (capped) on failure. Waits
  // for a flush running on the worker first.
  void flush();
  // From now on flushAsync() writes on a thread of its own, with its own connection to the
  // file, so a frame never waits for the busy timeout; `wake` is called when a write is done.
  void flushOnWorker(std::function<void()> wake);
  // Hands the buffer to the worker (flush() without flushOnWorker()); events a failed write
  // could not store come back to the buffer at a later call.
  void flushAsync();
  size_t pending() const { return buffer_.size(); }  // buffered, not handed to the worker yet
  std::vector<StatEvent> buffered() const { return {buffer_.begin(), buffer_.end()}; }
  void waitForFlush();  // tests: the worker's write is done and taken in
  const std::string& error() const { return error_; }

  // Everything stored, oldest first (reports, tests). Throws StoreError when it cannot be read.
  std::vector<StatEvent> events() const;

 private:
  std::shared_ptr<StoreFile> file_;
  sql::Database* db_ = nullptr;  // file_'s connection; null when the store could not be opened
  std::string kioskId_, eventTag_, error_;
  std::function<double()> wallClock_;
  void takeBack(std::vector<StatEvent> failed, const std::string& error);

  std::deque<StatEvent> buffer_;  // oldest dropped first when the disk refuses for hours
  std::string runId_;  // a random id for this run: event ids are runId_/sequence
  int64_t sequence_ = 0;
  // The worker's own connection (opened and used on the worker only), then the worker: last, so
  // that it is joined before anything it uses goes.
  std::shared_ptr<StoreFile> workerFile_;
  std::unique_ptr<Worker> worker_;
};

}  // namespace vitrine
