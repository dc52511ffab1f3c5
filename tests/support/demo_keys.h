// The demo pack's organisation key pairs (content/demo/keys/): tests open what the kiosk sealed
// the way an organisation does at its office.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "sealing.h"
#include "sqlite.h"
#include "store.h"

namespace vitrine::test {

inline std::filesystem::path demoKeysDir() {
  return VITRINE_SOURCE_DIR "/content/demo/keys";
}

// The demo's secret key of `org` (clearly a demo key: never for real contacts).
inline std::filesystem::path demoSecretKey(const std::string& org) {
  return demoKeysDir() / "DEMO-SECRETS-not-for-real-use" / (org + ".DEMO.secret");
}

// `org`'s leads, its sealed copies opened with its demo key.
inline std::vector<StoredLead> openedLeadsFor(const VisitorStore& store, const std::string& org) {
  auto leads = store.leadsFor(org);
  openLeads(leads, org, readOrgSecretKey(demoSecretKey(org)));
  return leads;
}

// Every lead, each opened with the demo key of the first organisation it was sealed for.
inline std::vector<StoredLead> openedLeads(const VisitorStore& store) {
  auto leads = store.leads();
  for (auto& l : leads)
    for (const auto& copy : l.sealed)
      if (auto p = openPersonal(copy.box, l.id, copy.orgId,
                                readOrgSecretKey(demoSecretKey(copy.orgId)))) {
        l.submission.personal = *p;
        break;
      }
  return leads;
}

// Every contact detail the visitor file really holds, read from its rows with SQLite rather than
// through VisitorStore::leads() (which shows no contact detail it cannot open, so a check through
// it cannot see a sealed copy): the clear `personal` rows, then every sealed box opened with its
// organisation's demo key. A box no demo key opens counts too, as a message saying so.
inline std::vector<Submission::Personal> storedContacts(const std::filesystem::path& storeFile) {
  std::vector<Submission::Personal> out;
  sql::Database db(storeFile, sql::Mode::ReadOnly);
  auto clear = db.prepare("SELECT first_name, email, phone, postal_code, message FROM personal");
  while (clear.step())
    out.push_back({clear.text(0), clear.text(1), clear.text(2), clear.text(3), clear.text(4)});
  auto hasSealed =
      db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sealed'");
  if (!hasSealed.step()) return out;  // a store from before sealing
  auto boxes = db.prepare("SELECT submission_id, org_id, box FROM sealed");
  while (boxes.step()) {
    const std::string org = boxes.text(1);
    std::optional<Submission::Personal> p;
    if (std::filesystem::exists(demoSecretKey(org)))
      p = openPersonal(boxes.blob(2), boxes.text(0), org, readOrgSecretKey(demoSecretKey(org)));
    out.push_back(p ? *p : Submission::Personal{{}, {}, {}, {}, "(a box no demo key opens)"});
  }
  return out;
}

}  // namespace vitrine::test
