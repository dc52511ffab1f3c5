// Staff settings in the store file's `settings` table, applied over the command line at start.
#include "staff_settings.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <stdexcept>

#include "clock_check.h"
#include "log.h"
#include "sqlite.h"
#include "store.h"
#include "store_messages.h"

namespace vitrine {
namespace {

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
  // A plain decimal number: no exponent, hex float (0x1p1), « inf », spaces or sign.
  float v = 0.0f;
  const char* end = text.data() + text.size();
  const auto [p, ec] = std::from_chars(text.data(), end, v, std::chars_format::fixed);
  if (text.empty() || ec != std::errc() || p != end || !(v >= 0.5f && v <= 3.0f)) return false;
  out = v;
  return true;
}

std::string scaleText(float scale) {
  if (scale <= 0.0f) return "auto";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%g", static_cast<double>(scale));
  return buf;
}

KioskSettings loadSettings(StoreFile& file) {
  KioskSettings s;
  try {
    auto q = file.db().prepare("SELECT key, value FROM settings");
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
      else if (key == "host")
        s.host = value;
    }
  } catch (const sql::Error& e) {
    throw StoreFile::error(e.code(), e.what(), false, tr(SM::settings_unread));
  }
  return s;
}

KioskSettings loadSettings(const std::filesystem::path& storePath) {
  return loadSettings(*StoreFile::open(storePath));
}

void saveSetting(StoreFile& file, const std::string& key, const std::string& value) {
  try {
    file.db()
        .prepare(
            "INSERT INTO settings(key, value) VALUES(?1, ?2) "
            "ON CONFLICT(key) DO UPDATE SET value = ?2")
        .bind(1, key)
        .bind(2, value)
        .run();
  } catch (const sql::Error& e) {
    throw StoreFile::error(e.code(), e.what(), true, tr(SM::setting_not_saved, {key}));
  }
}

void saveSetting(const std::filesystem::path& storePath, const std::string& key,
                 const std::string& value) {
  saveSetting(*StoreFile::open(storePath), key, value);
}

int effectiveRetentionDays(int packDays, int staffDays) {
  if (packDays <= 0) return std::max(staffDays, 0);
  if (staffDays <= 0) return packDays;
  return std::min(packDays, staffDays);
}

int purgeExpiredContacts(VisitorStore& store, int days, std::chrono::system_clock::time_point now,
                         const std::string& packBuildTime) {
  if (days <= 0) return 0;
  const ClockCheck clock =
      checkClock(std::chrono::duration<double>(now.time_since_epoch()).count(), packBuildTime);
  if (!clock.plausible) {
    log::warning("retention: skipped, the clock cannot be believed (" + clock.now + ")");
    return 0;
  }
  try {
    if (int ahead = store.redateFuture(isoTimestamp(now)); ahead > 0)
      log::warning("clock: " + std::to_string(ahead) +
                   " submission(s) were dated in the future "
                   "(the clock was ahead when they were saved): they count as saved now, " +
                   isoTimestamp(now) + ", and their contact details are erased " +
                   std::to_string(days) + " day(s) from now");
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
