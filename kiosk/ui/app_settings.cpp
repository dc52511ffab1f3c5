// Staff settings saved in the visitor store, laid over the command line's AppConfig.
#include "app_settings.h"

#include "log.h"

namespace vitrine {

void applySettings(AppConfig& config, const KioskSettings& saved) {
  if (saved.idleSeconds && *saved.idleSeconds >= 30 && *saved.idleSeconds <= 3600)
    config.idleSeconds = *saved.idleSeconds;
  ui::Lang lang;
  if (saved.language && parseLanguage(*saved.language, lang)) config.language = lang;
  if (saved.eventTag && !saved.eventTag->empty()) config.eventTag = *saved.eventTag;
  if (saved.kioskId && !saved.kioskId->empty()) config.kioskId = *saved.kioskId;
  if (saved.retentionDays && *saved.retentionDays >= 0) config.retentionDays = *saved.retentionDays;
  if (saved.scale) config.scale = *saved.scale;  // parsed, so 0 or 0.5..3
  if (saved.host) config.host = *saved.host;     // "": staff chose no host
}

void applySavedSettings(AppConfig& config) {
  try {
    const AppConfig before = config;
    applySettings(config, loadSettings(config.storePath));
    // The start-up line shows the command line's values: say which ones staff replaced.
    std::string changed;
    if (config.idleSeconds != before.idleSeconds)
      changed += " idle " + std::to_string(static_cast<int>(config.idleSeconds)) + " s;";
    if (config.language != before.language)
      changed += std::string(" visitors' language ") + ui::langCode(config.language) + ";";
    if (config.eventTag != before.eventTag) changed += " event " + config.eventTag + ";";
    if (config.kioskId != before.kioskId) changed += " kiosk id " + config.kioskId + ";";
    if (config.retentionDays != before.retentionDays)
      changed += " retention " + std::to_string(config.retentionDays) + " days;";
    if (config.scale != before.scale) changed += " UI scale " + scaleText(config.scale) + ";";
    if (config.host != before.host) changed += " host " + config.host + ";";
    if (!changed.empty()) log::info("staff settings replace the command line's:" + changed);
  } catch (const std::exception& e) {
    log::warning(std::string("staff settings not applied: ") + e.what());
  }
}

KioskSettings settingsOf(const AppConfig& config) {
  return {static_cast<int>(config.idleSeconds), ui::langCode(config.language), config.eventTag,
          config.kioskId, config.retentionDays, config.scale, config.host};
}

}  // namespace vitrine
