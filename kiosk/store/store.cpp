// The visitor store: saving confirmed interest durably, contact details only with consent.
#include "store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <utility>

#include "sqlite.h"
#include "stats.h"
#include "uuid.h"

namespace vitrine {
namespace {

StoreError storeError(const sql::Error& e, bool writing, const std::string& consequence) {
  return StoreFile::error(e.code(), e.what(), writing, consequence);
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

}  // namespace

VisitorStore::VisitorStore(std::shared_ptr<StoreFile> file, std::string kioskId,
                           std::string eventTag)
    : file_(std::move(file)), db_(&file_->db()), kioskId_(std::move(kioskId)),
      eventTag_(std::move(eventTag)) {
  // A v1 store (read from another kiosk) has a single consent box and no per-organisation table.
  perOrgConsents_ = file_->version() >= 2;
}

VisitorStore::VisitorStore(const std::filesystem::path& path, std::string kioskId,
                           std::string eventTag)
    : VisitorStore(StoreFile::open(path), std::move(kioskId), std::move(eventTag)) {}

VisitorStore VisitorStore::openForReading(const std::filesystem::path& path) {
  return VisitorStore(StoreFile::openForReading(path), "", "");
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
