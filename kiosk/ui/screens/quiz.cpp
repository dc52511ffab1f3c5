// The orientation quiz: one question per screen with big answer tiles, then three careers.
#include <algorithm>
#include <string>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// "A", "B"... on each answer tile, so a visitor can say which one they mean.
std::string letter(size_t i) {
  return std::string(1, static_cast<char>('A' + i % 26));
}

// Progress: "3 / 8" and a bar of one segment per question, the answered ones filled.
void progress(Ui& ui, const QuizState& quiz, ImVec2 at, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const size_t n = quiz.answers.size();
  const std::string label = std::to_string(quiz.current + 1) + " / " + std::to_string(n);
  ImFont* f = ui.theme.fonts.h3;
  const float labelW = f->CalcTextSizeA(f->FontSize, 1e9f, 0, label.c_str()).x;
  const float cy = at.y + ui.theme.touchMin() * 0.5f;
  dl->AddText(f, f->FontSize, ImVec2(at.x, cy - f->FontSize * 0.5f), color::teal, label.c_str());
  ui.hits.add("quiz.progress:" + label, at, ImVec2(at.x + labelW, at.y + ui.theme.touchMin()));
  const float x0 = at.x + labelW + ui.px(28), gap = ui.px(8), h = ui.px(14);
  const float seg = (width - (x0 - at.x) - gap * static_cast<float>(n - 1)) / static_cast<float>(n);
  for (size_t i = 0; i < n; ++i) {
    const float x = x0 + static_cast<float>(i) * (seg + gap);
    const ImU32 col = i == quiz.current      ? color::terracotta
                      : quiz.answers[i] >= 0 ? color::teal
                                             : color::sandDeep;
    dl->AddRectFilled(ImVec2(x, cy - h * 0.5f), ImVec2(x + seg, cy + h * 0.5f), col, h * 0.5f);
  }
}

// Where an answer's illustration goes: above its text in a grid, beside it in one column.
struct TileLook {
  bool pictures = false;   // some answer of this question has an image: all make room for one
  bool pictureTop = true;  // above the text (grid) or on the left (one column)
  float picture = 0;       // its height (top) or width (left)
};

// One answer tile; `chosen` (coming back to change an answer) is drawn filled with a check.
bool answerTile(Ui& ui, const std::string& name, size_t index, const QuizAnswer& answer,
                bool chosen, ImVec2 min, ImVec2 max, const TileLook& look) {
  bool pressed = false;
  const bool tapped = touchArea(ui, name, min, max, &pressed);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float r = ui.theme.radius();
  dropShadow(dl, min, max, ui.px(6), r);
  const ImU32 fill = chosen ? color::teal : pressed ? color::sand : color::white;
  dl->AddRectFilled(min, max, fill, r);
  ImVec2 textMin = min;
  if (look.pictures) {
    const float inset = ui.px(chosen ? 8 : 3);  // a chosen tile frames its picture in teal
    const ImVec2 pMin(min.x + inset, min.y + inset);
    const ImVec2 pMax = look.pictureTop ? ImVec2(max.x - inset, min.y + look.picture)
                                        : ImVec2(min.x + look.picture, max.y - inset);
    imageCover(ui, dl, answer.image, pMin, pMax, r - inset,
               look.pictureTop ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersLeft, 1.0f,
               ImageSize::Thumbnail);
    textMin = look.pictureTop ? ImVec2(min.x, pMax.y) : ImVec2(pMax.x, min.y);
  }
  if (!chosen) dl->AddRect(min, max, pressed ? color::terracotta : color::sandDeep, r, 0, ui.px(3));
  const float disc = ui.px(34);
  const ImVec2 centre(textMin.x + ui.px(28) + disc, (textMin.y + max.y) * 0.5f);
  dl->AddCircleFilled(centre, disc, chosen ? color::white : color::terracotta, 32);
  if (chosen) {
    drawIcon(dl, Icon::Check, centre, ui.px(34), color::teal);
  } else {
    ImFont* lf = ui.theme.fonts.h3;
    const std::string l = letter(index);
    const ImVec2 ls = lf->CalcTextSizeA(lf->FontSize, 1e9f, 0, l.c_str());
    dl->AddText(lf, lf->FontSize, ImVec2(centre.x - ls.x * 0.5f, centre.y - ls.y * 0.5f),
                color::white, l.c_str());
  }
  ImFont* f = ui.theme.fonts.h3;
  const float tx = centre.x + disc + ui.px(28), tw = max.x - tx - ui.px(28);
  const float th = textHeight(f, answer.text, tw);
  dl->AddText(f, f->FontSize, ImVec2(tx, (textMin.y + max.y - th) * 0.5f),
              chosen ? color::white : color::ink, answer.text.c_str(), nullptr, tw);
  return tapped;
}

// The visitor leaves the quiz before its result: counted at the question they stopped on.
void abandon(Ui& ui) {
  const auto& q = ui.session.quiz;
  if (q.abandoned() && q.current < ui.catalogue.quiz.size())
    ui.record(EventKind::QuizAbandon, ui.catalogue.quiz[q.current].id);
  ui.session.quiz = QuizState{};
}

