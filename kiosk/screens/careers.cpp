// Careers grid: EQF level chips with counts over illustrated cards in a drag-to-scroll grid.
#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// Level chips (the pack's careers carry an EQF level; no domain or audience yet). Returns the
// y below them.
float levelChips(Ui& ui, const CareerView& view, float x, float y, float width) {
  if (view.levelCounts.size() < 2) return y;  // one level only: nothing to choose
  std::set<std::string>& on = ui.session.careerFilters.levels;
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  ChipFlow flow(ui, width);
  if (!on.empty()) {
    int all = static_cast<int>(ui.catalogue.careers.size());
    if (flow.chip("careers.clear", ui.t(S::ClearFilters), false, all)) on.clear();
  }
  for (const auto& [level, n] : view.levelCounts) {
    const bool chosen = on.count(level) > 0;
    if (flow.chip("level:" + level, ui.trs(S::LevelN, level), chosen, n)) {
      if (chosen)
        on.erase(level);
      else
        on.insert(level);
      if (!chosen) ui.record("filter", "level:" + level);
    }
  }
  return ImGui::GetCursorScreenPos().y;
}

}  // namespace

void CareerView::update(const Catalogue& cat, const std::set<std::string>& chosen) {
  const auto now = CatalogueStamp::of(cat, cat.careers);
  if (valid && stamp == now && levels == chosen) return;
  valid = true;
  stamp = now;
  levels = chosen;
  std::map<std::string, int> counts;
  careers.clear();
  for (const Career& c : cat.careers) {
    if (!c.level.empty()) ++counts[c.level];
    if (chosen.empty() || chosen.count(c.level)) careers.push_back(&c);
  }
  levelCounts.assign(counts.begin(), counts.end());
}

void CareersScreen::draw(Ui& ui) {
  float top = header(ui, ui.t(S::Careers));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float pad = ui.px(48), gap = ui.theme.gap();
  view.update(ui.catalogue, ui.session.careerFilters.levels);
  top = levelChips(ui, view, o.x + pad, top - ui.px(8), size.x - 2 * pad);
  view.update(ui.catalogue, ui.session.careerFilters.levels);  // a chip tapped just above
  const std::vector<const Career*>& careers = view.careers;
  ImGui::SetCursorScreenPos(ImVec2(o.x, top));
  beginScrollArea(ui, "careers.grid", ImVec2(size.x, o.y + size.y - top), &scrollToTop);

  const int columns = std::max(1, static_cast<int>((size.x - 2 * pad) / ui.px(420)));
  const float cardW = (size.x - 2 * pad - gap * static_cast<float>(columns - 1)) / columns;
  const float imageH = cardW * 0.58f, cardH = imageH + ui.px(170);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float viewTop = ImGui::GetWindowPos().y, viewBottom = viewTop + ImGui::GetWindowHeight();
  for (size_t i = 0; i < careers.size(); ++i) {
    const Career& c = *careers[i];
    int col = static_cast<int>(i) % columns, row = static_cast<int>(i) / columns;
    ImVec2 min(origin.x + pad + col * (cardW + gap), origin.y + row * (cardH + gap));
    ImVec2 max(min.x + cardW, min.y + cardH);
    if (max.y < viewTop || min.y > viewBottom) continue;  // off screen: no draw, no decode
    bool pressed = false;
    bool tapped = touchArea(ui, "career:" + c.id, min, max, &pressed);
    float r = ui.theme.radius();
    dl->AddRectFilled(ImVec2(min.x, min.y + ui.px(6)), ImVec2(max.x, max.y + ui.px(6)),
                      color::shadow, r);
    dl->AddRectFilled(min, max, pressed ? color::sand : color::white, r);
    imageCover(ui, dl, c.image, min, ImVec2(max.x, min.y + imageH), r, ImDrawFlags_RoundCornersTop,
               1.0f, ImageSize::Thumbnail);  // ~440 px wide
    if (ui.session.has(ui.session.careers, c.id)) {
      ImVec2 b(max.x - ui.px(44), min.y + ui.px(44));
      dl->AddCircleFilled(b, ui.px(30), color::white, 32);
      drawIcon(dl, Icon::HeartFilled, b, ui.px(32), color::terracotta);
    }
    ImFont* h3 = ui.theme.fonts.h3;
    ImVec2 tp(min.x + ui.px(24), min.y + imageH + ui.px(18));
    textClipped(dl, h3, color::teal, tp, c.title, cardW - ui.px(48));
    ImFont* body = ui.theme.fonts.small;
    dl->PushClipRect(tp, ImVec2(max.x - ui.px(24), max.y - ui.px(12)), true);
    dl->AddText(body, body->FontSize, ImVec2(tp.x, tp.y + h3->FontSize + ui.px(10)), color::inkSoft,
                c.pitch.c_str(), nullptr, cardW - ui.px(48));
    dl->PopClipRect();
    // A long press adds the career to Ma sélection without opening it.
    if (longPress(ui, "career:" + c.id, ImVec2(max.x - ui.px(44), min.y + ui.px(44)), tapped)) {
      ui.session.toggle(ui.session.careers, c.id);
      ui.record("long_press", "career");
    }
    if (tapped) {
      ui.session.careerId = c.id;
      ui.go(ScreenId::CareerDetail, c.id);
    }
  }
  int rows = (static_cast<int>(careers.size()) + columns - 1) / columns;
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(size.x, rows * (cardH + gap) + ui.px(40)));
  ImGui::EndChild();
}

}  // namespace vitrine::ui
