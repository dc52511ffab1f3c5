// Kiosk settings chosen in staff mode, kept in the visitor store file so that they survive a
// restart, and the retention purge they drive at start-up.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

#include "ui_strings.h"

namespace vitrine {

class StoreFile;
class VisitorStore;

// What staff saved; an empty field means "the command line's value" (AppConfig is the default).
struct KioskSettings {
  std::optional<int> idleSeconds;
  std::optional<std::string> language;  // "fr" | "nl" | "de" | "en": every visitor starts in it
  std::optional<std::string> eventTag;
  std::optional<std::string> kioskId;
  std::optional<int> retentionDays;  // 0: contact details stay until exported and purged
  std::optional<float> scale;        // 0: from the display (Automatique); else 0.5..3
  std::optional<std::string> host;   // organisation id whose stages and events come first; "": none
};

// The steps offered on the staff page (the command line may give any other value).
inline constexpr int kIdleSteps[] = {60, 90, 120, 180};
inline constexpr int kRetentionSteps[] = {0, 30, 90, 180, 365};
inline constexpr float kScaleSteps[] = {0.0f, 0.75f, 1.0f, 1.25f, 1.5f, 2.0f};  // 0: Automatique

// Reads the `settings` table of the visitor file. Throws StoreError.
KioskSettings loadSettings(StoreFile& file);
KioskSettings loadSettings(const std::filesystem::path& storePath);  // opens it through StoreFile
// Saves one setting at once (key: idle_seconds, language, event_tag, kiosk_id, retention_days,
// ui_scale, host).
// Throws StoreError with a French sentence for staff.
void saveSetting(StoreFile& file, const std::string& key, const std::string& value);
void saveSetting(const std::filesystem::path& storePath, const std::string& key,
                 const std::string& value);

bool parseLanguage(const std::string& code, ui::Lang& out);
// "auto" (0: from the display) or a UI scale from 0.5 to 3 ("1.25"); false for anything else.
bool parseScale(const std::string& text, float& out);
std::string scaleText(float scale);  // what parseScale reads back: "auto", "1.25"

// The retention the kiosk applies: the pack's (what its notice announces), shortened by staff
// settings, never lengthened; 0 (keep) only when neither states one.
int effectiveRetentionDays(int packDays, int staffDays);

// Retention: erases the contact details of submissions older than `days` days (none when days
// <= 0) and logs how many, never what; records dated after `now` count as saved now
// (VisitorStore::redateFuture, logged as a clock problem). Returns the count, or -1 when the store
// refused (logged). A clock checkClock() finds implausible (before this build or the pack
// `packBuildTime`) ages nothing: the purge is skipped and logged until the date is set right.
int purgeExpiredContacts(
    VisitorStore& store, int days,
    std::chrono::system_clock::time_point now = std::chrono::system_clock::now(),
    const std::string& packBuildTime = "");

}  // namespace vitrine
