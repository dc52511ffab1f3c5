// Every screen of the visitor journey: a small state struct with a draw(). Registered in app.cpp.
#pragma once

#include <map>
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
#include "screen.h"
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

struct AttractScreen : ScreenOf<AttractScreen> {
  int slide = 0;
  int changes = 0;  // slides shown since the loop started
  double slideStart = -1.0;
  void draw(Ui& ui) override;
  // The illustration the current slide shows, if a career's (decoded while the window opens).
  std::string image(const Catalogue& cat) const;
};

struct HomeScreen : ScreenOf<HomeScreen> {
  void draw(Ui& ui) override;
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

struct CareersScreen : ScreenOf<CareersScreen> {
  bool scrollToTop = true;
  float chipsHeight = 0;  // the chip groups' height, measured the frame before
  CareerView view;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};

struct CareerDetailScreen : ScreenOf<CareerDetailScreen> {
  bool scrollToTop = true;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};

// The offers screen's filtered list and chip counts, recomputed only when the filters or the
// catalogue (pack, language) change: filtering 10,000 offers once per chip every frame cost
// 2.6 ms a frame.
struct OfferView {
  CatalogueStamp stamp;
  OfferFilters filters;
  std::string home;  // the kiosk's country it was computed for
  std::string host;  // --host: its offers first
  bool valid = false;

  std::vector<const Offer*> offers;  // matching the filters, in catalogue order
  std::vector<std::string> services, regions;  // the pack's facet values, sorted
  // Each service key (Offer::service) in the catalogue's language (Offer::serviceText()); the
  // services are sorted by these words.
  std::map<std::string, std::string> serviceLabels;
  // "service:ISP" -> how many offers that chip would show once chosen (its own facet set to just
  // that value, the others as they are).
  std::unordered_map<std::string, int> counts;
  int widened = 0;  // offers once the last chosen filter is removed (shown when none matches)
  int recomputed = 0;  // how many times update() had to recompute (tests read it)

  int count(const std::string& facet, const std::string& value) const;
  // Recomputes if `cat` or `f` differ from what the view was built from.
  void update(const Catalogue& cat, const OfferFilters& f, std::string_view home,
              std::string_view host = {});
};

struct OffersScreen : ScreenOf<OffersScreen> {
  bool scrollToTop = true;
  // The filter panel starts at its top too: « Voir les stages (N) » from a career lands on the
  // career's chip that explains N, wherever the panel was scrolled before.
  bool filtersToTop = true;
  OfferView view;
  void enter(VisitorSession&) override { scrollToTop = filtersToTop = true; }
  void draw(Ui& ui) override;
};

struct OfferDetailScreen : ScreenOf<OfferDetailScreen> {
  std::string qrFor;  // the QR is encoded once per offer shown, not every frame
  QrCode qr;
  bool scrollToTop = true;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};

// An organisation's card: kind, city, website (QR), stage contact, logo, description, its stages.
struct OrganisationScreen : ScreenOf<OrganisationScreen> {
  std::string qrFor;
  QrCode qr;
  bool scrollToTop = true;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};

// Coming events by date, filterable by kind and region, each with a QR code to its page.
struct AgendaScreen : ScreenOf<AgendaScreen> {
  Choice kinds, regions;  // the visitor's chips
  std::map<std::string, QrCode> qrs;  // by url: encoded once, not every frame
  bool scrollToTop = true;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};
// Where an event happens, for the region chips: its organisation's region, else its city.
std::string eventRegion(const Catalogue& cat, const Event& e);
// Coming events (on or after `today`) passing the chips, by date; the `host`'s first.
std::vector<const Event*> agendaEvents(const Catalogue& cat, const std::string& today,
                                       const Choice& kinds, const Choice& regions,
                                       std::string_view host);

// « Où se former »: schools for a career (session.schoolsCareer) or all, by country.
struct SchoolsScreen : ScreenOf<SchoolsScreen> {
  Choice countries;
  std::map<std::string, QrCode> qrs;
  bool scrollToTop = true;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};
// The schools training for `careerId` (all when empty) in `countries` (all when empty), the
// kiosk's country (`home`) first.
std::vector<const School*> schoolsFor(const Catalogue& cat, const std::string& careerId,
                                      const Choice& countries, std::string_view home);

struct SearchScreen : ScreenOf<SearchScreen> {
  Keyboard keyboard;
  void draw(Ui& ui) override;
  void leave(Stats* stats) override;  // one Search event per search, not one per keystroke

