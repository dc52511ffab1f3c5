// The agenda: coming open days, information sessions, roadshows and fairs, by date, with chips.
#include <algorithm>

#include "screens.h"
#include "sheet.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

constexpr const char* kEventKinds[] = {"open_day", "info_session", "roadshow", "fair", "other"};

const char* kindLabel(const Ui& ui, const std::string& kind) {
  if (kind == "open_day") return ui.t(S::EventOpenDay);
  if (kind == "info_session") return ui.t(S::EventInfoSession);
  if (kind == "roadshow") return ui.t(S::EventRoadshow);
  if (kind == "fair") return ui.t(S::EventFair);
  return ui.t(S::EventOther);
}

// One event: the date in a coloured block, what, when, where, what for, and its QR code.
void eventCard(Ui& ui, AgendaScreen& screen, const Event& e, float x, float width) {
  const bool host = !ui.host.empty() && e.organisation == ui.host;
  const float pad = ui.px(28), dateW = ui.px(150);
  const float qrSide = e.url.empty() ? 0.0f : std::min(ui.px(200), width * 0.25f);
  const float textX = x + pad + dateW + ui.px(28);
  const float textW = x + width - pad - (qrSide > 0 ? qrSide + ui.px(28) : 0.0f) - textX;
  const ImVec2 min(x, ImGui::GetCursorScreenPos().y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(textX, min.y + pad));
  std::string kicker = kindLabel(ui, e.kind);
  if (host) kicker += "  ·  " + std::string(ui.t(S::HostHere));
  textWrapped(ui, ui.theme.fonts.bodyBold, color::terracottaDeep, kicker, textW);
  textWrapped(ui, ui.theme.fonts.h3, color::teal, e.title, textW);
  std::string when = e.startTime.empty() ? std::string()
                     : e.endTime.empty() ? e.startTime
                                         : e.startTime + " – " + e.endTime;
  std::string where = e.place;
  if (const Organisation* org = ui.catalogue.organisation(e.organisation))
    where = where.empty() ? org->name : org->name + " · " + where;
  if (!e.city.empty()) where += (where.empty() ? "" : ", ") + e.city;
  ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y + ui.px(6)));
  if (!when.empty()) textWrapped(ui, ui.theme.fonts.bodyBold, color::ink, when, textW);
  if (!where.empty()) textWrapped(ui, ui.theme.fonts.body, color::inkSoft, where, textW);
  if (!e.description.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y + ui.px(8)));
    textWrapped(ui, ui.theme.fonts.body, color::ink, e.description, textW);
  }
  const float h = std::max(ImGui::GetCursorScreenPos().y + pad, min.y + qrSide + 2 * pad) - min.y;
  const ImVec2 max(x + width, min.y + h);
  // The date block: day and month large enough to read from across the hall.
  const ImVec2 dmin(min.x + pad, min.y + pad), dmax(dmin.x + dateW, dmin.y + ui.px(150));
  dl->AddRectFilled(dmin, dmax, host ? color::terracotta : color::teal, ui.px(16));
  ImGui::SetCursorScreenPos(ImVec2(dmin.x + ui.px(12), dmin.y + ui.px(16)));
  textWrapped(ui, ui.theme.fonts.h3, color::white, formatDate(e.date, ui.lang), dateW - ui.px(24));
  if (qrSide > 0) {
    cardQr(ui, dl, screen.qrs, e.url, ImVec2(max.x - pad - qrSide, min.y + pad), qrSide);
  }
  dl->ChannelsSetCurrent(0);
  dropShadow(dl, min, max, ui.px(5), ui.theme.radius());
  dl->AddRectFilled(min, max, color::white, ui.theme.radius());
  dl->ChannelsMerge();
  ui.hits.add("event:" + e.id, min, max);
  ImGui::SetCursorScreenPos(ImVec2(x, max.y + ui.px(24)));
  ImGui::Dummy(ImVec2(width, 0));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
}

}  // namespace

std::string eventRegion(const Catalogue& cat, const Event& e) {
  const Organisation* org = cat.organisation(e.organisation);
  return org && !org->region.empty() ? org->region : e.city;
}

std::vector<const Event*> agendaEvents(const Catalogue& cat, const std::string& today,
                                       const Choice& kinds, const Choice& regions,
                                       std::string_view host) {
  std::vector<const Event*> out;
  for (size_t i : upcomingEvents(cat, today)) {
    const Event& e = cat.events[i];
    if (!kinds.empty() && !kinds.count(e.kind)) continue;
    if (!regions.empty() && !regions.count(eventRegion(cat, e))) continue;
    out.push_back(&e);
  }
  if (!host.empty())
    std::stable_partition(out.begin(), out.end(),
                          [host](const Event* e) { return e->organisation == host; });
  return out;
}

void AgendaScreen::draw(Ui& ui) {
  const float top = header(ui, ui.t(S::Agenda));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48);
  const std::string today = localDate();
  const std::vector<size_t> coming = upcomingEvents(ui.catalogue, today);
  std::set<std::string> kindsThere, regionsThere;
  for (size_t i : coming) {
    kindsThere.insert(ui.catalogue.events[i].kind);
    regionsThere.insert(eventRegion(ui.catalogue, ui.catalogue.events[i]));
  }
  const float panelW = portrait ? size.x - 2 * pad : ui.px(440);
  const float panelH = portrait ? size.y * 0.22f : o.y + size.y - top;
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
  beginScrollArea(ui, "agenda.filters", ImVec2(panelW, panelH));
  sectionTitle(ui, ui.t(S::EventKind), panelW);
  std::vector<std::string> kindsShown;
  for (const char* k : kEventKinds)
    if (kindsThere.count(k)) kindsShown.push_back(k);
  choiceChips(ui, panelW - ui.px(12), "kind:", kindsShown, kinds,
              [&ui](const std::string& k) { return kindLabel(ui, k); });
  sectionTitle(ui, ui.t(S::Region), panelW);
  choiceChips(ui, panelW - ui.px(12), "region:", {regionsThere.begin(), regionsThere.end()},
              regions);
  ImGui::Dummy(ImVec2(0, ui.px(40)));
  ImGui::EndChild();

  const float listX = portrait ? o.x + pad : o.x + pad + panelW + pad;
  const float listY = portrait ? top + panelH + ui.px(16) : top;
  const float listW = o.x + size.x - pad - listX;
  ImGui::SetCursorScreenPos(ImVec2(listX - ui.px(8), listY));
  beginScrollArea(ui, "agenda.list", ImVec2(listW + ui.px(16), o.y + size.y - listY), &scrollToTop);
  ImGui::SetCursorScreenPos(ImVec2(listX, ImGui::GetCursorScreenPos().y + ui.px(8)));
  const auto events = agendaEvents(ui.catalogue, today, kinds, regions, ui.host);
  for (const Event* e : events) eventCard(ui, *this, *e, listX, listW - ui.px(8));
  if (events.empty()) textWrapped(ui, ui.theme.fonts.h3, color::ink, ui.t(S::NoEvents), listW);
  ImGui::Dummy(ImVec2(0, ui.px(40)));
  ImGui::EndChild();
}

}  // namespace vitrine::ui
