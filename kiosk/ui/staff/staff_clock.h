// Staff set the date and time from the Kiosque page: the editor's value, the command that applies
// it (timedatectl, which systemd-timedated carries out; a polkit rule lets the kiosk's account
// do that one thing, see scripts/system/polkit) and what staff are told about the outcome.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace vitrine::ui {

struct CommandResult {
  int status = -1;     // the exit status; -1 when the program could not be started
  std::string output;  // what it printed (stdout and stderr), cut after a few KB
};
using CommandRunner = std::function<CommandResult(const std::vector<std::string>& argv)>;

// Runs argv[0] (looked up in PATH) without a shell and waits for it. Blocking: call it from a
// worker, never inside a frame.
CommandResult runCommand(const std::vector<std::string>& argv);

// The command that sets the system clock to `unixSeconds`, written in this machine's local time
// (what staff read on their watch). Never asks for a password: refused is refused.
std::vector<std::string> setTimeCommand(double unixSeconds);

// What staff read after trying (in msg::language()): done, or why not and what to do. `ok` says
// which.
std::string setTimeOutcome(const CommandResult& r, double unixSeconds, bool& ok);

// The date being chosen, moved by whole days, hours and minutes from a starting point.
struct ClockEditor {
  bool open = false;
  double at = 0;  // Unix seconds, on a whole minute

  // Starts from `now`, or from `floor` when `now` is earlier (a clock known to be wrong: staff
  // start from the latest date known to be past, not from 1970).
  void start(double now, double floor);
  void add(int days, int hours, int minutes);
};

}  // namespace vitrine::ui
