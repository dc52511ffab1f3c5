// The one date and time helper: every strftime, gmtime, localtime and timegm of the house.
#include "date_time.h"

#include <cstdio>

namespace vitrine {
namespace {

std::string format(std::time_t t, TimeZone zone, const char* pattern) {
  std::tm tm{};
  const bool ok = zone == TimeZone::Utc ? gmtime_r(&t, &tm) != nullptr : localTm(t, tm);
  if (!ok) return "";
  char buf[64];
  return std::strftime(buf, sizeof buf, pattern, &tm) > 0 ? buf : "";
}

}  // namespace

std::string isoDay(std::time_t t, TimeZone zone) {
  return format(t, zone, "%Y-%m-%d");
}

std::string isoDay(const std::tm& tm) {
  char buf[16];
  return std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm) > 0 ? buf : "";
}

std::string isoSecondUtc(std::time_t t) {
  return format(t, TimeZone::Utc, "%Y-%m-%dT%H:%M:%SZ");
}

std::string isoMillisUtc(std::chrono::system_clock::time_point when) {
  using namespace std::chrono;
  const auto sinceEpoch = duration_cast<milliseconds>(when.time_since_epoch()).count();
  auto ms = sinceEpoch % 1000;
  auto seconds = sinceEpoch / 1000;
  if (ms < 0) {  // before 1970: the millisecond counts up from the second below
    ms += 1000;
    seconds -= 1;
  }
  char out[48];
  std::snprintf(
      out, sizeof out, "%s.%03dZ",
      format(static_cast<std::time_t>(seconds), TimeZone::Utc, "%Y-%m-%dT%H:%M:%S").c_str(),
      static_cast<int>(ms));
  return out;
}

std::string minuteUtc(std::time_t t) {
  return format(t, TimeZone::Utc, "%Y-%m-%d %H:%M UTC");
}

std::string localSecond(std::time_t t) {
  return format(t, TimeZone::Local, "%Y-%m-%d %H:%M:%S");
}

std::string localMinute(std::time_t t) {
  return format(t, TimeZone::Local, "%Y-%m-%d %H:%M");
}

bool localTm(std::time_t t, std::tm& out) {
  return localtime_r(&t, &out) != nullptr;
}

bool isIsoDate(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return !(m == 2 && d == 29 && !leap);
}

std::string dayFirstToIso(const std::string& s) {
  if (s.size() != 10 || s[2] != '/' || s[5] != '/') return {};
  std::string iso = s.substr(6, 4) + "-" + s.substr(3, 2) + "-" + s.substr(0, 2);
  return isIsoDate(iso) ? iso : std::string();
}

bool parseIsoUtc(const std::string& iso, std::time_t& out, bool withTime) {
  std::tm tm{};
  int n = std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                      &tm.tm_hour, &tm.tm_min, &tm.tm_sec);
  if (n != 6 && (n != 3 || withTime)) return false;
  if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31) return false;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  out = timegm(&tm);
  return true;
}

}  // namespace vitrine
