// The kiosk's command line: every value parsed whole and range-checked, GNU --help.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "app.h"
#include "platform.h"

namespace vitrine {

// A command line the kiosk cannot run with: the message names the option and what it accepts,
// in the staff's language (kiosk_messages_list.h).
class UsageError : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

struct KioskArgs {
  AppConfig app;
  platform::Options window;
  std::string tourDir;
  bool startHome = false;  // --start-screen home: skip the attract loop (benchmarks, demos)
  std::filesystem::path logFile;
  bool help = false;  // --help / -h: print kioskUsage() on standard output, exit 0
};

// Ranges, shared with the usage text and the tests.
inline constexpr int kIdleMin = 10, kIdleMax = 3600;    // seconds
inline constexpr int kRetentionMax = 3650;              // days; 0 = keep until exported
inline constexpr int kSizeMin = 320, kSizeMax = 16384;  // window pixels a side
inline constexpr size_t kTagMax = 100;                  // --event, --kiosk-id

// The usage, in the staff's language (French, English when the locale says so).
std::string kioskUsage();

// Throws UsageError. `--help` anywhere (before a lone `--`) wins over every other problem.
KioskArgs parseKioskArgs(int argc, const char* const* argv);

}  // namespace vitrine
