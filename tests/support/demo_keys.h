// The demo pack's organisation key pairs (content/demo/keys/): tests open what the kiosk sealed
// the way an organisation does at its office.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sealing.h"
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

}  // namespace vitrine::test
