// The kiosk application: owns the pack, the store, the screens and the visitor session.
#pragma once

#include <filesystem>
#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <string>

#include "clock_check.h"
#include "platform.h"
#include "screen_table.h"
#include "screens/screens.h"
#include "session.h"
#include "staff_gesture.h"
#include "staff_mode.h"
#include "theme.h"
#include "touch.h"

namespace vitrine {

class Pack;
class PackSlot;
class Stats;
class StoreFile;
class VisitorStore;
class Worker;

struct AppConfig {
  std::filesystem::path packPath;
  std::filesystem::path packsDir;  // instead of packPath: a folder with safe updates (PackSlot)
  // Publisher keys every pack must be signed by (--trusted); none there: unsigned packs are
  // accepted.
  std::filesystem::path trustedDir;
  std::filesystem::path storePath;
  std::filesystem::path fontDir;
  double idleSeconds = 90.0;  // no touch for this long: everything is wiped
  // The "Toujours là ?" countdown before the wipe; 0: a sixth of idleSeconds, 5 to 15 s (so a
  // short --idle does not nag after a few seconds).
  double warnSeconds = 0.0;
  std::string kioskId = "kiosk-1";
  std::string eventTag = "Démo Vitrine";
  std::string country = "BE";  // how national phone numbers are read (BE, FR, CH)
  // An organisation id (--host): at its own open day, its stages and events come first, marked.
  std::string host;
  std::string keyboard;        // azerty | qwertz | qwerty; empty: from the country and the language
  std::filesystem::path exportDir;  // staff export target besides detected USB sticks (tests)
  ui::Lang language = ui::Lang::Fr;  // the language every visitor starts in
  int retentionDays = 0;  // > 0: contact details older than this are erased at start-up
  // The UI scale, 0.5..3 (--scale, staff « Taille de l'interface »); 0: from the display.
  float scale = 0.0f;
  // The wall clock, Unix seconds; empty: the system's. Tests fake a kiosk booted in the past.
  std::function<double()> wallClock;
  // Runs the staff page's date command; empty: for real (tests record it instead).
  ui::CommandRunner runCommand;
};

class App {
 public:
  App(platform::Platform& platform, AppConfig config);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  // Draws one frame. Returns how long the main loop may sleep before the next frame is needed
  // (0 = something moves, draw again at once).
  double frame();
  // Bakes the fonts the display and the visitor's text size need, if that changed (frame() calls
  // it); the GPU gets them on the next frame.
  void prepareFonts();
  // Start-up: the same bake on a thread while the caller opens the window (which needs the main
  // thread), and the first screen's illustrations decode on another; finishFonts() waits for
  // the fonts. Nothing may touch the theme or the font atlas between.
  void startLoading();
  void finishFonts();
  // Renders frames until images are decoded and nothing moves (screenshots, tests).
  void settle(int maxFrames = 120);
  // Until the workers are idle: a pack check, a statistics write, the retention purge, a staff
  // export or purge (tests); the next frame takes their results in.
  void waitForBackground();
  bool backgroundBusy() const;

  ScreenId screen() const { return current_; }
  void navigate(ScreenId to);
  VisitorSession& session() { return session_; }
  const ui::HitMap& hits() const { return hits_; }
  const ui::Theme& theme() const { return theme_; }
  int fontBakes() const { return fontBakes_; }  // how many times fonts were baked (tests)
  const Catalogue& catalogue() const;
  VisitorStore* store() { return store_.get(); }
  // Why the visitor file could not be opened at start (path, reason, fix); empty when it was.
  const std::string& storeError() const { return storeError_; }
  Stats& stats() { return *stats_; }
  bool idleWarningShown() const { return warning_; }
  const std::string& startupError() const;
  PackSlot* packSlot() { return packSlot_.get(); }  // null without a packs folder
  // Set once staff chose "Redémarrer" or "Quitter": main() should return this code.
  std::optional<int> exitRequested() const { return staff_.exitCode(); }
  const ui::StaffMode& staff() const { return staff_; }
  const AppConfig& config() const { return config_; }

 public:
  // How often, while running, contact details older than the retention are erased.
  static constexpr double kRetentionPeriodSeconds = 3600.0;
  // The pack's retention shortened by the staff setting (effectiveRetentionDays).
  int retentionDays() const;

 private:
  // The screen of `id` as its own type, for what only that screen has (the attract image...).
  template <typename T>
  T& screenAs(ScreenId id) {
    return static_cast<T&>(*screens_[static_cast<size_t>(id)]);
  }
  ui::Screen& screenOf(ScreenId id) { return *screens_[static_cast<size_t>(id)]; }
  void followLanguage();
  void drawScreen(ui::Ui& ui);
  void drawIdleWarning(ui::Ui& ui, double remaining);
  double warnSeconds() const;
  void apply(const NavRequest& nav);
  void submit();
  void resetVisitor(const char* reason);
  void recordNavigation(ScreenId from, const NavRequest& nav);
  bool trackActivity(double now);
  void updatePack(double now);
  void applyPackKeys();
  void applyRetention(double now);
  double wallNow() const;
  void watchClock(double now);
  void wipeForm();
  void bakeFonts(std::launch policy);

  platform::Platform& platform_;
  AppConfig config_;
  std::unique_ptr<Pack> pack_;
  std::unique_ptr<PackSlot> packSlot_;
  double nextPackPoll_ = 0.0;
  double nextRetention_ = 0.0;            // platform clock of the next retention purge (hourly)
  std::shared_ptr<StoreFile> storeFile_;  // the visitor file's one owner, shared below
  std::unique_ptr<VisitorStore> store_;
  std::unique_ptr<Stats> stats_;
  std::unique_ptr<SearchIndex> searchIndex_;
  double sessionStart_ = 0.0;
  std::string storeError_;
  ui::Theme theme_;
  int fontBakes_ = 0;
  bool fontNoteLogged_ = false;
  bool fontsToUpload_ = false;
  std::future<std::string> fontBake_;  // the error, empty when the fonts are baked
  ui::Touch touch_;
  ui::HitMap hits_;
  std::unique_ptr<ui::Textures> textures_;
  VisitorSession session_;
  ScreenId current_ = ScreenId::Attract;
  std::optional<ScreenId> lastDrawn_;  // the screen of the previous frame: is this one new?
  double lastActivity_ = 0.0;
  int burstFrames_ = 3;
  bool warning_ = false;
  ImVec2 lastMouse_{-1, -1};

  ui::ScreenTable screens_;  // every screen, indexed by ScreenId (screen_table.cpp)
  StaffGesture staffGesture_;
  ui::StaffMode staff_;
  ui::StaffContext staffContext_;
  double wallOffset_ = 0.0;  // wall minus platform clock: statistics stamps, staff pages, PIN delay
  ClockWatch clockWatch_;    // wall clock against platform clock: jumps are logged, staff told
  // Store maintenance (the retention purge) on a thread, with a connection of its own that only
  // that thread uses; last, so that it is stopped and joined first.
  std::shared_ptr<StoreFile> maintenanceFile_;
  std::unique_ptr<Worker> maintenance_;
};

}  // namespace vitrine
