// The characters the kiosk draws on screen. Its fonts are baked with these ranges only (Noto Sans
// and DejaVu Sans have them all); any other character appears as « ? », so the pack builder warns
// about it where it is typed.
#pragma once

#include <cstdint>

namespace vitrine::glyphs {

// Pairs of first and last code point, ending with 0: ImGui's glyph-range format.
inline constexpr uint16_t kRanges[] = {
    0x0020, 0x017F,  // Latin-1 and Latin Extended-A (œ, ł, č; é typed as e + ◌́ is composed
                     // by the pack builder: normalizeLetters())
    0x2000, 0x200A,  // the typographic spaces (empty glyphs: no room in the atlas)
    0x2010, 0x2027,  // dashes, quotes ’ “ ” „, •, …
    0x202F, 0x202F,  // the narrow no-break space French puts before ; ! ? (LibreOffice, macOS)
    0x2039, 0x203A,  // ‹ ›
    0x20AC, 0x20AC,  // €
    0x2122, 0x2122,  // ™ (ImGui sizes each font's lookup tables by the highest code point
                     // baked: ﬁ at U+FB01 would cost 3 MB, so the builder spells it fi instead)
    0};

constexpr bool drawable(uint32_t cp) {
  for (int i = 0; kRanges[i] != 0; i += 2)
    if (cp >= kRanges[i] && cp <= kRanges[i + 1]) return true;
  return false;
}

}  // namespace vitrine::glyphs
