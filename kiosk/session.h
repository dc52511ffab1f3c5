// One visitor's session: what they chose, filtered and typed. reset() wipes all of it.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "ui_strings.h"

namespace vitrine {

enum class ScreenId {
  Attract, Home, Careers, CareerDetail, Offers, OfferDetail, Search, Form, Thanks, PackError,
  StaffPin, Staff  // staff mode, behind the hidden gesture and the PIN
};

// A screen asks for navigation; the app carries it out after the frame (screens never call
// each other).
struct NavRequest {
  enum class Kind { None, Go, Back, Reset } kind = Kind::None;
  ScreenId to = ScreenId::Home;
  std::string id;  // career or offer to show
};

struct OfferFilters {
  std::set<std::string> services;
  std::set<std::string> regions;
  int year = 0;  // 0 = any
  std::string careerId;  // "offers for this career"; empty = all
  bool empty() const { return services.empty() && regions.empty() && year == 0 && careerId.empty(); }
};

enum class Field { None, FirstName, Email, Phone, PostalCode };

struct FormState {
  std::string profile;  // pupil | student | jobseeker | professional | parent
  int studentYear = 0;  // 1..3 for a social-work student
  std::string firstName, email, phone, postalCode;
  std::set<std::string> consentOrgs;  // organisations ticked; every box starts unticked
  int step = 1;  // 1: who you are and how to reach you, 2: who may contact you
  bool consent() const { return !consentOrgs.empty(); }
  Field active = Field::FirstName;
  std::string error;     // validation or store failure, shown next to the send button
  bool keyboardShift = false;
};

struct VisitorSession {
  std::vector<std::string> careers;  // Ma sélection
  std::vector<std::string> offers;
  std::string careerId, offerId;     // what the detail screens show
  OfferFilters filters;
  std::string search;  // what the visitor typed in the search screen
  ui::Lang lang = ui::Lang::Fr;  // the next visitor starts in French again
  FormState form;
  std::vector<ScreenId> history;
  bool lastSubmissionHadContact = false;

  bool has(const std::vector<std::string>& list, const std::string& id) const;
  void toggle(std::vector<std::string>& list, const std::string& id);
  int selectionSize() const { return static_cast<int>(careers.size() + offers.size()); }
  // Everything the visitor chose or typed is gone (strings are swapped out, not just cleared).
  void reset() { VisitorSession fresh; std::swap(*this, fresh); }
};

}  // namespace vitrine
