// The per-language string tables behind tr(); each translation lives in its own file.
#pragma once

#include <array>

#include "ui_strings.h"

namespace vitrine::ui {

using Table = std::array<const char*, static_cast<size_t>(S::Count)>;

Table dutchStrings();    // strings_nl.cpp
Table germanStrings();   // strings_de.cpp
Table englishStrings();  // strings_en.cpp
// `t` with the stage sheet's and organisation card's strings in `lang` (strings_sheet.cpp).
Table withSheetStrings(Table t, Lang lang);

}  // namespace vitrine::ui
