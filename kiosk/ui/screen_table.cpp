// Every screen in one table indexed by ScreenId: adding a screen is its file and one line here.
#include "screen_table.h"

#include <cassert>

#include "screens/screens.h"
#include "staff_mode.h"

namespace vitrine::ui {
namespace {

// The staff pages live in StaffMode (one state for the PIN pad and the pages it unlocks).
class StaffPinScreen final : public Screen {
 public:
  StaffPinScreen(StaffMode& staff, StaffContext& context) : staff_(staff), context_(context) {}
  void draw(Ui& ui) override { staff_.drawPin(ui, context_); }
  void reset() override {}  // StaffMode::open() starts every staff visit afresh

 private:
  StaffMode& staff_;
  StaffContext& context_;
};

class StaffPagesScreen final : public Screen {
 public:
  StaffPagesScreen(StaffMode& staff, StaffContext& context) : staff_(staff), context_(context) {}
  void draw(Ui& ui) override { staff_.draw(ui, context_); }
  void reset() override {}

 private:
  StaffMode& staff_;
  StaffContext& context_;
};

}  // namespace

ScreenTable makeScreens(StaffMode& staff, StaffContext& context) {
  ScreenTable t;
  auto put = [&t](ScreenId id, std::unique_ptr<Screen> screen) {
    t[static_cast<size_t>(id)] = std::move(screen);
  };
  put(ScreenId::Attract, std::make_unique<AttractScreen>());
  put(ScreenId::Home, std::make_unique<HomeScreen>());
  put(ScreenId::Careers, std::make_unique<CareersScreen>());
  put(ScreenId::CareerDetail, std::make_unique<CareerDetailScreen>());
  put(ScreenId::Offers, std::make_unique<OffersScreen>());
  put(ScreenId::OfferDetail, std::make_unique<OfferDetailScreen>());
  put(ScreenId::Search, std::make_unique<SearchScreen>());
  put(ScreenId::Form, std::make_unique<FormScreen>());
  put(ScreenId::Thanks, std::make_unique<ThanksScreen>());
  put(ScreenId::Quiz, std::make_unique<QuizScreen>());
  put(ScreenId::QuizResult, std::make_unique<QuizResultScreen>());
  put(ScreenId::PackError, std::make_unique<PackErrorScreen>());
  put(ScreenId::Organisation, std::make_unique<OrganisationScreen>());
  put(ScreenId::Agenda, std::make_unique<AgendaScreen>());
  put(ScreenId::Schools, std::make_unique<SchoolsScreen>());
  put(ScreenId::StaffPin, std::make_unique<StaffPinScreen>(staff, context));
  put(ScreenId::Staff, std::make_unique<StaffPagesScreen>(staff, context));
  for ([[maybe_unused]] const auto& screen : t) assert(screen && "a ScreenId without a screen");
  return t;
}

}  // namespace vitrine::ui
