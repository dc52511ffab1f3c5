// The kiosk's log: the journal under systemd, else a small rotating file. Never personal data.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace vitrine::log {

enum class Level { Error = 3, Warning = 4, Info = 6 };  // syslog priorities, as the journal wants

struct Options {
  // Where the file goes when not under systemd; empty = $XDG_STATE_HOME/vitrine/<program>.log
  // (~/.local/state/vitrine/<program>.log).
  std::filesystem::path file;
  std::uintmax_t maxBytes = 1024 * 1024;  // rotate beyond this size...
  int keep = 3;                           // ...keeping <file>, <file>.1 ... <file>.<keep-1>
  bool echoToStderr = true;               // a person running it by hand sees it too
};

// Chooses the sink: the journal when stderr is connected to it (JOURNAL_STREAM), else the file.
// Never throws: if the file cannot be opened, messages go to stderr and lastError() says why.
void init(const std::string& program, const Options& options = {});
void write(Level level, std::string_view message);
inline void info(std::string_view m) {
  write(Level::Info, m);
}
inline void warning(std::string_view m) {
  write(Level::Warning, m);
}
inline void error(std::string_view m) {
  write(Level::Error, m);
}

bool toJournal();                  // true when messages go to the journal
std::filesystem::path filePath();  // the log file in use (empty under the journal)
std::string lastError();           // why the file could not be used, if it could not

}  // namespace vitrine::log
