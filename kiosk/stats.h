// Anonymous usage statistics: one row per event, never personal data, written in batches.
#pragma once

#include <cstdint>
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
struct StatEvent {
  std::string at;  // ISO 8601 UTC, to the second
  std::string kind, subject;
  int64_t value = 0;
};

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
};

}  // namespace vitrine
