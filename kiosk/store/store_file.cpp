// The one owner of the visitor file: private creation, identity, pragmas and migrations.
#include "store_file.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <set>
#include <utility>

#include "file_kind.h"
#include "log.h"
#include "messages.h"
#include "sqlite.h"
#include "stats.h"
#include "store_messages.h"

namespace vitrine {
namespace {

// v1: the answers, personal fields in their own table (so they can be sealed apart).
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE IF NOT EXISTS submissions(
  id TEXT PRIMARY KEY, created_at TEXT NOT NULL, kiosk_id TEXT, event_tag TEXT, pack_id TEXT,
  profile TEXT, career_ids TEXT, offer_ids TEXT, consent INTEGER NOT NULL,
  consent_version TEXT, consent_at TEXT);
CREATE TABLE IF NOT EXISTS personal(
  submission_id TEXT PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  first_name TEXT, email TEXT, phone TEXT, postal_code TEXT, message TEXT);
CREATE INDEX IF NOT EXISTS submissions_by_date ON submissions(created_at);
)sql";

// v2: one row per organisation the visitor allowed to contact them (proof of consent, per org).
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE IF NOT EXISTS consents(
  submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  org_id TEXT NOT NULL, consent_version TEXT, consent_at TEXT,
  PRIMARY KEY(submission_id, org_id));
CREATE INDEX IF NOT EXISTS consents_by_org ON consents(org_id);
)sql";

// v3: the tables other code used to create on its own connection (statistics, staff PIN, staff
// settings) join the versioned schema; events get their stable id (ensureEventsTable).
constexpr const char* kSchemaV3 = R"sql(
CREATE TABLE IF NOT EXISTS staff(
  id INTEGER PRIMARY KEY CHECK (id = 1),
  pin_hash TEXT NOT NULL DEFAULT '',
  failures INTEGER NOT NULL DEFAULT 0,
  locked_until_ms INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql";

// v4: contact details sealed for each organisation the visitor ticked (crypto_box_seal to its
// key, see sealing.h): one box per (submission, organisation). `personal` keeps only what an
// older Vitrine wrote in clear, or what was for an organisation without a key.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE IF NOT EXISTS sealed(
  submission_id TEXT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  org_id TEXT NOT NULL, box BLOB NOT NULL,
  PRIMARY KEY(submission_id, org_id));
)sql";

// v5: a per-file sequence orders answers and events, whatever the clock said when they were
// stamped (a kiosk without a real-time clock can boot in the past, or be set back while it runs).
// Rows already there keep the order they were read in before: answers by time, then arrival;
// events by arrival (their rowid, which is already a sequence: cheap on a big file).
constexpr const char* kNumberV5 = R"sql(
UPDATE submissions SET seq = o.n FROM (SELECT rowid AS r,
    row_number() OVER (ORDER BY created_at, rowid) AS n FROM submissions) AS o
  WHERE submissions.rowid = o.r AND submissions.seq IS NULL;
UPDATE events SET seq = rowid WHERE seq IS NULL;
CREATE UNIQUE INDEX IF NOT EXISTS submissions_by_seq ON submissions(seq);
CREATE UNIQUE INDEX IF NOT EXISTS events_by_seq ON events(seq);
)sql";

// Tables a Vitrine visitor file may hold: a file without an application_id (written before it
// had one) is adopted only if every table it has is one of these.
const std::set<std::string> kStoreTables = {"submissions", "personal", "consents", "events",
                                            "staff",       "settings", "sealed"};

// What went wrong, in words stand staff understand; the SQLite detail is appended for IT.
std::string cause(int code, bool writing) {
  switch (code & 0xFF) {
    case SQLITE_FULL:
      return tr(SM::cause_full);
    case SQLITE_READONLY:
      return tr(SM::cause_read_only);
    case SQLITE_IOERR:
      return tr(writing ? SM::cause_write : SM::cause_read);
    case SQLITE_CANTOPEN:
      return tr(SM::cause_cannot_open);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return tr(SM::cause_busy);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return tr(SM::cause_damaged);
    default:
      return tr(SM::cause_other);
  }
}

int64_t pragmaInt(sql::Database& db, const char* pragma) {
  auto q = db.prepare(std::string("PRAGMA ") + pragma);
  return q.step() ? q.integer(0) : 0;  // also where a non-SQLite file is noticed
}

// Refuses a file that is not a visitor file (a content pack given as --store, any other
// database) before anything is written to it.
void checkIdentity(sql::Database& db, const std::filesystem::path& path) {
  const int64_t id = pragmaInt(db, "application_id");
  if (id == kStoreApplicationId) return;
  std::set<std::string> tables;
  auto q = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'");
  while (q.step()) tables.insert(q.text(0));
  bool ours = id == 0;
  for (const auto& t : tables) ours = ours && kStoreTables.count(t) > 0;
  if (ours) return;
  const bool pack = tables.count("careers") > 0 || tables.count("offers") > 0;
  throw StoreError(tr(pack ? SM::not_a_store_but_pack : SM::not_a_store, {path.string()}));
}

