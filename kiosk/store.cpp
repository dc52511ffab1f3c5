// The visitor store: saving confirmed interest durably, contact details only with consent.
#include "store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

#include "file_kind.h"
#include "schema.h"
#include "sqlite.h"
#include "stats.h"
#include "uuid.h"

namespace vitrine {
namespace {

constexpr int64_t kSchemaVersion = 2;

// Personal fields sit in their own table so they can later be sealed with an organisation's
// public key without touching the anonymous interest data used for statistics.
constexpr const char* kSchema = R"sql(
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

// What went wrong, in words stand staff understand; the SQLite detail is appended for IT.
std::string cause(int code, bool writing) {
  switch (code & 0xFF) {
    case SQLITE_FULL:
      return "Disque plein";
    case SQLITE_READONLY:
      return "Support en lecture seule";
    case SQLITE_IOERR:
      return writing ? "Erreur d'écriture sur le support" : "Erreur de lecture du support";
    case SQLITE_CANTOPEN:
      return "Fichier des visiteurs impossible à ouvrir ou à créer";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return "Fichier des visiteurs occupé par un autre programme";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return "Fichier des visiteurs endommagé ou d'un autre format";
    default:
      return "Erreur de la base des visiteurs";
  }
}

StoreError storeError(const sql::Error& e, bool writing, const std::string& consequence) {
  return StoreError(cause(e.code(), writing) + " : " + consequence + " (SQLite : " + e.what() +
                    ")");
}

}  // namespace

std::string isoTimestamp(std::chrono::system_clock::time_point when) {
  using namespace std::chrono;
  auto ms = duration_cast<milliseconds>(when.time_since_epoch()).count() % 1000;
  std::time_t t = system_clock::to_time_t(when);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[40];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
  return out;
}

namespace {

// Ids come from the pack (slugs), which never contain '|'.
std::string joinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) {
    if (!out.empty()) out += '|';
    out += id;
  }
  return out;
}

std::vector<std::string> splitIds(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t bar = text.find('|', start);
    if (bar == std::string::npos) bar = text.size();
    out.push_back(text.substr(start, bar - start));
    start = bar + 1;
  }
  return out;
}

// SQLite would create the file world-readable; contact details deserve owner-only (0600).
// The WAL and shm files inherit the database file's mode.
void createPrivately(const std::filesystem::path& path) {
  int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) ::close(fd);  // EEXIST or any other failure: SQLite reports it properly below
}

void createSchema(sql::Database& db) {
  sql::Transaction tx(db);
  auto q = db.prepare("PRAGMA user_version");
  int64_t version = q.step() ? q.integer(0) : 0;
  if (version > kSchemaVersion)
    throw StoreError(
        "Fichier des visiteurs créé par une version plus récente de Vitrine : "
        "mettez la borne à jour avant de l'utiliser.");
  if (version < kSchemaVersion) {
    db.exec(kSchema);
    db.exec(kSchemaV2);
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
  }
  tx.commit();
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

int64_t userVersion(sql::Database& db) {
  auto v = db.prepare("PRAGMA user_version");
  return v.step() ? v.integer(0) : 0;  // also where a non-SQLite file is noticed
}

// On a write-protected medium (a locked USB stick) SQLite cannot create the "-shm" index a WAL
// store needs. A store closed cleanly there (no journal beside it) is then read as immutable,
// which is exact since nothing can change it; one with an unfinished journal must be copied.
int64_t openVersionReadOnly(std::unique_ptr<sql::Database>& db, const std::filesystem::path& path) {
  try {
    return userVersion(*db);
  } catch (const sql::Error& e) {
    if ((e.code() & 0xFF) != SQLITE_CANTOPEN) throw;
    std::error_code ec;
    std::filesystem::path wal = path;
    wal += "-wal";
    if (std::filesystem::exists(wal, ec) && std::filesystem::file_size(wal, ec) > 0)
      throw StoreError("« " + path.string() +
                       " » a un journal « -wal » non terminé sur un support en lecture seule : "
                       "copiez le fichier et son journal sur l'ordinateur, puis relancez.");
    db = std::make_unique<sql::Database>(fileUri(path) + "?immutable=1", sql::Mode::ReadOnly);
    return userVersion(*db);
  }
}

// Before SQLite touches the file: a content pack or another program's database given as the
// store is refused, and nothing is written to it (no journal, no WAL switch, no table).
void refuseOtherKinds(const std::filesystem::path& path) {
  uint32_t id = 0;
  switch (fileKind(path, &id)) {
    case FileKind::Pack:
      throw StoreError("« " + path.string() +
                       " » est un pack de contenu Vitrine (.kpack), pas un fichier des visiteurs : "
                       "indiquez un autre fichier pour --store (rien n'y a été écrit).");
    case FileKind::Foreign:
      throw StoreError("« " + path.string() +
                       " » est la base d'un autre programme (application_id " + std::to_string(id) +
                       "), pas un fichier des visiteurs (rien n'y a été écrit).");
    default:
      return;
  }
}

}  // namespace

