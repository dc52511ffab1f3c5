// Filter chips: a pill that is on or off, with an optional count, and the row they wrap in.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ui.h"

namespace vitrine::ui {

// A filter chip; selected chips are filled teal. `count` < 0 hides the count; an unselected chip
// whose count is 0 is drawn dimmed (still tappable: the empty result then explains itself).
// `maxWidth` > 0: a longer label is cut with "…" (large text in a narrow panel).
bool chip(Ui& ui, const std::string& name, const std::string& label, bool selected, int count = -1,
          float maxWidth = 0.0f);
float chipWidth(const Ui& ui, const std::string& label, bool selected, int count = -1);

// Chips flowing left to right from the cursor, wrapping inside `width`. The cursor ends below.
class ChipFlow {
 public:
  ChipFlow(Ui& ui, float width);
  ~ChipFlow();
  ChipFlow(const ChipFlow&) = delete;
  ChipFlow& operator=(const ChipFlow&) = delete;
  bool chip(const std::string& name, const std::string& label, bool on, int count = -1);

 private:
  Ui& ui_;
  float x0_, y_, x_, width_;
};

// A ChipFlow `width` wide of one chip per value, named "<prefix><value>" and labelled
// `label(value)` (the value itself without `label`), on while `chosen` holds the value; a tap
// adds or removes it.
void choiceChips(Ui& ui, float width, const std::string& prefix,
                 const std::vector<std::string>& values, Choice& chosen,
                 const std::function<std::string(const std::string&)>& label = {});

}  // namespace vitrine::ui
