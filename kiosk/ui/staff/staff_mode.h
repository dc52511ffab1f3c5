// Staff mode: the PIN pad and the staff pages (figures, USB export, kiosk status, touch test).
#pragma once

#include <atomic>
#include <filesystem>
#include <future>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clock_check.h"
#include "keyboard.h"
#include "session.h"
#include "staff_clock.h"
#include "staff_export.h"
#include "staff_figures.h"
#include "staff_settings.h"
#include "store_file.h"
#include "ui.h"

namespace vitrine {
class PackSlot;
class StaffPin;
class VisitorStore;
class Worker;
}  // namespace vitrine

namespace vitrine::ui {

inline bool isStaffScreen(ScreenId s) {
  return s == ScreenId::StaffPin || s == ScreenId::Staff;
}

// The App's running values the settings page changes at once, and the command line's.
struct StaffLive {
  double* idleSeconds = nullptr;
  Lang* language = nullptr;  // the language every visitor starts in
  int* retentionDays = nullptr;
  PackSlot* packSlot = nullptr;  // null without a packs folder (--pack instead of --packs)
  KioskSettings commandLine;     // the defaults that saved settings override
  float* scale = nullptr;        // the UI scale (0: the display's); fonts follow next frame
  std::string* host = nullptr;   // --host: the organisation whose stages come first
};

// What the staff pages need from the app besides the Ui.
struct StaffContext {
  VisitorStore* store = nullptr;
  Stats* stats = nullptr;
  std::filesystem::path storePath;
  std::shared_ptr<StoreFile> file;  // the visitor file's owner; null when it could not be opened
  // `file`, or a new try at opening the visitor file (the medium may be back). Throws StoreError.
  std::shared_ptr<StoreFile> storeFile() const { return file ? file : StoreFile::open(storePath); }
  std::string kioskId, eventTag;
  std::filesystem::path exportDir;  // a fixed export target (tests, no automount); else USB scan
  double wallClock = 0.0;           // Unix seconds: the PIN delay is kept in wall-clock time
  StaffLive live;
  ClockCheck clock;  // read when staff mode opens: the Kiosque page says if the date is wrong
  std::vector<std::string> clockJumps;  // the wall clock's steps while the kiosk ran (describeJump)
  CommandRunner runCommand;  // runs the date command (staff_clock.h); empty: runCommand() itself
  // Why the visitor file could not be opened when the kiosk started (path, reason, fix); the
  // PIN screen and the Kiosque page say it. Empty when the store is open.
  std::string storeProblem;
  std::function<void()> wake;  // wakes the frame loop (a worker finished or made progress)
};

// Exit codes the app hands to main(); systemd restarts the kiosk after either.
constexpr int kExitQuit = 0;
constexpr int kExitRestart = 75;

class StaffMode {
 public:
  enum class Page { Figures, Export, Kiosk, Settings, Pack, Touch };

  StaffMode();
  ~StaffMode();
  StaffMode(StaffMode&&) noexcept;
  StaffMode& operator=(StaffMode&&) noexcept;

  // The hidden gesture was completed: a fresh PIN pad (or "no PIN set").
  void open(const StaffContext& ctx);
  void drawPin(Ui& ui, StaffContext& ctx);
  void draw(Ui& ui, StaffContext& ctx);

