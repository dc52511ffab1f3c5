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
#include <string_view>
#include <thread>

#include "app.h"
#include "app_settings.h"
#include "instance_lock.h"
#include "kiosk_messages.h"
#include "kiosk_options.h"
#include "log.h"
#include "messages.h"
#include "platform.h"
#include "stop_listener.h"
#include "tour.h"
#include "watchdog.h"

namespace {

using Args = vitrine::KioskArgs;

// Set by the stop listener (stop_listener.h); the frame loop ends at the next frame.
std::atomic<bool> gStop{false};

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
  vitrine::StopListener::blockSignals();
  if (argc == 2 && std::string_view(argv[1]) == "--version") {  // GNU: name, package, version
    std::cout << "kiosk (Vitrine) " << VITRINE_VERSION << "\n";
    return 0;
  }
  Args args;
  try {
    args = vitrine::parseKioskArgs(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << vitrine::trWhole(vitrine::KM::problem, {e.what()}) << "\n"
              << vitrine::kioskUsage();
    return 2;
  }
  if (args.help) {
    std::cout << vitrine::kioskUsage();
    return 0;
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
    if (lock.busy()) {
      log::error(lock.error());
      return 3;
    }
    // A missing or read-only store folder: no lock file either. The kiosk still shows its
    // content (an exit here would be a black screen restarted forever); the store's own error
    // says on the staff screen what to fix.
    if (!lock.held()) log::warning("running without the instance lock: " + lock.error());
    log::info(std::string("starting Vitrine ") + VITRINE_VERSION + " (kiosk id " +
              args.app.kioskId + ", event " + args.app.eventTag + ")");
    // The GL driver loads on a thread meanwhile, and the fonts bake on one while the window opens.
    auto platform = vitrine::platform::makeGlfwPlatform(args.window);
    // Lives inside the platform's lifetime: the waiting thread is gone before the window is.
    vitrine::StopListener stopListener(gStop, [p = platform.get()] { p->wake(); });
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
