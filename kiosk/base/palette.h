// Vitrine's colours, shared by the screens (through the theme) and the PNG report.
#pragma once

#include <cstdint>

namespace vitrine {

// The colours every screen draws with. Two palettes: the warm standard one and a high-contrast
// one (every text/background pair at least 7:1, WCAG AAA) a visitor can switch to.
struct Palette {
  uint32_t cream, sand, sandDeep, terracotta, terracottaDeep, teal, tealDeep, sage, sun, rose, ink,
      inkSoft, white, shadow, error;
};

// Palette: cream paper, deep teal ink for structure, terracotta for action, sun/sage/rose accents.
namespace palette {
inline constexpr uint32_t rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return r | g << 8 | b << 16 | a << 24;  // ImGui's IM_COL32 packing
}
inline constexpr Palette kStandard = {
    .cream = rgb(0xFB, 0xF6, 0xEE),
    .sand = rgb(0xF3, 0xE6, 0xD3),
    .sandDeep = rgb(0xE6, 0xD2, 0xB5),
    .terracotta = rgb(0xD9, 0x73, 0x4E),
    .terracottaDeep = rgb(0xB8, 0x5A, 0x38),
    .teal = rgb(0x1F, 0x5F, 0x5B),
    .tealDeep = rgb(0x15, 0x45, 0x42),
    .sage = rgb(0x9C, 0xBF, 0x9E),
    .sun = rgb(0xF2, 0xB5, 0x44),
    .rose = rgb(0xE8, 0xA5, 0x98),
    .ink = rgb(0x2A, 0x27, 0x30),
    .inkSoft = rgb(0x5E, 0x58, 0x63),
    .white = rgb(0xFF, 0xFF, 0xFF),
    .shadow = rgb(0x2A, 0x27, 0x30, 28),
    .error = rgb(0xB0, 0x2E, 0x26),
};
// Black on white, darkened teal and terracotta: white text on them stays above 7:1.
inline constexpr Palette kHighContrast = {
    .cream = rgb(0xFF, 0xFF, 0xFF),
    .sand = rgb(0xED, 0xED, 0xED),
    .sandDeep = rgb(0xA0, 0xA0, 0xA0),
    .terracotta = rgb(0x9E, 0x2A, 0x00),
    .terracottaDeep = rgb(0x7A, 0x20, 0x00),
    .teal = rgb(0x00, 0x40, 0x3C),
    .tealDeep = rgb(0x00, 0x2B, 0x28),
    .sage = rgb(0x4F, 0x7A, 0x52),
    .sun = rgb(0xB3, 0x7A, 0x00),
    .rose = rgb(0xA8, 0x4B, 0x3C),
    .ink = rgb(0x00, 0x00, 0x00),
    .inkSoft = rgb(0x4A, 0x4A, 0x4A),
    .white = rgb(0xFF, 0xFF, 0xFF),
    .shadow = rgb(0x00, 0x00, 0x00, 60),
    .error = rgb(0x8B, 0x00, 0x00),
};
}  // namespace palette

}  // namespace vitrine
