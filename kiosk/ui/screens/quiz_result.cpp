// The quiz's result: three careers, why (the visitor's own answers), one tap to each and its
// offers.
#include <algorithm>
#include <string>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// The answers that gave a career its points, strongest first, at most three: the « pourquoi ».
std::vector<std::string> reasons(const Ui& ui, const QuizScore& s) {
  std::vector<std::string> out;
  for (size_t q : s.reasons) {
    if (out.size() == 3) break;
    const int a = ui.session.quiz.answers[q];
    out.push_back("« " + ui.catalogue.quiz[q].answers[static_cast<size_t>(a)].text + " »");
  }
  return out;
}

// The text part of a card (title, why, reasons): its height for `width`, to size every card alike.
float textBlockHeight(const Ui& ui, const Career& c, const std::vector<std::string>& why,
                      float width) {
  const float spacing = ImGui::GetStyle().ItemSpacing.y;  // below every wrapped text
  float h = textHeight(ui.theme.fonts.h3, c.title, width) + ui.px(8) + spacing;
  h += textHeight(ui.theme.fonts.small, ui.t(S::QuizWhy), width) + spacing;
  for (const std::string& r : why)
    h += textHeight(ui.theme.fonts.body, r, width - ui.px(30)) + ui.px(6) + spacing;
  return h;
}

struct CardLayout {
  bool imageLeft = false;  // portrait: the picture beside the text, cards stacked
  float imageW = 0, imageH = 0, textH = 0;
};

void card(Ui& ui, size_t rank, const QuizScore& s, const Career& c,
          const std::vector<std::string>& why, ImVec2 min, ImVec2 max, const CardLayout& l) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = ui.theme.radius(), inner = ui.px(28);
  dropShadow(dl, min, max, ui.px(6), r);
  dl->AddRectFilled(min, max, color::white, r);
  const ImVec2 imgMax =
      l.imageLeft ? ImVec2(min.x + l.imageW, max.y) : ImVec2(max.x, min.y + l.imageH);
  imageCover(ui, dl, c.image, min, imgMax, r,
             l.imageLeft ? ImDrawFlags_RoundCornersLeft : ImDrawFlags_RoundCornersTop);
  // The rank on the picture: 1, 2, 3.
  const ImVec2 badge(min.x + ui.px(52), min.y + ui.px(52));
  dl->AddCircleFilled(badge, ui.px(36), rank == 0 ? color::terracotta : color::teal, 32);
  ImFont* h3 = ui.theme.fonts.h3;
  const std::string n = std::to_string(rank + 1);
  const ImVec2 ns = h3->CalcTextSizeA(h3->FontSize, 1e9f, 0, n.c_str());
  dl->AddText(h3, h3->FontSize, ImVec2(badge.x - ns.x * 0.5f, badge.y - ns.y * 0.5f), color::white,
              n.c_str());

  const float x = l.imageLeft ? imgMax.x + inner : min.x + inner;
  const float w = max.x - x - inner;
  ImGui::SetCursorScreenPos(ImVec2(x, (l.imageLeft ? min.y : imgMax.y) + inner));
  textWrapped(ui, h3, color::teal, c.title, w);
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(8)));
  textWrapped(ui.theme.fonts.small, color::inkSoft, ui.t(S::QuizWhy), w);
  for (const std::string& reason : why) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    dl->AddCircleFilled(ImVec2(p.x + ui.px(9), p.y + ui.theme.fonts.body->FontSize * 0.55f),
                        ui.px(6), color::terracotta, 12);
    ImGui::SetCursorScreenPos(ImVec2(p.x + ui.px(30), p.y));
    textWrapped(ui, ui.theme.fonts.body, color::ink, reason, w - ui.px(30));
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(6)));
  }

  // The two taps, at the bottom of the card, full width: the career, then its offers.
  const float bh = ui.theme.touchMin();
  const int offers = offersForCareer(ui.catalogue, c.id);
  float y = max.y - inner - bh - (offers > 0 ? bh + ui.px(16) : 0.0f);
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (button(ui, "quiz.career:" + s.career, ui.t(S::QuizSeeCareer), Look::Primary, Icon::Arrow,
             w)) {
    ui.session.careerId = c.id;
    ui.go(ScreenId::CareerDetail, c.id);
  }
  if (offers > 0) {
    ImGui::SetCursorScreenPos(ImVec2(x, y + bh + ui.px(16)));
    if (button(ui, "quiz.offers:" + s.career, ui.tn(S::SeeOffers, offers).c_str(), Look::Teal,
               Icon::None, w)) {
      ui.session.filters = OfferFilters{};
      ui.session.filters.careerId = c.id;
      ui.go(ScreenId::Offers);
    }
  }
}

}  // namespace

