// Staff settings saved in the visitor store, laid over the command line's AppConfig.
#pragma once

#include "app.h"
#include "staff_settings.h"

namespace vitrine {

// Saved settings override the command line's values in `config`. Unknown or out-of-range saved
// values are ignored (a hand-edited file must not stop the kiosk).
void applySettings(AppConfig& config, const KioskSettings& saved);
// loadSettings + applySettings; a store that cannot be read leaves `config` as it is and is
// logged (the App reports the store's problem itself).
void applySavedSettings(AppConfig& config);
// Every field set from `config` (what the command line said, shown as the defaults).
KioskSettings settingsOf(const AppConfig& config);

}  // namespace vitrine