// A device, FIFO or folder given as the store, or standing where its journal goes, is refused
// before anything opens it, changes its mode or writes to it (`--store /dev/null` run as root
// once made /dev/null private to root). By stat(2) only: opening and closing the file here would
// drop the POSIX locks this process's other connections hold on it (SQLite's documented trap).
void refuseNonFiles(const std::filesystem::path& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    const std::filesystem::path p = path.string() + suffix;
    std::error_code ec;
    const auto st = std::filesystem::status(p, ec);
    if (std::filesystem::exists(st) && !std::filesystem::is_regular_file(st))
      throw StoreError(tr(SM::store_not_a_file, {p.string(), notAFileWord(st)}));
  }
}

// SQLite would create the file with the umask's mode; contact details deserve owner-only. The
// WAL and shm files take the database file's mode.
// True when the file was created here (so a failed first open removes it again).
bool createPrivately(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return false;  // EEXIST or any other failure: SQLite reports it properly below
  ::close(fd);
  return true;
}

// A store this open created and could not set up (a full medium): no empty file is left to be
// taken for a store later. Its journal files go too; nothing was ever committed in them.
void removeCreated(const std::filesystem::path& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"})
    std::filesystem::remove(path.string() + suffix, ec);
}

// A file other accounts can read or write (made by an older Vitrine, or copied by hand) is made
// private again when it is ours; otherwise the kiosk refuses it with the fix.
void keepPrivate(const std::filesystem::path& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) {
    const std::string file = path.string() + suffix;
    struct stat st {};
    if (::stat(file.c_str(), &st) != 0 || (st.st_mode & 077) == 0) continue;
    if (st.st_uid == ::geteuid() && ::chmod(file.c_str(), 0600) == 0) {
      log::warning("visitor file " + file + " was readable by other accounts: now owner-only (0600)");
      continue;
    }
    throw StoreError(tr(SM::readable_by_others, {file}));
  }
}

bool hasColumn(sql::Database& db, const char* table, const char* column) {
  auto q = db.prepare("SELECT 1 FROM pragma_table_info(?1) WHERE name = ?2");
  q.bind(1, std::string(table)).bind(2, std::string(column));
  return q.step();
}

void migrateToV5(sql::Database& db) {
  for (const char* table : {"submissions", "events"})
    if (!hasColumn(db, table, "seq"))
      db.exec(std::string("ALTER TABLE ") + table + " ADD COLUMN seq INTEGER");
  db.exec(kNumberV5);
}

// Why a store location cannot be written, with the fix, when SQLite's "unable to open database
// file" or "readonly database" names neither: a folder that does not exist, a read-only medium,
// a folder or file this account may not write. Empty when the folder looks writable.
std::string folderProblem(const std::filesystem::path& path) {
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  const std::string f = folder.string();
  std::error_code ec;
  const auto status = std::filesystem::status(folder, ec);
  if (!std::filesystem::exists(status)) return tr(SM::folder_missing, {f});
  if (!std::filesystem::is_directory(status)) return tr(SM::not_a_folder, {f});
  struct statvfs vfs {};
  if (::statvfs(f.c_str(), &vfs) == 0 && (vfs.f_flag & ST_RDONLY))
    return tr(SM::folder_read_only, {f});
  std::error_code exists;
  const bool fileThere = std::filesystem::exists(path, exists);
  const std::string target = fileThere ? path.string() : f;
  if (::access(target.c_str(), W_OK) != 0)
    return tr(fileThere ? SM::no_right_file : SM::no_right_folder, {target, std::strerror(errno)});
  return {};
}

void migrate(sql::Database& db, int64_t from) {
  if (from < 1) db.exec(kSchemaV1);
  if (from < 2) db.exec(kSchemaV2);
  if (from < 3) {
    db.exec(kSchemaV3);
    ensureEventsTable(db);
  }
  if (from < 4) db.exec(kSchemaV4);
  if (from < 5) migrateToV5(db);
  db.exec("PRAGMA application_id = " + std::to_string(kStoreApplicationId));
  db.exec("PRAGMA user_version = " + std::to_string(kStoreSchemaVersion));
}

