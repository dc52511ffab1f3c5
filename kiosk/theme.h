// Vitrine's visual identity: one warm palette, one type scale, sizes in scale units.
#pragma once

#include <imgui.h>

#include <filesystem>
#include <string>

namespace vitrine::ui {

// Palette: cream paper, deep teal ink for structure, terracotta for action, sun/sage/rose accents.
namespace color {
inline constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return IM_COL32(r, g, b, a);
}
inline constexpr ImU32 cream = rgb(0xFB, 0xF6, 0xEE);
inline constexpr ImU32 sand = rgb(0xF3, 0xE6, 0xD3);
inline constexpr ImU32 sandDeep = rgb(0xE6, 0xD2, 0xB5);
inline constexpr ImU32 terracotta = rgb(0xD9, 0x73, 0x4E);
inline constexpr ImU32 terracottaDeep = rgb(0xB8, 0x5A, 0x38);
inline constexpr ImU32 teal = rgb(0x1F, 0x5F, 0x5B);
inline constexpr ImU32 tealDeep = rgb(0x15, 0x45, 0x42);
inline constexpr ImU32 sage = rgb(0x9C, 0xBF, 0x9E);
inline constexpr ImU32 sun = rgb(0xF2, 0xB5, 0x44);
inline constexpr ImU32 rose = rgb(0xE8, 0xA5, 0x98);
inline constexpr ImU32 ink = rgb(0x2A, 0x27, 0x30);
inline constexpr ImU32 inkSoft = rgb(0x5E, 0x58, 0x63);
inline constexpr ImU32 white = rgb(0xFF, 0xFF, 0xFF);
inline constexpr ImU32 shadow = rgb(0x2A, 0x27, 0x30, 28);
inline constexpr ImU32 error = rgb(0xB0, 0x2E, 0x26);
}  // namespace color

// One ImFont per size: Dear ImGui 1.86 cannot scale fonts dynamically without blurring.
struct Fonts {
  ImFont* small = nullptr;     // 22 px at 1080p: captions, chips
  ImFont* body = nullptr;      // 26 px: running text (>= 24 px for reading at arm's length)
  ImFont* bodyBold = nullptr;  // 26 px bold: buttons, labels
  ImFont* h3 = nullptr;        // 32 px bold: card titles
  ImFont* h2 = nullptr;        // 42 px bold: screen titles
  ImFont* h1 = nullptr;        // 60 px bold: home and detail titles
  ImFont* display = nullptr;   // 88 px bold: attract loop, thank-you
};

class Theme {
 public:
  // Scale 1.0 is a 1080p screen; 4K gets 2.0. Sizes below are given in 1080p pixels.
  float scale = 1.0f;
  Fonts fonts;

  float px(float v) const { return v * scale; }
  ImVec2 px(float x, float y) const { return ImVec2(x * scale, y * scale); }
  float gap() const { return px(24); }
  float radius() const { return px(22); }
  float touchMin() const { return px(72); }  // comfortably above the 48 px (9 mm) floor

  // Bakes every font at `scale` from Debian's Noto fonts; false with `error` if a file is missing.
  bool loadFonts(const std::filesystem::path& fontDir, std::string& error);
  void applyStyle() const;
};

// Scale for a framebuffer: the short side compared with 1080 px (landscape or portrait).
float scaleForDisplay(float width, float height);

}  // namespace vitrine::ui
