// Stage offers: filter chips with counts (service, region, year, period, abroad) and a list.
#include <algorithm>
#include <cfloat>
#include <cstdlib>
#include <iterator>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "facets.h"
#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {


float programmeBadgeWidth(const Ui& ui, const std::string& programme) {
  ImFont* f = ui.theme.fonts.small;
  return f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, programme.c_str()).x + ui.px(40);
}

// A sun-coloured pill with the programme's name, registered as "badge:<programme>" for tests.
void programmeBadge(Ui& ui, const std::string& programme, ImVec2 min) {
  ImFont* f = ui.theme.fonts.small;
  ImVec2 max(min.x + programmeBadgeWidth(ui, programme) - ui.px(16),
             min.y + f->FontSize + ui.px(12));
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(min, max, color::sun, (max.y - min.y) * 0.5f);
  dl->AddText(f, f->FontSize, ImVec2(min.x + ui.px(12), min.y + ui.px(6)), color::ink,
              programme.c_str());
  ui.hits.add("badge:" + programme, min, max);
}

const char* seasonLabel(const Ui& ui, const std::string& season) {
  if (season == "winter") return ui.t(S::SeasonWinter);
  if (season == "spring") return ui.t(S::SeasonSpring);
  if (season == "summer") return ui.t(S::SeasonSummer);
  return ui.t(S::SeasonAutumn);
}

// One facet's chips; `values` are (value, label) pairs in display order.
void facet(Ui& ui, const OfferView& view, const char* title, const std::string& name,
           const std::vector<std::pair<std::string, std::string>>& values, float width) {
  OfferFilters& f = ui.session.filters;
  sectionTitle(ui, title, width);
  ChipFlow flow(ui, width);
  for (const auto& [value, label] : values) {
    const bool on = f.has(name, value);
    if (flow.chip(name + ":" + value, label, on, view.count(name, value))) {
      f.toggle(name, value);
      if (!on) ui.record(EventKind::Filter, name + ":" + value);
    }
  }
}

void drawFilters(Ui& ui, const OfferView& view, float width) {
  std::vector<std::pair<std::string, std::string>> services, regions, years, periods;
  for (const std::string& v : view.services) services.emplace_back(v, view.serviceLabels.at(v));
  for (const std::string& v : view.regions) regions.emplace_back(v, v);
  for (int y = 1; y <= 3; ++y) years.emplace_back(std::to_string(y), yearLabel(ui, y));
  for (const char* season : kSeasons) periods.emplace_back(season, seasonLabel(ui, season));
  // The study year first (one short line, it decides most), then the services the pack is
  // organised by; region, period and abroad follow in the scrolling panel.
  facet(ui, view, ui.t(S::StudyYear), "year", years, width);
  facet(ui, view, ui.t(S::Service), "service", services, width);
  facet(ui, view, ui.t(S::Region), "region", regions, width);
  facet(ui, view, ui.t(S::Period), "period", periods, width);
  facet(ui, view, ui.t(S::International), "international", {{"1", ui.t(S::Abroad)}}, width);
}

// The chip's words for a filter token ("year:2" -> "2e année"), for the "widen" button.
std::string tokenLabel(const Ui& ui, const std::string& token) {
  size_t colon = token.find(':');
  std::string facetName = token.substr(0, colon), value = token.substr(colon + 1);
  if (facetName == "year") return yearLabel(ui, std::atoi(value.c_str()));
  if (facetName == "period") return seasonLabel(ui, value);
  if (facetName == "international") return ui.t(S::Abroad);
  if (facetName == "service")
    for (const Offer& o : ui.catalogue.offers)
      if (o.service == value) return o.serviceText();
  return value;
}

// No offer left: say why, offer to remove the last filter (showing what that gives), or all.
void emptyOffers(Ui& ui, const OfferView& view, float x, float y, float width) {
  OfferFilters& f = ui.session.filters;
  std::string why = f.count() > 1 ? ui.tn(S::NoOfferBecause, f.count()) : ui.t(S::NoOfferMatches);
  std::string widen;
  if (OfferFilters wider = f; wider.widen()) {
    std::string last =
        f.order.empty() ? std::string(ui.t(S::ForThisCareer)) : tokenLabel(ui, f.order.back());
    if (f.order.empty())
      if (const Career* c = ui.catalogue.career(f.careerId)) last = c->title;
    widen = ui.trs(S::WidenRemove, last) + "  ·  " + ui.tn(S::OffersFound, view.widened);
  }
  const EmptyAction action = emptyResult(ui, why, widen, x, y, width);
  if (action == EmptyAction::Widen) {
    f.widen();
    ui.record(EventKind::Filter, "widen");
  }
  if (action == EmptyAction::Clear) f = OfferFilters{};
}

