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

struct FormScreen {
  Keyboard keyboard;
  bool submitRequested = false;  // read and cleared by the app, which owns the store
  void draw(Ui& ui);
};

struct ThanksScreen {
  double shownAt = -1.0;
  void draw(Ui& ui);
};

struct PackErrorScreen {
  std::string detail;
  void draw(Ui& ui);
};

// Offers matching the session's filters (and optionally ignoring one facet, to count it).
std::vector<const Offer*> filteredOffers(const Catalogue& cat, const OfferFilters& f);
int offersForCareer(const Catalogue& cat, const std::string& careerId);
const char* routeLabel(const Ui& ui, const std::string& route);
const char* welcomeLabel(const Ui& ui, const std::string& key);
std::string formatDate(const std::string& isoDate);  // 2027-02-01 -> 1 févr. 2027

}  // namespace vitrine::ui