 private:
  std::string searched_;  // the last query and its result count, not yet counted
  int results_ = 0;
  std::string forQuery_ = "\x01";  // results are computed again only when the query changes
  std::vector<SearchHit> hits_;
  bool scrollToTop_ = true;
};

// Ma sélection beside the form: a scrolling list whose items can be removed, and its QR code
// (every title, and where to apply) drawn with whole modules of at least 4 px at 1080p: beside
// the list when that fits, else in a dialog the visitor opens.
struct SelectionPanel {
  void draw(Ui& ui, ImVec2 min, float width, float maxY);
  void drawQrDialog(Ui& ui);

 private:
  void drawList(Ui& ui, ImVec2 min, ImVec2 size);
  const QrCode& code(const Ui& ui);
  std::string qrText_;  // the QR is encoded again only when the selection changes
  QrCode qr_;
  bool dialog_ = false;
};

struct FormScreen : ScreenOf<FormScreen> {
  Keyboard keyboard;
  SelectionPanel selection;
  void enter(VisitorSession& session) override { session.form.step = 1; }
  void draw(Ui& ui) override;

 private:
  bool consentToTop_ = true;
  void drawContactStep(Ui& ui);
  void drawConsentStep(Ui& ui);
  void withdrawContacts(Ui& ui, float w);
  static std::string formNote(const Ui& ui);
};

struct ThanksScreen : ScreenOf<ThanksScreen> {
  double shownAt = -1.0;
  int rating = 0;  // 1..3 once the visitor tapped a smiley
  double ratedAt = 0.0;
  void enter(VisitorSession&) override { reset(); }  // a new thank-you, a new rating
  void draw(Ui& ui) override;
};

// The orientation quiz: one question at a time (back to change an answer, a way out always),
// then the three careers the answers point to. The run lives in VisitorSession::quiz.
struct QuizScreen : ScreenOf<QuizScreen> {
  bool scrollToTop = true;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};
struct QuizResultScreen : ScreenOf<QuizResultScreen> {
  bool scrollToTop = true;
  void enter(VisitorSession&) override { scrollToTop = true; }
  void draw(Ui& ui) override;
};
// A fresh run of the pack's quiz (counted as quiz_start), then its first question.
void startQuiz(Ui& ui);

struct PackErrorScreen : ScreenOf<PackErrorScreen> {
  std::string detail;
  void reset() override {}  // says why the pack failed until another one opens
  void draw(Ui& ui) override;
};

// A chip group's small title at the cursor, in a column `width` wide.
void sectionTitle(Ui& ui, const char* text, float width);
// A list card's QR code of `url`, `side` wide at `min` in `dl`, encoded once into `cache` (not
// every frame) and registered as "qr:<url>".
void cardQr(Ui& ui, ImDrawList* dl, std::map<std::string, QrCode>& cache, const std::string& url,
            ImVec2 min, float side);
// Under a filtered list that came out empty: why, then (when `widen` is not empty) a one-tap
// button with that label to remove the filter chosen last, and clear-all. Says what was tapped.
enum class EmptyAction { None, Widen, Clear };
EmptyAction emptyResult(Ui& ui, const std::string& why, const std::string& widen, float x, float y,
                        float width);

using vitrine::filteredOffers;
using vitrine::offersForCareer;
std::string yearLabel(const Ui& ui, int year);  // 1re année, 2e année... in the UI language
// Sorted as a reader expects: accents and case folded like search does, not by bytes.
void sortForReading(std::vector<std::string>& values);
std::string yearsText(const Ui& ui, const Offer& offer);  // "2e année, 3e année"
const char* routeLabel(const Ui& ui, const std::string& route);
const char* welcomeLabel(const Ui& ui, const std::string& key);
using vitrine::consentTargets;
using vitrine::formatDate;

}  // namespace vitrine::ui
