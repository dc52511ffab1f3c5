// Overlaying a language on a catalogue: translated fields replace the default ones where present.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace vitrine {

// Replaces the visitor-facing texts of `cat` with their `lang` values from `all`; a text without
// a translation keeps its default-language value (nothing is ever shown as missing). Re-sorts.
void applyTranslations(Catalogue& cat, const std::vector<Translation>& all,
                       const std::string& lang);

// The visitor-facing fields that may be translated, per table (README lists them for editors).
bool isTranslatable(const std::string& table, const std::string& field);

}  // namespace vitrine
