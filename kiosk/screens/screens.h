// Every screen of the visitor journey: a small state struct with a draw(). Registered in app.cpp.
#pragma once

#include <string>
#include <vector>

#include "keyboard.h"
#include "qr.h"
#include "ui.h"

namespace vitrine::ui {

struct AttractScreen {
  int slide = 0;
  int changes = 0;  // slides shown since the loop started
  double slideStart = -1.0;
  void draw(Ui& ui);
};

struct HomeScreen {
  void draw(Ui& ui);
};

struct CareersScreen {
  bool scrollToTop = true;
  void draw(Ui& ui);
};

struct CareerDetailScreen {
  bool scrollToTop = true;
  void draw(Ui& ui);
};

struct OffersScreen {
  bool scrollToTop = true;
  void draw(Ui& ui);
};

struct OfferDetailScreen {
  std::string qrFor;  // the QR is encoded once per offer shown, not every frame
  QrCode qr;
  bool scrollToTop = true;
  void draw(Ui& ui);
};

struct SearchScreen {
  Keyboard keyboard;
  void draw(Ui& ui);

 private:
  std::string forQuery_ = "\x01";  // results are computed again only when the query changes
  std::vector<SearchHit> hits_;
  bool scrollToTop_ = true;
};

struct FormScreen {
  Keyboard keyboard;
  void draw(Ui& ui);

 private:
  std::string qrText_;  // the selection QR is encoded again only when the selection changes
  QrCode qr_;
  void drawContactStep(Ui& ui);
  void drawConsentStep(Ui& ui);
};

struct ThanksScreen {
  double shownAt = -1.0;
  int rating = 0;  // 1..3 once the visitor tapped a smiley
  double ratedAt = 0.0;
  void draw(Ui& ui);
};

struct PackErrorScreen {
  std::string detail;
  void draw(Ui& ui);
};

// Offers matching the session's filters (and optionally ignoring one facet, to count it).
std::vector<const Offer*> filteredOffers(const Catalogue& cat, const OfferFilters& f);
int offersForCareer(const Catalogue& cat, const std::string& careerId);
std::string yearLabel(const Ui& ui, int year);  // 1re année, 2e année... in the UI language
std::string yearsText(const Ui& ui, const Offer& offer);  // "2e année, 3e année"
const char* routeLabel(const Ui& ui, const std::string& route);
const char* welcomeLabel(const Ui& ui, const std::string& key);
// 2027-02-01 -> "1 févr. 2027", "1 feb. 2027", "1. Feb. 2027", "1 Feb 2027".
std::string formatDate(const std::string& isoDate, Lang lang = Lang::Fr);
// Who may contact the visitor: the organisations of the selected offers, else the pack's schools.
std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s);

}  // namespace vitrine::ui