void requireStoreFile(const std::filesystem::path& path) {
  refuseOtherKinds(path);
  if (fileKind(path) != FileKind::Unmarked) return;
  // No id (a store from before the ids, or any database): adopted only if every table in it is
  // one of the store's. A read-only look: nothing is written to it here.
  static const char* const kStoreTables[] = {"submissions", "personal", "consents",
                                             "events",      "settings", "staff"};
  try {
    sql::Database db(path, sql::Mode::ReadOnly);
    auto t = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (t.step()) {
      const std::string name = t.text(0);
      if (std::none_of(std::begin(kStoreTables), std::end(kStoreTables),
                       [&](const char* known) { return name == known; }))
        throw StoreError("« " + path.string() +
                         " » est une base SQLite qui n'est pas un fichier "
                         "des visiteurs de Vitrine (table « " +
                         name.substr(0, 60) + " ») : rien n'y a été écrit.");
    }
  } catch (const sql::Error& e) {
    throw storeError(e, false, "impossible de lire « " + path.string() + " ».");
  }
}

VisitorStore::VisitorStore(const std::filesystem::path& path, std::string kioskId,
                           std::string eventTag)
    : kioskId_(std::move(kioskId)), eventTag_(std::move(eventTag)) {
  const std::string consequence =
      "impossible d'ouvrir le fichier des visiteurs « " + path.string() + " ».";
  requireStoreFile(path);
  const bool unmarked = fileKind(path) != FileKind::Store;
  try {
    createPrivately(path);
    db_ = std::make_unique<sql::Database>(path, sql::Mode::ReadWriteCreate);
    // SQLite silently falls back to read-only on a write-protected file; the staff must learn
    // it now, in the morning, not when the first visitor presses "Envoyer".
    if (sqlite3_db_readonly(db_->handle(), "main") == 1)
      throw sql::Error(SQLITE_READONLY, "attempt to write a readonly database");
    // WAL + FULL: a confirmed answer survives a power cut right after COMMIT.
    db_->exec("PRAGMA journal_mode=WAL");
    db_->exec("PRAGMA synchronous=FULL");
    db_->exec("PRAGMA secure_delete=ON");  // purged contact details are overwritten, not left
    db_->exec("PRAGMA foreign_keys=ON");
    createSchema(*db_);
    if (unmarked)
      db_->exec("PRAGMA application_id = " + std::to_string(schema::kStoreApplicationId));
  } catch (const sql::Error& e) {
    throw storeError(e, true, consequence);
  }
}

VisitorStore VisitorStore::openForReading(const std::filesystem::path& path) {
  const std::string consequence =
      "impossible de lire le fichier des visiteurs « " + path.string() + " ».";
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec))
    throw StoreError("Fichier des visiteurs introuvable : « " + path.string() + " ».");
  refuseOtherKinds(path);
  VisitorStore store;
  try {
    store.db_ = std::make_unique<sql::Database>(path, sql::Mode::ReadOnly);
    const int64_t version = openVersionReadOnly(store.db_, path);
    if (version > kSchemaVersion)
      throw StoreError("« " + path.string() +
                       " » a été créé par une version plus récente de Vitrine : mettez kioskctl "
                       "à jour pour le lire.");
    auto t = store.db_->prepare(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
        "('submissions', 'personal')");
    if (!t.step() || t.integer(0) != 2)
      throw StoreError("« " + path.string() +
                       " » n'est pas un fichier des visiteurs de Vitrine (pas de réponses).");
    // A v1 store has a single consent box and no per-organisation table: read it as it is.
    store.perOrgConsents_ = version >= 2;
  } catch (const sql::Error& e) {
    throw storeError(e, false, consequence);
  }
  return store;
}

