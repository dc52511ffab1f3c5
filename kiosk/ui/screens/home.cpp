// Home: a warm welcome and three large doors, Métiers, the quiz and Stages, in the lower two
// thirds.
#include <algorithm>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// A large tile with an illustration on top and a label band below; returns true on tap.
bool tile(Ui& ui, const char* name, ImVec2 min, ImVec2 max, ImU32 fill, ImU32 fillPressed,
          const std::string& image, const char* title, const std::string& hint) {
  bool pressed = false;
  bool tapped = touchArea(ui, name, min, max, &pressed);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float r = ui.theme.radius() * 1.5f;
  dropShadow(dl, min, max, ui.px(10), r);
  dl->AddRectFilled(min, max, pressed ? fillPressed : fill, r);
  float band = ui.px(190);
  imageCover(ui, dl, image, ImVec2(min.x + ui.px(16), min.y + ui.px(16)),
             ImVec2(max.x - ui.px(16), max.y - band), r - ui.px(8));
  // The title in the largest size that fits the door (a long one, like the quiz's, steps down).
  ImFont* const h1 = ui.theme.fonts.h1;
  ImFont* f = h1;
  const float titleW = max.x - min.x - ui.px(88);
  if (f->CalcTextSizeA(f->FontSize, 1e9f, 0, title).x > titleW) f = ui.theme.fonts.h2;
  ImVec2 tp(min.x + ui.px(44), max.y - band + ui.px(22));
  // A smaller title sits on the same line as the others', so the hints line up too.
  textClipped(dl, f, color::white, ImVec2(tp.x, tp.y + (h1->FontSize - f->FontSize) * 0.6f), title,
              titleW);
  ImFont* body = ui.theme.fonts.body;
  textClipped(dl, body, color::white, ImVec2(tp.x, tp.y + h1->FontSize + ui.px(8)), hint,
              max.x - min.x - ui.px(160));
  drawIcon(dl, Icon::Arrow, ImVec2(max.x - ui.px(70), max.y - band * 0.5f), ui.px(46),
           color::white);
  return tapped;
}

}  // namespace

std::vector<std::string> HomeScreen::images(const Catalogue& cat) {
  const std::string careers = cat.careers.empty() ? "" : cat.careers.front().image;
  const std::string offers = cat.careers.size() > 1 ? cat.careers[1].image : careers;
  std::vector<std::string> doors = {careers, offers};
  if (!cat.quiz.empty()) doors.push_back(cat.careers.size() > 2 ? cat.careers[2].image : careers);
  return doors;
}

void HomeScreen::draw(Ui& ui) {
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(72);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddCircleFilled(ImVec2(o.x + size.x * 0.95f, o.y + ui.px(40)), ui.px(220), color::sand, 64);

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, o.y + ui.px(48)));
  textWrapped(ui.theme.fonts.bodyBold, color::terracotta, "VITRINE · " + ui.catalogue.meta.title,
              size.x * 0.5f);
  selectionBadge(ui, ImVec2(o.x + size.x - pad, o.y + ui.px(36)));
  languagePicker(ui, portrait ? ImVec2(o.x + size.x - pad, o.y + size.y * 0.30f - ui.px(88))
                              : ImVec2(o.x + size.x - pad, o.y + ui.px(132)));
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, o.y + ui.px(120)));
  textWrapped(ui.theme.fonts.display, color::teal, ui.t(S::HomeTitle), size.x - 2 * pad);
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, ImGui::GetCursorScreenPos().y + ui.px(4)));
  textWrapped(ui.theme.fonts.h3, color::ink, ui.t(S::HomeSubtitle), size.x - 2 * pad);

  // Search sits right under the welcome: the fastest way for someone who knows what they want.
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, ImGui::GetCursorScreenPos().y + ui.px(24)));
  // French puts a space before the colon; Dutch, German and English do not.
  std::string hint =
      std::string(ui.t(S::Search)) + (ui.lang == Lang::Fr ? " : " : ": ") + ui.t(S::SearchHint);
  if (button(ui, "home.search", hint.c_str(), Look::Secondary, Icon::Search))
    ui.go(ScreenId::Search);
  // The agenda and the schools beside it (below it on a portrait screen).
  if (portrait) ImGui::SetCursorScreenPos(ImVec2(o.x + pad, ImGui::GetCursorScreenPos().y + ui.px(16)));
  else ImGui::SameLine(0, ui.px(20));
  if (!ui.catalogue.events.empty() &&
      button(ui, "home.agenda", ui.t(S::Agenda), Look::Secondary, Icon::Arrow))
    ui.go(ScreenId::Agenda);
  if (!ui.catalogue.events.empty()) ImGui::SameLine(0, ui.px(20));
  if (!ui.catalogue.schools.empty() &&
      button(ui, "home.schools", ui.t(S::WhereToTrain), Look::Secondary, Icon::Arrow)) {
    ui.session.schoolsCareer.clear();
    ui.go(ScreenId::Schools);
  }
  const ImVec2 searchMax = ImGui::GetItemRectMax();
  accessibilityButton(ui, ImVec2(std::max(searchMax.x + ui.px(80), o.x + size.x - pad - ui.px(36)),
                                 searchMax.y - ui.theme.touchMin() * 0.5f));

  const auto& cat = ui.catalogue;
  const std::vector<std::string> doors = images(cat);
  float top = o.y + size.y * (portrait ? 0.30f : 0.36f);
  float bottom = o.y + size.y - pad;
  // Métiers, then the quiz (when the pack has one) between the two, then Stages: equal doors.
  const bool quiz = doors.size() > 2;
  const int count = quiz ? 3 : 2;
  const float gap = ui.px(quiz ? 32 : 48);
  std::vector<std::pair<ImVec2, ImVec2>> rect;
  for (int i = 0; i < count; ++i) {
    if (portrait) {
      const float h = (bottom - top - gap * static_cast<float>(count - 1)) / count;
      const float y = top + static_cast<float>(i) * (h + gap);
      rect.push_back({ImVec2(o.x + pad, y), ImVec2(o.x + size.x - pad, y + h)});
    } else {
      const float w = (size.x - 2 * pad - gap * static_cast<float>(count - 1)) / count;
      const float x = o.x + pad + static_cast<float>(i) * (w + gap);
      rect.push_back({ImVec2(x, top), ImVec2(x + w, bottom)});
    }
  }
  const auto& offersDoor = rect[quiz ? 2 : 1];
  if (tile(ui, "home.careers", rect[0].first, rect[0].second, color::teal, color::tealDeep,
           doors[0], ui.t(S::Careers), ui.tn(S::CareersHint, static_cast<int>(cat.careers.size()))))
    ui.go(ScreenId::Careers);
  if (quiz &&
      tile(ui, "home.quiz", rect[1].first, rect[1].second, color::ink, color::inkSoft, doors[2],
           ui.t(S::QuizDoor), ui.tn(S::QuizDoorHint, static_cast<int>(cat.quiz.size()))))
    startQuiz(ui);
  if (tile(ui, "home.offers", offersDoor.first, offersDoor.second, color::terracotta,
           color::terracottaDeep, doors[1], ui.t(S::Offers),
           ui.tn(S::OffersHint, static_cast<int>(cat.offers.size())))) {
    ui.session.filters = OfferFilters{};
    ui.go(ScreenId::Offers);
  }
  accessibilityPanel(ui);
}

}  // namespace vitrine::ui
