// One visitor's session: what they chose, filtered and typed. reset() wipes all of it.
#pragma once

#include <cstddef>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "quiz.h"
#include "ui_strings.h"

namespace vitrine {

enum class ScreenId {
  Attract, Home, Careers, CareerDetail, Offers, OfferDetail, Search, Form, Thanks, PackError,
  Quiz, QuizResult,  // the orientation quiz: one question at a time, then three careers
  Organisation,  // an organisation's card: what it is, its contact, all its stages
  Agenda,        // coming events by date
  Schools,       // « Où se former »: the schools, for a career or all
  StaffPin, Staff  // staff mode, behind the hidden gesture and the PIN
};
inline constexpr size_t kScreenCount = static_cast<size_t>(ScreenId::Staff) + 1;  // Staff is last
// A short stable name ("career", "offers", "staff"...) for statistics and logs.
const char* screenName(ScreenId s);

// A screen asks for navigation; the app carries it out after the frame (screens never call
// each other).
struct NavRequest {
  enum class Kind { None, Go, Back, Reset } kind = Kind::None;
  ScreenId to = ScreenId::Home;
  std::string id;  // career or offer to show
};

// The chips a visitor chose in one facet. Transparent: looked up with views of the pack's strings.
using Choice = std::set<std::string, std::less<>>;

// Offer filters. Within one facet the values add up (OR); facets narrow each other (AND).
struct OfferFilters {
  Choice services;
  Choice regions;
  int year = 0;  // 0 = any
  Choice periods;                 // seasons of the start date: winter | spring | summer | autumn
  bool international = false;     // only stages abroad
  std::string careerId;  // "offers for this career"; empty = all
  // Every chip the visitor turned on, oldest first ("service:ISP", "year:2"...): "widen" removes
  // the last one.
  std::vector<std::string> order;

  // Same chips in the same order: screens cache what they computed from the filters.
  bool operator==(const OfferFilters&) const = default;
  bool empty() const {
    return services.empty() && regions.empty() && year == 0 && periods.empty() && !international &&
           careerId.empty();
  }
  // `home`: the kiosk's country, for « À l'étranger » (see stageAbroad in facets.h).
  bool matches(const Offer& o, const Catalogue& cat, std::string_view home) const;
  // Turns a chip on or off; `facet` is service | region | year | period | international.
  void toggle(const std::string& facet, const std::string& value);
  bool has(const std::string& facet, const std::string& value) const;
  // Removes the filter chosen last (the career filter when no chip is on). False if none is left.
  bool widen();
  int count() const {
    return static_cast<int>(services.size() + regions.size() + periods.size()) + (year ? 1 : 0) +
           (international ? 1 : 0) + (careerId.empty() ? 0 : 1);
  }
};

// The season an offer starts in (by month), for the "period" chips: winter is Dec-Feb.
std::string offerSeason(const Offer& o);

// Careers grid filters, the same rules as the offers': OR within a group, AND across groups.
struct CareerFilters {
  Choice levels;                   // EQF levels
  Choice domains;                  // Career::domain
  Choice audiences;                // Career::audiences
  std::vector<std::string> order;  // chips turned on, oldest first ("domain:enfance"): for widen

  bool operator==(const CareerFilters&) const = default;
  bool empty() const { return levels.empty() && domains.empty() && audiences.empty(); }
  int count() const { return static_cast<int>(levels.size() + domains.size() + audiences.size()); }
  bool matches(const Career& c) const;
  // `facet` is level | domain | audience.
  void toggle(const std::string& facet, const std::string& value);
  bool has(const std::string& facet, const std::string& value) const;
  bool widen();  // removes the chip chosen last; false if none is on
};

// What a visitor may change for their own reading comfort; wiped with the rest at idle.
struct Accessibility {
  int textStep = 0;  // 0, 1, 2: the three baked text sizes
  bool highContrast = false;
  bool panelOpen = false;
};

enum class Field { None, FirstName, Email, Phone, PostalCode, Message };

struct FormState {
  std::string profile;  // pupil | student | jobseeker | professional | parent
  int studentYear = 0;  // 1..3 for a social-work student
  std::string firstName, email, phone, postalCode;
  std::string phoneCountry;  // BE, FR... as the visitor chose it beside the phone; empty: guessed
  std::string message;  // optional, free text for the organisations, stored exactly as typed
  std::set<std::string> consentOrgs;  // organisations ticked; every box starts unticked
  int step = 1;  // 1: who you are and how to reach you, 2: who may contact you
  bool consent() const { return !consentOrgs.empty(); }
  // No field at first: a visitor who came for the QR code of Ma sélection sees it, with no
  // keyboard up; tapping a field brings its keyboard.
  Field active = Field::None;
  std::string error;     // validation or store failure, shown next to the send button
  bool keyboardShift = false;
};

struct VisitorSession {
  std::vector<std::string> careers;  // Ma sélection
  std::vector<std::string> offers;
  std::string careerId, offerId;     // what the detail screens show
  std::string organisationId;        // the organisation card's
  std::string schoolsCareer;         // « Où se former » for this career; empty = every school
  OfferFilters filters;
  CareerFilters careerFilters;
  Accessibility access;
  int keyboardLayout = -1;  // a layout the visitor picked on the keyboard; -1 = the kiosk's
  std::string longPressed;  // the card a long press just acted on: its release is not a tap
  std::string search;  // what the visitor typed in the search screen
  ui::Lang lang = ui::Lang::Fr;  // the next visitor starts in French again
  FormState form;
  QuizState quiz;  // the orientation quiz's answers: wiped with the rest
  std::vector<ScreenId> history;
  bool lastSubmissionHadContact = false;

  bool has(const std::vector<std::string>& list, const std::string& id) const;
  void toggle(std::vector<std::string>& list, const std::string& id);
  int selectionSize() const { return static_cast<int>(careers.size() + offers.size()); }
  // Everything the visitor chose or typed is gone (strings are swapped out, not just cleared).
  void reset() { VisitorSession fresh; std::swap(*this, fresh); }
};

}  // namespace vitrine