  std::optional<int> exitCode() const { return exitCode_; }
  Page page() const { return page_; }
  // What the screens show (tests read them like staff would read the screen).
  const std::string& pinMessage() const { return shownPinMessage_; }
  const StaffFigures& figures() const { return figures_; }
  bool countingFigures() const { return countingFigures_; }  // on the staff worker
  const ExportReport& lastExport() const { return export_; }
  const std::string& exportMessage() const { return exportMessage_; }
  const std::vector<RemovableMedia>& media() const { return media_; }
  size_t touchTestPoints() const { return strokes_.size(); }
  const std::string& settingsMessage() const { return settingsMessage_; }
  const std::string& packMessage() const { return packMessage_; }
  const std::vector<std::filesystem::path>& usbPacks() const { return usbPacks_; }
  const std::string& clockMessage() const { return clockMessage_; }
  bool clockBusy() const { return clockRun_.valid(); }  // the date command has not answered yet
  // An export or a purge runs on the staff worker (the export page shows its progress).
  bool working() const { return working_; }
  int exportedFiles() const { return progress_ ? progress_->load() : 0; }
  void collectWork();  // each frame, whatever the screen: takes in a finished export or purge
  void waitForWork();  // tests: the running export or purge is done; the next frame shows it

 private:
  void show(Page p, Ui& ui, StaffContext& ctx);
  void countFigures(Ui& ui, StaffContext& ctx);
  void drawNav(Ui& ui, StaffContext& ctx, float x, float y, float w);
  void drawFigures(Ui& ui, ImVec2 min, ImVec2 max);
  void drawExport(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max);
  void drawKiosk(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max);
  void drawClockEditor(Ui& ui, StaffContext& ctx, ImVec2 pos, float w);
  void drawTouchTest(Ui& ui, ImVec2 min, ImVec2 max);
  void drawSettings(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max);
  void drawEditor(Ui& ui, StaffContext& ctx, ImVec2 min, float w);
  void saveSettingNow(StaffContext& ctx, const std::string& key, const std::string& value,
                      const std::string& done);
  void drawPack(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max);
  void scanUsbPacks(const StaffContext& ctx);  // and whether a previous pack is kept
  void importPack(PackSlot* slot, const std::filesystem::path& file, const std::string& what);
  void runExport(Ui& ui, StaffContext& ctx, const std::filesystem::path& root);
  void exportDone(const ExportReport& report, Stats* stats, int visit);
  void runPurge(StaffContext& ctx);
  void drawExportProgress(Ui& ui, float x, float& y, float w);
  Worker& worker(const StaffContext& ctx);

  std::unique_ptr<StaffPin> pin_;
  bool pinSet_ = false;
  std::string typed_;  // digits typed on the pad; wiped after every attempt
  std::string pinMessage_;
  std::string shownPinMessage_;  // what the PIN screen says this frame (with the countdown)
  bool pinError_ = false;
  Keyboard pad_;

  Page page_ = Page::Figures;
  StaffFigures figures_;
  bool countingFigures_ = false;
  std::vector<RemovableMedia> media_;
  ExportReport export_;
  std::string exportMessage_;
  bool exportFailed_ = false;
  bool purgeOffered_ = false;
  KioskSettings saved_;           // what the settings table holds (event and id apply at restart)
  std::string editKey_;           // "event_tag" | "kiosk_id" while the keyboard is open
  std::string editText_;
  Keyboard editKeyboard_;
  bool editDigits_ = false;  // the digit pad instead of the letters
  std::string settingsMessage_;
  bool settingsFailed_ = false;
  std::vector<std::filesystem::path> usbPacks_;  // *.kpack at the root of the sticks
  bool hasPrevious_ = false;  // previous.kpack is in the packs folder: offer to go back
  std::string packMessage_;
  bool packFailed_ = false;
  std::vector<ImVec2> strokes_;  // touch test: where fingers went (relative to the canvas)
  ClockEditor clockEdit_;        // the Kiosque page's date editor
  std::future<CommandResult> clockRun_;  // the date command on a worker, until it answers
  std::string clockMessage_;
  bool clockFailed_ = false;
  std::optional<int> exitCode_;
  // Exports and purges run here, each on a connection of its own; last: joined first.
  bool working_ = false;
  int visit_ = 0;  // staff mode openings: an export finished in a later one offers no purge
  std::shared_ptr<std::atomic<int>> progress_;  // files written and verified by this export
  std::unique_ptr<Worker> worker_;
};

}  // namespace vitrine::ui