void offerCard(Ui& ui, const Offer& o, ImVec2 min, ImVec2 max) {
  bool pressed = false;
  bool tapped = touchArea(ui, "offer:" + o.id, min, max, &pressed);
  // Drawn after the card (below), so the ring shows above it.
  auto held = [&] {
    ImVec2 c(max.x - ui.px(50), (min.y + max.y) * 0.5f);
    if (longPress(ui, "offer:" + o.id, c, tapped)) {
      ui.session.toggle(ui.session.offers, o.id);
      ui.record(EventKind::LongPress, "offer");
    }
  };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float r = ui.theme.radius();
  dropShadow(dl, min, max, ui.px(5), r);
  dl->AddRectFilled(min, max, pressed ? color::sand : color::white, r);
  const Organisation* org = ui.catalogue.organisation(o.organisation);
  dl->AddRectFilled(min, ImVec2(min.x + ui.px(12), max.y),
                    stageAbroad(o, org, ui.country) ? color::sun : color::sage, r,
                    ImDrawFlags_RoundCornersLeft);
  float x = min.x + ui.px(40), w = max.x - x - ui.px(90);
  ImFont* h3 = ui.theme.fonts.h3;
  ImFont* body = ui.theme.fonts.body;
  ImFont* small = ui.theme.fonts.small;
  const float y1 = min.y + ui.px(22), y2 = y1 + h3->FontSize + ui.px(14);
  float titleW = w;
  if (!ui.host.empty() && o.organisation == ui.host) {  // a discreet marker: the host's own stage
    const char* here = ui.t(S::HostHere);
    const float pw = small->CalcTextSizeA(small->FontSize, FLT_MAX, 0, here).x + ui.px(32);
    const ImVec2 pmin(x + w - pw, y1), pmax(x + w, y1 + small->FontSize + ui.px(12));
    dl->AddRectFilled(pmin, pmax, color::terracotta, (pmax.y - pmin.y) * 0.5f);
    dl->AddText(small, small->FontSize, ImVec2(pmin.x + ui.px(16), pmin.y + ui.px(6)),
                color::white, here);
    ui.hits.add("host:" + o.id, pmin, pmax);
    titleW = w - pw - ui.px(16);
  }
  textClipped(dl, h3, color::teal, ImVec2(x, y1), o.title, titleW);
  std::string who = (org ? org->name : o.organisation) + " · " + o.city;
  // The exchange programme (Erasmus+, Québec) as a badge at the end of the organisation's line.
  const float badgeW = o.programme.empty() ? 0.0f : programmeBadgeWidth(ui, o.programme);
  const float whoW = std::min(w - badgeW, body->CalcTextSizeA(body->FontSize, FLT_MAX, 0,
                                                               who.c_str()).x);
  textClipped(dl, body, color::ink, ImVec2(x, y2), who, whoW);
  if (badgeW > 0)
    programmeBadge(ui, o.programme, ImVec2(x + whoW + ui.px(16), y2 - ui.px(4)));
  std::string facts = o.serviceText() + "   ·   " + yearsText(ui, o) + "   ·   " +
                      formatDate(o.start, ui.lang) + " – " + formatDate(o.end, ui.lang) +
                      "   ·   " + ui.tn(S::Places, o.places);
  textClipped(dl, small, color::inkSoft, ImVec2(x, y2 + body->FontSize + ui.px(18)), facts, w);
  bool selected = ui.session.has(ui.session.offers, o.id);
  drawIcon(dl, selected ? Icon::HeartFilled : Icon::Arrow,
           ImVec2(max.x - ui.px(50), (min.y + max.y) * 0.5f), ui.px(34),
           selected ? color::terracotta : color::teal);
  held();
  if (tapped) {
    ui.session.offerId = o.id;
    ui.go(ScreenId::OfferDetail, o.id);
  }
}

}  // namespace

int OfferView::count(const std::string& facet, const std::string& value) const {
  auto it = counts.find(facet + ":" + value);
  return it == counts.end() ? 0 : it->second;
}

namespace {


}  // namespace

