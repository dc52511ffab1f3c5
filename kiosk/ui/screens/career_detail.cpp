// Career detail: illustration and key facts, the story of the job, and the two actions.
#include <algorithm>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

void fact(Ui& ui, const char* label, const std::string& value, float width) {
  if (value.empty()) return;
  textWrapped(ui.theme.fonts.small, color::inkSoft, label, width);
  ImGui::SetCursorScreenPos(ImVec2(ImGui::GetCursorScreenPos().x,
                                   ImGui::GetCursorScreenPos().y - ui.px(12)));
  textWrapped(ui.theme.fonts.bodyBold, color::ink, value, width);
}

void drawFacts(Ui& ui, const Career& c, float width) {
  ImVec2 start = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(start.x + ui.px(28), start.y + ui.px(24)));
  float inner = width - ui.px(56);
  fact(ui, ui.t(S::Diploma), c.diploma, inner);
  fact(ui, ui.t(S::Level), c.level, inner);
  fact(ui, ui.t(S::Duration), c.duration, inner);
  std::string routes;
  for (const auto& r : c.routes) routes += (routes.empty() ? "" : " · ") + std::string(routeLabel(ui, r));
  fact(ui, ui.t(S::Routes), routes, inner);
  fact(ui, ui.t(S::WhereTheyWork), c.where, inner);
  float end = ImGui::GetCursorScreenPos().y + ui.px(8);
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, ImVec2(start.x + width, end), color::sand, ui.theme.radius());
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, end + ui.px(24)));
}

// The quote without the marks (and their spaces) an editor typed around it: the card draws its own.
constexpr const char* kQuoteMarks[] = {"«", "»", "“", "”", "\"", " ", "\u00a0", "\u202f"};
std::string bareQuote(std::string q) {
  for (bool cut = true; cut;) {
    cut = false;
    for (const char* mark : kQuoteMarks) {
      const std::string m = mark;
      if (q.size() >= m.size() && q.rfind(m, 0) == 0) q.erase(0, m.size()), cut = true;
      if (q.size() >= m.size() && q.compare(q.size() - m.size(), m.size(), m) == 0)
        q.erase(q.size() - m.size()), cut = true;
    }
  }
  return q;
}

// Someone in the job, as a quotation: a big opening mark, the quote, then who says it.
void drawTestimonial(Ui& ui, const Career& c, float width) {
  if (c.testimonial.empty()) return;
  ImGui::Dummy(ImVec2(0, ui.px(28)));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  const float pad = ui.px(32), markW = ui.px(70), inner = width - 2 * pad - markW;
  ImFont* display = ui.theme.fonts.display;
  dl->AddText(display, display->FontSize, ImVec2(start.x + pad, start.y + ui.px(8)),
              color::terracotta, "«");
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad + markW, start.y + pad));
  textWrapped(ui, ui.theme.fonts.h3, color::tealDeep, bareQuote(c.testimonial), inner);
  ImGui::SetCursorScreenPos(ImVec2(start.x + pad + markW, ImGui::GetCursorScreenPos().y + ui.px(16)));
  textWrapped(ui, ui.theme.fonts.bodyBold, color::ink, "— " + c.testimonialName, inner);
  if (!c.testimonialRole.empty())
    textWrapped(ui, ui.theme.fonts.body, color::inkSoft, c.testimonialRole, inner);
  const float end = ImGui::GetCursorScreenPos().y + pad;
  dl->ChannelsSetCurrent(0);
  dl->AddRectFilled(start, ImVec2(start.x + width, end), color::sand, ui.theme.radius());
  dl->AddRectFilled(start, ImVec2(start.x + ui.px(10), end), color::terracotta, ui.theme.radius(),
                    ImDrawFlags_RoundCornersLeft);
  dl->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, end));
  ImGui::Dummy(ImVec2(width, 0));
}

