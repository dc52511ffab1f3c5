// Parsing the kiosk's options: whole values only, each checked against its range.
#include "kiosk_options.h"

#include <charconv>
#include <cstring>

#include "encoding.h"
#include "kiosk_messages.h"
#include "staff_settings.h"
#include "validation.h"

namespace vitrine {
namespace {

// The whole of `v` as an integer in [lo, hi], or a UsageError naming `option`.
int integer(const std::string& option, const std::string& v, int lo, int hi, KM unit) {
  int n = 0;
  const char* end = v.data() + v.size();
  auto [p, ec] = std::from_chars(v.data(), end, n);
  if (v.empty() || ec != std::errc() || p != end || n < lo || n > hi)
    throw UsageError(
        tr(KM::whole_number, {option, tr(unit), std::to_string(lo), std::to_string(hi), v}));
  return n;
}

void size(const std::string& v, platform::Options& w) {
  const auto x = v.find('x');
  const std::string why = tr(KM::size, {std::to_string(kSizeMin), std::to_string(kSizeMax), v});
  if (x == std::string::npos) throw UsageError(why);
  try {
    w.width = integer("--size", v.substr(0, x), kSizeMin, kSizeMax, KM::unit_pixels);
    w.height = integer("--size", v.substr(x + 1), kSizeMin, kSizeMax, KM::unit_pixels);
  } catch (const UsageError&) {
    throw UsageError(why);
  }
}

// The refusal of a value that is none of `allowed`: "--keyboard wants one of a|b|c, not …".
template <class Values>
UsageError notOneOf(const std::string& option, const std::string& v, const Values& allowed) {
  std::string list;
  for (const char* a : allowed) list += (list.empty() ? "" : "|") + std::string(a);
  return UsageError(tr(KM::one_of, {option, list, v}));
}

std::string oneOf(const std::string& option, const std::string& v,
                  std::initializer_list<const char*> allowed) {
  for (const char* a : allowed)
    if (v == a) return v;
  throw notOneOf(option, v, allowed);
}

// A country code as people write it, « be » as well as « BE ».
std::string country(const std::string& option, const std::string& v) {
  std::string code = phoneCountry(v);
  if (code.empty()) throw notOneOf(option, v, kPhoneCountries);
  return code;
}

// A name shown on the staff screen and written into every statistics row and export: UTF-8,
// without control characters (a line break would split the CSV a coordinator opens).
std::string tag(const std::string& option, const std::string& v) {
  bool clean = !v.empty() && v.size() <= kTagMax && firstNonUtf8Line(v) == 0;
  for (size_t i = 0; clean && i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    const auto next = i + 1 < v.size() ? static_cast<unsigned char>(v[i + 1]) : 0;
    clean = c >= 0x20 && c != 0x7F && !(c == 0xC2 && next < 0xA0);  // C0, DEL, C1 (U+0080–9F)
  }
  if (!clean) throw UsageError(tr(KM::tag, {option, std::to_string(kTagMax), v}));
  return v;
}

bool wantsHelp(int argc, const char* const* argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--") == 0) return false;
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) return true;
  }
  return false;
}

}  // namespace

std::string kioskUsage() {
  return tr(KM::usage);
}

KioskArgs parseKioskArgs(int argc, const char* const* argv) {
  KioskArgs a;
  if (wantsHelp(argc, argv)) {
    a.help = true;
    return a;
  }
  a.app.trustedDir = "/etc/vitrine/trusted";  // scripts/deploy creates it, empty
  a.app.fontDir = VITRINE_FONT_DIR;
  a.app.storePath = "visitors.db";
  for (int i = 1; i < argc; ++i) {
    const std::string k = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError(tr(KM::needs_value, {k}));
      return argv[++i];
    };
    if (k == "--pack")
      a.app.packPath = value();
    else if (k == "--packs")
      a.app.packsDir = value();
    else if (k == "--store")
      a.app.storePath = value();
    else if (k == "--trusted")  // publisher keys packs must be signed by
      a.app.trustedDir = value();
    else if (k == "--host")  // its stages and events first (its own open day)
      a.app.host = value();
    else if (k == "--fonts")
      a.app.fontDir = value();
    else if (k == "--idle")
      a.app.idleSeconds = integer(k, value(), kIdleMin, kIdleMax, KM::unit_seconds);
    else if (k == "--retention-days")
      a.app.retentionDays = integer(k, value(), 0, kRetentionMax, KM::unit_days);
    else if (k == "--event")
      a.app.eventTag = tag(k, value());
    else if (k == "--kiosk-id")
      a.app.kioskId = tag(k, value());
    else if (k == "--country")
      a.app.country = country(k, value());
    else if (k == "--keyboard")
      a.app.keyboard = oneOf(k, value(), {"azerty", "qwertz", "qwerty"});
    else if (k == "--scale") {
      std::string v = value();
      if (!parseScale(v, a.app.scale)) throw UsageError(tr(KM::scale, {v}));
    } else if (k == "--windowed")
      a.window.fullscreen = false;
    else if (k == "--hide-cursor")
      a.window.hideCursor = true;
    else if (k == "--log")
      a.logFile = value();
    else if (k == "--tour")
      a.tourDir = value();
    else if (k == "--start-screen")
      a.startHome = oneOf(k, value(), {"attract", "home"}) == "home";
    else if (k == "--size")
      size(value(), a.window);
    else
      throw UsageError(tr(KM::unknown_option, {k}));
  }
  if (a.app.packPath.empty() == a.app.packsDir.empty()) throw UsageError(tr(KM::pack_or_packs));
  return a;
}

}  // namespace vitrine
