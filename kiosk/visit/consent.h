// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#pragma once

#include <vector>

#include "model.h"
#include "session.h"

namespace vitrine {

// True when the pack carries a key (its own or the stand key) to seal this organisation's
// contacts to: only then may its consent box be offered.
bool canReceiveContacts(const Catalogue& cat, const Organisation& o);

// The organisations of the selected offers (those that can receive contacts), else the pack's
// schools (at most four).
std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s);

}  // namespace vitrine
