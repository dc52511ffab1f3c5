// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#pragma once

#include <vector>

#include "model.h"
#include "session.h"

namespace vitrine {

// The organisations of the selected offers, else the pack's schools (at most four).
std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s);

}  // namespace vitrine
