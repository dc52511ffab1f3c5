// Every screen of the visitor journey: a small state struct with a draw(). Registered in app.cpp.
#pragma once

#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "consent.h"
#include "dates.h"
#include "filters.h"
#include "keyboard.h"
#include "qr.h"
#include "ui.h"

namespace vitrine::ui {

// The attract loop's slides: two careers, then an upcoming event (when the pack has one), and
// so on. Indices, not pointers: the catalogue is replaced when the language changes.
struct AttractSlide {
  bool event = false;
  size_t index = 0;   // into catalogue.careers or catalogue.events
  bool quiz = false;  // the invitation to the orientation quiz (index unused)
};
// Events on or after `today` (YYYY-MM-DD), as indices into cat.events (sorted by date).
std::vector<size_t> upcomingEvents(const Catalogue& cat, const std::string& today);
// Slide `n` of the loop; `upcoming` as returned above. No career and no event: {false, 0}.
// With a quiz in the pack, every fourth slide invites to it; the others go on as without.
AttractSlide attractSlide(const Catalogue& cat, const std::vector<size_t>& upcoming, int n);
std::string localDate();  // today on this kiosk's clock, YYYY-MM-DD

// From the start of one attract fade to the next: a long still hold, then a short fade.
inline constexpr double kAttractSlideSeconds = 18.0;

struct AttractScreen {
  int slide = 0;
  int changes = 0;  // slides shown since the loop started
  double slideStart = -1.0;
  void draw(Ui& ui);
  // The illustration the current slide shows, if a career's (decoded while the window opens).
  std::string image(const Catalogue& cat) const;
};

struct HomeScreen {
  void draw(Ui& ui);
  // The doors' illustrations: the first careers' (decoded while the window opens).
  static std::vector<std::string> images(const Catalogue& cat);
};

// What a cached view was computed from. A language or pack switch builds new vectors while the
// old ones are still alive, so their address (with size, language and hash) tells them apart.
struct CatalogueStamp {
  const void* source = nullptr;
  size_t size = 0;
  std::string language, contentHash;
  template <typename T>
  static CatalogueStamp of(const Catalogue& cat, const std::vector<T>& items) {
    return {items.data(), items.size(), cat.language, cat.meta.contentHash};
  }
  bool operator==(const CatalogueStamp&) const = default;
};

// The careers grid's chips (level, domain, audience) with their counts and the filtered list,
// recomputed only when the filters or the catalogue change (same keys as OfferView).
struct CareerView {
  CatalogueStamp stamp;
  CareerFilters filters;  // what it was computed for
  bool valid = false;
  // Per group: every value the pack's careers carry, in display order, with how many careers
  // that chip would show once chosen (the other groups' choices applying).
  using Chips = std::vector<std::pair<std::string, int>>;
  Chips levels, domains, audiences;
  std::vector<const Career*> careers;  // matching the filters
  int widened = 0;  // careers once the last chosen chip is removed (shown when none matches)
  void update(const Catalogue& cat, const CareerFilters& f);
};

struct CareersScreen {
  bool scrollToTop = true;
  float chipsHeight = 0;  // the chip groups' height, measured the frame before
  CareerView view;
  void draw(Ui& ui);
};

struct CareerDetailScreen {
  bool scrollToTop = true;
  void draw(Ui& ui);
};

// The offers screen's filtered list and chip counts, recomputed only when the filters or the
// catalogue (pack, language) change: filtering 10,000 offers once per chip every frame cost
// 2.6 ms a frame.
struct OfferView {
  CatalogueStamp stamp;
  OfferFilters filters;
  bool valid = false;

  std::vector<const Offer*> offers;  // matching the filters, in catalogue order
  std::vector<std::string> services, regions;  // the pack's facet values, sorted
  // "service:ISP" -> how many offers that chip would show once chosen (its own facet set to just
  // that value, the others as they are).
  std::unordered_map<std::string, int> counts;
  int widened = 0;  // offers once the last chosen filter is removed (shown when none matches)
  int recomputed = 0;  // how many times update() had to recompute (tests read it)

  int count(const std::string& facet, const std::string& value) const;
  // Recomputes if `cat` or `f` differ from what the view was built from.
  void update(const Catalogue& cat, const OfferFilters& f);
};

struct OffersScreen {
  bool scrollToTop = true;
  OfferView view;
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

// The orientation quiz: one question at a time (back to change an answer, a way out always),
// then the three careers the answers point to. The run lives in VisitorSession::quiz.
struct QuizScreen {
  bool scrollToTop = true;
  void draw(Ui& ui);
};
struct QuizResultScreen {
  bool scrollToTop = true;
  void draw(Ui& ui);
};
// A fresh run of the pack's quiz (counted as quiz_start), then its first question.
void startQuiz(Ui& ui);

struct PackErrorScreen {
  std::string detail;
  void draw(Ui& ui);
};

// A chip group's small title at the cursor, in a column `width` wide.
void sectionTitle(Ui& ui, const char* text, float width);
// Under a filtered list that came out empty: why, then (when `widen` is not empty) a one-tap
// button with that label to remove the filter chosen last, and clear-all. Says what was tapped.
enum class EmptyAction { None, Widen, Clear };
EmptyAction emptyResult(Ui& ui, const std::string& why, const std::string& widen, float x, float y,
                        float width);

using vitrine::filteredOffers;
using vitrine::offersForCareer;
std::string yearLabel(const Ui& ui, int year);  // 1re année, 2e année... in the UI language
std::string yearsText(const Ui& ui, const Offer& offer);  // "2e année, 3e année"
const char* routeLabel(const Ui& ui, const std::string& route);
const char* welcomeLabel(const Ui& ui, const std::string& key);
using vitrine::consentTargets;
using vitrine::formatDate;

}  // namespace vitrine::ui
