// Parsing the kiosk's options: whole values only, each checked against its range.
#include "kiosk_options.h"

#include <charconv>
#include <cstring>

#include "staff_settings.h"

namespace vitrine {
namespace {

std::string range(int lo, int hi) {
  return std::to_string(lo) + " to " + std::to_string(hi);
}

// The whole of `v` as an integer in [lo, hi], or a UsageError naming `option`.
int integer(const std::string& option, const std::string& v, int lo, int hi, const char* unit) {
  int n = 0;
  const char* end = v.data() + v.size();
  auto [p, ec] = std::from_chars(v.data(), end, n);
  if (v.empty() || ec != std::errc() || p != end || n < lo || n > hi)
    throw UsageError(option + " wants a whole number of " + unit + " from " + range(lo, hi) +
                     ", not « " + v + " »");
  return n;
}

void size(const std::string& v, platform::Options& w) {
  const auto x = v.find('x');
  const std::string why = "--size wants WIDTHxHEIGHT, each from " + range(kSizeMin, kSizeMax) +
                          " pixels (e.g. 1920x1080), not « " + v + " »";
  if (x == std::string::npos) throw UsageError(why);
  try {
    w.width = integer("--size", v.substr(0, x), kSizeMin, kSizeMax, "pixels");
    w.height = integer("--size", v.substr(x + 1), kSizeMin, kSizeMax, "pixels");
  } catch (const UsageError&) {
    throw UsageError(why);
  }
}

std::string oneOf(const std::string& option, const std::string& v,
                  std::initializer_list<const char*> allowed) {
  std::string list;
  for (const char* a : allowed) {
    if (v == a) return v;
    list += (list.empty() ? "" : "|") + std::string(a);
  }
  throw UsageError(option + " wants one of " + list + ", not « " + v + " »");
}

std::string tag(const std::string& option, const std::string& v) {
  if (v.empty() || v.size() > kTagMax)
    throw UsageError(option + " wants a text of 1 to " + std::to_string(kTagMax) + " bytes");
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

const char* const kKioskUsage =
    "usage: kiosk --pack <file.kpack> [options]\n"
    "       kiosk --packs <dir> [options]   runs current.kpack, switches new ones safely\n"
    "  --store <visitors.db>       the visitor store (default visitors.db)\n"
    "  --host <organisation-id>    the host's stages and events first (its open day)\n"
    "  --trusted <dir>             only packs signed by a publisher key in <dir>\n"
    "                              (default /etc/vitrine/trusted; no key there: unsigned ok)\n"
    "  --windowed                  a window instead of fullscreen (closable, for development)\n"
    "  --size WxH                  window size, each side 320 to 16384 pixels\n"
    "  --idle <seconds>            no touch for this long wipes the visit: 10 to 3600 (90);\n"
    "                              « Toujours là ? » counts down its last sixth, 5 to 15 s\n"
    "  --event <tag>               the event's name in statistics (1 to 100 bytes)\n"
    "  --kiosk-id <id>             this kiosk's name in statistics (1 to 100 bytes)\n"
    "  --country BE|FR|CH|LU|NL|DE the kiosk's country: phone numbers, « À l'étranger » (BE)\n"
    "  --keyboard azerty|qwertz|qwerty   default: from the country and the language\n"
    "  --fonts <dir>               where NotoSans-Regular.ttf and -Bold.ttf are\n"
    "  --start-screen attract|home\n"
    "  --hide-cursor               no pointer on screen\n"
    "  --log <file>                log file (default: the journal, or ~/.local/state/vitrine)\n"
    "  --retention-days <N>        erase contact details older than N days at start: 0 to 3650\n"
    "                              (0, the default: keep them until staff export and purge)\n"
    "  --scale auto|0.5..3         the UI's size instead of the display's (2 for 4K)\n"
    "  --tour <dir>                take a screenshot of every screen into <dir> and exit\n"
    "  -h, --help                  show this help and exit\n";

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
      if (i + 1 >= argc) throw UsageError(k + " needs a value");
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
      a.app.idleSeconds = integer(k, value(), kIdleMin, kIdleMax, "seconds");
    else if (k == "--retention-days")
      a.app.retentionDays = integer(k, value(), 0, kRetentionMax, "days");
    else if (k == "--event")
      a.app.eventTag = tag(k, value());
    else if (k == "--kiosk-id")
      a.app.kioskId = tag(k, value());
    else if (k == "--country")
      a.app.country = oneOf(k, value(), {"BE", "FR", "CH", "LU", "NL", "DE"});
    else if (k == "--keyboard")
      a.app.keyboard = oneOf(k, value(), {"azerty", "qwertz", "qwerty"});
    else if (k == "--scale") {
      std::string v = value();
      if (!parseScale(v, a.app.scale))
        throw UsageError("--scale wants auto or a number from 0.5 to 3 (1 = 1080p, 2 = 4K), not " +
                         v);
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
      throw UsageError("unknown option « " + k + " » (kiosk --help lists them)");
  }
  if (a.app.packPath.empty() == a.app.packsDir.empty())
    throw UsageError("give either --pack <file> or --packs <dir>");
  return a;
}

}  // namespace vitrine