void answer(Ui& ui, size_t index) {
  QuizState& q = ui.session.quiz;
  q.answers[q.current] = static_cast<int>(index);
  ui.record(EventKind::QuizAnswer, quizAnswerSubject(ui.catalogue, q.current, static_cast<int>(index)));
  ui.animating = true;
  if (q.current + 1 < q.answers.size()) {
    ++q.current;
    return;
  }
  if (!q.finished) {  // the first result of this run; changed answers later are not a new run
    q.finished = true;
    ui.record(EventKind::QuizFinish);
    const auto top = quizResult(ui.catalogue, q, 1);
    if (!top.empty()) ui.record(EventKind::QuizTop, top.front().career);
  }
  ui.go(ScreenId::QuizResult);
}

}  // namespace

void startQuiz(Ui& ui) {
  ui.session.quiz.start(ui.catalogue.quiz.size());
  ui.record(EventKind::QuizStart);
  ui.go(ScreenId::Quiz);
}

void QuizScreen::draw(Ui& ui) {
  QuizState& quiz = ui.session.quiz;
  const auto& questions = ui.catalogue.quiz;
  if (questions.empty() || quiz.answers.size() != questions.size()) {
    quiz = QuizState{};  // a pack switch or a language change never leaves a run half-sized
    ui.go(ScreenId::Home);
    return;
  }
  quiz.current = std::min(quiz.current, questions.size() - 1);
  const QuizQuestion& question = questions[quiz.current];
  bool back = false;
  float top = header(ui, ui.t(S::QuizTitle), &back);
  if (back) {
    if (quiz.current == 0) {
      abandon(ui);
      ui.go(ScreenId::Home);
      return;
    }
    --quiz.current;
    ui.animating = true;
    scrollToTop = true;
    return;
  }
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48), gap = ui.theme.gap(), width = size.x - 2 * pad;

  // Progress on the left, the way out on the right, always in reach.
  ImFont* bf = ui.theme.fonts.bodyBold;
  const char* quit = ui.t(S::QuizQuit);
  const float quitW = bf->CalcTextSizeA(bf->FontSize, 1e9f, 0, quit).x + ui.px(30 + 14 + 64);
  progress(ui, quiz, ImVec2(o.x + pad, top), width - quitW - ui.px(40));
  ImGui::SetCursorScreenPos(ImVec2(o.x + size.x - pad - quitW, top));
  if (button(ui, "quiz.quit", quit, Look::Secondary, Icon::Home)) {
    abandon(ui);
    ui.go(ScreenId::Home);
    return;
  }
  top += ui.theme.touchMin() + ui.px(28);
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
  textWrapped(ui, ui.theme.fonts.h1, color::teal, question.text, width);
  top = ImGui::GetCursorScreenPos().y + ui.px(28);

  // The answers: a grid of big tiles (one column in portrait), scrolling if the text is large.
  const size_t n = question.answers.size();
  const size_t columns = portrait ? 1 : n <= 4 ? 2 : 3;
  const float tileW = (width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  TileLook look;
  for (const QuizAnswer& a : question.answers) look.pictures = look.pictures || !a.image.empty();
  look.pictureTop = columns > 1;
  if (look.pictures && !look.pictureTop) look.picture = std::min(tileW * 0.34f, ui.px(300));
  const float textW = tileW - ui.px(28 + 68 + 28 + 28) - (look.pictureTop ? 0 : look.picture);
  // Tall enough for the longest answer; otherwise as tall as the screen allows (up to a limit),
  // so the tiles fill the screen like doors rather than sitting on its top half.
  const size_t rows = (n + columns - 1) / columns;
  const float room = (o.y + size.y - top - ui.px(48)) / static_cast<float>(rows) - gap;
  float textH = 0;
  for (const QuizAnswer& a : question.answers)
    textH = std::max(textH, textHeight(ui.theme.fonts.h3, a.text, textW) + ui.px(56));
  float tileH;
  if (look.pictures && look.pictureTop) {
    textH = std::max(textH, ui.px(110));
    tileH = std::max(room, textH + ui.px(120));  // the picture takes what the text leaves
    look.picture = std::min(tileH - textH, tileW * 0.6f);
    tileH = look.picture + textH;
  } else {
    tileH = std::max(std::clamp(room, ui.px(150), ui.px(portrait ? 240 : 280)), textH);
    if (look.pictures) tileH = std::max(tileH, ui.px(200));
  }
  ImGui::SetCursorScreenPos(ImVec2(o.x, top));
  beginScrollArea(ui, "quiz.answers", ImVec2(size.x, o.y + size.y - top), &scrollToTop);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (size_t i = 0; i < n; ++i) {
    const size_t col = i % columns, row = i / columns;
    const ImVec2 min(origin.x + pad + static_cast<float>(col) * (tileW + gap),
                     origin.y + ui.px(8) + static_cast<float>(row) * (tileH + gap));
    const QuizAnswer& a = question.answers[i];
    if (answerTile(ui, "quiz.answer:" + a.id, i, a,
                   quiz.answers[quiz.current] == static_cast<int>(i), min,
                   ImVec2(min.x + tileW, min.y + tileH), look)) {
      answer(ui, i);
      scrollToTop = true;
    }
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(size.x, static_cast<float>(rows) * (tileH + gap) + ui.px(40)));
  ImGui::EndChild();
}

}  // namespace vitrine::ui
