// libFuzzer: command lines for the kiosk (parseKioskArgs) and for kioskctl's verbs (ctl_options.h):
// each value parsed whole and range-checked; UsageError (or an error text) is the only refusal.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "ctl_options.h"
#include "kiosk_options.h"

namespace {

// The first byte picks the parser, the rest are the arguments, separated by NUL bytes.
std::vector<std::string> split(const uint8_t* data, size_t size) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < size; ++i) {
    if (data[i] == 0)
      out.emplace_back();
    else
      out.back() += static_cast<char>(data[i]);
  }
  return out;
}

void kiosk(const std::vector<std::string>& args) {
  std::vector<const char*> argv{"kiosk"};
  for (const auto& a : args) argv.push_back(a.c_str());
  try {
    const vitrine::KioskArgs k =
        vitrine::parseKioskArgs(static_cast<int>(argv.size()), argv.data());
    if (k.help) return;
    if (k.app.packPath.empty() == k.app.packsDir.empty()) __builtin_trap();
    const auto& a = k.app;
    if (a.idleSeconds < vitrine::kIdleMin || a.idleSeconds > vitrine::kIdleMax) __builtin_trap();
    if (a.retentionDays < 0 || a.retentionDays > vitrine::kRetentionMax) __builtin_trap();
    if (a.eventTag.size() > vitrine::kTagMax || a.kioskId.size() > vitrine::kTagMax)
      __builtin_trap();
  } catch (const vitrine::UsageError& e) {
    if (std::string(e.what()).empty()) __builtin_trap();  // a refusal always says why
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::vector<std::string> args = split(data + 1, size - 1);
  namespace ctl = vitrine::ctl;
  switch (data[0] % 5) {
    case 0:
      kiosk(args);
      break;
    case 1: {
      ctl::LeadsOptions o;
      const std::string problem = ctl::parseLeadsOptions(args, o);
      if (problem.empty() &&
          (o.olderThanDays && (*o.olderThanDays < 0 || *o.olderThanDays > 36500)))
        __builtin_trap();
      break;
    }
    case 2:
      for (const char* flag : {"-o", "--key"})
        if (auto p = ctl::parsePathAndFlag(args, flag);
            p && (p->path.empty() || p->flagged.empty()))
          __builtin_trap();
      break;
    case 3: {
      std::string problem;
      if (!ctl::parsePinStore(args, problem) && problem.empty()) __builtin_trap();
      break;
    }
    default: {
      ctl::KeysOptions o;
      if (ctl::parseKeysOptions(args, o) && (o.dir.empty() || o.publisher == !o.org.empty()))
        __builtin_trap();
    }
  }
  return 0;
}
