// Thank-you: shown only after the store committed; says what happens next, then resets.
#include <algorithm>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {
constexpr double kAutoResetSeconds = 20.0;
}

void ThanksScreen::draw(Ui& ui) {
  if (shownAt < 0) shownAt = ui.now;
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 c(o.x + size.x * 0.5f, o.y + size.y * 0.30f);
  dl->AddCircleFilled(c, ui.px(120), color::sage, 64);
  drawIcon(dl, Icon::Check, c, ui.px(130), color::white);
  float w = std::min(size.x - ui.px(200), ui.px(1200));
  float x = o.x + (size.x - w) * 0.5f;
  ImFont* d = ui.theme.fonts.display;
  const char* title = ui.t(S::ThanksTitle);
  float tw = d->CalcTextSizeA(d->FontSize, 1e9f, 0, title).x;
  dl->AddText(d, d->FontSize, ImVec2(o.x + (size.x - tw) * 0.5f, c.y + ui.px(170)), color::teal, title);
  ImGui::SetCursorScreenPos(ImVec2(x, c.y + ui.px(190) + d->FontSize));
  textWrapped(ui.theme.fonts.h3, color::ink,
              ui.t(ui.session.lastSubmissionHadContact ? S::ThanksBody : S::ThanksBodyNoContact), w);
  ImGui::SetCursorScreenPos(ImVec2(o.x + size.x * 0.5f - ui.px(180), o.y + size.y - ui.px(220)));
  if (button(ui, "finish", ui.t(S::Finish), Look::Primary, Icon::Home, ui.px(360))) ui.reset();
  if (ui.now - shownAt > kAutoResetSeconds) ui.reset();
  ui.wakeAt = std::min(ui.wakeAt, shownAt + kAutoResetSeconds);
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
