// The scripted tour behind `kiosk --tour <dir>`: one screenshot per screen and state, for the
// README and for a first look on a machine without a screen.
#pragma once

#include <functional>
#include <string>

#include "app.h"
#include "platform.h"

namespace vitrine {

// Visits every screen with a plausible visitor's choices, writes <dir>/NN-name.png, prints
// each path; returns 0, or 1 if a screenshot could not be written.
int tour(App& app, platform::Platform& platform, const std::string& dir);

// The visitor's screens, from the attract loop to the thank-you, in the session's language with a
// plausible visitor's choices; `at(name)` is called once each is drawn ("02-home"...). The tour
// screenshots them; tests read what they show.
void walkScreens(App& app, const std::function<void(const std::string& name)>& at);

}  // namespace vitrine
