// Filter chips and the wrapping row they flow in, drawn like the other touch widgets.
#include "chips.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

#include "widgets.h"

namespace vitrine::ui {
namespace {

// `label` cut with "…" so that "<label>  <count>" fits `width` pixels in `font`.
std::string fitLabel(ImFont* font, const std::string& label, const std::string& suffix,
                     float width) {
  const float size = font->FontSize;
  if (font->CalcTextSizeA(size, FLT_MAX, 0, (label + suffix).c_str()).x <= width) return label;
  float room = width - font->CalcTextSizeA(size, FLT_MAX, 0, ("…" + suffix).c_str()).x;
  const char* end = nullptr;
  font->CalcTextSizeA(size, std::max(0.0f, room), 0, label.c_str(), nullptr, &end);
  std::string cut(label.c_str(), end);
  while (!cut.empty() && cut.back() == ' ') cut.pop_back();
  return cut + "…";
}

}  // namespace

float chipWidth(const Ui& ui, const std::string& label, bool selected, int count) {
  ImFont* font = ui.theme.fonts.bodyBold;
  std::string text = count >= 0 ? label + "  " + std::to_string(count) : label;
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x + ui.px(48) +
         (selected ? ui.px(34) : 0);
}

bool chip(Ui& ui, const std::string& name, const std::string& label, bool selected, int count,
          float maxWidth) {
  ImFont* font = ui.theme.fonts.bodyBold;
  const std::string suffix = count >= 0 ? "  " + std::to_string(count) : "";
  std::string text = label + suffix;
  float w = chipWidth(ui, label, selected, count);
  if (maxWidth > 0 && w > maxWidth) {
    text =
        fitLabel(font, label, suffix,
                 maxWidth - (w - font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x)) +
        suffix;
    w = maxWidth;
  }
  ImVec2 ts = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str());
  float h = std::max(ui.px(64), ts.y + ui.px(24));
  ImVec2 min = ImGui::GetCursorScreenPos(), max(min.x + w, min.y + h);
  bool pressed = false;
  bool tapped = touchArea(ui, name, min, max, &pressed);
  const bool dimmed = !selected && count == 0;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImU32 fill = selected ? color::teal : (dimmed ? color::sand : color::white);
  if (pressed) fill = selected ? color::tealDeep : color::sandDeep;
  dl->AddRectFilled(min, max, fill, h * 0.5f);
  if (!selected)
    dl->AddRect(min, max, dimmed ? color::sand : color::sandDeep, h * 0.5f, 0, ui.px(2));
  float x = min.x + ui.px(24);
  if (selected) {
    drawIcon(dl, Icon::Check, ImVec2(x + ui.px(12), min.y + h * 0.5f), ui.px(24), color::white);
    x += ui.px(34);
  }
  dl->AddText(font, font->FontSize, ImVec2(x, min.y + (h - ts.y) * 0.5f),
              selected ? color::white : (dimmed ? color::inkSoft : color::ink), text.c_str());
  // What the chip says, for tests that check what a visitor reads (counts, translations).
  registerHit(ui, "text:" + label + suffix, min, max);
  ImGui::SetCursorScreenPos(min);
  ImGui::Dummy(ImVec2(w, h));
  return tapped;
}

ChipFlow::ChipFlow(Ui& ui, float width)
    : ui_(ui),
      x0_(ImGui::GetCursorScreenPos().x),
      y_(ImGui::GetCursorScreenPos().y),
      x_(x0_),
      width_(width) {}

bool ChipFlow::chip(const std::string& name, const std::string& label, bool on, int count) {
  // Worst case width (with the check mark) so a chip never jumps lines when it is turned on.
  float w = std::min(width_, chipWidth(ui_, label, true, count));
  if (x_ > x0_ && x_ + w > x0_ + width_) {
    x_ = x0_;
    y_ += ImGui::GetItemRectSize().y + ui_.px(12);
  }
  ImGui::SetCursorScreenPos(ImVec2(x_, y_));
  bool tapped = vitrine::ui::chip(ui_, name, label, on, count, width_);
  x_ = ImGui::GetItemRectMax().x + ui_.px(12);
  return tapped;
}

ChipFlow::~ChipFlow() {
  float h = x_ > x0_ ? ImGui::GetItemRectSize().y : 0.0f;
  ImGui::SetCursorScreenPos(ImVec2(x0_, y_ + h + ui_.px(12)));
  ImGui::Dummy(ImVec2(width_, 0));
}

void choiceChips(Ui& ui, float width, const std::string& prefix,
                 const std::vector<std::string>& values, Choice& chosen,
                 const std::function<std::string(const std::string&)>& label) {
  ChipFlow flow(ui, width);
  for (const std::string& v : values)
    if (flow.chip(prefix + v, label ? label(v) : v, chosen.count(v) > 0))
      if (!chosen.erase(v)) chosen.insert(v);
}

}  // namespace vitrine::ui
