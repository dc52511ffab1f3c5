// Selection helpers of the visitor session.
#include "session.h"

#include "facets.h"

#include <algorithm>
#include <cstdlib>

namespace vitrine {

const char* screenName(ScreenId s) {
  switch (s) {
    case ScreenId::Attract: return "attract";
    case ScreenId::Home: return "home";
    case ScreenId::Careers: return "careers";
    case ScreenId::CareerDetail: return "career";
    case ScreenId::Offers: return "offers";
    case ScreenId::OfferDetail: return "offer";
    case ScreenId::Search: return "search";
    case ScreenId::Form: return "form";
    case ScreenId::Thanks: return "thanks";
    case ScreenId::PackError: return "pack_error";
    case ScreenId::Quiz: return "quiz";
    case ScreenId::QuizResult: return "quiz_result";
    case ScreenId::Organisation: return "organisation";
    case ScreenId::Agenda: return "agenda";
    case ScreenId::Schools: return "schools";
    case ScreenId::StaffPin:
    case ScreenId::Staff: return "staff";
  }
  return "?";
}

bool VisitorSession::has(const std::vector<std::string>& list, const std::string& id) const {
  return std::find(list.begin(), list.end(), id) != list.end();
}

void VisitorSession::toggle(std::vector<std::string>& list, const std::string& id) {
  auto it = std::find(list.begin(), list.end(), id);
  if (it == list.end())
    list.push_back(id);
  else
    list.erase(it);
}

}  // namespace vitrine

namespace vitrine {
namespace {

void flip(Choice& set, const std::string& value, bool on) {
  if (on)
    set.erase(value);
  else
    set.insert(value);
}

// Turns off the chip in `order` chosen last (tokens are "facet:value"). False if none is on.
template <typename Filters>
bool widenLast(Filters& f) {
  if (f.order.empty()) return false;
  const std::string last = f.order.back();
  const size_t colon = last.find(':');
  f.toggle(last.substr(0, colon), last.substr(colon + 1));  // it is on, so this turns it off
  return true;
}

}  // namespace

std::string offerSeason(const Offer& o) {
  int month = o.start.size() >= 7 ? std::atoi(o.start.substr(5, 2).c_str()) : 0;
  if (month < 1 || month > 12) return {};
  if (month <= 2 || month == 12) return "winter";
  if (month <= 5) return "spring";
  if (month <= 8) return "summer";
  return "autumn";
}

bool OfferFilters::matches(const Offer& o, const Catalogue& cat, std::string_view home) const {
  if (!careerId.empty() &&
      std::find(o.careers.begin(), o.careers.end(), careerId) == o.careers.end())
    return false;
  return passesAll<std::size(kOfferFacetNames)>(o, OfferFacets{*this, cat, home});  // the chips' own rule
}

bool OfferFilters::has(const std::string& facet, const std::string& value) const {
  if (facet == "service") return services.count(value) > 0;
  if (facet == "region") return regions.count(value) > 0;
  if (facet == "period") return periods.count(value) > 0;
  if (facet == "year") return year != 0 && std::to_string(year) == value;
  if (facet == "international") return international;
  return false;
}

void OfferFilters::toggle(const std::string& facet, const std::string& value) {
  const std::string token = facet + ":" + value;
  const bool on = has(facet, value);
  order.erase(std::remove(order.begin(), order.end(), token), order.end());
  if (facet == "year" && !on && year) {  // one year at a time: the new one replaces the old one
    std::string old = "year:" + std::to_string(year);
    order.erase(std::remove(order.begin(), order.end(), old), order.end());
  }
  if (facet == "service") flip(services, value, on);
  if (facet == "region") flip(regions, value, on);
  if (facet == "period") flip(periods, value, on);
  if (facet == "year") year = on ? 0 : std::atoi(value.c_str());
  if (facet == "international") international = !on;
  if (!on) order.push_back(token);
}

bool OfferFilters::widen() {
  if (widenLast(*this)) return true;
  if (!careerId.empty()) {
    careerId.clear();
    return true;
  }
  return false;
}

bool CareerFilters::matches(const Career& c) const {
  return passesAll<3>(c, CareerFacets{*this});  // the chips' own rule
}

bool CareerFilters::has(const std::string& facet, const std::string& value) const {
  if (facet == "level") return levels.count(value) > 0;
  if (facet == "domain") return domains.count(value) > 0;
  if (facet == "audience") return audiences.count(value) > 0;
  return false;
}

void CareerFilters::toggle(const std::string& facet, const std::string& value) {
  const std::string token = facet + ":" + value;
  const bool on = has(facet, value);
  order.erase(std::remove(order.begin(), order.end(), token), order.end());
  if (facet == "level") flip(levels, value, on);
  if (facet == "domain") flip(domains, value, on);
  if (facet == "audience") flip(audiences, value, on);
  if (!on) order.push_back(token);
}

bool CareerFilters::widen() {
  return widenLast(*this);
}

}  // namespace vitrine
