// kiosk: opens the window and runs the visitor UI; --tour takes a screenshot of every screen.
#include <malloc.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>
#include <thread>

#include "app.h"
#include "instance_lock.h"
#include "log.h"
#include "platform.h"
#include "app_settings.h"
#include "tour.h"
#include "watchdog.h"

namespace {

struct Args {
  vitrine::AppConfig app;
  vitrine::platform::Options window;
  std::string tourDir;
  bool startHome = false;  // --start-screen home: skip the attract loop (benchmarks, demos)
  std::filesystem::path logFile;
};

const char* kUsage =
    "usage: kiosk --pack <file.kpack> [--store <visitors.db>] [--windowed] [--size WxH]\n"
    "             [--idle <seconds>] [--event <tag>] [--kiosk-id <id>] [--country BE|FR|CH]\n"
    "             [--fonts <dir>] [--keyboard azerty|qwertz|qwerty] [--start-screen attract|home]\n"
    "             [--hide-cursor] [--log <file>] [--retention-days <N>] [--scale auto|0.5..3]\n"
    "             --packs <dir>  instead of --pack: runs current.kpack, switches new ones safely\n"
    "             [--trusted <dir>]  only packs signed by a publisher key in <dir>\n"
    "                                (default /etc/vitrine/trusted; no key there: unsigned ok)\n"
    "             [--host <organisation-id>]  the host's stages and events first (its open day)\n"
    "             [--tour <dir>]   take a screenshot of every screen into <dir> and exit\n";

Args parse(int argc, char** argv) {
  Args a;
  a.app.trustedDir = "/etc/vitrine/trusted";  // scripts/deploy creates it, empty
  a.app.fontDir = VITRINE_FONT_DIR;
  a.app.storePath = "visitors.db";
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(k + " needs a value");
      return argv[++i];
    };
    if (k == "--pack") a.app.packPath = value();
    else if (k == "--packs") a.app.packsDir = value();  // current.kpack + safe updates
    else if (k == "--trusted") a.app.trustedDir = value();  // publisher keys packs must be signed by
    else if (k == "--store") a.app.storePath = value();
    else if (k == "--fonts") a.app.fontDir = value();
    else if (k == "--idle") a.app.idleSeconds = std::stod(value());
    else if (k == "--retention-days") a.app.retentionDays = std::stoi(value());  // purge at start
    else if (k == "--event") a.app.eventTag = value();
    else if (k == "--kiosk-id") a.app.kioskId = value();
    else if (k == "--country") a.app.country = value();
    else if (k == "--host") a.app.host = value();  // its stages and events first
    else if (k == "--keyboard") a.app.keyboard = value();  // azerty | qwertz | qwerty
    else if (k == "--scale") {  // the UI's size instead of the display's (4K: 2)
      std::string v = value();
      if (!vitrine::parseScale(v, a.app.scale))
        throw std::invalid_argument(
            "--scale wants auto or a number from 0.5 to 3 (1 = 1080p, 2 = 4K), not " + v);
    }
    else if (k == "--windowed") a.window.fullscreen = false;
    else if (k == "--hide-cursor") a.window.hideCursor = true;
    else if (k == "--log") a.logFile = value();
    else if (k == "--tour") a.tourDir = value();
    else if (k == "--start-screen") {
      std::string v = value();
      if (v != "attract" && v != "home") throw std::invalid_argument("--start-screen: attract|home");
      a.startHome = v == "home";
    }
    else if (k == "--size") {
      std::string v = value();
      if (std::sscanf(v.c_str(), "%dx%d", &a.window.width, &a.window.height) != 2)
        throw std::invalid_argument("--size wants WIDTHxHEIGHT, e.g. 1920x1080");
    } else {
      throw std::invalid_argument("unknown option " + k);
    }
  }
  if (a.app.packPath.empty() == a.app.packsDir.empty())
    throw std::invalid_argument("give either --pack <file> or --packs <dir>");
  return a;
}

// Stop requests (systemd stop, Ctrl+C) end the loop between frames, so the store closes cleanly.
// GLFW's wait for input resumes by itself when a signal interrupts it, so a signal handler alone
// would leave the loop asleep until its next timeout (up to 30 s). Instead the signals are
// blocked in every thread, from the start of main, and one thread waits for them and wakes the
// loop through GLFW.
std::atomic<bool> gStop{false};

sigset_t stopSignals() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGTERM, SIGINT, SIGHUP}) sigaddset(&set, s);
  return set;
}

