// The visitor store: saving confirmed interest durably, contact details only with consent.
#include "store.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <utility>

#include "date_time.h"
#include "sealing.h"
#include "sqlite.h"
#include "stats.h"
#include "store_messages.h"
#include "text_util.h"
#include "uuid.h"

namespace vitrine {
namespace {

StoreError storeError(const sql::Error& e, bool writing, const std::string& consequence) {
  return StoreFile::error(e.code(), e.what(), writing, consequence);
}

}  // namespace

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

std::string isoTimestamp(std::chrono::system_clock::time_point when) {
  return isoMillisUtc(when);
}

namespace {

void insertPlaintext(sql::Database& db, const std::string& id, const Submission::Personal& c) {
  auto p = db.prepare(
      "INSERT OR IGNORE INTO personal(submission_id, first_name, email, phone, postal_code, "
      "message) VALUES(?,?,?,?,?,?)");
  p.bind(1, id).bind(2, c.firstName).bind(3, c.email).bind(4, c.phone);
  p.bind(5, c.postalCode).bind(6, c.message);
  p.run();
}

// Every sealed copy, by submission; only `orgId`'s when it is not empty.
std::map<std::string, std::vector<SealedCopy>> readSealed(sql::Database& db,
                                                          const std::string& orgId) {
  std::map<std::string, std::vector<SealedCopy>> out;
  auto q = db.prepare(
      "SELECT submission_id, org_id, box FROM sealed WHERE ?1 = '' OR org_id = ?1 "
      "ORDER BY submission_id, org_id");
  q.bind(1, orgId);
  while (q.step()) out[q.text(0)].push_back({q.text(1), q.blob(2)});
  return out;
}

bool hasTable(sql::Database& db, const char* name) {
  auto q = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
  q.bind(1, std::string(name));
  return q.step();
}

// A consent for an organisation that no key seals to (see VisitorStore::insert).
struct UnsealableConsent : std::exception {
  explicit UnsealableConsent(std::string org) : orgId(std::move(org)) {}
  const char* what() const noexcept override { return "no sealing key"; }
  std::string orgId;
};

}  // namespace

VisitorStore::VisitorStore(std::shared_ptr<StoreFile> file, std::string kioskId,
                           std::string eventTag)
    : file_(std::move(file)), db_(&file_->db()), kioskId_(std::move(kioskId)),
      eventTag_(std::move(eventTag)) {
  // A v1 store (read from another kiosk) has a single consent box and no per-organisation table.
  perOrgConsents_ = file_->version() >= 2;
  sealedTable_ = hasTable(*db_, "sealed");
}

VisitorStore::VisitorStore(const std::filesystem::path& path, std::string kioskId,
                           std::string eventTag)
    : VisitorStore(StoreFile::open(path), std::move(kioskId), std::move(eventTag)) {}

VisitorStore VisitorStore::openForReading(const std::filesystem::path& path) {
  return VisitorStore(StoreFile::openForReading(path), "", "");
}

VisitorStore::VisitorStore(VisitorStore&&) noexcept = default;
VisitorStore::~VisitorStore() = default;

void VisitorStore::setSealingKeys(const SealingKeys& keys) {
  keys_ = std::make_unique<SealingKeys>(keys);
}

// Writes one lead (new or merged) inside the caller's transaction; false if the id is known.
// A new answer needs a ticked organisation for its contact details to be kept; a merged one
// keeps what its own store held (a v1 record had one box, without organisations).
bool VisitorStore::insert(const StoredLead& l, bool merging) {
  const Submission& s = l.submission;
  const bool consent = s.consent && (merging || !s.consentOrgIds.empty());
  const std::string& consentAt = l.consentAt.empty() ? l.createdAt : l.consentAt;
  auto ins = db_->prepare(
      "INSERT OR IGNORE INTO submissions(id, created_at, kiosk_id, event_tag, pack_id, profile, "
      "career_ids, offer_ids, consent, consent_version, consent_at, seq) "
      "VALUES(?,?,?,?,?,?,?,?,?,?,?, (SELECT coalesce(max(seq), 0) + 1 FROM submissions))");
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
  // A new answer is sealed once per ticked organisation that has a key; a merged one carries
  // its boxes as they are (nobody here could open them) and its clear copy if it had one.
  const auto& c = s.personal;
  const bool anyPersonal = !(c.firstName.empty() && c.email.empty() && c.phone.empty() &&
                             c.postalCode.empty() && c.message.empty());
  bool clear = merging && (l.plaintext || (l.sealed.empty() && anyPersonal));
  auto box = db_->prepare("INSERT OR IGNORE INTO sealed(submission_id, org_id, box) VALUES(?,?,?)");
  if (merging) {
    for (const auto& copy : l.sealed) {
      box.bind(1, l.id).bind(2, copy.orgId).bind(3, copy.box).run();
      box.reset();
    }
  } else {
    for (const auto& orgId : s.consentOrgIds) {
      const OrgPublicKey* key = keys_ ? keys_->forOrg(orgId) : nullptr;
      if (!key) {
        // The pack's keys are known and none opens a box for this organisation: its copy
        // would be clear text, which the store never writes for a new answer (the kiosk does
        // not offer such a box; any other caller gets the refusal, and nothing is written).
        if (keys_ && anyPersonal) throw UnsealableConsent(orgId);
        clear = true;  // no keys known at all (tools, an older store's tests): kept in clear
        continue;
      }
      box.bind(1, l.id).bind(2, orgId).bind(3, sealPersonal(s.personal, l.id, orgId, *key)).run();
      box.reset();
    }
  }
  if (clear) insertPlaintext(*db_, l.id, s.personal);
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
    throw storeError(e, true, tr(SM::answer_not_saved));
  } catch (const UnsealableConsent& e) {
    throw StoreError(tr(SM::org_without_key, {e.orgId}));
  } catch (const std::exception& e) {  // no randomness for the id, out of memory…
    throw StoreError(tr(SM::internal_not_saved, {e.what()}));
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
        // The order answers were saved in, even across a clock set back (schema v5); before
        // v5, rowid breaks ties within one millisecond in arrival order.
        (file_->version() >= 5 ? " ORDER BY s.seq" : " ORDER BY s.created_at, s.rowid"));
    q.bind(1, orgId);
    auto sealed =
        sealedTable_ ? readSealed(*db_, orgId) : std::map<std::string, std::vector<SealedCopy>>{};
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
      if (auto it = sealed.find(l.id); it != sealed.end()) l.sealed = std::move(it->second);
      l.plaintext = !q.isNull(10);
      // A purged or erased record keeps its anonymous interest but no longer any consent.
      s.consent = q.integer(8) != 0 && (l.plaintext || !l.sealed.empty());
      if (s.consent) l.consentAt = q.text(16);
      if (l.plaintext) s.personal = {q.text(10), q.text(11), q.text(12), q.text(13), q.text(14)};
      out.push_back(std::move(l));
    }
  } catch (const sql::Error& e) {
    throw storeError(e, false, tr(SM::answers_unread));
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
    throw storeError(e, false, tr(SM::stats_unread));
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
    throw storeError(e, true, tr(SM::merge_not_done));
  }
  return r;
}

