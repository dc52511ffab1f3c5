// Every screen in one table indexed by ScreenId: adding a screen is its file and one line in
// screen_table.cpp.
#pragma once

#include <array>
#include <memory>

#include "screen.h"
#include "session.h"

namespace vitrine::ui {

class StaffMode;
struct StaffContext;

using ScreenTable = std::array<std::unique_ptr<Screen>, kScreenCount>;

// One instance of each screen; the staff pages draw through `staff` with `context`.
ScreenTable makeScreens(StaffMode& staff, StaffContext& context);

}  // namespace vitrine::ui
