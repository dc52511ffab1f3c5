// The staff USB export's file for one organisation: its leads sealed as a whole to its key, the
// contact details inside still in their own boxes. A lost stick reveals nobody; the organisation
// opens its file with `kioskctl leads open FILE --key ID.secret`.
#pragma once

#include <string>
#include <vector>

#include "sealing.h"
#include "store.h"

namespace vitrine {

// "<org>.sealed": what the export writes for `orgId`. Throws SealingError.
std::string sealLeadsFile(const std::string& orgId, const std::vector<StoredLead>& leads,
                          const OrgPublicKey& key);

// Opens such a file with the organisation's key: its leads, contact details opened, and the
// organisation it was written for in `orgId`. Throws SealingError with a clear reason (not a
// sealed export, or not this organisation's key).
std::vector<StoredLead> openLeadsFile(const std::string& bytes, const OrgKeyPair& key,
                                      std::string& orgId);

}  // namespace vitrine
