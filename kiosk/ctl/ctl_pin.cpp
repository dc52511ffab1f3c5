// `kioskctl pin`: set the staff PIN (read from standard input, never from the command line) or
// check one.
#include <unistd.h>

#include <cmath>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>

#include "ctl.h"
#include "ctl_options.h"
#include "messages.h"
#include "staff_pin.h"
#include "store.h"

namespace vitrine::ctl {
namespace {

constexpr const char* kPinUsage =
    "usage: kioskctl pin set --store <visitors.db>     reads the new PIN (4 to 8 digits) on\n"
    "                                                  standard input\n"
    "       kioskctl pin check --store <visitors.db>   reads a PIN on standard input; exit 0 if\n"
    "                                                  right (wrong PINs count like on screen)\n"
    "       kioskctl pin status --store <visitors.db>\n";

int usage(const std::string& problem) {
  if (!problem.empty()) std::cerr << "kioskctl pin: " << problem << "\n";
  std::cerr << kPinUsage;
  return 2;
}

// One line of standard input, without its line end; a PIN on the command line would stay in
// the shell history and in `ps`.
std::optional<std::string> readPin() {
  if (::isatty(STDIN_FILENO)) std::cerr << "Code (4 à 8 chiffres) : " << std::flush;
  std::string line;
  if (!std::getline(std::cin, line)) return std::nullopt;
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line;
}

int runSet(StaffPin& pin) {
  auto code = readPin();
  if (!code) return usage("aucun code lu sur l'entrée standard");
  if (!StaffPin::validFormat(*code)) {
    std::cerr << "Code refusé : il doit compter 4 à 8 chiffres. Rien n'a changé.\n";
    return 1;
  }
  pin.set(*code);
  std::cout << "Code du personnel enregistré (empreinte Argon2id).\n";
  return 0;
}

int runCheck(StaffPin& pin) {
  auto code = readPin();
  if (!code) return usage("aucun code lu sur l'entrée standard");
  PinAttempt a = pin.check(*code, wallClockSeconds());
  switch (a.result) {
    case PinResult::Ok:
      std::cout << "Code correct.\n";
      return 0;
    case PinResult::NotSet:
      std::cerr << "Aucun code défini : utilisez kioskctl pin set\n";
      return 1;
    case PinResult::Wait:
      std::cerr << "Trop d'essais : réessayez dans " << std::ceil(a.waitSeconds) << " s.\n";
      return 1;
    case PinResult::Wrong:
      std::cerr << "Code incorrect (" << a.failures << " essai(s) manqué(s)).\n";
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
      std::cout << (pin.isSet() ? "Code défini" : "Aucun code défini")
                << " ; essais manqués : " << pin.failures()
                << " ; attente : " << std::ceil(pin.waitSeconds(wallClockSeconds())) << " s\n";
      return 0;
    }
  } catch (const std::exception& e) {
    std::cerr << e.what() << "\n";
    return 1;
  }
  return usage("commande inconnue : " + msg::echo(cmd));
}

}  // namespace vitrine::ctl