void drawBody(Ui& ui, const Career& c, float width) {
  textWrapped(ui.theme.fonts.h3, color::terracottaDeep, c.pitch, width);
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  for (const TextBlock& b : c.body) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    switch (b.kind) {
      case TextBlock::Kind::Heading:
        ImGui::Dummy(ImVec2(0, ui.px(12)));
        textWrapped(ui.theme.fonts.h3, color::teal, b.text, width);
        break;
      case TextBlock::Kind::Bullet:
        ImGui::GetWindowDrawList()->AddCircleFilled(
            ImVec2(p.x + ui.px(10), p.y + ui.theme.fonts.body->FontSize * 0.55f), ui.px(6),
            color::terracotta, 12);
        ImGui::SetCursorScreenPos(ImVec2(p.x + ui.px(34), p.y));
        textWrapped(ui.theme.fonts.body, color::ink, b.text, width - ui.px(34));
        ImGui::SetCursorScreenPos(ImVec2(p.x, ImGui::GetCursorScreenPos().y - ui.px(6)));
        break;
      case TextBlock::Kind::Paragraph:
        textWrapped(ui.theme.fonts.body, color::ink, b.text, width);
        break;
    }
  }
  drawTestimonial(ui, c, width);
  ImGui::Dummy(ImVec2(0, ui.px(60)));
}

}  // namespace

void CareerDetailScreen::draw(Ui& ui) {
  const Career* c = ui.catalogue.career(ui.session.careerId);
  if (!c) {
    ui.back();
    return;
  }
  float top = header(ui, c->title.c_str());
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48), barH = ui.theme.touchMin() + ui.px(64);
  const float bottom = o.y + size.y - barH;
  ImDrawList* dl = ImGui::GetWindowDrawList();

  float textX = o.x + pad, textW = size.x - 2 * pad;
  if (!portrait) {
    // Left column: illustration and key facts, scrolling on its own if the facts are long.
    float leftW = size.x * 0.36f;
    ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
    bool factsToTop = scrollToTop;  // the body below consumes the flag
    beginScrollArea(ui, "career.facts", ImVec2(leftW, bottom - top), &factsToTop, false);
    ImVec2 imgMin = ImGui::GetCursorScreenPos(), imgMax(imgMin.x + leftW, imgMin.y + leftW * 0.56f);
    imageCover(ui, ImGui::GetWindowDrawList(), c->image, imgMin, imgMax, ui.theme.radius());
    ImGui::Dummy(ImVec2(leftW, imgMax.y - imgMin.y + ui.px(8)));
    drawFacts(ui, *c, leftW);
    ImGui::EndChild();
    textX = o.x + pad + leftW + pad;
    textW = o.x + size.x - pad - textX;
  }
  ImGui::SetCursorScreenPos(ImVec2(textX - ui.px(8), top));
  beginScrollArea(ui, "career.body", ImVec2(textW + ui.px(16), bottom - top), &scrollToTop);
  ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y));
  if (portrait) {
    ImVec2 p = ImGui::GetCursorScreenPos();
    imageCover(ui, ImGui::GetWindowDrawList(), c->image, p,
               ImVec2(p.x + textW, p.y + textW * 0.55f), ui.theme.radius());
    ImGui::Dummy(ImVec2(textW, textW * 0.55f + ui.px(8)));
    ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y));
    drawFacts(ui, *c, textW);
    ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y));
  }
  drawBody(ui, *c, textW);
  ImGui::EndChild();

  // Action bar.
  dl->AddRectFilled(ImVec2(o.x, bottom), ImVec2(o.x + size.x, o.y + size.y), color::sand);
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, bottom + ui.px(32)));
  bool selected = ui.session.has(ui.session.careers, c->id);
  if (button(ui, "interested", selected ? ui.t(S::InSelection) : ui.t(S::Interested),
             selected ? Look::Secondary : Look::Primary,
             selected ? Icon::HeartFilled : Icon::Heart))
    ui.session.toggle(ui.session.careers, c->id);
  int schools = 0;
  for (const School& s : ui.catalogue.schools)
    schools += std::find(s.careers.begin(), s.careers.end(), c->id) != s.careers.end() ? 1 : 0;
  if (schools > 0) {
    ImGui::SameLine(0, ui.px(24));
    if (button(ui, "career.schools", ui.tn(S::WhereToTrainN, schools).c_str(), Look::Secondary,
               Icon::Arrow)) {
      ui.session.schoolsCareer = c->id;
      ui.go(ScreenId::Schools);
    }
  }
  int n = offersForCareer(ui.catalogue, c->id);
  if (n > 0) {
    ImGui::SameLine(0, ui.px(24));
    if (button(ui, "career.offers", ui.tn(S::SeeOffers, n).c_str(), Look::Teal, Icon::Arrow)) {
      ui.session.filters = OfferFilters{};
      ui.session.filters.careerId = c->id;
      ui.go(ScreenId::Offers);
    }
  }
}

}  // namespace vitrine::ui
