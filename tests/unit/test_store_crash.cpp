// A kiosk killed at any moment (a crash: SIGKILL) keeps every answer it said "Merci !" for.
// The kernel's page cache survives a kill, so this proves crash safety, not power-cut safety:
// test_store_powercut cuts the power under the store with a simulated disk.
#include <doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>
#include <string>

#include "temp_dir.h"
#include "store.h"

namespace fs = std::filesystem;

namespace {

using vitrine::test::TempDir;

// The child writing submissions, its stdout read through a pipe.
struct Writer {
  pid_t pid = -1;
  int out = -1;
  std::string received;  // bytes read so far; complete lines are committed ids

  explicit Writer(const fs::path& db) {
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::dup2(fds[1], STDOUT_FILENO);  // dup2 clears O_CLOEXEC on the copy
      ::execl(VITRINE_STORE_WRITER, VITRINE_STORE_WRITER, db.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(fds[1]);
    out = fds[0];
  }
  ~Writer() {
    if (pid > 0) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, nullptr, 0);
    }
    if (out >= 0) ::close(out);
  }

  // Reads what is there within `timeoutMs`; false at end of file.
  bool readSome(int timeoutMs) {
    pollfd p{out, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) <= 0) return true;
    char buf[4096];
    ssize_t n = ::read(out, buf, sizeof buf);
    if (n <= 0) return false;
    received.append(buf, static_cast<size_t>(n));
    return true;
  }

  // SIGKILL, then everything the child wrote before dying; returns how it ended.
  int killAndDrain() {
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    pid = -1;
    while (readSome(5000)) {
    }
    return status;
  }
};

void addCompleteLines(const std::string& text, std::set<std::string>& ids) {
  size_t start = 0;
  for (size_t nl = text.find('\n'); nl != std::string::npos; nl = text.find('\n', start)) {
    ids.insert(text.substr(start, nl - start));
    start = nl + 1;
  }
}

std::string integrity(const fs::path& db) {
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(raw, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK);
  std::string out;
  while (sqlite3_step(st) == SQLITE_ROW)
    out += reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(raw);
  return out;
}

}  // namespace

TEST_CASE("killed 1,000 times while saving, the store keeps every confirmed answer intact") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  const unsigned seed = std::random_device{}();
  INFO("seed " << seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delayUs(0, 20000);

  constexpr int kKills = 1000;
  std::set<std::string> promised;
  int killedWhileSaving = 0, killedEarly = 0, badExits = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int round = 0; round < kKills; ++round) {
    Writer w(db);
    // Mostly in the middle of saving; one in four anywhere, opening and recovery included.
    if (round % 4 != 0) {
      while (w.received.find('\n') == std::string::npos && w.readSome(5000)) {
      }
    }
    ::usleep(static_cast<useconds_t>(delayUs(rng)));
    const int status = w.killAndDrain();
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
      (w.received.empty() ? killedEarly : killedWhileSaving)++;
    else
      ++badExits;  // the child gave up by itself: the store refused to open or to save
    addCompleteLines(w.received, promised);
    if (round % 100 == 99) {
      INFO("after " << round + 1 << " kills");
      REQUIRE(integrity(db) == "ok");
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  MESSAGE(kKills << " SIGKILLs in " << seconds << " s: " << killedWhileSaving << " while saving, "
                 << killedEarly << " before the first answer; " << promised.size()
                 << " answers confirmed");
  CHECK(badExits == 0);
  CHECK(promised.size() > static_cast<size_t>(kKills));  // the kills really hit during saves

  CHECK(integrity(db) == "ok");
  std::set<std::string> stored;
  for (const auto& l : vitrine::VisitorStore(db, "borne-crash", "test").leads()) {
    stored.insert(l.id);
    if (l.submission.personal.email != "zoe@exemple.be") FAIL("damaged record " << l.id);
  }
  int lost = 0;
  for (const auto& id : promised)
    if (!stored.count(id)) ++lost;
  CHECK(lost == 0);
  CHECK(stored.size() >= promised.size());  // a few may commit just before the kill, unreported
}
