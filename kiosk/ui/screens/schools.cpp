// « Où se former »: the schools that train for a career (or all of them), by country.
#include <algorithm>

#include "screens.h"
#include "sheet.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

// One school: name, city and country, the diplomas, and its website as a QR code.
void schoolCard(Ui& ui, SchoolsScreen& screen, const School& s, float x, float width) {
  const float pad = ui.px(28);
  const float qrSide = s.website.empty() ? 0.0f : std::min(ui.px(180), width * 0.25f);
  const float textX = x + pad + ui.px(12);
  const float textW = x + width - pad - (qrSide > 0 ? qrSide + ui.px(28) : 0.0f) - textX;
  const ImVec2 min(x, ImGui::GetCursorScreenPos().y);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(1);
  ImGui::SetCursorScreenPos(ImVec2(textX, min.y + pad));
  textWrapped(ui, ui.theme.fonts.h3, color::teal, s.name, textW);
  std::string where = s.city;
  if (!s.region.empty() && s.region != s.city) where += " (" + s.region + ")";
  if (!s.country.empty()) where += " · " + s.country;
  ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y + ui.px(4)));
  textWrapped(ui, ui.theme.fonts.bodyBold, color::terracottaDeep, where, textW);
  if (!s.diplomas.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(textX, ImGui::GetCursorScreenPos().y + ui.px(8)));
    textWrapped(ui, ui.theme.fonts.body, color::ink, s.diplomas, textW);
  }
  if (!s.website.empty())
    textWrapped(ui, ui.theme.fonts.small, color::inkSoft,
                urlLines(ui.theme.fonts.small, s.website, textW), textW);
  const float h = std::max(ImGui::GetCursorScreenPos().y + pad, min.y + qrSide + 2 * pad) - min.y;
  const ImVec2 max(x + width, min.y + h);
  if (qrSide > 0) {
    cardQr(ui, dl, screen.qrs, s.website, ImVec2(max.x - pad - qrSide, min.y + pad), qrSide);
  }
  dl->ChannelsSetCurrent(0);
  dropShadow(dl, min, max, ui.px(5), ui.theme.radius());
  dl->AddRectFilled(min, max, color::white, ui.theme.radius());
  dl->AddRectFilled(min, ImVec2(min.x + ui.px(12), max.y), color::sage, ui.theme.radius(),
                    ImDrawFlags_RoundCornersLeft);
  dl->ChannelsMerge();
  ui.hits.add("school:" + s.id, min, max);
  ImGui::SetCursorScreenPos(ImVec2(x, max.y + ui.px(24)));
  ImGui::Dummy(ImVec2(width, 0));
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y));
}

}  // namespace

std::vector<const School*> schoolsFor(const Catalogue& cat, const std::string& careerId,
                                      const Choice& countries, std::string_view home) {
  std::vector<const School*> out;
  for (const School& s : cat.schools) {
    if (!careerId.empty() &&
        std::find(s.careers.begin(), s.careers.end(), careerId) == s.careers.end())
      continue;
    if (!countries.empty() && !countries.count(s.country)) continue;
    out.push_back(&s);
  }
  std::stable_partition(out.begin(), out.end(),
                        [home](const School* s) { return s->country == home; });
  return out;
}

void SchoolsScreen::draw(Ui& ui) {
  const float top = header(ui, ui.t(S::WhereToTrain));
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  const bool portrait = size.y > size.x;
  const float pad = ui.px(48);
  std::string& careerId = ui.session.schoolsCareer;
  const Career* career = careerId.empty() ? nullptr : ui.catalogue.career(careerId);
  std::set<std::string> countriesThere;
  for (const School* s : schoolsFor(ui.catalogue, careerId, {}, ui.country))
    if (!s->country.empty()) countriesThere.insert(s->country);

  const float panelW = portrait ? size.x - 2 * pad : ui.px(440);
  const float panelH = portrait ? size.y * 0.18f : o.y + size.y - top;
  ImGui::SetCursorScreenPos(ImVec2(o.x + pad, top));
  beginScrollArea(ui, "schools.filters", ImVec2(panelW, panelH));
  if (career) {
    sectionTitle(ui, ui.t(S::SchoolsFor), panelW);
    if (chip(ui, "schools.career", career->title, true, -1, panelW - ui.px(12))) careerId.clear();
  }
  sectionTitle(ui, ui.t(S::Country), panelW);
  choiceChips(ui, panelW - ui.px(12), "country:", {countriesThere.begin(), countriesThere.end()},
              countries);
  ImGui::Dummy(ImVec2(0, ui.px(40)));
  ImGui::EndChild();

  const float listX = portrait ? o.x + pad : o.x + pad + panelW + pad;
  const float listY = portrait ? top + panelH + ui.px(16) : top;
  const float listW = o.x + size.x - pad - listX;
  ImGui::SetCursorScreenPos(ImVec2(listX - ui.px(8), listY));
  beginScrollArea(ui, "schools.list", ImVec2(listW + ui.px(16), o.y + size.y - listY),
                  &scrollToTop);
  ImGui::SetCursorScreenPos(ImVec2(listX, ImGui::GetCursorScreenPos().y + ui.px(8)));
  const auto schools = schoolsFor(ui.catalogue, careerId, countries, ui.country);
  for (const School* s : schools) schoolCard(ui, *this, *s, listX, listW - ui.px(8));
  if (schools.empty()) textWrapped(ui, ui.theme.fonts.h3, color::ink, ui.t(S::NoSchools), listW);
  ImGui::Dummy(ImVec2(0, ui.px(40)));
  ImGui::EndChild();
}

}  // namespace vitrine::ui
