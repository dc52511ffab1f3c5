// Careers grid: level, domain and audience chips with counts over illustrated cards in a
// drag-to-scroll grid; an empty result explains itself and widens in one tap.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <set>
#include <span>
#include <string_view>
#include <vector>

#include "facets.h"
#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// The chip groups, in the order of FacetCounts' facets and on screen.
constexpr const char* kGroups[] = {"level", "domain", "audience"};
constexpr const char* kDomains[] = {"accompagnement", "education", "enfance",
                                    "insertion",      "animation", "encadrement"};
constexpr S kDomainLabels[] = {S::DomainAccompagnement, S::DomainEducation, S::DomainEnfance,
                               S::DomainInsertion,      S::DomainAnimation, S::DomainEncadrement};
constexpr const char* kAudiences[] = {"pupils", "students", "career_changers"};
constexpr S kAudienceLabels[] = {S::AudiencePupils, S::AudienceStudents, S::AudienceCareerChangers};

// A code from the pack in the visitor's words; an id the kiosk doesn't know shows itself.
template <size_t N>
std::string labelOf(const Ui& ui, const std::string& id, const char* const (&ids)[N],
                    const S (&labels)[N]) {
  for (size_t i = 0; i < N; ++i)
    if (id == ids[i]) return ui.t(labels[i]);
  return id;
}

std::string chipLabel(const Ui& ui, std::string_view group, const std::string& value) {
  if (group == "level") return ui.trs(S::LevelN, value);
  if (group == "domain") return labelOf(ui, value, kDomains, kDomainLabels);
  return labelOf(ui, value, kAudiences, kAudienceLabels);
}


// A group's chips: the ids the kiosk knows first, in their fixed order, then the others sorted.
CareerView::Chips chipsOf(const std::set<std::string_view>& seen, const FacetCounts<3>& counts,
                          size_t k, std::span<const char* const> known = {}) {
  CareerView::Chips out;
  for (const char* id : known)
    if (seen.count(id)) out.emplace_back(id, counts.count(k, id));
  for (std::string_view v : seen)
    if (std::find(known.begin(), known.end(), v) == known.end())
      out.emplace_back(std::string(v), counts.count(k, v));
  return out;
}

// Clear-all, then each group with two values or more under its title.
void drawChips(Ui& ui, const CareerView& view, float width) {
  CareerFilters& f = ui.session.careerFilters;
  if (!f.empty()) {
    ChipFlow flow(ui, width);
    const int all = static_cast<int>(ui.catalogue.careers.size());
    if (flow.chip("careers.clear", ui.t(S::ClearFilters), false, all)) f = CareerFilters{};
  }
  const S titles[] = {S::LevelGroup, S::Domain, S::Audience};
  const CareerView::Chips* groups[] = {&view.levels, &view.domains, &view.audiences};
  // Each group's name stands left of its chips, in one column: a row less per group keeps the
  // grid in view (on a 1080p screen all three groups fit above it).
  ImFont* font = ui.theme.fonts.small;
  float labelW = 0;
  for (S t : titles) labelW = std::max(labelW, font->CalcTextSizeA(font->FontSize, 1e9f, 0, ui.t(t)).x);
  labelW += ui.px(24);
  for (size_t k = 0; k < std::size(kGroups); ++k) {
    if (groups[k]->size() < 2) continue;  // one value only: nothing to choose
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddText(font, font->FontSize,
                                        ImVec2(at.x, at.y + (ui.px(64) - font->FontSize) / 2),
                                        color::inkSoft, ui.t(titles[k]));
    ImGui::SetCursorScreenPos(ImVec2(at.x + labelW, at.y));
    {
      ChipFlow flow(ui, width - labelW);
      for (const auto& [value, n] : *groups[k]) {
        const bool on = f.has(kGroups[k], value);
        const std::string token = std::string(kGroups[k]) + ":" + value;
        if (flow.chip(token, chipLabel(ui, kGroups[k], value), on, n)) {
          f.toggle(kGroups[k], value);
          if (!on) ui.record(EventKind::Filter, token);
        }
      }
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, ImGui::GetCursorScreenPos().y));
  }
}

bool hasChips(const CareerView& view, const CareerFilters& f) {
  return !f.empty() || view.levels.size() > 1 || view.domains.size() > 1 ||
         view.audiences.size() > 1;
}

// No career left: say why, offer to remove the chip chosen last (showing what that gives), or all.
void emptyCareers(Ui& ui, const CareerView& view, float x, float y, float width) {
  CareerFilters& f = ui.session.careerFilters;
  std::string why = f.count() > 1 ? ui.tn(S::NoCareerBecause, f.count()) : ui.t(S::NoCareerMatches);
  std::string widen;
  if (!f.order.empty()) {
    const std::string& last = f.order.back();
    const size_t colon = last.find(':');
    widen = ui.trs(S::WidenRemove,
                   chipLabel(ui, std::string_view(last).substr(0, colon), last.substr(colon + 1))) +
            "  ·  " + ui.tn(S::CareersFound, view.widened);
  }
  const EmptyAction action = emptyResult(ui, why, widen, x, y, width);
  if (action == EmptyAction::Widen) {
    f.widen();
    ui.record(EventKind::Filter, "widen");
  }
  if (action == EmptyAction::Clear) f = CareerFilters{};
}

}  // namespace