VisitorStore::VisitorStore(VisitorStore&&) noexcept = default;
VisitorStore::~VisitorStore() = default;

// Writes one lead (new or merged) inside the caller's transaction; false if the id is known.
// A new answer needs a ticked organisation for its contact details to be kept; a merged one
// keeps what its own store held (a v1 record had one box, without organisations).
bool VisitorStore::insert(const StoredLead& l, bool merging) {
  const Submission& s = l.submission;
  const bool consent = s.consent && (merging || !s.consentOrgIds.empty());
  const std::string& consentAt = l.consentAt.empty() ? l.createdAt : l.consentAt;
  auto ins = db_->prepare(
      "INSERT OR IGNORE INTO submissions(id, created_at, kiosk_id, event_tag, pack_id, profile, "
      "career_ids, offer_ids, consent, consent_version, consent_at) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?)");
  ins.bind(1, l.id).bind(2, l.createdAt).bind(3, l.kioskId).bind(4, l.eventTag);
  ins.bind(5, l.packId).bind(6, s.profile).bind(7, joinIds(s.careerIds));
  ins.bind(8, joinIds(s.offerIds)).bind(9, int64_t{consent ? 1 : 0}).bind(10, s.consentVersion);
  if (consent)
    ins.bind(11, consentAt);
  else
    ins.bindNull(11);
  ins.run();
  if (db_->changes() == 0) return false;
  // Without a ticked box nothing personal is written, whatever the form still held.
  if (!consent) return true;
  auto p = db_->prepare(
      "INSERT INTO personal(submission_id, first_name, email, phone, postal_code, message) "
      "VALUES(?,?,?,?,?,?)");
  const auto& c = s.personal;
  p.bind(1, l.id).bind(2, c.firstName).bind(3, c.email).bind(4, c.phone);
  p.bind(5, c.postalCode).bind(6, c.message);
  p.run();
  auto org = db_->prepare(
      "INSERT OR IGNORE INTO consents(submission_id, org_id, consent_version, consent_at) "
      "VALUES(?,?,?,?)");
  for (const auto& orgId : s.consentOrgIds) {
    org.bind(1, l.id).bind(2, orgId).bind(3, s.consentVersion).bind(4, consentAt);
    org.run();
    org.reset();
  }
  return true;
}

std::string VisitorStore::save(const Submission& s, const std::string& packId) {
  try {
    StoredLead l{newUuidV4(), isoTimestamp(), kioskId_, eventTag_, packId, s, {}};
    sql::Transaction tx(*db_);
    insert(l, false);
    tx.commit();
    return l.id;
  } catch (const sql::Error& e) {
    throw storeError(e, true, "la réponse n'a pas été enregistrée.");
  } catch (const std::exception& e) {  // no randomness for the id, out of memory…
    throw StoreError(std::string("Erreur interne : la réponse n'a pas été enregistrée. (") +
                     e.what() + ")");
  }
}

