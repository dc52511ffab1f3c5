// Helpers shared by screens: the empty filtered list, list cards' QR codes, labels for codes
// from the pack.
#include <algorithm>

#include "screens.h"
#include "text_util.h"
#include "widgets.h"

namespace vitrine::ui {

void sectionTitle(Ui& ui, const char* text, float width) {
  ImGui::Dummy(ImVec2(0, ui.px(8)));
  textWrapped(ui.theme.fonts.small, color::inkSoft, text, width);
}

void cardQr(Ui& ui, ImDrawList* dl, std::map<std::string, QrCode>& cache, const std::string& url,
            ImVec2 min, float side) {
  auto it = cache.find(url);
  if (it == cache.end()) it = cache.emplace(url, QrCode::encode(url)).first;
  drawQr(dl, it->second, min, side);
  ui.hits.add("qr:" + url, min, ImVec2(min.x + side, min.y + side));
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
  return yearOfStudy(year, ui.lang);
}

void sortForReading(std::vector<std::string>& values) {
  std::vector<std::pair<std::string, std::string>> keyed;
  keyed.reserve(values.size());
  for (std::string& v : values) keyed.emplace_back(foldAccents(v), std::move(v));
  std::sort(keyed.begin(), keyed.end());  // the folded key, then the bytes: a stable order
  for (size_t i = 0; i < keyed.size(); ++i) values[i] = std::move(keyed[i].second);
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

}  // namespace vitrine::ui
