// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#pragma once

#include <string>
#include <vector>

#include "model.h"
#include "session.h"

namespace vitrine {

// The organisations of the selected offers, else the pack's schools (at most four).
std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s);

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