std::vector<StoredLead> VisitorStore::query(const std::string& orgId) const {
  std::vector<StoredLead> out;
  try {
    // A v1 store (read as it is) has no per-organisation consents: nobody's leads in it.
    const std::string orgs = perOrgConsents_ ? "(SELECT group_concat(org_id, '|') FROM consents c "
                                               "WHERE c.submission_id = s.id)"
                                             : "NULL";
    const std::string forOrg = perOrgConsents_ ? "EXISTS(SELECT 1 FROM consents c "
                                                 "WHERE c.submission_id = s.id AND c.org_id = ?1)"
                                               : "0";
    auto q = db_->prepare(
        "SELECT s.id, s.created_at, s.kiosk_id, s.event_tag, s.pack_id, s.profile, "
        "s.career_ids, s.offer_ids, s.consent, s.consent_version, "
        "p.first_name, p.email, p.phone, p.postal_code, p.message, " +
        orgs + ", s.consent_at FROM submissions s LEFT JOIN personal p ON p.submission_id = s.id " +
        "WHERE ?1 = '' OR " + forOrg +
        // rowid breaks ties within one millisecond in arrival order (a random id would not).
        " ORDER BY s.created_at, s.rowid");
    q.bind(1, orgId);
    while (q.step()) {
      StoredLead l;
      l.id = q.text(0);
      l.createdAt = q.text(1);
      l.kioskId = q.text(2);
      l.eventTag = q.text(3);
      l.packId = q.text(4);
      Submission& s = l.submission;
      s.profile = q.text(5);
      s.careerIds = splitIds(q.text(6));
      s.offerIds = splitIds(q.text(7));
      s.consentVersion = q.text(9);
      s.consentOrgIds = splitIds(q.text(15));
      // A purged or erased record keeps its anonymous interest but no longer any consent.
      s.consent = q.integer(8) != 0 && !q.isNull(10);
      if (s.consent) {
        s.personal = {q.text(10), q.text(11), q.text(12), q.text(13), q.text(14)};
        l.consentAt = q.text(16);
      }
      out.push_back(std::move(l));
    }
  } catch (const sql::Error& e) {
    throw storeError(e, false, "les réponses n'ont pas pu être lues.");
  }
  return out;
}

std::vector<StoredLead> VisitorStore::leads() const { return query(""); }

std::vector<StoredLead> VisitorStore::leadsFor(const std::string& orgId) const {
  return orgId.empty() ? std::vector<StoredLead>{} : query(orgId);
}

std::vector<StatEvent> VisitorStore::events() const {
  try {
    return readEvents(*db_);
  } catch (const sql::Error& e) {
    throw storeError(e, false, "les statistiques n'ont pas pu être lues.");
  }
}

MergeReport VisitorStore::merge(const std::vector<StoredLead>& incoming,
                                const std::vector<StatEvent>& events) {
  MergeReport r;
  try {
    sql::Transaction tx(*db_);
    for (const auto& l : incoming) {
      if (insert(l, true))
        ++r.added;
      else
        ++r.duplicates;
    }
    ensureEventsTable(*db_);
    r.eventsAdded = insertEvents(*db_, events);
    r.eventsDuplicates = static_cast<int>(events.size()) - r.eventsAdded;
    tx.commit();
  } catch (const sql::Error& e) {
    throw storeError(e, true, "la fusion n'a pas été faite (rien n'a été modifié).");
  }
  return r;
}

// Removes contact details and consents; the anonymous interest (profile, careers) stays counted.
int VisitorStore::forget(const std::string& where, const std::string& value) {
  try {
    sql::Transaction tx(*db_);
    const std::string ids = "SELECT submission_id FROM personal WHERE " + where;
    auto c = db_->prepare("DELETE FROM consents WHERE submission_id IN (" + ids + ")");
    c.bind(1, value).run();
    auto s = db_->prepare("UPDATE submissions SET consent = 0 WHERE id IN (" + ids + ")");
    s.bind(1, value).run();
    auto p = db_->prepare("DELETE FROM personal WHERE " + where);
    p.bind(1, value).run();
    int n = db_->changes();
    tx.commit();
    // No copy of the erased rows may stay in the WAL; a reader elsewhere can prevent that.
    auto ck = db_->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    journalWiped_ = ck.step() && ck.integer(0) == 0;
    return n;
  } catch (const sql::Error& e) {
    throw storeError(e, true, "rien n'a été effacé.");
  }
}

int VisitorStore::erase(const std::string& contact) {
  if (contact.empty()) return 0;
  return forget("lower(email) = lower(?1) OR phone = ?1", contact);
}

int VisitorStore::purgePersonal(const std::string& until) {
  return forget("submission_id IN (SELECT id FROM submissions WHERE created_at <= ?1)", until);
}

}  // namespace vitrine
