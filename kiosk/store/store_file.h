// The one owner of the visitor file: creates it private, checks that it is one, sets its pragmas
// once and runs every migration under user_version. Leads, statistics, settings and the staff
// PIN all go through it; nothing else opens the file with SQLite.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

#include "schema.h"

namespace vitrine {

namespace sql {
class Database;
}

// A read or write of the visitor file that did not happen (disk full, read-only media, damaged
// or foreign file, I/O error), in a sentence for staff. Nothing stored is lost. `code()` is the
// SQLite result code behind it (0 when the cause was not SQLite's).
class StoreError : public std::runtime_error {
 public:
  explicit StoreError(const std::string& what, int code = 0)
      : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

// The visitor file's SQLite application_id ("VTRS", content/schema.h beside the packs' "VTRP"):
// a pack or any other database is refused before anything is written to it.
inline constexpr int32_t kStoreApplicationId = schema::kStoreApplicationId;
// Every table of the visitor file as this version writes them (see store_file.cpp).
inline constexpr int64_t kStoreSchemaVersion = 5;

class StoreFile {
 public:
  // The kiosk's own file, read-write: created 0600 (and so its -wal and -shm) whatever the umask;
  // an existing file other accounts may read is made private again (we own it) or refused with
  // the fix. WAL, synchronous=FULL, secure_delete, foreign keys; migrated to the current schema.
  // Throws StoreError.
  static std::shared_ptr<StoreFile> open(const std::filesystem::path& path);
  // Another kiosk's file (a USB stick, an archive): never created, migrated or written; a file
  // closed cleanly on a write-protected medium is read as immutable. Throws StoreError.
  static std::shared_ptr<StoreFile> openForReading(const std::filesystem::path& path);
  ~StoreFile();
  StoreFile(const StoreFile&) = delete;
  StoreFile& operator=(const StoreFile&) = delete;

  sql::Database& db() { return *db_; }
  const std::filesystem::path& path() const { return path_; }
  int64_t version() const { return version_; }  // the schema version the file holds
  bool writable() const { return writable_; }
  // "<cause> : <consequence> (SQLite : <detail>)" for a failure on this file.
  static StoreError error(int sqliteCode, const std::string& detail, bool writing,
                          const std::string& consequence);

 private:
  StoreFile(std::filesystem::path path, std::unique_ptr<sql::Database> db, int64_t version,
            bool writable);

  std::filesystem::path path_;
  std::unique_ptr<sql::Database> db_;
  int64_t version_ = 0;
  bool writable_ = false;
};

}  // namespace vitrine