void OfferView::update(const Catalogue& cat, const OfferFilters& f, std::string_view country,
                       std::string_view hostId) {
  const auto now = CatalogueStamp::of(cat, cat.offers);
  if (valid && stamp == now && filters == f && home == country && host == hostId) return;
  host = hostId;
  valid = true;
  stamp = now;
  filters = f;
  home = country;
  ++recomputed;
  offers.clear();
  counts.clear();
  std::set<std::string_view> seenR;
  serviceLabels.clear();
  FacetCounts<std::size(kOfferFacetNames)> facets;
  const OfferFacets rules{f, cat, home};
  for (const Offer& o : cat.offers) {
    serviceLabels.emplace(o.service, o.serviceText());
    seenR.insert(o.region);
    if (!f.careerId.empty() &&  // the career filter is no chip: it narrows every count
        std::find(o.careers.begin(), o.careers.end(), f.careerId) == o.careers.end())
      continue;
    if (facets.add(o, rules)) offers.push_back(&o);
  }
  for (size_t k = 0; k < std::size(kOfferFacetNames); ++k)
    for (const auto& [v, n] : facets.of(k)) counts[kOfferFacetNames[k] + (":" + std::string(v))] = n;
  if (!host.empty())  // at the host's own open day, its stages come first
    std::stable_partition(offers.begin(), offers.end(),
                          [this](const Offer* o) { return o->organisation == host; });
  // In reading order of what the chips say: « Médiation » before « MRS », « Émilie-Romagne »
  // before « Wallonie ».
  std::vector<std::string> labels;
  for (const auto& [key, label] : serviceLabels) labels.push_back(label);
  sortForReading(labels);
  services.clear();
  for (const std::string& label : labels)
    for (const auto& [key, shown] : serviceLabels)
      if (shown == label && std::find(services.begin(), services.end(), key) == services.end()) {
        services.push_back(key);
        break;
      }
  regions.assign(seenR.begin(), seenR.end());
  sortForReading(regions);
  widened = 0;
  OfferFilters wider = f;
  if (offers.empty() && wider.widen())  // only shown when nothing matches
    widened = static_cast<int>(filteredOffers(cat, wider, home).size());
}

void OffersScreen::draw(Ui& ui) {
  float top = header(ui, ui.t(S::Offers));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48);
  const float panelW = portrait ? size.x - 2 * pad : ui.px(520);
  const float panelH = portrait ? size.y * 0.30f : o.y + size.y - top;

  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
  beginScrollArea(ui, "offers.filters", ImVec2(panelW, panelH), &filtersToTop);
  OfferFilters& f = ui.session.filters;
  if (const Career* c = f.careerId.empty() ? nullptr : ui.catalogue.career(f.careerId)) {
    sectionTitle(ui, ui.t(S::Careers), panelW);
    if (chip(ui, "filter.career", c->title, true, -1, panelW - ui.px(12))) f.careerId.clear();
  }
  if (!f.empty()) {  // a clear-all chip at the top, so it never scrolls out of reach
    ChipFlow flow(ui, panelW);
    const int all = static_cast<int>(ui.catalogue.offers.size());
    if (flow.chip("filters.clear", ui.t(S::ClearFilters), false, all)) f = OfferFilters{};
  }
  view.update(ui.catalogue, f, ui.country, ui.host);  // a chip tapped above changes the counts of those below
  drawFilters(ui, view, panelW - ui.px(12));
  ImGui::Dummy(ImVec2(0, ui.px(40)));
  ImGui::EndChild();

  view.update(ui.catalogue, f, ui.country, ui.host);  // the chips just drawn may have changed the filters
  const std::vector<const Offer*>& offers = view.offers;
  float listX = portrait ? o.x : o.x + pad + panelW + pad * 0.5f;
  float listY = portrait ? top + panelH + ui.px(16) : top;
  float listW = o.x + size.x - listX;
  ImGui::SetCursorScreenPos(ImVec2(listX, listY));
  beginScrollArea(ui, "offers.list", ImVec2(listW, o.y + size.y - listY), &scrollToTop);
  const ImFont& fh3 = *ui.theme.fonts.h3;
  const float textH = fh3.FontSize + ui.theme.fonts.body->FontSize + ui.theme.fonts.small->FontSize;
  const float cardH = std::max(ui.px(160), textH + ui.px(80)), gap = ui.px(20),
              cardX = listX + (portrait ? pad : 0);
  const float cardW = listX + listW - pad - cardX;
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::SetCursorScreenPos(ImVec2(cardX, origin.y));
  textWrapped(ui, ui.theme.fonts.bodyBold, color::inkSoft,
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
    emptyOffers(ui, view, cardX, y0 + ui.px(20), cardW);
  } else {
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(cardW, (y0 - origin.y) + offers.size() * (cardH + gap) + ui.px(40)));
  }
  ImGui::EndChild();
}

}  // namespace vitrine::ui
