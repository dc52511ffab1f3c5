// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "session.h"

namespace vitrine {

// True when the pack carries a key (its own or the stand key) to seal this organisation's
// contacts to: only then may its consent box be offered.
bool canReceiveContacts(const Catalogue& cat, const Organisation& o);

// The organisations hosting the chosen stages, then the schools (schools.csv, matched to the
// organisation with the same id) training for the chosen careers, those training for most of
// them first; each part nearest first: in the kiosk's country (`home`, --country), then the
// others. When nothing chosen names anyone, every school organisation, nearest first.
std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s,
                                                std::string_view home = {});

// The notice shown above the boxes: in the visitor's language `lang` when the pack has it, else
// in the pack's first language (`fallback`, which the page then says).
struct ConsentNotice {
  std::string text;
  std::string language;  // of `text`
  bool fallback = false;
};
ConsentNotice consentNotice(const Catalogue& cat, const std::string& lang);
// What a stored consent records as the notice shown: its version and language, "2026-11-v1@nl"
// (the pack's own `field@language` convention).
std::string consentRecord(const Catalogue& cat, const std::string& lang);

}  // namespace vitrine
