// Font baking (with every French glyph) and the ImGui style derived from the palette.
#include "theme.h"

#include <algorithm>
#include <cmath>
#include <fstream>

#include "font_check.h"
#include "glyphs.h"

namespace vitrine::ui {
namespace {

// What the pack builder checks against (content/glyphs.h): one list for both.
constexpr const ImWchar* kGlyphs = glyphs::kRanges;

ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

float luminance(ImU32 c) {
  auto channel = [](unsigned v) {
    float x = static_cast<float>(v) / 255.0f;
    return x <= 0.03928f ? x / 12.92f : std::pow((x + 0.055f) / 1.055f, 2.4f);
  };
  return 0.2126f * channel((c >> IM_COL32_R_SHIFT) & 0xFF) +
         0.7152f * channel((c >> IM_COL32_G_SHIFT) & 0xFF) +
         0.0722f * channel((c >> IM_COL32_B_SHIFT) & 0xFF);
}

}  // namespace

float contrastRatio(ImU32 a, ImU32 b) {
  float la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
}

float minTextContrast(const Palette& p) {
  // Text colour on background colour, as the screens and widgets draw them.
  const ImU32 pairs[][2] = {
      {p.ink, p.cream},        {p.ink, p.white},        {p.ink, p.sand},
      {p.inkSoft, p.cream},    {p.inkSoft, p.white},    {p.inkSoft, p.sand},
      {p.teal, p.cream},       {p.teal, p.white},       {p.white, p.teal},
      {p.white, p.tealDeep},   {p.white, p.terracotta}, {p.white, p.terracottaDeep},
      {p.terracotta, p.cream}, {p.error, p.white}};
  float lowest = 21.0f;
  for (const auto& pair : pairs) lowest = std::min(lowest, contrastRatio(pair[0], pair[1]));
  return lowest;
}

void Theme::use(int textStep, bool highContrast) {
  textStep_ = std::clamp(textStep, 0, 2);
  const bool changed = highContrast != highContrast_;
  highContrast_ = highContrast;
  color::active = highContrast ? color::kHighContrast : color::kStandard;
  if (changed) applyStyle();
}

float scaleForDisplay(float width, float height) {
  return std::max(0.5f, std::min(width, height) / 1080.0f);
}

bool Theme::needsFonts(float wantedScale) const {
  return !fonts.body || bakedStep_ != textStep_ || std::abs(wantedScale - bakedScale_) > 0.05f;
}

float maxScaleForDisplay(float width, float height) {
  return scaleForDisplay(width, height) * kMaxEnlarge;
}

float uiScale(float chosen, float width, float height) {
  if (chosen <= 0) return scaleForDisplay(width, height);
  return std::clamp(chosen, 0.5f, maxScaleForDisplay(width, height));
}

bool Theme::loadFonts(ImFontAtlas& atlas, const std::filesystem::path& fontDir,
                      std::string& error) {
  if (!fontsChosen_) {  // once: every later bake (scale, text size) reuses the checked bytes
    FontFiles files = chooseFonts(fontDir);
    regular_ = std::move(files.regularBytes);
    bold_ = std::move(files.boldBytes);
    fontNote_ = files.note;
    fontsChosen_ = true;
  }
  atlas.Clear();
  ImFontConfig cfg;
  cfg.FontDataOwnedByAtlas = false;  // the atlas borrows regular_ and bold_
  cfg.OversampleH = 1;  // sizes are baked exactly; horizontal oversampling only costs memory
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  auto add = [&](std::vector<char>& file, float size) {
    return atlas.AddFontFromMemoryTTF(file.data(), static_cast<int>(file.size()), px(size), &cfg,
                                      kGlyphs);
  };
  const float k = kTextSteps[textStep_];  // big titles stay the same at every text size
  if (regular_.empty()) {
    bakeBuiltIn(atlas, k);
    bakedScale_ = scale;
    bakedStep_ = textStep_;
    return true;
  }
  fonts.body = add(regular_, 26 * k);
  fonts.small = add(regular_, 22 * k);
  fonts.bodyBold = add(bold_, 26 * k);
  fonts.h3 = add(bold_, 32 * k);
  fonts.h2 = add(bold_, 42);
  fonts.h1 = add(bold_, 60);
  fonts.display = add(bold_, 88);
  if (!fonts.display || !atlas.Build()) {
    error = "could not bake fonts from " + fontDir.string() + ": using ImGui's built-in font";
    bakeBuiltIn(atlas, k);
  }
  bakedScale_ = scale;
  bakedStep_ = textStep_;
  return true;
}

void Theme::bakeBuiltIn(ImFontAtlas& atlas, float k) {
  atlas.Clear();
  auto add = [&](float size) {
    ImFontConfig cfg;
    cfg.SizePixels = px(size);
    return atlas.AddFontDefault(&cfg);
  };
  fonts.body = add(26 * k);
  fonts.small = add(22 * k);
  fonts.bodyBold = add(26 * k);
  fonts.h3 = add(32 * k);
  fonts.h2 = add(42);
  fonts.h1 = add(60);
  fonts.display = add(88);
  atlas.Build();
}

void Theme::applyStyle() const {
  ImGuiStyle style;
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = px(0, 0);
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FramePadding = px(18, 14);
  style.ItemSpacing = px(16, 16);
  style.ScrollbarSize = px(10);
  style.ScrollbarRounding = px(5);
  style.FrameRounding = radius();
  style.WindowRounding = 0;
  style.TouchExtraPadding = px(4, 4);
  style.Colors[ImGuiCol_WindowBg] = v4(color::cream);
  style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_Text] = v4(color::ink);
  style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_ScrollbarGrab] = v4(color::sandDeep);
  style.Colors[ImGuiCol_ScrollbarGrabHovered] = v4(color::sandDeep);
  style.Colors[ImGuiCol_ScrollbarGrabActive] = v4(color::teal);
  ImGui::GetStyle() = style;
  ImGui::GetIO().MouseDragThreshold = px(14);
}

}  // namespace vitrine::ui
