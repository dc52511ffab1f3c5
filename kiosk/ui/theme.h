// Vitrine's visual identity: one warm palette, one type scale, sizes in scale units.
#pragma once

#include <imgui.h>

#include <filesystem>
#include <string>
#include <vector>

#include "palette.h"

namespace vitrine::ui {

using vitrine::Palette;

namespace color {
using palette::kHighContrast;
using palette::kStandard;
using palette::rgb;
// The palette in use; Theme::use() switches it. Screens read the names below, never the struct.
inline Palette active = kStandard;
inline const ImU32& cream = active.cream;
inline const ImU32& sand = active.sand;
inline const ImU32& sandDeep = active.sandDeep;
inline const ImU32& terracotta = active.terracotta;
inline const ImU32& terracottaDeep = active.terracottaDeep;
inline const ImU32& teal = active.teal;
inline const ImU32& tealDeep = active.tealDeep;
inline const ImU32& sage = active.sage;
inline const ImU32& sun = active.sun;
inline const ImU32& rose = active.rose;
inline const ImU32& ink = active.ink;
inline const ImU32& inkSoft = active.inkSoft;
inline const ImU32& white = active.white;
inline const ImU32& shadow = active.shadow;
inline const ImU32& error = active.error;
}  // namespace color

// WCAG 2 contrast ratio of two opaque colours (1..21).
float contrastRatio(ImU32 a, ImU32 b);
// The lowest contrast among the text/background pairs the screens draw with `p`.
float minTextContrast(const Palette& p);

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
  Fonts fonts;  // the set for the visitor's text size
  // Reading text (small, body, h3) grows by these factors; big titles stay as they are.
  static constexpr float kTextSteps[3] = {1.0f, 1.2f, 1.4f};
  int textStep() const { return textStep_; }
  bool highContrast() const { return highContrast_; }

  float px(float v) const { return v * scale; }
  ImVec2 px(float x, float y) const { return ImVec2(x * scale, y * scale); }
  float gap() const { return px(24); }
  float radius() const { return px(22); }
  float touchMin() const { return px(72); }  // comfortably above the 48 px (9 mm) floor

  // True when the fonts must be baked (again) before drawing: never baked, another scale, or a
  // text size that is not the baked one.
  bool needsFonts(float wantedScale) const;
  // Bakes the titles and the reading text of the chosen text size at `scale` from Debian's Noto
  // fonts into `atlas`. Only one text size lives in the atlas: it keeps start-up and memory small,
  // and a visitor's tap on « Aa » re-bakes in a few tens of milliseconds. False with `error` if
  // a font file is missing. Touches nothing else of ImGui: it may run on another thread.
  // Fonts are checked first (font_check.h): a missing or damaged one is replaced by another
  // installed font, or at worst ImGui's built-in one (fontNote() says which): never a crash.
  bool loadFonts(ImFontAtlas& atlas, const std::filesystem::path& fontDir, std::string& error);
  // Empty when the fonts of --fonts were used; otherwise what was wrong and what replaced them.
  const std::string& fontNote() const { return fontNote_; }
  void applyStyle() const;
  // Chooses the text size (0..2) and the palette; the ImGui style follows a palette change.
  void use(int textStep, bool highContrast);

 private:
  void bakeBuiltIn(ImFontAtlas& atlas, float k);
  std::vector<char> regular_, bold_;  // the font files, read once, shared by every baked size
  bool fontsChosen_ = false;
  std::string fontNote_;
  float bakedScale_ = 0.0f;
  int bakedStep_ = -1;
  int textStep_ = 0;
  bool highContrast_ = false;
};

// Scale for a framebuffer: the short side compared with 1080 px (landscape or portrait).
float scaleForDisplay(float width, float height);
// How much a chosen scale may enlarge the UI over the display's own: screens are laid out for
// 1080 logical pixels, and at 150 % on a 1080p screen the staff PIN pad's OK leaves the screen.
inline constexpr float kMaxEnlarge = 1.25f;
float maxScaleForDisplay(float width, float height);
// The scale in use: `chosen` (--scale or the staff setting; 0 = automatic) within
// 0.5..maxScaleForDisplay, else the display's.
float uiScale(float chosen, float width, float height);

}  // namespace vitrine::ui
