// `kioskctl pin`: set the staff PIN (read from standard input, never from the command line) or
// check one.
#include <unistd.h>

#include <cmath>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

#include "ctl.h"
#include "ctl_messages.h"
#include "ctl_options.h"
#include "messages.h"
#include "staff_pin.h"
#include "store.h"

namespace vitrine::ctl {
namespace {

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << trWhole(CM::verb_problem, {"pin", problem}) << "\n";
  std::cerr << tr(CM::usage_pin);
  return 2;
}

// Whole seconds, rounded up: "wait 0 s" only when there is nothing to wait for.
std::string seconds(double s) {
  return std::to_string(static_cast<long long>(std::ceil(s)));
}

// One line of standard input, without its line end; a PIN on the command line would stay in
// the shell history and in `ps`.
std::optional<std::string> readPin() {
  if (::isatty(STDIN_FILENO)) std::cerr << tr(CM::pin_prompt) << std::flush;
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

int runSet(StaffPin& pin) {
  auto code = readPin();
  if (!code) return usage(tr(CM::no_pin_read));
  if (!StaffPin::validFormat(*code)) {
    std::cerr << tr(CM::pin_refused) << "\n";
    return 1;
  }
  pin.set(*code);
  std::cout << tr(CM::pin_saved) << "\n";
  return 0;
}

int runCheck(StaffPin& pin) {
  auto code = readPin();
  if (!code) return usage(tr(CM::no_pin_read));
  PinAttempt a = pin.check(*code, wallClockSeconds());
  switch (a.result) {
    case PinResult::Ok:
      std::cout << tr(CM::pin_right) << "\n";
      return 0;
    case PinResult::NotSet:
      std::cerr << tr(CM::pin_not_set) << "\n";
      return 1;
    case PinResult::Wait:
      std::cerr << tr(CM::pin_wait, {seconds(a.waitSeconds)}) << "\n";
      return 1;
    case PinResult::Wrong:
      std::cerr << tr(CM::pin_wrong, {std::to_string(a.failures)}) << "\n";
      return 1;
  }
  return 1;
}

}  // namespace

int pin(const Args& args) {
  if (args.empty()) return usage("");
  const std::string& cmd = args[0];
  std::string problem;
  const std::optional<std::string> store = parsePinStore(args, problem);
  if (!store) return usage(problem);
  try {
    StaffPin pin(*store);
    if (cmd == "set") return runSet(pin);
    if (cmd == "check") return runCheck(pin);
    if (cmd == "status") {
      std::cout << tr(pin.isSet() ? CM::pin_status_set : CM::pin_status_unset,
                      {std::to_string(pin.failures()),
                       seconds(pin.waitSeconds(wallClockSeconds()))})
                << "\n";
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return usage(tr(CM::unknown_command, {cmd}));
}

}  // namespace vitrine::ctl
