// The one interface every screen implements; the app keeps them in a table indexed by ScreenId
// (screen_table.cpp) and never names a screen's type to draw, reset or enter it.
#pragma once

#include "session.h"

namespace vitrine {
class Stats;
}

namespace vitrine::ui {

struct Ui;

class Screen {
 public:
  virtual ~Screen() = default;
  virtual void draw(Ui& ui) = 0;
  // The visitor left (idle, reset, staff): everything the screen remembers of them goes.
  virtual void reset() = 0;
  // Navigated to from another screen (not by « Retour »): a new visit of this screen.
  virtual void enter(VisitorSession&) {}
  // The visitor goes elsewhere (another screen, « Retour », a reset): what the screen counts once
  // per visit goes to the statistics now.
  virtual void leave(Stats*) {}
};

// reset() for a screen whose default-constructed state is its clean state.
template <typename Self>
class ScreenOf : public Screen {
 public:
  void reset() override { static_cast<Self&>(*this) = Self{}; }
};

}  // namespace vitrine::ui
