// Shared by the visitor-store tests: temp dirs, raw file bytes, captured kioskctl output.
#pragma once

#include <doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "ctl.h"
#include "store.h"
#include "temp_dir.h"

namespace storetest {

namespace fs = std::filesystem;

using vitrine::test::fileBytes;
using vitrine::test::TempDir;

// Every byte of every file in `dir` (database, -wal, -shm) that contains `needle`.
inline std::string filesContaining(const fs::path& dir, const std::string& needle) {
  std::string found;
  for (const auto& f : fs::directory_iterator(dir))
    if (fileBytes(f.path()).find(needle) != std::string::npos) found += f.path().string() + " ";
  return found;
}

// What a kioskctl command printed and returned, as the person at the terminal saw it.
struct CtlRun {
  int status = -1;
  std::string out, err;
};

// A visitor who consented to one organisation's contact, with this e-mail.
inline vitrine::Submission consentingVisitor(const std::string& email) {
  vitrine::Submission s;
  s.profile = "pupil";
  s.consent = true;
  s.consentOrgIds = {"cpas-namur"};
  s.consentVersion = "v1";
  s.personal = {"Léa", email, "", "5000", ""};
  return s;
}

inline CtlRun runCtl(int (*command)(const vitrine::ctl::Args&), const vitrine::ctl::Args& args) {
  std::ostringstream out, err;
  auto* oldOut = std::cout.rdbuf(out.rdbuf());
  auto* oldErr = std::cerr.rdbuf(err.rdbuf());
  CtlRun r;
  r.status = command(args);
  std::cout.rdbuf(oldOut);
  std::cerr.rdbuf(oldErr);
  r.out = out.str();
  r.err = err.str();
  return r;
}

inline CtlRun runLeads(const vitrine::ctl::Args& args) {
  return runCtl(vitrine::ctl::leads, args);
}

// First column of the first row of one query, through a connection of its own.
inline std::string scalar(const fs::path& db, const char* sqlText) {
  sqlite3* raw = nullptr;
  REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  std::string out;
  if (sqlite3_prepare_v2(raw, sqlText, -1, &st, nullptr) != SQLITE_OK) {
    out = std::string("error: ") + sqlite3_errmsg(raw);
  } else if (sqlite3_step(st) == SQLITE_ROW) {
    const unsigned char* t = sqlite3_column_text(st, 0);
    out = t ? reinterpret_cast<const char*>(t) : "";
  }
  sqlite3_finalize(st);
  sqlite3_close(raw);
  return out;
}

}  // namespace storetest
