// Stage offers: filter chips with counts (service, region, study year) and a scrolling list.
#include <algorithm>
#include <map>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// Chips flow left to right and wrap inside `width`.
class Flow {
 public:
  Flow(Ui& ui, float width)
      : ui_(ui), x0_(ImGui::GetCursorScreenPos().x), y_(ImGui::GetCursorScreenPos().y),
        x_(x0_), width_(width) {}
  bool chip(const std::string& name, const std::string& label, bool on, int count) {
    ImFont* f = ui_.theme.fonts.bodyBold;
    std::string text = label + "  " + std::to_string(count);
    float w = f->CalcTextSizeA(f->FontSize, 1e9f, 0, text.c_str()).x + ui_.px(48 + 34);
    if (x_ > x0_ && x_ + w > x0_ + width_) {
      x_ = x0_;
      y_ += ui_.px(64 + 12);
    }
    ImGui::SetCursorScreenPos(ImVec2(x_, y_));
    bool tapped = vitrine::ui::chip(ui_, name, label, on, count);
    x_ = ImGui::GetItemRectMax().x + ui_.px(12);
    return tapped;
  }
  ~Flow() {
    ImGui::SetCursorScreenPos(ImVec2(x0_, y_ + ui_.px(64 + 12)));
    ImGui::Dummy(ImVec2(width_, 0));
  }

 private:
  Ui& ui_;
  float x0_, y_, x_, width_;
};

// How many offers each value of a facet would give, with the other facets applied.
template <typename Key, typename Clear, typename Count>
std::map<Key, int> facetCounts(const Catalogue& cat, OfferFilters f, Clear clear, Count count) {
  clear(f);
  std::map<Key, int> counts;
  for (const Offer* o : filteredOffers(cat, f)) count(*o, counts);
  return counts;
}

void sectionTitle(Ui& ui, const char* text, float width) {
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  textWrapped(ui.theme.fonts.small, color::inkSoft, text, width);
}

void toggle(Ui& ui, std::set<std::string>& set, const char* facet, const std::string& v) {
  if (set.erase(v)) return;
  set.insert(v);
  ui.record("filter", std::string(facet) + ":" + v);
}

void drawFilters(Ui& ui, float width) {
  OfferFilters& f = ui.session.filters;
  const Catalogue& cat = ui.catalogue;
  sectionTitle(ui, ui.t(S::Service), width);
  auto services = facetCounts<std::string>(
      cat, f, [](OfferFilters& c) { c.services.clear(); },
      [](const Offer& o, auto& m) { ++m[o.service]; });
  {
    Flow flow(ui, width);
    for (const auto& [name, n] : services)
      if (flow.chip("service:" + name, name, f.services.count(name) > 0, n)) toggle(ui, f.services, "service", name);
  }
  sectionTitle(ui, ui.t(S::Region), width);
  auto regions = facetCounts<std::string>(
      cat, f, [](OfferFilters& c) { c.regions.clear(); },
      [](const Offer& o, auto& m) { ++m[o.region]; });
  {
    Flow flow(ui, width);
    for (const auto& [name, n] : regions)
      if (flow.chip("region:" + name, name, f.regions.count(name) > 0, n)) toggle(ui, f.regions, "region", name);
  }
  sectionTitle(ui, ui.t(S::StudyYear), width);
  auto years = facetCounts<int>(
      cat, f, [](OfferFilters& c) { c.year = 0; },
      [](const Offer& o, auto& m) {
        for (int y : o.years) ++m[y];
      });
  Flow flow(ui, width);
  for (int y = 1; y <= 3; ++y)
    if (flow.chip("year:" + std::to_string(y), yearLabel(ui, y), f.year == y, years[y])) {
      f.year = f.year == y ? 0 : y;
      if (f.year) ui.record("filter", "year:" + std::to_string(y));
    }
}