// Removes contact details (clear and sealed, every copy) and consents of the submissions that
// `idsQuery` (bound to each of `values`) selects; the anonymous interest stays counted.
int VisitorStore::forget(const std::string& idsQuery, const std::vector<std::string>& values) {
  try {
    int n = 0;
    sql::Transaction tx(*db_);
    for (const auto& value : values) {
      // The ids first: the statements below remove what the query looks at.
      std::vector<std::string> ids;
      auto q = db_->prepare(idsQuery);
      q.bind(1, value);
      while (q.step()) ids.push_back(q.text(0));
      for (const auto& id : ids) {
        auto s = db_->prepare("UPDATE submissions SET consent = 0 WHERE id = ?1 AND consent = 1");
        s.bind(1, id).run();
        n += db_->changes();
        for (const char* table : {"consents", "personal", "sealed"}) {
          if (std::string(table) == "sealed" && !sealedTable_) continue;
          auto d = db_->prepare(std::string("DELETE FROM ") + table + " WHERE submission_id = ?1");
          d.bind(1, id).run();
        }
      }
    }
    tx.commit();
    // No copy of the erased rows may stay in the WAL; a reader elsewhere can prevent that.
    auto ck = db_->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    journalWiped_ = ck.step() && ck.integer(0) == 0;
    return n;
  } catch (const sql::Error& e) {
    throw storeError(e, true, tr(SM::nothing_erased));
  }
}

