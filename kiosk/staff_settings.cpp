// Staff settings in the store file's `settings` table, applied over the command line at start.
#include "staff_settings.h"

#include <cstdio>
#include <stdexcept>

#include "app.h"
#include "log.h"
#include "sqlite.h"
#include "store.h"

namespace vitrine {
namespace {

constexpr const char* kSchema =
    "CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)";

void prepareSettings(sql::Database& db) {
  db.exec("PRAGMA journal_mode=WAL");
  db.exec("PRAGMA synchronous=FULL");  // a setting staff saw saved must survive a power cut
  db.exec(kSchema);
}

std::optional<int> toInt(const std::string& s) {
  try {
    size_t used = 0;
    int v = std::stoi(s, &used);
    if (used == s.size()) return v;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

}  // namespace

bool parseLanguage(const std::string& code, ui::Lang& out) {
  for (ui::Lang l : ui::kLanguages)
    if (code == ui::langCode(l)) {
      out = l;
      return true;
    }
  return false;
}

bool parseScale(const std::string& text, float& out) {
  if (text == "auto") {
    out = 0.0f;
    return true;
  }
  try {
    size_t used = 0;
    const float v = std::stof(text, &used);
    if (used != text.size() || !(v >= 0.5f && v <= 3.0f)) return false;
    out = v;
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

std::string scaleText(float scale) {
  if (scale <= 0.0f) return "auto";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(scale));
  return buf;
}

KioskSettings loadSettings(const std::filesystem::path& storePath) {
  KioskSettings s;
  try {
    requireStoreFile(storePath);  // a pack or another database: refused, untouched
    sql::Database db(storePath, sql::Mode::ReadWriteCreate);
    prepareSettings(db);
    auto q = db.prepare("SELECT key, value FROM settings");
    while (q.step()) {
      std::string key = q.text(0), value = q.text(1);
      if (key == "idle_seconds")
        s.idleSeconds = toInt(value);
      else if (key == "language")
        s.language = value;
      else if (key == "event_tag")
        s.eventTag = value;
      else if (key == "kiosk_id")
        s.kioskId = value;
      else if (key == "retention_days")
        s.retentionDays = toInt(value);
      else if (float scale = 0; key == "ui_scale" && parseScale(value, scale))
        s.scale = scale;
    }
  } catch (const sql::Error& e) {
    throw StoreError("Réglages illisibles dans « " + storePath.string() + " » : " + e.what());
  }
  return s;
}

void saveSetting(const std::filesystem::path& storePath, const std::string& key,
                 const std::string& value) {
  try {
    requireStoreFile(storePath);  // a pack or another database: refused, untouched
    sql::Database db(storePath, sql::Mode::ReadWriteCreate);
    prepareSettings(db);
    db.prepare(
          "INSERT INTO settings(key, value) VALUES(?1, ?2) "
          "ON CONFLICT(key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .run();
  } catch (const sql::Error& e) {
    throw StoreError("Réglage non enregistré (" + key + ") : " + e.what());
  }
}

void applySettings(AppConfig& config, const KioskSettings& saved) {
  if (saved.idleSeconds && *saved.idleSeconds >= 30 && *saved.idleSeconds <= 3600)
    config.idleSeconds = *saved.idleSeconds;
  ui::Lang lang;
  if (saved.language && parseLanguage(*saved.language, lang)) config.language = lang;
  if (saved.eventTag && !saved.eventTag->empty()) config.eventTag = *saved.eventTag;
  if (saved.kioskId && !saved.kioskId->empty()) config.kioskId = *saved.kioskId;
  if (saved.retentionDays && *saved.retentionDays >= 0) config.retentionDays = *saved.retentionDays;
  if (saved.scale) config.scale = *saved.scale;  // parsed, so 0 or 0.5..3
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
    if (!changed.empty()) log::info("staff settings replace the command line's:" + changed);
  } catch (const std::exception& e) {
    log::warning(std::string("staff settings not applied: ") + e.what());
  }
}

KioskSettings settingsOf(const AppConfig& config) {
  return {static_cast<int>(config.idleSeconds), ui::langCode(config.language), config.eventTag,
          config.kioskId, config.retentionDays, config.scale};
}

int purgeExpiredContacts(VisitorStore& store, int days, std::chrono::system_clock::time_point now) {
  if (days <= 0) return 0;
  try {
    int n = store.purgePersonal(isoTimestamp(now - std::chrono::hours(24) * days));
    log::info("retention: contact details of " + std::to_string(n) + " submission(s) older than " +
              std::to_string(days) + " day(s) erased");
    return n;
  } catch (const StoreError& e) {
    log::error(std::string("retention purge failed: ") + e.what());
    return -1;
  }
}

}  // namespace vitrine
