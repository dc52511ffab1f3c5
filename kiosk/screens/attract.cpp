// Attract loop: a big invitation and the pack's careers cross-fading slowly; any touch starts.
#include <algorithm>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {
constexpr double kSlideSeconds = 7.0;
constexpr double kFadeSeconds = 0.9;
}  // namespace

void AttractScreen::draw(Ui& ui) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const auto& careers = ui.catalogue.careers;
  if (slideStart < 0) slideStart = ui.now;

  // Decorative shapes: warm, soft, recognisable from across the hall.
  dl->AddCircleFilled(ImVec2(o.x + size.x * 0.86f, o.y + size.y * 0.12f), ui.px(260), color::sand, 64);
  dl->AddCircleFilled(ImVec2(o.x + size.x * 0.05f, o.y + size.y * 0.98f), ui.px(180),
                      color::rgb(0xF2, 0xB5, 0x44, 90), 64);

  // The illustration card of the current career, cross-fading into the next one.
  double elapsed = ui.now - slideStart;
  if (elapsed >= kSlideSeconds && !careers.empty()) {
    slide = (slide + 1) % static_cast<int>(careers.size());
    slideStart = ui.now;
    ++changes;
    elapsed = 0;
  }
  ImVec2 cardMin = portrait ? ImVec2(o.x + ui.px(80), o.y + size.y * 0.40f)
                            : ImVec2(o.x + size.x * 0.50f, o.y + ui.px(120));
  ImVec2 cardMax = portrait ? ImVec2(o.x + size.x - ui.px(80), cardMin.y + (size.x - ui.px(160)) * 0.66f)
                            : ImVec2(o.x + size.x - ui.px(100), o.y + size.y * 0.70f);
  dl->AddRectFilled(ImVec2(cardMin.x + ui.px(18), cardMin.y + ui.px(18)),
                    ImVec2(cardMax.x + ui.px(18), cardMax.y + ui.px(18)), color::sage,
                    ui.theme.radius() * 1.6f);
  if (!careers.empty()) {
    const Career& cur = careers[static_cast<size_t>(slide) % careers.size()];
    const Career& prev = careers[static_cast<size_t>(slide + careers.size() - 1) % careers.size()];
    // The very first slide appears at once; later ones cross-fade over the previous one.
    float fade = changes == 0 ? 1.0f : static_cast<float>(std::min(1.0, elapsed / kFadeSeconds));
    if (fade < 1.0f) {
      imageCover(ui, dl, prev.image, cardMin, cardMax, ui.theme.radius() * 1.6f);
      // 20 frames a second is plenty for a slow cross-fade and keeps the idle CPU low.
      ui.wakeAt = std::min(ui.wakeAt, ui.now + 0.05);
    }
    imageCover(ui, dl, cur.image, cardMin, cardMax, ui.theme.radius() * 1.6f,
               ImDrawFlags_RoundCornersAll, fade);
    ImFont* h3 = ui.theme.fonts.h3;
    ImVec2 cap(cardMin.x, cardMax.y + ui.px(44));
    textClipped(dl, h3, color::teal, cap, cur.title, cardMax.x - cardMin.x);
    dl->PushClipRect(ImVec2(cap.x, cap.y), ImVec2(cardMax.x, o.y + size.y), true);
    ImFont* body = ui.theme.fonts.body;
    dl->AddText(body, body->FontSize, ImVec2(cap.x, cap.y + h3->FontSize + ui.px(10)),
                color::inkSoft, cur.pitch.c_str(), nullptr, cardMax.x - cardMin.x);
    dl->PopClipRect();
    ui.wakeAt = std::min(ui.wakeAt, slideStart + kSlideSeconds);
  }

  // The invitation.
  float textX = o.x + ui.px(100);
  float textW = portrait ? size.x - ui.px(200) : size.x * 0.50f - ui.px(180);
  ImGui::SetCursorScreenPos(ImVec2(textX, o.y + ui.px(110)));
  textWrapped(ui.theme.fonts.bodyBold, color::terracotta, "VITRINE · " + ui.catalogue.meta.title,
              textW);
  ImGui::SetCursorScreenPos(ImVec2(textX, o.y + ui.px(portrait ? 170 : 220)));
  textWrapped(ui.theme.fonts.display, color::teal, ui.t(S::AttractTitle), textW);
  ImGui::Dummy(ImVec2(0, ui.px(12)));
  ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y));
  textWrapped(ui.theme.fonts.h3, color::ink, ui.t(S::AttractSubtitle), textW);

  // The call to action sits low (reachable from a wheelchair) and large.
  ImFont* f = ui.theme.fonts.h2;
  const char* cta = ui.t(S::TouchToStart);
  ImVec2 ts = f->CalcTextSizeA(f->FontSize, 1e9f, 0, cta);
  ImVec2 pillMin(textX, o.y + size.y - ui.px(portrait ? 200 : 230));
  ImVec2 pillMax(pillMin.x + ts.x + ui.px(120), pillMin.y + ui.px(110));
  dl->AddRectFilled(ImVec2(pillMin.x, pillMin.y + ui.px(6)), ImVec2(pillMax.x, pillMax.y + ui.px(6)),
                    color::shadow, ui.px(55));
  dl->AddRectFilled(pillMin, pillMax, color::terracotta, ui.px(55));
  drawIcon(dl, Icon::Arrow, ImVec2(pillMax.x - ui.px(50), (pillMin.y + pillMax.y) * 0.5f), ui.px(34),
           color::white);
  dl->AddText(f, f->FontSize, ImVec2(pillMin.x + ui.px(44), pillMin.y + (ui.px(110) - ts.y) * 0.5f),
              color::white, cta);

  // Languages first (they win the touch over the full-screen area drawn after them).
  ImVec2 langAt = portrait ? ImVec2(o.x + size.x - ui.px(60), o.y + ui.px(36))
                          : ImVec2(o.x + size.x - ui.px(60), o.y + size.y - ui.px(110));
  if (languagePicker(ui, langAt))
    ui.go(ScreenId::Home);
  // Text size and contrast: beside the call to action, low enough to reach from a wheelchair.
  // Opening it starts the visit; the panel shows on the home screen.
  const float r = ui.theme.touchMin() * 0.5f;
  if (accessibilityButton(ui, ImVec2(pillMax.x + ui.px(48) + r, (pillMin.y + pillMax.y) * 0.5f))) {
    ui.session.access.panelOpen = true;
    ui.go(ScreenId::Home);
  }

  // The whole screen is the button.
  if (touchArea(ui, "attract", o, ImVec2(o.x + size.x, o.y + size.y))) ui.go(ScreenId::Home);
}

}  // namespace vitrine::ui
