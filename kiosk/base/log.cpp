// Log sinks: "<N>message" lines on stderr for journald, or a size-rotated file with timestamps.
#include "log.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <mutex>

#include "date_time.h"

namespace vitrine::log {
namespace {

struct State {
  std::mutex mutex;
  std::string program = "vitrine";
  Options options;
  bool journal = false;
  std::filesystem::path path;
  std::FILE* file = nullptr;
  std::string error;
};

State& state() {
  static State s;  // process-wide: every part of the kiosk writes to the same place
  return s;
}

// systemd sets JOURNAL_STREAM=<dev>:<inode> of the stream it gave us; if stderr is still that
// stream, a "<N>" prefix sets each line's priority in the journal.
bool stderrIsJournal() {
  const char* env = std::getenv("JOURNAL_STREAM");
  if (!env) return false;
  unsigned long long dev = 0, ino = 0;
  if (std::sscanf(env, "%llu:%llu", &dev, &ino) != 2) return false;
  struct stat st {};
  if (::fstat(2, &st) != 0) return false;
  return st.st_dev == dev && st.st_ino == ino;
}

std::filesystem::path defaultFile(const std::string& program) {
  std::filesystem::path base;
  if (const char* xdg = std::getenv("XDG_STATE_HOME"); xdg && *xdg)
    base = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home)
    base = std::filesystem::path(home) / ".local" / "state";
  else
    base = std::filesystem::temp_directory_path();
  return base / "vitrine" / (program + ".log");
}

// O_NONBLOCK for the open only: a FIFO given as --log with nobody reading it used to hold the
// kiosk before its first frame, for ever; now that is an error and the log goes to stderr.
void openFile(State& s) {
  std::error_code ec;
  std::filesystem::create_directories(s.path.parent_path(), ec);
  const int flags = O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
  const int fd = ::open(s.path.c_str(), flags, 0644);
  if (fd >= 0) {
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    s.file = ::fdopen(fd, "a");
    if (!s.file) ::close(fd);
  }
  if (!s.file)
    s.error = "cannot write the log file " + s.path.string() + ": " + std::strerror(errno);
}

// kiosk.log -> kiosk.log.1 -> ... ; the oldest falls off. Renames, so a reader never sees half.
void rotate(State& s) {
  std::fclose(s.file);
  s.file = nullptr;
  std::error_code ec;
  for (int i = s.options.keep - 1; i >= 1; --i) {
    std::filesystem::path from = s.path;
    if (i > 1) from += "." + std::to_string(i - 1);
    std::filesystem::path to = s.path;
    to += "." + std::to_string(i);
    std::filesystem::rename(from, to, ec);
  }
  if (s.options.keep <= 1) std::filesystem::remove(s.path, ec);
  openFile(s);
}

const char* levelName(Level level) {
  switch (level) {
    case Level::Error:
      return "error";
    case Level::Warning:
      return "warning";
    case Level::Info:
      return "info";
  }
  return "?";
}

}  // namespace

void init(const std::string& program, const Options& options) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  if (s.file) std::fclose(s.file);
  s.file = nullptr;
  s.error.clear();
  s.program = program;
  s.options = options;
  s.journal = stderrIsJournal();
  s.path.clear();
  if (s.journal) return;
  s.path = options.file.empty() ? defaultFile(program) : options.file;
  openFile(s);
}

void write(Level level, std::string_view message) {
  State& s = state();
  std::lock_guard lock(s.mutex);
  std::string line(message);
  for (char& c : line)
    if (c == '\n' || c == '\r') c = ' ';  // one event, one line: no forged entries
  if (s.journal) {
    std::fprintf(stderr, "<%d>%s\n", static_cast<int>(level), line.c_str());
    return;
  }
  const std::string stamp = localSecond(std::time(nullptr));
  if (s.options.echoToStderr || !s.file)
    std::fprintf(stderr, "%s: %s: %s\n", s.program.c_str(), levelName(level), line.c_str());
  if (!s.file) return;
  std::fprintf(s.file, "%s %s[%d] %s: %s\n", stamp.c_str(), s.program.c_str(), static_cast<int>(::getpid()),
               levelName(level), line.c_str());
  std::fflush(s.file);  // a crash right after must not lose the line that explains it
  long size = std::ftell(s.file);
  if (size >= 0 && static_cast<std::uintmax_t>(size) >= s.options.maxBytes) rotate(s);
}

bool toJournal() {
  std::lock_guard lock(state().mutex);
  return state().journal;
}

std::filesystem::path filePath() {
  std::lock_guard lock(state().mutex);
  return state().path;
}

std::string lastError() {
  std::lock_guard lock(state().mutex);
  return state().error;
}

}  // namespace vitrine::log
