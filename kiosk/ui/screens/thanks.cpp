// Thank-you: shown only after the store committed; says what happens next, then resets.
#include <algorithm>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {
constexpr double kAutoResetSeconds = 20.0;


void drawSmiley(ImDrawList* dl, ImVec2 c, float r, int mood, ImU32 fill) {
  dl->AddCircleFilled(c, r, fill, 48);
  dl->AddCircleFilled(ImVec2(c.x - r * 0.35f, c.y - r * 0.2f), r * 0.1f, color::ink, 12);
  dl->AddCircleFilled(ImVec2(c.x + r * 0.35f, c.y - r * 0.2f), r * 0.1f, color::ink, 12);
  float t = r * 0.09f;
  if (mood == 2) {
    dl->AddLine(ImVec2(c.x - r * 0.35f, c.y + r * 0.35f), ImVec2(c.x + r * 0.35f, c.y + r * 0.35f),
                color::ink, t);
    return;
  }
  // A smile is the lower arc of a circle below the eyes, a frown the upper arc further down.
  float cy = mood == 3 ? c.y + r * 0.05f : c.y + r * 0.75f;
  float a0 = mood == 3 ? 0.5f : 3.64f, a1 = mood == 3 ? 2.64f : 5.78f;
  dl->PathArcTo(ImVec2(c.x, cy), r * 0.42f, a0, a1, 16);
  dl->PathStroke(color::ink, 0, t);
}

}  // namespace

void ThanksScreen::draw(Ui& ui) {
  if (shownAt < 0) shownAt = ui.now;
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 c(o.x + size.x * 0.5f, o.y + size.y * 0.22f);
  dl->AddCircleFilled(c, ui.px(100), color::sage, 64);
  drawIcon(dl, Icon::Check, c, ui.px(110), color::white);
  float w = std::min(size.x - ui.px(200), ui.px(1200));
  ImFont* d = ui.theme.fonts.display;
  const char* title = ui.t(S::ThanksTitle);
  float tw = d->CalcTextSizeA(d->FontSize, 1e9f, 0, title).x;
  dl->AddText(d, d->FontSize, ImVec2(o.x + (size.x - tw) * 0.5f, c.y + ui.px(130)), color::teal, title);
  ImGui::SetCursorScreenPos(ImVec2(o.x + (size.x - w) * 0.5f, c.y + ui.px(150) + d->FontSize));
  textWrapped(ui.theme.fonts.h3, color::ink,
              ui.t(ui.session.lastSubmissionHadContact ? S::ThanksBody : S::ThanksBodyNoContact), w);

  // One optional tap of satisfaction, then the kiosk is ready for the next visitor.
  ImFont* h3 = ui.theme.fonts.h3;
  const char* ask = ui.t(rating ? S::RateThanks : S::RateTitle);
  float aw = h3->CalcTextSizeA(h3->FontSize, 1e9f, 0, ask).x;
  float rowY = o.y + size.y * 0.60f;
  dl->AddText(h3, h3->FontSize, ImVec2(o.x + (size.x - aw) * 0.5f, rowY), color::inkSoft, ask);
  const ImU32 fills[] = {color::rose, color::sun, color::sage};
  float r = ui.px(56), gap = ui.px(60);
  for (int mood = 1; mood <= 3; ++mood) {
    ImVec2 sc(o.x + size.x * 0.5f + (mood - 2) * (2 * r + gap), rowY + ui.px(60) + r);
    bool pressed = false;
    if (!rating && touchArea(ui, "rating:" + std::to_string(mood), ImVec2(sc.x - r, sc.y - r),
                             ImVec2(sc.x + r, sc.y + r), &pressed)) {
      rating = mood;
      ratedAt = ui.now;
      ui.record(EventKind::Rating, {}, mood);
    }
    bool dim = rating && rating != mood;
    drawSmiley(dl, sc, pressed ? r * 0.92f : r, mood, dim ? color::sand : fills[mood - 1]);
  }
  ImGui::SetCursorScreenPos(ImVec2(o.x + size.x * 0.5f - ui.px(180), o.y + size.y - ui.px(170)));
  if (button(ui, "finish", ui.t(S::Finish), Look::Primary, Icon::Home, ui.px(360))) ui.reset();
  double resetAt = rating ? ratedAt + 3.0 : shownAt + kAutoResetSeconds;
  if (ui.now >= resetAt) ui.reset();
  ui.wakeAt = std::min(ui.wakeAt, resetAt);
}

void PackErrorScreen::draw(Ui& ui) {
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  float w = std::min(size.x - ui.px(160), ui.px(1300));
  ImGui::SetCursorScreenPos(ImVec2(o.x + (size.x - w) * 0.5f, o.y + size.y * 0.28f));
  textWrapped(ui.theme.fonts.h1, color::terracottaDeep, ui.t(S::PackErrorTitle), w);
  ImGui::SetCursorScreenPos(ImVec2(o.x + (size.x - w) * 0.5f, ImGui::GetCursorScreenPos().y + ui.px(20)));
  textWrapped(ui.theme.fonts.h3, color::ink, ui.t(S::PackErrorBody), w);
  ImGui::SetCursorScreenPos(ImVec2(o.x + (size.x - w) * 0.5f, ImGui::GetCursorScreenPos().y + ui.px(30)));
  textWrapped(ui.theme.fonts.body, color::inkSoft, detail, w);
}

}  // namespace vitrine::ui
