// Careers grid: illustrated cards in a drag-to-scroll grid; a tap opens the career.
#include <algorithm>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {

void CareersScreen::draw(Ui& ui) {
  float top = header(ui, ui.t(S::Careers));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float pad = ui.px(48), gap = ui.theme.gap();
  ImGui::SetCursorScreenPos(ImVec2(o.x, top));
  beginScrollArea(ui, "careers.grid", ImVec2(size.x, o.y + size.y - top), &scrollToTop);

  const int columns = std::max(1, static_cast<int>((size.x - 2 * pad) / ui.px(420)));
  const float cardW = (size.x - 2 * pad - gap * static_cast<float>(columns - 1)) / columns;
  const float imageH = cardW * 0.58f, cardH = imageH + ui.px(170);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float viewTop = ImGui::GetWindowPos().y, viewBottom = viewTop + ImGui::GetWindowHeight();
  const auto& careers = ui.catalogue.careers;
  for (size_t i = 0; i < careers.size(); ++i) {
    const Career& c = careers[i];
    int col = static_cast<int>(i) % columns, row = static_cast<int>(i) / columns;
    ImVec2 min(origin.x + pad + col * (cardW + gap), origin.y + gap + row * (cardH + gap));
    ImVec2 max(min.x + cardW, min.y + cardH);
    if (max.y < viewTop || min.y > viewBottom) continue;  // off screen: no draw, no decode
    bool pressed = false;
    if (touchArea(ui, "career:" + c.id, min, max, &pressed)) {
      ui.session.careerId = c.id;
      ui.go(ScreenId::CareerDetail, c.id);
    }
    float r = ui.theme.radius();
    dl->AddRectFilled(ImVec2(min.x, min.y + ui.px(6)), ImVec2(max.x, max.y + ui.px(6)),
                      color::shadow, r);
    dl->AddRectFilled(min, max, pressed ? color::sand : color::white, r);
    imageCover(ui, dl, c.image, min, ImVec2(max.x, min.y + imageH), r,
               ImDrawFlags_RoundCornersTop);
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
    dl->AddText(body, body->FontSize, ImVec2(tp.x, tp.y + h3->FontSize + ui.px(10)),
                color::inkSoft, c.pitch.c_str(), nullptr, cardW - ui.px(48));
    dl->PopClipRect();
  }
  int rows = (static_cast<int>(careers.size()) + columns - 1) / columns;
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(size.x, gap + rows * (cardH + gap) + ui.px(40)));
  ImGui::EndChild();
}

}  // namespace vitrine::ui