void blockStopSignals() {  // before any thread starts: threads inherit the mask
  sigset_t set = stopSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

// Lives inside the platform's lifetime: the waiting thread is gone before the window is.
class StopListener {
 public:
  explicit StopListener(vitrine::platform::Platform& platform)
      : thread_([this, &platform] {
          sigset_t set = stopSignals();
          int sig = 0;
          sigwait(&set, &sig);
          if (leaving_) return;
          gStop = true;
          platform.wake();
        }) {}
  ~StopListener() {
    leaving_ = true;
    pthread_kill(thread_.native_handle(), SIGTERM);  // ends the wait if no request came
    thread_.join();
  }

 private:
  std::atomic<bool> leaving_{false};
  std::thread thread_;
};

void logStartup(vitrine::App& app, const Args& args) {
  namespace log = vitrine::log;
  if (app.startupError().empty()) {
    const auto& cat = app.catalogue();
    log::info("pack loaded: " + args.app.packPath.string() + " (" +
              std::to_string(cat.careers.size()) + " careers, " +
              std::to_string(cat.offers.size()) + " offers, " +
              std::to_string(cat.organisations.size()) + " organisations)");
  } else {
    log::error("pack not usable, showing the pack error screen: " + app.startupError());
  }
  if (!app.store()) log::error("visitor store unavailable: " + args.app.storePath.string());
}

// The frame loop: sleeps until input or the app's next deadline, but never longer than the
// watchdog allows, so an idle kiosk still proves every few seconds that it draws frames.
int run(vitrine::App& app, vitrine::platform::Platform& platform) {
  vitrine::Watchdog watchdog;
  if (watchdog.enabled()) {
    char line[96];
    std::snprintf(line, sizeof line, "systemd watchdog on: a frame at least every %.1f s",
                  watchdog.maxSleep());
    vitrine::log::info(line);
  }
  double wait = 0.0;
  while (!gStop) {
    // False only when the window system asks to close and lockdown is off (windowed, dev use).
    if (!platform.waitForEvents(wait)) break;
    if (gStop) break;
    wait = std::min(app.frame(), watchdog.maxSleep());
    watchdog.ready();
    watchdog.frameShown();
    if (auto code = app.exitRequested()) {  // staff chose "Redémarrer" or "Quitter"
      watchdog.stopping();
      vitrine::log::info("staff asked to " + std::string(*code == 0 ? "quit" : "restart"));
      return *code;
    }
  }
  watchdog.stopping();
  vitrine::log::info(gStop ? "stopping on request (signal)" : "window closed, stopping");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // Images, their textures (in software GL) and font atlases are megabytes each: served by mmap,
  // they go back to the system when the texture cache lets them go, instead of fragmenting the
  // heap (glibc's adaptive threshold would otherwise move them onto it after the first frees).
  mallopt(M_MMAP_THRESHOLD, 512 * 1024);
  // One heap for every thread: the font and image workers allocate in bursts, and an arena of
  // their own would keep megabytes (3.6 MB PSS measured) for the whole run.
  mallopt(M_ARENA_MAX, 1);
  // The software renderer frees and re-grows its frame buffers every frame; trimming the heap
  // top each time cost a system call, a TLB flush on every core and fresh page faults (scrolling:
  // 1.5 ms CPU per frame measured), for 0.3 MB PSS kept.
  mallopt(M_TRIM_THRESHOLD, 16 << 20);
  blockStopSignals();
  Args args;
  try {
    args = parse(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "kiosk: " << e.what() << "\n" << kUsage;
    return 2;
  }
  namespace log = vitrine::log;
  log::Options logOptions;
  logOptions.file = args.logFile;
  log::init("kiosk", logOptions);
  if (!log::lastError().empty()) std::cerr << "kiosk: " << log::lastError() << "\n";
  try {
    if (!args.tourDir.empty()) args.window.fullscreen = false;
    args.window.lockdown = args.window.fullscreen;  // windowed is for development: closable
    // Two kiosks on one store would fight over the screen and the file: the second one leaves.
    std::filesystem::path lockFile = args.app.storePath;
    lockFile += ".lock";
    vitrine::InstanceLock lock(lockFile);
    if (!lock.held()) {
      log::error(lock.error());
      return 3;
    }
    log::info(std::string("starting Vitrine ") + VITRINE_VERSION + " (kiosk id " +
              args.app.kioskId + ", event " + args.app.eventTag + ")");
    // The GL driver loads on a thread meanwhile, and the fonts bake on one while the window opens.
    auto platform = vitrine::platform::makeGlfwPlatform(args.window);
    StopListener stopListener(*platform);
    vitrine::App app(*platform, args.app);
    logStartup(app, args);
    if (args.startHome && args.tourDir.empty()) app.navigate(vitrine::ScreenId::Home);
    app.startLoading();  // fonts and the first screen's images, on threads while the window opens
    platform->openWindow();
    app.finishFonts();
    if (!args.tourDir.empty()) return vitrine::tour(app, *platform, args.tourDir);
    return run(app, *platform);
  } catch (const std::exception& e) {
    log::error(e.what());
    return 1;
  }
}