int VisitorStore::erase(const std::string& contact) {
  if (contact.empty()) return 0;
  // SQLite's lower() knows ASCII only: « ZOÉ@… » is compared with foldCase, like eraseSealed.
  const std::string wanted = foldCase(contact);
  std::vector<std::string> ids;
  try {
    auto q = db_->prepare("SELECT submission_id, email, phone FROM personal");
    while (q.step()) {
      std::string email = q.text(1), phone = q.text(2);
      if ((!email.empty() && foldCase(email) == wanted) || (!phone.empty() && phone == contact))
        ids.push_back(q.text(0));
      wipe(email);
      wipe(phone);
    }
  } catch (const sql::Error& e) {
    throw storeError(e, false, tr(SM::nothing_erased));
  }
  return forget("SELECT ?1", ids);  // even with none: it empties the journal of earlier ones
}

int VisitorStore::eraseSealed(const std::string& contact,
                              const std::vector<const OrgKeyPair*>& keys) {
  if (contact.empty() || keys.empty() || !sealedTable_) return 0;
  std::vector<std::string> ids;
  try {
    const std::string wanted = foldCase(contact);
    for (const auto& [id, copies] : readSealed(*db_, "")) {
      bool match = false;
      for (const auto& copy : copies)
        for (const OrgKeyPair* key : keys) {
          auto p = openPersonal(copy.box, id, copy.orgId, *key);
          if (p && ((!p->email.empty() && foldCase(p->email) == wanted) ||
                    (!p->phone.empty() && p->phone == contact)))
            match = true;
          if (p) wipe(*p);
        }
      if (match) ids.push_back(id);
    }
  } catch (const sql::Error& e) {
    throw storeError(e, false, tr(SM::nothing_erased));
  }
  if (ids.empty()) return 0;
  return forget("SELECT ?1", ids);
}

int VisitorStore::redateFuture(const std::string& now) {
  try {
    sql::Transaction tx(*db_);
    auto u = db_->prepare("UPDATE submissions SET created_at = ?1 WHERE created_at > ?1");
    u.bind(1, now).run();
    const int n = db_->changes();
    tx.commit();
    return n;
  } catch (const sql::Error& e) {
    throw storeError(e, true, tr(SM::nothing_redated));
  }
}

int VisitorStore::purgePersonal(const std::string& until) {
  return forget("SELECT id FROM submissions WHERE created_at <= ?1", {until});
}

SealReport VisitorStore::sealPlaintext(const SealingKeys& keys) {
  SealReport r;
  try {
    std::vector<StoredLead> clear;
    for (auto& l : query(""))
      if (l.plaintext) clear.push_back(std::move(l));
    if (clear.empty()) return r;
    {
      sql::Transaction tx(*db_);
      auto box =
          db_->prepare("INSERT OR IGNORE INTO sealed(submission_id, org_id, box) VALUES(?,?,?)");
      auto del = db_->prepare("DELETE FROM personal WHERE submission_id = ?1");
      for (auto& l : clear) {
        const auto& orgs = l.submission.consentOrgIds;
        bool allKeyed = !orgs.empty();
        for (const auto& org : orgs) allKeyed = allKeyed && keys.forOrg(org) != nullptr;
        if (!allKeyed) {
          ++r.left;
          wipe(l.submission.personal);
          continue;
        }
        for (const auto& org : orgs) {
          box.bind(1, l.id).bind(2, org);
          box.bind(3, sealPersonal(l.submission.personal, l.id, org, *keys.forOrg(org))).run();
          box.reset();
        }
        del.bind(1, l.id).run();
        del.reset();
        wipe(l.submission.personal);
        ++r.sealed;
      }
      tx.commit();
    }
    auto ck = db_->prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    journalWiped_ = ck.step() && ck.integer(0) == 0;
  } catch (const sql::Error& e) {
    throw storeError(e, true, tr(SM::clear_not_sealed));
  } catch (const SealingError& e) {
    throw StoreError(trWhole(SM::clear_not_sealed_because, {e.what()}));
  }
  return r;
}

}  // namespace vitrine
