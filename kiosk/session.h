// One visitor's session: what they chose, filtered and typed. reset() wipes all of it.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace vitrine {

enum class ScreenId { Attract, Home, Careers, CareerDetail, Offers, OfferDetail, Form, Thanks, PackError };

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
  std::string profile;
  std::string firstName, email, phone, postalCode;
  bool consent = false;  // never ticked by default
  Field active = Field::FirstName;
  std::string error;     // validation or store failure, shown next to the send button
  bool keyboardShift = false;
};

struct VisitorSession {
  std::vector<std::string> careers;  // Ma sélection
  std::vector<std::string> offers;
  std::string careerId, offerId;     // what the detail screens show
  OfferFilters filters;
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
