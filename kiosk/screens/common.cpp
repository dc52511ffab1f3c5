// Helpers shared by screens: offer filtering, the empty filtered list, labels for codes from the
// pack, French dates.
#include <algorithm>

#include "screens.h"
#include "widgets.h"

namespace vitrine::ui {

std::vector<const Offer*> filteredOffers(const Catalogue& cat, const OfferFilters& f) {
  std::vector<const Offer*> out;
  for (const Offer& o : cat.offers)
    if (f.matches(o)) out.push_back(&o);
  return out;
}

int offersForCareer(const Catalogue& cat, const std::string& careerId) {
  // Counted without building a list: the career detail screen asks every frame.
  int n = 0;
  for (const Offer& o : cat.offers)
    n += std::find(o.careers.begin(), o.careers.end(), careerId) != o.careers.end() ? 1 : 0;
  return n;
}

void sectionTitle(Ui& ui, const char* text, float width) {
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  textWrapped(ui.theme.fonts.small, color::inkSoft, text, width);
}

EmptyAction emptyResult(Ui& ui, const std::string& why, const std::string& widen, float x, float y,
                        float width) {
  EmptyAction action = EmptyAction::None;
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  textWrapped(ui, ui.theme.fonts.h3, color::ink, why, width);
  ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(8)));
  if (!widen.empty()) {
    if (button(ui, "empty.widen", widen.c_str(), Look::Primary)) action = EmptyAction::Widen;
    ImGui::SetCursorScreenPos(ImVec2(x, ImGui::GetCursorScreenPos().y + ui.px(16)));
  }
  if (button(ui, "empty.clear", ui.t(S::ClearFilters), Look::Secondary))
    action = EmptyAction::Clear;
  return action;
}

std::string yearLabel(const Ui& ui, int year) {
  return year == 1 ? ui.t(S::FirstYear) : ui.tn(S::Year, year);
}

std::string yearsText(const Ui& ui, const Offer& offer) {
  std::string s;
  for (int y : offer.years) s += (s.empty() ? "" : ", ") + yearLabel(ui, y);
  return s;
}

const char* routeLabel(const Ui& ui, const std::string& route) {
  if (route == "initial") return ui.t(S::RouteInitial);
  if (route == "fee") return ui.t(S::RouteFee);
  if (route == "ftp") return ui.t(S::RouteFtp);
  if (route == "apprenticeship") return ui.t(S::RouteApprenticeship);
  if (route == "vae") return ui.t(S::RouteVae);
  return route.c_str();
}

const char* welcomeLabel(const Ui& ui, const std::string& key) {
  if (key == "desk") return ui.t(S::WDesk);
  if (key == "pc") return ui.t(S::WPc);
  if (key == "phone") return ui.t(S::WPhone);
  if (key == "email") return ui.t(S::WEmail);
  if (key == "travel_refund") return ui.t(S::WTravelRefund);
  if (key == "driving_licence") return ui.t(S::WDrivingLicence);
  if (key == "car") return ui.t(S::WCar);
  if (key == "mentor") return ui.t(S::WMentor);
  return key.c_str();
}

std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s) {
  std::vector<const Organisation*> out;
  auto add = [&out](const Organisation* o) {
    if (o && std::find(out.begin(), out.end(), o) == out.end()) out.push_back(o);
  };
  for (const auto& id : s.offers)
    if (const Offer* o = cat.offer(id)) add(cat.organisation(o->organisation));
  if (out.empty())
    for (const Organisation& o : cat.organisations)
      if (o.kind == "school" && out.size() < 4) add(&o);
  return out;
}

std::string formatDate(const std::string& iso, Lang lang) {
  static constexpr const char* kMonths[4][12] = {
      {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
       "déc."},
      {"jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
       "dec."},
      {"Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
       "Dez."},
      {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}};
  if (iso.size() != 10) return iso;
  int month = std::atoi(iso.substr(5, 2).c_str());
  int day = std::atoi(iso.substr(8, 2).c_str());
  if (month < 1 || month > 12 || day < 1) return iso;
  const std::string d = std::to_string(day), m = kMonths[static_cast<int>(lang)][month - 1];
  const std::string y = iso.substr(0, 4);
  if (lang == Lang::De) return d + ". " + m + " " + y;  // 1. Feb. 2027
  return d + " " + m + " " + y;
}

}  // namespace vitrine::ui
