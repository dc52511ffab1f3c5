// The kiosk log: rotation keeps a bounded set of files, lines stay one per event, journal format.
#include <doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "log.h"

namespace fs = std::filesystem;

namespace {

fs::path freshDir() {
  std::random_device rd;
  auto dir = fs::temp_directory_path() / ("vitrine-log-" + std::to_string(rd()));
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("the log file rotates at its size limit and keeps three files at most") {
  ::unsetenv("JOURNAL_STREAM");
  auto dir = freshDir();
  vitrine::log::Options o;
  o.file = dir / "kiosk.log";
  o.maxBytes = 4096;
  o.keep = 3;
  o.echoToStderr = false;
  vitrine::log::init("kiosk", o);
  CHECK_FALSE(vitrine::log::toJournal());
  CHECK(vitrine::log::filePath() == o.file);
  for (int i = 0; i < 400; ++i)
    vitrine::log::info("pack loaded: demo.kpack, line " + std::to_string(i));
  CHECK(fs::exists(dir / "kiosk.log"));
  CHECK(fs::exists(dir / "kiosk.log.1"));
  CHECK(fs::exists(dir / "kiosk.log.2"));
  CHECK_FALSE(fs::exists(dir / "kiosk.log.3"));
  for (const auto& e : fs::directory_iterator(dir)) CHECK(fs::file_size(e) <= o.maxBytes + 200);
  // The newest line is kept (in the current file, or the previous one if it just rotated), the
  // oldest ones are gone.
  std::string recent = slurp(dir / "kiosk.log.1") + slurp(dir / "kiosk.log");
  CHECK(recent.find("line 399\n") != std::string::npos);
  CHECK(slurp(dir / "kiosk.log.2").find("line 0\n") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a message with line breaks stays one line (no forged log entries)") {
  ::unsetenv("JOURNAL_STREAM");
  auto dir = freshDir();
  vitrine::log::Options o;
  o.file = dir / "kiosk.log";
  o.echoToStderr = false;
  vitrine::log::init("kiosk", o);
  vitrine::log::error("cannot open pack\n2026-01-01 00:00:00 kiosk[1] info: all fine");
  std::string text = slurp(o.file);
  CHECK(std::count(text.begin(), text.end(), '\n') == 1);
  CHECK(text.find(" kiosk[") != std::string::npos);
  CHECK(text.find("error: cannot open pack") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("an unwritable log file is reported, and logging still does not crash") {
  ::unsetenv("JOURNAL_STREAM");
  auto dir = freshDir();
  fs::create_directories(dir / "kiosk.log");  // a directory where the file should be
  vitrine::log::Options o;
  o.file = dir / "kiosk.log";
  o.echoToStderr = false;
  vitrine::log::init("kiosk", o);
  CHECK(vitrine::log::lastError().find("cannot write the log file") != std::string::npos);
  vitrine::log::info("still alive");
  fs::remove_all(dir);
}

TEST_CASE("under systemd (JOURNAL_STREAM is our stderr) lines carry a syslog priority") {
  auto dir = freshDir();
  fs::path captured = dir / "stderr";
  std::fflush(stderr);
  int saved = ::dup(2);
  std::FILE* f = std::freopen(captured.c_str(), "w", stderr);
  REQUIRE(f);
  struct stat st {};
  REQUIRE(::fstat(2, &st) == 0);
  std::string stream = std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
  ::setenv("JOURNAL_STREAM", stream.c_str(), 1);
  vitrine::log::init("kiosk");
  bool journal = vitrine::log::toJournal();
  vitrine::log::info("starting Vitrine");
  vitrine::log::error("visitor store unavailable");
  std::fflush(stderr);
  ::dup2(saved, 2);
  ::close(saved);
  ::unsetenv("JOURNAL_STREAM");
  CHECK(journal);
  CHECK(vitrine::log::filePath().empty());  // no file next to the journal
  CHECK(slurp(captured) == "<6>starting Vitrine\n<3>visitor store unavailable\n");
  vitrine::log::init("kiosk", {dir / "after.log", 1024 * 1024, 3, false});
  fs::remove_all(dir);
}

TEST_CASE("a FIFO nobody reads given as the log file: an error at once, never a kiosk that waits") {
  ::unsetenv("JOURNAL_STREAM");
  auto dir = freshDir();
  REQUIRE(::mkfifo((dir / "kiosk.log").c_str(), 0600) == 0);
  vitrine::log::Options o;
  o.file = dir / "kiosk.log";
  o.echoToStderr = false;
  vitrine::log::init("kiosk", o);  // blocked here for ever before (open(2) waits for a reader)
  CHECK(vitrine::log::lastError().find("cannot write the log file") != std::string::npos);
  vitrine::log::info("still alive");
  fs::remove_all(dir);
}