void QuizResultScreen::draw(Ui& ui) {
  const QuizState& quiz = ui.session.quiz;
  if (!quiz.finished || quiz.answers.size() != ui.catalogue.quiz.size()) {
    ui.go(ScreenId::Home);  // nothing to show (a reset or a new pack): never a stale result
    return;
  }
  bool back = false;
  float top = header(ui, ui.t(S::QuizResultTitle), &back);
  if (back) {
    ui.session.quiz.current = quiz.answers.size() - 1;  // back to the last question to change it
    ui.go(ScreenId::Quiz);
    return;
  }
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48), gap = ui.theme.gap(), width = size.x - 2 * pad;
  const float barH = ui.theme.touchMin() + ui.px(64), bottom = o.y + size.y - barH;

  const std::vector<QuizScore> result = quizResult(ui.catalogue, quiz);
  ImGui::SetCursorScreenPos(ImVec2(o.x, top - ui.px(8)));
  beginScrollArea(ui, "quiz.result", ImVec2(size.x, bottom - top + ui.px(8)), &scrollToTop);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + ui.px(8)));
  textWrapped(ui.theme.fonts.h3, color::ink,
              result.empty() ? ui.t(S::QuizNoResult) : ui.t(S::QuizResultIntro), width);
  const float cardsTop = ImGui::GetCursorScreenPos().y + ui.px(24);

  // Every card the same size: the tallest text decides, and the buttons line up.
  const size_t columns = portrait ? 1 : std::max<size_t>(1, result.size());
  const float cardW = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  CardLayout l;
  l.imageLeft = portrait;
  l.imageW = portrait ? cardW * 0.36f : cardW;
  l.imageH = portrait ? 0.0f : cardW * 0.46f;
  const float textW = (portrait ? cardW - l.imageW : cardW) - ui.px(56);
  std::vector<std::vector<std::string>> why;
  for (const QuizScore& s : result) {
    why.push_back(reasons(ui, s));
    l.textH =
        std::max(l.textH, textBlockHeight(ui, *ui.catalogue.career(s.career), why.back(), textW));
  }
  const float buttons = 2 * ui.theme.touchMin() + ui.px(16 + 28 + 28);
  float cardH = l.imageH + l.textH + buttons + ui.px(20);
  if (portrait) cardH = std::max(cardH, l.imageW * 0.9f);
  for (size_t i = 0; i < result.size(); ++i) {
    const size_t col = i % columns, row = i / columns;
    const ImVec2 min(origin.x + pad + static_cast<float>(col) * (cardW + gap),
                     cardsTop + static_cast<float>(row) * (cardH + gap));
    card(ui, i, result[i], *ui.catalogue.career(result[i].career), why[i], min,
         ImVec2(min.x + cardW, min.y + cardH), l);
  }
  const size_t rows = (result.size() + columns - 1) / columns;
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(
      ImVec2(size.x, cardsTop - origin.y + static_cast<float>(rows) * (cardH + gap) + ui.px(24)));
  ImGui::EndChild();

  // Start again, or browse everything.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(o.x, bottom), ImVec2(o.x + size.x, o.y + size.y), color::sand);
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, bottom + ui.px(32)));
  if (button(ui, "quiz.change", ui.t(S::QuizChangeAnswers), Look::Secondary, Icon::Back)) {
    ui.session.quiz.current = quiz.answers.size() - 1;
    ui.go(ScreenId::Quiz);
  }
  ImGui::SameLine(0, ui.px(24));
  if (button(ui, "quiz.restart", ui.t(S::QuizRestart), Look::Secondary)) startQuiz(ui);
  ImGui::SameLine(0, ui.px(24));
  if (button(ui, "quiz.careers", ui.t(S::Careers), Look::Quiet, Icon::Arrow))
    ui.go(ScreenId::Careers);
}

}  // namespace vitrine::ui