// A "file:" URI for SQLite: every byte outside the unreserved set percent-encoded, so that a
// '?' or '#' in a folder name stays part of the path.
std::string fileUri(const std::filesystem::path& path) {
  std::string out = "file:";
  for (unsigned char c : std::filesystem::absolute(path).string()) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

// On a write-protected medium (a locked USB stick) SQLite cannot create the "-shm" index a WAL
// store needs. A store closed cleanly there (no journal beside it) is then read as immutable,
// which is exact since nothing can change it; one with an unfinished journal must be copied.
int64_t openVersionReadOnly(std::unique_ptr<sql::Database>& db, const std::filesystem::path& path) {
  try {
    return pragmaInt(*db, "user_version");
  } catch (const sql::Error& e) {
    if ((e.code() & 0xFF) != SQLITE_CANTOPEN) throw;
    std::error_code ec;
    std::filesystem::path wal = path;
    wal += "-wal";
    if (std::filesystem::exists(wal, ec) && std::filesystem::file_size(wal, ec) > 0)
      throw StoreError(tr(SM::unfinished_journal, {path.string()}));
    db = std::make_unique<sql::Database>(fileUri(path) + "?immutable=1", sql::Mode::ReadOnly);
    return pragmaInt(*db, "user_version");
  }
}

}  // namespace

StoreError StoreFile::error(int sqliteCode, const std::string& detail, bool writing,
                            const std::string& consequence) {
  return StoreError(
      trWhole(SM::cause_and_consequence, {cause(sqliteCode, writing), consequence, detail}),
      sqliteCode);
}

StoreFile::StoreFile(std::filesystem::path path, std::unique_ptr<sql::Database> db,
                     int64_t version, bool writable)
    : path_(std::move(path)), db_(std::move(db)), version_(version), writable_(writable) {}

StoreFile::~StoreFile() = default;

std::shared_ptr<StoreFile> StoreFile::open(const std::filesystem::path& path) {
  const std::string consequence = tr(SM::cannot_open, {path.string()});
  bool created = false;
  refuseNonFiles(path);
  try {
    created = createPrivately(path);
    auto db = std::make_unique<sql::Database>(path, sql::Mode::ReadWriteCreate);
    // SQLite silently falls back to read-only on a write-protected file; the staff must learn
    // it now, in the morning, not when the first visitor presses "Envoyer".
    if (sqlite3_db_readonly(db->handle(), "main") == 1)
      throw sql::Error(SQLITE_READONLY, "attempt to write a readonly database");
    checkIdentity(*db, path);  // before the first write: a pack given as --store stays intact
    keepPrivate(path);
    const int64_t found = pragmaInt(*db, "user_version");
    if (found > kStoreSchemaVersion) throw StoreError(tr(SM::newer_store_kiosk));
    // WAL + FULL: a confirmed answer survives a power cut right after COMMIT.
    db->exec("PRAGMA journal_mode=WAL");
    db->exec("PRAGMA synchronous=FULL");
    db->exec("PRAGMA secure_delete=ON");  // purged contact details are overwritten, not left
    db->exec("PRAGMA foreign_keys=ON");
    if (found < kStoreSchemaVersion || pragmaInt(*db, "application_id") != kStoreApplicationId) {
      sql::Transaction tx(*db);
      migrate(*db, found);
      tx.commit();
      if (found > 0 && found < kStoreSchemaVersion)
        log::info("visitor file migrated from schema " + std::to_string(found));
    }
    return std::shared_ptr<StoreFile>(new StoreFile(path, std::move(db), kStoreSchemaVersion, true));
  } catch (const sql::Error& e) {
    if (created) removeCreated(path);
    if (const std::string why = folderProblem(path); !why.empty())
      throw StoreError(trWhole(SM::with_sqlite_detail, {why, e.what()}), e.code());
    throw error(e.code(), e.what(), true, consequence);
  } catch (const StoreError&) {
    if (created) removeCreated(path);
    throw;
  }
}

std::shared_ptr<StoreFile> StoreFile::openForReading(const std::filesystem::path& path) {
  const std::string consequence = tr(SM::cannot_read, {path.string()});
  std::error_code ec;
  refuseNonFiles(path);
  if (!std::filesystem::is_regular_file(path, ec))
    throw StoreError(tr(SM::store_not_found, {path.string()}));
  try {
    auto db = std::make_unique<sql::Database>(path, sql::Mode::ReadOnly);
    const int64_t version = openVersionReadOnly(db, path);
    if (version > kStoreSchemaVersion) throw StoreError(tr(SM::newer_store_ctl, {path.string()}));
    checkIdentity(*db, path);
    auto t = db->prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
        "('submissions', 'personal')");
    if (!t.step() || t.integer(0) != 2)
      throw StoreError(tr(SM::not_a_store_no_answers, {path.string()}));
    return std::shared_ptr<StoreFile>(new StoreFile(path, std::move(db), version, false));
  } catch (const sql::Error& e) {
    throw error(e.code(), e.what(), false, consequence);
  }
}

}  // namespace vitrine
