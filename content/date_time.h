// The one date and time helper of the house: the clock as text, and dates read back. content/
// (the floor) and every room of kiosk/ include it; dates shown to visitors in their language are
// kiosk/base/dates.h, and time stamps keep their one format per use listed here.
#pragma once

#include <chrono>
#include <ctime>
#include <string>

namespace vitrine {

// Which clock a text reads in: UTC for what is stored and compared, the machine's local time
// for what staff read (days and hours of figures, log lines, the date they set).
enum class TimeZone { Utc, Local };

// "2026-11-23" (pack dates, figures' days, export folders, "today" for deadlines).
std::string isoDay(std::time_t t, TimeZone zone);
// The day of a broken-down time (already in the zone wanted), "2026-11-23".
std::string isoDay(const std::tm& tm);
// "2026-11-23T15:04:05Z" (a pack's build time, a statistics event).
std::string isoSecondUtc(std::time_t t);
// "2026-11-23T15:04:05.123Z" (the visitor store's created_at: sorts and compares as text).
std::string isoMillisUtc(std::chrono::system_clock::time_point when);
// "2026-11-23 15:04 UTC" (a clock reading or a pack file's time, told to staff).
std::string minuteUtc(std::time_t t);
// "2026-11-23 15:04:05" local (log lines; what `timedatectl set-time` reads).
std::string localSecond(std::time_t t);
// "2026-11-23 15:04" local (the staff date editor).
std::string localMinute(std::time_t t);
// `t` broken down in the machine's local time; false when the system cannot.
bool localTm(std::time_t t, std::tm& out);

// "YYYY-MM-DD", a real calendar day (leap years counted).
bool isIsoDate(const std::string& s);
// "31/12/2026" (how spreadsheets in French write a day) as "2026-12-31"; "" if it is not one.
std::string dayFirstToIso(const std::string& s);
// "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS…" (UTC; a fraction or "Z" may follow) as Unix seconds;
// false when it is neither, or when `withTime` and the time of day is missing.
bool parseIsoUtc(const std::string& iso, std::time_t& out, bool withTime = false);

}  // namespace vitrine
