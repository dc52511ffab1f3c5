// Attract loop: a big invitation, the pack's careers and upcoming events cross-fading slowly.
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "date_time.h"
#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {
// Software GL redraws the whole 1080p screen for every frame of a fade (~33 ms of CPU each on a
// 2-core mini-PC), so the loop spends its CPU there: a long still hold (no frame at all), then a
// short fade at a modest rate. 4 frames at 8 fps still reads as a dissolve from across a hall,
// and 4 frames every 18 s keeps the loop under 1 % of a core (5 measured 1.2 %).
constexpr double kSlideSeconds = kAttractSlideSeconds;
constexpr double kFadeSeconds = 0.5;
constexpr double kFadeFrame = 1.0 / 8;

ImU32 faded(ImU32 col, float alpha) {
  const auto a = static_cast<ImU32>(static_cast<float>((col >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
  return (col & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

// "12 décembre" from "2026-12-12", in the UI language; the ISO date itself if malformed.
std::string dayAndMonth(const Ui& ui, const std::string& iso) {
  if (iso.size() != 10) return iso;
  const int month = std::atoi(iso.substr(5, 2).c_str()), day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  std::string names = ui.t(S::MonthNames), name;
  size_t from = 0;
  for (int m = 1; m <= month; ++m) {
    size_t bar = names.find('|', from);
    name = names.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
    from = bar == std::string::npos ? names.size() : bar + 1;
  }
  return std::to_string(day) + (ui.lang == Lang::De ? ". " : " ") + name;
}

// A calm agenda card in place of the illustration: kicker with the date, title, when and where.
void eventCard(Ui& ui, ImDrawList* dl, const Event& e, ImVec2 min, ImVec2 max, float alpha) {
  const float r = ui.theme.radius() * 1.6f, pad = ui.px(56), w = max.x - min.x - 2 * pad;
  dl->AddRectFilled(min, max, faded(color::white, alpha), r);
  dl->AddRectFilled(min, ImVec2(min.x + ui.px(16), max.y), faded(color::sun, alpha), r,
                    ImDrawFlags_RoundCornersLeft);
  dl->PushClipRect(min, max, true);
  // Read from across the hall: the date large, then what, then when and where, then details.
  ImVec2 at(min.x + pad, min.y + pad);
  auto line = [&](ImFont* font, ImU32 col, const std::string& text, float after) {
    if (text.empty()) return;
    at.y += drawTextWrapped(dl, font, faded(col, alpha), at, text, w) + ui.px(after);
  };
  std::string when = e.startTime.empty() ? std::string()
                     : e.endTime.empty() ? e.startTime
                                         : e.startTime + " – " + e.endTime;
  std::string where = e.place;
  if (const Organisation* org = ui.catalogue.organisation(e.organisation))
    where = where.empty() ? org->name : org->name + " · " + where;
  if (!e.city.empty()) where += (where.empty() ? "" : ", ") + e.city;
  line(ui.theme.fonts.bodyBold, color::terracotta, ui.t(S::Agenda), 10);
  line(ui.theme.fonts.h1, color::teal, dayAndMonth(ui, e.date), 24);
  line(ui.theme.fonts.h2, color::ink, e.title, 24);
  line(ui.theme.fonts.h3, color::inkSoft, when, 8);
  line(ui.theme.fonts.h3, color::inkSoft, where, 28);
  line(ui.theme.fonts.body, color::ink, e.description, 0);
  dl->PopClipRect();
}

// The quiz's invitation: its question, a few of the first question's answers as big pills.
void quizCard(Ui& ui, ImDrawList* dl, ImVec2 min, ImVec2 max, float alpha) {
  const float r = ui.theme.radius() * 1.6f, pad = ui.px(56), w = max.x - min.x - 2 * pad;
  dl->AddRectFilled(min, max, faded(color::ink, alpha), r);
  dl->PushClipRect(min, max, true);
  ImVec2 at(min.x + pad, min.y + pad);
  auto line = [&](ImFont* font, ImU32 col, const std::string& text, float after) {
    dl->AddText(font, font->FontSize, at, faded(col, alpha), text.c_str(), nullptr, w);
    at.y += font->CalcTextSizeA(font->FontSize, 1e9f, w, text.c_str()).y + ui.px(after);
  };
  const auto& quiz = ui.catalogue.quiz;
  line(ui.theme.fonts.bodyBold, color::sun, ui.t(S::QuizKicker), 10);
  line(ui.theme.fonts.h1, color::white, ui.t(S::AttractQuiz), 20);
  line(ui.theme.fonts.h3, color::sand, ui.tn(S::AttractQuizBody, static_cast<int>(quiz.size())),
       32);
  ImFont* f = ui.theme.fonts.bodyBold;
  ImFont* cf = ui.theme.fonts.h3;
  const float h = ui.px(64), ch = ui.px(84);  // an answer pill, the call to action
  for (size_t i = 0; !quiz.empty() && i < quiz.front().answers.size() && i < 3; ++i) {
    if (at.y + h > max.y - pad - ch - ui.px(24)) break;  // the call to action keeps its place
    const std::string& text = quiz.front().answers[i].text;
    const float tw =
        std::min(f->CalcTextSizeA(f->FontSize, 1e9f, 0, text.c_str()).x, w - ui.px(60));
    dl->AddRectFilled(at, ImVec2(at.x + tw + ui.px(60), at.y + h), faded(color::white, alpha),
                      h * 0.5f);
    textClipped(dl, f, faded(color::ink, alpha),
                ImVec2(at.x + ui.px(30), at.y + (h - f->FontSize) * 0.5f), text, tw);
    at.y += h + ui.px(16);
  }
  // Its own call to action, at the bottom of the card: a tap on the card starts the quiz.
  const char* start = ui.t(S::QuizStart);
  const float cw = cf->CalcTextSizeA(cf->FontSize, 1e9f, 0, start).x;
  const ImVec2 cMin(min.x + pad, std::max(at.y + ui.px(8), max.y - pad - ch));
  const ImVec2 cMax(cMin.x + cw + ui.px(120), cMin.y + ch);
  if (cMax.y <= max.y - ui.px(16)) {
    dl->AddRectFilled(cMin, cMax, faded(color::sun, alpha), ch * 0.5f);
    dl->AddText(cf, cf->FontSize, ImVec2(cMin.x + ui.px(36), cMin.y + (ch - cf->FontSize) * 0.5f),
                faded(color::ink, alpha), start);
    drawIcon(dl, Icon::Arrow, ImVec2(cMax.x - ui.px(44), cMin.y + ch * 0.5f), ui.px(30),
             faded(color::ink, alpha));
  }
  dl->PopClipRect();
}

// One slide in the card box, at `alpha` (the cross-fade draws the next one over the previous).
void drawSlide(Ui& ui, ImDrawList* dl, AttractSlide s, ImVec2 min, ImVec2 max, float alpha) {
  if (s.quiz)
    quizCard(ui, dl, min, max, alpha);
  else if (s.event)
    eventCard(ui, dl, ui.catalogue.events[s.index], min, max, alpha);
  else
    imageCover(ui, dl, ui.catalogue.careers[s.index].image, min, max, ui.theme.radius() * 1.6f,
               ImDrawFlags_RoundCornersAll, alpha);
}

}  // namespace

std::string localDate() { return isoDay(std::time(nullptr), TimeZone::Local); }

std::vector<size_t> upcomingEvents(const Catalogue& cat, const std::string& today) {
  std::vector<size_t> out;
  for (size_t i = 0; i < cat.events.size(); ++i)
    if (cat.events[i].date >= today) out.push_back(i);  // ISO dates compare as text
  return out;
}

AttractSlide attractSlide(const Catalogue& cat, const std::vector<size_t>& upcoming, int n) {
  if (!cat.quiz.empty() && !cat.careers.empty()) {
    if (n % 4 == 3) return {false, 0, true};
    n -= n / 4;  // the other slides go on as if the quiz's were not there
  }
  const size_t careers = cat.careers.size(), events = upcoming.size(), k = static_cast<size_t>(n);
  if (events == 0) return {false, careers ? k % careers : 0};
  if (careers == 0) return {true, upcoming[k % events]};
  const size_t cycle = k / 3, pos = k % 3;  // career, career, event
  if (pos == 2) return {true, upcoming[cycle % events]};
  return {false, (2 * cycle + pos) % careers};
}

std::string AttractScreen::image(const Catalogue& cat) const {
  const AttractSlide s = attractSlide(cat, upcomingEvents(cat, localDate()), slide);
  return s.event || s.quiz || cat.careers.empty() ? "" : cat.careers[s.index].image;
}

void AttractScreen::draw(Ui& ui) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const Catalogue& cat = ui.catalogue;
  const std::vector<size_t> upcoming = upcomingEvents(cat, localDate());
  const bool anything = !cat.careers.empty() || !upcoming.empty();
  if (slideStart < 0) slideStart = ui.now;

  // Decorative shapes: warm, soft, recognisable from across the hall.
  dl->AddCircleFilled(ImVec2(o.x + size.x * 0.86f, o.y + size.y * 0.12f), ui.px(260), color::sand,
                      64);
  dl->AddCircleFilled(ImVec2(o.x + size.x * 0.05f, o.y + size.y * 0.98f), ui.px(180),
                      color::rgb(0xF2, 0xB5, 0x44, 90), 64);

  // The current slide (a career's illustration or an agenda card), cross-fading from the last.
  double elapsed = ui.now - slideStart;
  if (elapsed >= kSlideSeconds && anything) {
    slide = slide + 1 < 1000000 ? slide + 1 : 0;
    slideStart = ui.now;
    ++changes;
    elapsed = 0;
  }
  ImVec2 cardMin = portrait ? ImVec2(o.x + ui.px(80), o.y + size.y * 0.40f)
                            : ImVec2(o.x + size.x * 0.50f, o.y + ui.px(120));
  ImVec2 cardMax = portrait
                       ? ImVec2(o.x + size.x - ui.px(80), cardMin.y + (size.x - ui.px(160)) * 0.66f)
                       : ImVec2(o.x + size.x - ui.px(100), o.y + size.y * 0.70f);
  dl->AddRectFilled(ImVec2(cardMin.x + ui.px(18), cardMin.y + ui.px(18)),
                    ImVec2(cardMax.x + ui.px(18), cardMax.y + ui.px(18)), color::sage,
                    ui.theme.radius() * 1.6f);
  ImVec2 eventCardMin, eventCardMax;  // the card, when it shows an event: a touch opens the agenda
  if (anything) {
    const AttractSlide cur = attractSlide(cat, upcoming, slide);
    // The very first slide appears at once; later ones cross-fade over the previous one.
    // The first fade frame is already one step in: a frame showing only the old slide is waste.
    float fade = changes == 0
                     ? 1.0f
                     : static_cast<float>(std::min(1.0, (elapsed + kFadeFrame) / kFadeSeconds));
    if (fade < 1.0f) {
      drawSlide(ui, dl, attractSlide(cat, upcoming, slide > 0 ? slide - 1 : 0), cardMin, cardMax,
                1.0f);
      ui.wakeAt = std::min(ui.wakeAt, ui.now + kFadeFrame);
    }
    drawSlide(ui, dl, cur, cardMin, cardMax, fade);
    if (cur.event) eventCardMin = cardMin, eventCardMax = cardMax;
    const std::string& id = cur.quiz    ? cat.quiz.front().id
                            : cur.event ? cat.events[cur.index].id
                                        : cat.careers[cur.index].id;
    ui.hits.add(std::string(cur.quiz    ? "attract.quiz:"
                            : cur.event ? "attract.event:"
                                        : "attract.career:") +
                    id,
                cardMin, cardMax);  // which slide shows, for tests
    if (!cur.event && !cur.quiz) {
      const Career& c = cat.careers[cur.index];
      ImFont* h3 = ui.theme.fonts.h3;
      ImVec2 cap(cardMin.x, cardMax.y + ui.px(44));
      textClipped(dl, h3, color::teal, cap, c.title, cardMax.x - cardMin.x);
      dl->PushClipRect(ImVec2(cap.x, cap.y), ImVec2(cardMax.x, o.y + size.y), true);
      ImFont* body = ui.theme.fonts.body;
      drawTextWrapped(dl, body, color::inkSoft, ImVec2(cap.x, cap.y + h3->FontSize + ui.px(10)),
                      c.pitch, cardMax.x - cardMin.x);
      dl->PopClipRect();
    }
    // Nothing moves until the next fade: the app sleeps until then. The next illustration is
    // decoded now, once the fade is over, so the next fade starts with it (no placeholder frame).
    if (fade >= 1.0f) {
      const AttractSlide next = attractSlide(cat, upcoming, slide + 1);
      if (!next.event && !next.quiz) ui.textures.get(cat.careers[next.index].image);
    }
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
  dropShadow(dl, pillMin, pillMax, ui.px(6), ui.px(55));
  dl->AddRectFilled(pillMin, pillMax, color::terracotta, ui.px(55));
  drawIcon(dl, Icon::Arrow, ImVec2(pillMax.x - ui.px(50), (pillMin.y + pillMax.y) * 0.5f),
           ui.px(34), color::white);
  dl->AddText(f, f->FontSize, ImVec2(pillMin.x + ui.px(44), pillMin.y + (ui.px(110) - ts.y) * 0.5f),
              color::white, cta);

  // Languages first (they win the touch over the full-screen area drawn after them).
  ImVec2 langAt = portrait ? ImVec2(o.x + size.x - ui.px(60), o.y + ui.px(36))
                           : ImVec2(o.x + size.x - ui.px(60), o.y + size.y - ui.px(110));
  if (languagePicker(ui, langAt)) ui.go(ScreenId::Home);
  // Text size and contrast: beside the call to action, low enough to reach from a wheelchair.
  // Opening it starts the visit; the panel shows on the home screen.
  const float r = ui.theme.touchMin() * 0.5f;
  if (accessibilityButton(ui, ImVec2(pillMax.x + ui.px(48) + r, (pillMin.y + pillMax.y) * 0.5f))) {
    ui.session.access.panelOpen = true;
    ui.go(ScreenId::Home);
  }

  // An event card leads to the agenda; the quiz's slide is its own door.
  if (eventCardMax.x > eventCardMin.x &&
      touchArea(ui, "attract.agenda", eventCardMin, eventCardMax))
    ui.go(ScreenId::Agenda);
  // The quiz's slide: a tap on it starts the quiz.
  if (anything && attractSlide(cat, upcoming, slide).quiz &&
      touchArea(ui, "attract.startquiz", cardMin, cardMax)) {
    startQuiz(ui);
    return;
  }
  // The whole screen is the button.
  if (touchArea(ui, "attract", o, ImVec2(o.x + size.x, o.y + size.y))) ui.go(ScreenId::Home);
}

}  // namespace vitrine::ui
