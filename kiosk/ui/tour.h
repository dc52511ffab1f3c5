// The scripted tour behind `kiosk --tour <dir>`: one screenshot per screen and state, for the
// README and for a first look on a machine without a screen.
#pragma once

#include <string>

#include "app.h"
#include "platform.h"

namespace vitrine {

// Visits every screen with a plausible visitor's choices, writes <dir>/NN-name.png, prints
// each path; returns 0, or 1 if a screenshot could not be written.
int tour(App& app, platform::Platform& platform, const std::string& dir);

}  // namespace vitrine
