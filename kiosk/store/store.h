// The visitor store: a separate SQLite file (WAL, synchronous=FULL) holding confirmed interest.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "stats.h"
#include "store_file.h"

namespace vitrine {

namespace sql {
class Database;
}

// What the visitor confirmed on the interest form. Personal fields stay apart from the rest.
struct Submission {
  std::string profile;                  // pupil | student | jobseeker | professional | parent
  std::vector<std::string> careerIds;   // what they are interested in
  std::vector<std::string> offerIds;
  bool consent = false;                 // at least one box ticked; no contact stored without it
  std::vector<std::string> consentOrgIds;  // organisations the visitor allowed to contact them
  std::string consentVersion;           // from the pack
  struct Personal {
    std::string firstName, email, phone, postalCode, message;
  } personal;
};

// The contact details of one submission sealed for one organisation (see sealing.h): only that
// organisation's secret key opens `box`.
struct SealedCopy {
  std::string orgId;
  std::vector<uint8_t> box;
};

struct StoredLead {
  std::string id;         // random UUID v4
  std::string createdAt;  // ISO 8601 UTC
  std::string kioskId, eventTag, packId;
  Submission submission;
  std::string consentAt;  // when consent was given (ISO 8601 UTC); empty without consent
  // Sealed contact details, one per organisation (leadsFor: only that organisation's). While
  // unopened, submission.personal stays empty.
  std::vector<SealedCopy> sealed{};
  // Contact details kept in clear: a store from before sealing, or an organisation the pack had
  // no key for. Flagged so that exports and `leads` commands can say so.
  bool plaintext = false;
};

struct SealingKeys;
struct OrgKeyPair;

// What sealing the plaintext left by an older Vitrine did.
struct SealReport {
  int sealed = 0;  // submissions whose clear contact details are now sealed and erased
  int left = 0;    // kept in clear: an organisation they consented to has no key in the pack
};

struct MergeReport {
  int added = 0, duplicates = 0;
  int eventsAdded = 0, eventsDuplicates = 0;  // anonymous statistics, by event id
};

class VisitorStore {
 public:
  // The kiosk's store on the file's one owner (shared with statistics, settings and the PIN).
  VisitorStore(std::shared_ptr<StoreFile> file, std::string kioskId, std::string eventTag);
  // The same on a file opened here (kioskctl, tests). Throws StoreError.
  VisitorStore(const std::filesystem::path& path, std::string kioskId, std::string eventTag);
  // For reading another kiosk's store (a USB stick, an archive): never creates, migrates or
  // writes the file, and reads v1 stores as they are. Throws StoreError with a clear reason.
  static VisitorStore openForReading(const std::filesystem::path& path);
  VisitorStore(VisitorStore&&) noexcept;
  ~VisitorStore();

  // The running pack's organisation keys: every later save seals the contact details once per
  // ticked organisation (its own key, else the stand key). Once keys are set, a save whose
  // ticked organisation has neither is refused (StoreError, nothing written): the store never
  // writes a new answer's contact details in clear.
  void setSealingKeys(const SealingKeys& keys);
  // One transaction; returns the new id only after COMMIT succeeded. Throws StoreError.
  std::string save(const Submission& s, const std::string& packId);
  // The keys set by setSealingKeys (nullptr when none were).
  const SealingKeys* sealingKeys() const { return keys_.get(); }
  // Seals the clear contact details of older records whose organisations all have a key, and
  // erases the clear copy (also from the journal). Throws StoreError.
  SealReport sealPlaintext(const SealingKeys& keys);
  std::vector<StoredLead> leads() const;
  // Only the leads that consented to `orgId` (what an organisation may receive).
  std::vector<StoredLead> leadsFor(const std::string& orgId) const;

  // The anonymous statistics stored beside the leads (see stats.h), oldest first.
  std::vector<StatEvent> events() const;
  // Adds the leads and statistics events whose id is not stored yet (another kiosk's store), in
  // one transaction.
  MergeReport merge(const std::vector<StoredLead>& incoming,
                    const std::vector<StatEvent>& events = {});
  // Right to erasure: removes the contact details and consents of every record with this e-mail
  // (case-insensitive, accented capitals too: foldCase) or phone; the anonymous interest stays.
  // Returns the records changed.
  int erase(const std::string& contact);
  // The same for sealed contact details: every box one of `keys` opens is compared, and every
  // copy (for every organisation) of a matching submission is erased.
  int eraseSealed(const std::string& contact, const std::vector<const OrgKeyPair*>& keys);
  // After an export: removes all contact details recorded up to and including `until` (an
  // isoTimestamp(); "9999" for all). Inclusive, because the kiosk never saves while it exports
  // (staff mode is open all along, or no purge is offered): a lead stamped in the export's very
  // millisecond was saved before it and exported.
  int purgePersonal(const std::string& until);
  // Before a purge by age: a record dated after `now` (an isoTimestamp()) was saved while the
  // kiosk's clock was ahead; its real age is unknown, so it counts as saved now: its date becomes
  // `now` and the retention runs from there (never erased early, never kept for ever). Only for
  // a clock known to be right (kioskctl at the office, the kiosk when checkClock agrees).
  // Returns the records re-dated.
  int redateFuture(const std::string& now);
  // False when the last erase/purge could not empty the WAL journal because another program
  // (the running kiosk) was reading the file: a copy of the erased rows may remain in the
  // "-wal" file until that program closes it.
  bool journalWiped() const { return journalWiped_; }

 private:
  bool insert(const StoredLead& lead, bool merging);
  std::vector<StoredLead> query(const std::string& orgId) const;
  int forget(const std::string& idsQuery, const std::vector<std::string>& values);

  std::shared_ptr<StoreFile> file_;
  std::unique_ptr<SealingKeys> keys_;
  sql::Database* db_ = nullptr;  // file_'s connection
  std::string kioskId_, eventTag_;
  bool perOrgConsents_ = true;  // false only for a v1 store opened for reading
  bool sealedTable_ = true;     // false for a store before v4 opened for reading
  bool journalWiped_ = true;
};

// The store's lists of ids ("a|b|c"): ids come from the pack (slugs), which never contain '|'.
std::string joinIds(const std::vector<std::string>& ids);
std::vector<std::string> splitIds(const std::string& text);

// The store's time format: ISO 8601 UTC with milliseconds ("2026-11-23T15:04:05.123Z"), so
// records made within one second still sort by time and purge cut-offs compare as text.
std::string isoTimestamp(std::chrono::system_clock::time_point when = std::chrono::system_clock::now());

// CSV for Excel/LibreOffice: UTF-8 with BOM, ';' by default, formula-looking cells neutralised.
std::string leadsToCsv(const std::vector<StoredLead>& leads, char delimiter = ';');

// Who published a stage offer ("" when not known): the content pack knows, the store does not.
using OfferOwner = std::function<std::string(const std::string& offerId)>;
// An organisation's own view of its leads: the careers (shared by every organisation) and only
// its own stages. A stage whose owner is unknown (no pack, or one that dropped it) is left out:
// for all anyone knows it is another organisation's. Returns how many stage ids were left out.
size_t keepOwnStages(std::vector<StoredLead>& leads, const std::string& orgId,
                     const OfferOwner& owner);
// JSON: an array of one object per lead, UTF-8. With `orgId`, the consent lists only that
// organisation (the receiver need not learn whom else the visitor chose).
std::string leadsToJson(const std::vector<StoredLead>& leads, const std::string& orgId = "");

}  // namespace vitrine
