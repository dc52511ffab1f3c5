// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#pragma once

#include <string_view>
#include <vector>

#include "model.h"
#include "session.h"

namespace vitrine {

// The organisations hosting the chosen stages, then the schools (schools.csv, matched to the
// organisation with the same id) training for the chosen careers, those training for most of
// them first; each part nearest first: in the kiosk's country (`home`, --country), then the
// others. When nothing chosen names anyone, every school organisation, nearest first.
std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s,
                                                std::string_view home = {});

}  // namespace vitrine