void offerCard(Ui& ui, const Offer& o, ImVec2 min, ImVec2 max) {
  bool pressed = false;
  if (touchArea(ui, "offer:" + o.id, min, max, &pressed)) {
    ui.session.offerId = o.id;
    ui.go(ScreenId::OfferDetail, o.id);
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float r = ui.theme.radius();
  dl->AddRectFilled(ImVec2(min.x, min.y + ui.px(5)), ImVec2(max.x, max.y + ui.px(5)), color::shadow, r);
  dl->AddRectFilled(min, max, pressed ? color::sand : color::white, r);
  dl->AddRectFilled(min, ImVec2(min.x + ui.px(12), max.y), o.country.empty() ? color::sage : color::sun,
                    r, ImDrawFlags_RoundCornersLeft);
  const Organisation* org = ui.catalogue.organisation(o.organisation);
  float x = min.x + ui.px(40), w = max.x - x - ui.px(90);
  ImFont* h3 = ui.theme.fonts.h3;
  ImFont* body = ui.theme.fonts.body;
  ImFont* small = ui.theme.fonts.small;
  textClipped(dl, h3, color::teal, ImVec2(x, min.y + ui.px(22)), o.title, w);
  std::string who = (org ? org->name : o.organisation) + " · " + o.city;
  textClipped(dl, body, color::ink, ImVec2(x, min.y + ui.px(68)), who, w);
  std::string facts = o.service + "   ·   " + yearsText(ui, o) + "   ·   " + formatDate(o.start) +
                      " – " + formatDate(o.end) + "   ·   " + ui.tn(S::Places, o.places);
  textClipped(dl, small, color::inkSoft, ImVec2(x, min.y + ui.px(112)), facts, w);
  bool selected = ui.session.has(ui.session.offers, o.id);
  drawIcon(dl, selected ? Icon::HeartFilled : Icon::Arrow,
           ImVec2(max.x - ui.px(50), (min.y + max.y) * 0.5f), ui.px(34),
           selected ? color::terracotta : color::teal);
}

}  // namespace

void OffersScreen::draw(Ui& ui) {
  float top = header(ui, ui.t(S::Offers));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48);
  const float panelW = portrait ? size.x - 2 * pad : ui.px(520);
  const float panelH = portrait ? size.y * 0.30f : o.y + size.y - top;

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
  beginScrollArea(ui, "offers.filters", ImVec2(panelW, panelH));
  OfferFilters& f = ui.session.filters;
  if (const Career* c = f.careerId.empty() ? nullptr : ui.catalogue.career(f.careerId)) {
    sectionTitle(ui, ui.t(S::Careers), panelW);
    if (chip(ui, "filter.career", c->title, true)) f.careerId.clear();
  }
  if (!f.empty()) {  // at the top, so it never scrolls out of reach
    if (button(ui, "filters.clear", ui.t(S::ClearFilters), Look::Quiet)) f = OfferFilters{};
  }
  drawFilters(ui, panelW - ui.px(12));
  ImGui::Dummy(ImVec2(0, ui.px(40)));
  ImGui::EndChild();

  auto offers = filteredOffers(ui.catalogue, f);
  float listX = portrait ? o.x : o.x + pad + panelW + pad * 0.5f;
  float listY = portrait ? top + panelH + ui.px(16) : top;
  float listW = o.x + size.x - listX;
  ImGui::SetCursorScreenPos(ImVec2(listX, listY));
  beginScrollArea(ui, "offers.list", ImVec2(listW, o.y + size.y - listY), &scrollToTop);
  const float cardH = ui.px(160), gap = ui.px(20), cardX = listX + (portrait ? pad : 0);
  const float cardW = listX + listW - pad - cardX;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(cardX, origin.y));
  textWrapped(ui.theme.fonts.bodyBold, color::inkSoft,
              ui.tn(S::OffersFound, static_cast<int>(offers.size())), cardW);
  float y0 = ImGui::GetCursorScreenPos().y;
  const float viewTop = ImGui::GetWindowPos().y, viewBottom = viewTop + ImGui::GetWindowHeight();
  for (size_t i = 0; i < offers.size(); ++i) {
    ImVec2 min(cardX, y0 + static_cast<float>(i) * (cardH + gap));
    ImVec2 max(cardX + cardW, min.y + cardH);
    if (max.y < viewTop || min.y > viewBottom) continue;
    offerCard(ui, *offers[i], min, max);
  }
  if (offers.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(cardX, y0 + ui.px(20)));
    textWrapped(ui.theme.fonts.h3, color::ink, ui.t(S::NoOfferMatches), cardW);
    ImGui::SetCursorScreenPos(ImVec2(cardX, ImGui::GetCursorScreenPos().y));
    if (button(ui, "empty.clear", ui.t(S::ClearFilters), Look::Primary)) f = OfferFilters{};
  } else {
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(cardW, (y0 - origin.y) + offers.size() * (cardH + gap) + ui.px(40)));
  }
  ImGui::EndChild();
}

}  // namespace vitrine::ui
