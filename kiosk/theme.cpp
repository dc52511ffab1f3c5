// Font baking (with every French glyph) and the ImGui style derived from the palette.
#include "theme.h"

#include <algorithm>

namespace vitrine::ui {
namespace {

// Latin-1, Latin Extended-A (œ Œ), and punctuation (’ – — « » … •), € sign.
constexpr ImWchar kGlyphs[] = {0x0020, 0x017F, 0x2010, 0x2027, 0x2039, 0x203A, 0x20AC, 0x20AC, 0};

ImVec4 v4(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

float scaleForDisplay(float width, float height) {
  return std::max(0.5f, std::min(width, height) / 1080.0f);
}

bool Theme::loadFonts(const std::filesystem::path& fontDir, std::string& error) {
  const auto regular = (fontDir / "NotoSans-Regular.ttf").string();
  const auto bold = (fontDir / "NotoSans-Bold.ttf").string();
  for (const auto& f : {regular, bold}) {
    if (!std::filesystem::exists(f)) {
      error = "font not found: " + f + " (install Debian's fonts-noto-core)";
      return false;
    }
  }
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  atlas->Clear();
  ImFontConfig cfg;
  cfg.OversampleH = 1;  // sizes are baked exactly; horizontal oversampling only costs memory
  cfg.OversampleV = 1;
  cfg.PixelSnapH = true;
  auto add = [&](const std::string& file, float size) {
    return atlas->AddFontFromFileTTF(file.c_str(), px(size), &cfg, kGlyphs);
  };
  fonts.body = add(regular, 26);  // first font added is ImGui's default
  fonts.small = add(regular, 22);
  fonts.bodyBold = add(bold, 26);
  fonts.h3 = add(bold, 32);
  fonts.h2 = add(bold, 42);
  fonts.h1 = add(bold, 60);
  fonts.display = add(bold, 88);
  if (!fonts.display || !atlas->Build()) {
    error = "could not bake fonts from " + fontDir.string();
    return false;
  }
  return true;
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
