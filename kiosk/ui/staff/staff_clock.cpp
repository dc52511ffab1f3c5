// The staff date editor: its arithmetic, the timedatectl command, its outcome, and its page part.
#include "staff_clock.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <iterator>

#include "clock_check.h"
#include "date_time.h"
#include "log.h"
#include "staff_messages.h"
#include "staff_mode.h"
#include "widgets.h"

extern char** environ;

namespace vitrine::ui {
namespace {

constexpr size_t kMaxOutput = 4096;

// The editor's buttons: whole days, hours and minutes either way.
struct Step {
  const char* name;
  SFM label;
  int days, hours, minutes;
};
constexpr Step kSteps[] = {
    {"clock.day-", SFM::day_minus, -1, 0, 0},    {"clock.day+", SFM::day_plus, 1, 0, 0},
    {"clock.hour-", SFM::hour_minus, 0, -1, 0},  {"clock.hour+", SFM::hour_plus, 0, 1, 0},
    {"clock.min-", SFM::minute_minus, 0, 0, -1}, {"clock.min+", SFM::minute_plus, 0, 0, 1}};

bool mentions(const std::string& text, const char* what) {
  return text.find(what) != std::string::npos;
}

std::string firstLine(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? tr(SFM::no_output) : line;
}

}  // namespace

CommandResult runCommand(const std::vector<std::string>& argv) {
  CommandResult r;
  if (argv.empty()) return r;
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    r.output = std::strerror(errno);
    return r;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  const int err = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  if (err != 0) {
    ::close(fds[0]);
    r.output = argv[0] + ": " + std::strerror(err);
    return r;
  }
  char buf[512];
  for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) != 0;) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    if (r.output.size() < kMaxOutput) r.output.append(buf, static_cast<size_t>(n));
  }
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  // glibc starts the child before it knows the program exists: 127 is "not found".
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

std::vector<std::string> setTimeCommand(double unixSeconds) {
  return {"timedatectl", "--no-ask-password", "set-time",
          localSecond(static_cast<std::time_t>(std::floor(unixSeconds)))};
}

std::string setTimeOutcome(const CommandResult& r, double unixSeconds, bool& ok) {
  const std::string wanted = localMinute(static_cast<std::time_t>(std::floor(unixSeconds)));
  ok = r.status == 0;
  if (ok) return tr(SFM::clock_set, {wanted});
  const std::string& out = r.output;
  if (r.status == -1 || r.status == 127) return tr(SFM::no_timedatectl);
  if (mentions(out, "ynchroniz") || mentions(out, "NTP")) return tr(SFM::clock_ntp);
  if (mentions(out, "denied") || mentions(out, "authoriz") || mentions(out, "uthentication"))
    return tr(SFM::clock_denied, {wanted});
  return trWhole(SFM::clock_refused, {std::to_string(r.status), firstLine(out)});
}

void ClockEditor::start(double now, double floor) {
  open = true;
  at = std::floor(std::max(now, floor) / 60) * 60;
}

void ClockEditor::add(int days, int hours, int minutes) {
  at += 86400.0 * days + 3600.0 * hours + 60.0 * minutes;
}

// Below the Kiosque page's rows: the button that opens the editor, or the editor itself.
void StaffMode::drawClockEditor(Ui& ui, StaffContext& ctx, ImVec2 pos, float w) {
  if (clockRun_.valid() &&
      clockRun_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    const CommandResult r = clockRun_.get();
    bool ok = false;
    clockMessage_ = setTimeOutcome(r, clockEdit_.at, ok);
    clockFailed_ = !ok;
    if (ok) {
      log::warning("clock: set by staff to " +
                   localSecond(static_cast<std::time_t>(clockEdit_.at)));
      ctx.clock = checkClock(clockEdit_.at, ui.catalogue.meta.buildTime);
      clockEdit_.open = false;
    } else {
      log::error("clock: staff could not set it: " + firstLine(r.output));
    }
  }
  const bool busy = clockRun_.valid();
  if (busy) ui.animating = true;  // poll the worker until it answers
  ImGui::SetCursorScreenPos(pos);
  if (!clockEdit_.open) {
    if (button(ui, "clock.edit", tr(SFM::set_clock).c_str(), Look::Secondary))
      clockEdit_.start(ctx.wallClock, sanestClock(ctx.wallClock, ui.catalogue.meta.buildTime));
    pos.y += ui.theme.touchMin() + ui.px(16);
  } else {
    textWrapped(ui, ui.theme.fonts.h2, color::ink,
                localMinute(static_cast<std::time_t>(clockEdit_.at)), w);
    pos.y = ImGui::GetCursorScreenPos().y + ui.px(8);
    // One row of six on a landscape page; pairs (− +) on three rows when narrow (portrait).
    const size_t perRow = w >= ui.px(900) ? 6 : 2;
    const float gap = ui.px(12), rowH = ui.theme.touchMin() + ui.px(12);
    const float bw = (w - static_cast<float>(perRow - 1) * gap) / static_cast<float>(perRow);
    for (size_t i = 0; i < std::size(kSteps); ++i) {
      const Step& s = kSteps[i];
      const float col = static_cast<float>(i % perRow), row = static_cast<float>(i / perRow);
      ImGui::SetCursorScreenPos(ImVec2(pos.x + col * (bw + gap), pos.y + row * rowH));
      if (button(ui, s.name, tr(s.label).c_str(), Look::Secondary, Icon::None, bw) && !busy)
        clockEdit_.add(s.days, s.hours, s.minutes);
    }
    pos.y += static_cast<float>(std::size(kSteps) / perRow) * rowH + ui.px(4);
    ImGui::SetCursorScreenPos(pos);
    if (button(ui, "clock.apply", tr(busy ? SFM::setting_clock : SFM::apply).c_str(),
               Look::Primary) &&
        !busy) {
      const CommandRunner run = ctx.runCommand ? ctx.runCommand : CommandRunner(runCommand);
      clockRun_ = std::async(std::launch::async, run, setTimeCommand(clockEdit_.at));
      clockMessage_.clear();
    }
    ImGui::SetCursorScreenPos(ImVec2(pos.x + w * 0.5f, pos.y));
    if (button(ui, "clock.cancel", tr(SFM::cancel).c_str(), Look::Quiet) && !busy)
      clockEdit_.open = false;
    pos.y += ui.theme.touchMin() + ui.px(16);
  }
  if (!clockMessage_.empty()) {
    ImGui::SetCursorScreenPos(pos);
    textWrapped(ui, ui.theme.fonts.bodyBold, clockFailed_ ? color::error : color::teal,
                clockMessage_, w);
  }
}

}  // namespace vitrine::ui