void CareerView::update(const Catalogue& cat, const CareerFilters& f) {
  const auto now = CatalogueStamp::of(cat, cat.careers);
  if (valid && stamp == now && filters == f) return;
  valid = true;
  stamp = now;
  filters = f;
  careers.clear();
  FacetCounts<std::size(kGroups)> counts;
  const CareerFacets rules{f};
  std::set<std::string_view> seen[std::size(kGroups)];
  for (const Career& c : cat.careers) {
    for (size_t k = 0; k < std::size(kGroups); ++k)
      rules.values(c, k, [&](std::string_view v) { seen[k].insert(v); });
    if (counts.add(c, rules)) careers.push_back(&c);
  }
  levels = chipsOf(seen[0], counts, 0);  // sorted as they are: "5" < "6" < "7"
  domains = chipsOf(seen[1], counts, 1, kDomains);
  audiences = chipsOf(seen[2], counts, 2, kAudiences);
  widened = 0;
  CareerFilters wider = f;
  if (careers.empty() && wider.widen())  // only shown when nothing matches
    widened = static_cast<int>(std::count_if(cat.careers.begin(), cat.careers.end(),
                                             [&](const Career& c) { return wider.matches(c); }));
}

void CareersScreen::draw(Ui& ui) {
  float top = header(ui, ui.t(S::Careers));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const float pad = ui.px(48), gap = ui.theme.gap();
  view.update(ui.catalogue, ui.session.careerFilters);
  if (hasChips(view, ui.session.careerFilters)) {
    // The chips scroll on their own past 40 % of the screen (large text, narrow portrait), so
    // the grid always keeps most of it. Their height is the one measured last frame.
    const float most = (o.y + size.y - top) * 0.4f;
    const float h = chipsHeight > 0 ? std::min(chipsHeight, most) : most;
    ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top - ui.px(8)));
    beginScrollArea(ui, "careers.chips", ImVec2(size.x - 2 * pad, h));
    drawChips(ui, view, size.x - 2 * pad - ui.px(12));
    const float measured = ImGui::GetCursorPosY();
    moreBelow(ui, "careers.chips.more");  // a cut row alone does not say the strip scrolls
    ImGui::EndChild();
    if (std::abs(measured - chipsHeight) > 0.5f) ui.animating = true;  // settle next frame
    chipsHeight = measured;
    top += h - ui.px(8);
  }
  view.update(ui.catalogue, ui.session.careerFilters);  // a chip tapped just above
  const std::vector<const Career*>& careers = view.careers;
  ImGui::SetCursorScreenPos(ImVec2(o.x, top));
  beginScrollArea(ui, "careers.grid", ImVec2(size.x, o.y + size.y - top), &scrollToTop);

  const int columns = std::max(1, static_cast<int>((size.x - 2 * pad) / ui.px(420)));
  const float cardW = (size.x - 2 * pad - gap * static_cast<float>(columns - 1)) / columns;
  const float imageH = cardW * 0.58f, cardH = imageH + ui.px(170);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  if (careers.empty() && !ui.session.careerFilters.empty())
    emptyCareers(ui, view, origin.x + pad, origin.y + ui.px(20), size.x - 2 * pad);
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
    dropShadow(dl, min, max, ui.px(6), r);
    // Under an opaque picture the card's paper would never show: it starts below (1 px under
    // the picture's edge), which spares a software renderer a third of every card.
    const auto* picture = ui.textures.get(c.image, ImageSize::Thumbnail);  // ~440 px wide
    const bool hidden = picture && picture->opaque;
    dl->AddRectFilled(ImVec2(min.x, hidden ? min.y + imageH - ui.px(1) : min.y), max,
                      pressed ? color::sand : color::white, r,
                      hidden ? ImDrawFlags_RoundCornersBottom : ImDrawFlags_RoundCornersAll);
    imageCover(dl, picture, min, ImVec2(max.x, min.y + imageH), r, ImDrawFlags_RoundCornersTop);
    if (ui.session.has(ui.session.careers, c.id)) {
      ImVec2 b(max.x - ui.px(44), min.y + ui.px(44));
      dl->AddCircleFilled(b, ui.px(30), color::white, 32);
      drawIcon(dl, Icon::HeartFilled, b, ui.px(32), color::terracotta);
    }
    ImFont* h3 = ui.theme.fonts.h3;
    ImVec2 tp(min.x + ui.px(24), min.y + imageH + ui.px(18));
    // A long title takes two lines before it is cut; the pitch follows it.
    const float titleH = textLines(dl, h3, color::teal, tp, c.title, cardW - ui.px(48), 2);
    ImFont* body = ui.theme.fonts.small;
    dl->PushClipRect(tp, ImVec2(max.x - ui.px(24), max.y - ui.px(12)), true);
    drawTextWrapped(dl, body, color::inkSoft, ImVec2(tp.x, tp.y + titleH + ui.px(10)), c.pitch,
                    cardW - ui.px(48));
    dl->PopClipRect();
    // A long press adds the career to Ma sélection without opening it.
    if (longPress(ui, "career:" + c.id, ImVec2(max.x - ui.px(44), min.y + ui.px(44)), tapped)) {
      ui.session.toggle(ui.session.careers, c.id);
      ui.record(EventKind::LongPress, "career");
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
