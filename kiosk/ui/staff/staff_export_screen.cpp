// Staff mode pages: export to a USB stick (write, verify, then purge on request) and a touch test.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <optional>

#include "date_time.h"
#include "log.h"
#include "sealing.h"
#include "staff_messages.h"
#include "staff_mode.h"
#include "store.h"
#include "store_messages.h"
#include "widgets.h"
#include "worker.h"

namespace vitrine::ui {
namespace {

constexpr size_t kMaxStrokePoints = 4000;  // the touch test never grows without bound
const ImVec2 kStrokeBreak(-1.0f, -1.0f);   // between two strokes (canvas points are >= 0)

std::string today(const StaffContext& ctx) {
  return isoDay(static_cast<std::time_t>(ctx.wallClock), TimeZone::Local);
}

}  // namespace

Worker& StaffMode::worker(const StaffContext& ctx) {
  if (!worker_) worker_ = std::make_unique<Worker>(Worker::Mode::Thread, ctx.wake);
  return *worker_;
}

void StaffMode::waitForWork() {
  if (worker_) worker_->waitIdle();
}

// The export writes, fsyncs and reads back a file per organisation on a USB stick: seconds on a
// slow one. It runs on the staff worker, on its own connection to the visitor file, with what
// it needs from the catalogue copied now (the pack may change while it runs); the page shows
// its progress and takes the report in when it is done.
void StaffMode::runExport(Ui& ui, StaffContext& ctx, const std::filesystem::path& root) {
  if (working_) return;
  purgeOffered_ = false;
  if (!ctx.store) {
    exportFailed_ = true;
    exportMessage_ = tr(SFM::store_closed);
    return;
  }
  std::map<std::string, std::string> owners;  // whose each stage is, for each organisation's file
  for (const Offer& offer : ui.catalogue.offers) owners.emplace(offer.id, offer.organisation);
  std::optional<SealingKeys> keys;
  if (ctx.store->sealingKeys()) keys = *ctx.store->sealingKeys();
  working_ = true;
  exportFailed_ = false;
  exportMessage_.clear();
  progress_ = std::make_shared<std::atomic<int>>(0);
  worker(ctx).post([this, progress = progress_, wake = ctx.wake, path = ctx.storePath,
                    kioskId = ctx.kioskId, eventTag = ctx.eventTag, stats = ctx.stats, root,
                    folder = exportFolderName(today(ctx), ctx.kioskId), owners = std::move(owners),
                    keys = std::move(keys),
                    visit = visit_](const std::atomic<bool>& stopping) -> Worker::Done {
    struct Stopped {};
    ExportReport report;
    try {
      VisitorStore store(StoreFile::open(path), kioskId, eventTag);
      if (keys) store.setSealingKeys(*keys);
      report = exportLeadsTo(
          store, root, folder,
          [&](size_t files) {
            progress->store(static_cast<int>(files));
            if (wake) wake();               // the progress line moves
            if (stopping) throw Stopped{};  // the kiosk stops: between two files, never mid-file
          },
          [&owners](const std::string& id) {
            auto it = owners.find(id);
            return it == owners.end() ? std::string() : it->second;
          });
    } catch (const StoreError& e) {
      report.ok = false;
      report.error = trWhole(SM::leads_unreadable, {e.what()});
    } catch (const Stopped&) {
      report.ok = false;
      report.error = tr(SFM::export_stopped);
    }
    return [this, report, stats, visit] { exportDone(report, stats, visit); };
  });
}

void StaffMode::exportDone(const ExportReport& report, Stats* stats, int visit) {
  working_ = false;
  export_ = report;
  exportFailed_ = !export_.ok;
  if (!export_.ok) {
    exportMessage_ = export_.error;
    log::error("staff export failed: " + export_.error);
    return;
  }
  log::info("staff export: " + std::to_string(export_.leads) + " lead line(s) in " +
            std::to_string(export_.files.size()) + " file(s)");
  if (stats) stats->record(EventKind::StaffExport, {}, export_.leads);
  if (export_.files.empty()) {
    exportMessage_ = tr(SFM::nothing_to_export);
    return;
  }
  exportMessage_ =
      trWhole(SFM::exported, {std::to_string(export_.leads), std::to_string(export_.files.size()),
                              export_.folder.string()});
  // The purge erases up to the time the export began reading. Offered only if staff mode stayed
  // open all along: then no visitor could save meanwhile (the export runs on another thread),
  // and nothing unexported falls under that time.
  purgeOffered_ = visit == visit_;
}

// The purge erases with secure_delete and empties the journal: on the worker too.
void StaffMode::runPurge(StaffContext& ctx) {
  if (working_) return;
  purgeOffered_ = false;
  working_ = true;
  progress_.reset();  // the page says « Effacement en cours »
  worker(ctx).post([this, path = ctx.storePath, kioskId = ctx.kioskId, eventTag = ctx.eventTag,
                    until = export_.purgeBefore](const std::atomic<bool>&) -> Worker::Done {
    std::string message;
    bool failed = false;
    try {
      VisitorStore store(StoreFile::open(path), kioskId, eventTag);
      int n = store.purgePersonal(until);
      message = tr(SFM::purged, {std::to_string(n)});
      if (!store.journalWiped()) message += " " + tr(SFM::journal_copy);
    } catch (const StoreError& e) {
      failed = true;
      message = e.what();
    }
    return [this, message, failed] {
      working_ = false;
      exportFailed_ = failed;
      exportMessage_ = message;
    };
  });
}

void StaffMode::drawExportProgress(Ui& ui, float x, float& y, float w) {
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  const int files = exportedFiles();
  std::string line = !progress_ ? tr(SFM::purging) : tr(SFM::exporting, {std::to_string(files)});
  textWrapped(ui.theme.fonts.h3, color::teal, line, w);
  y = ImGui::GetCursorScreenPos().y + ui.px(12);
  // A bar that sweeps while the worker works: the kiosk is alive, the person waits.
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float barW = std::min(w, ui.px(600)), h = ui.px(12);
  dl->AddRectFilled(ImVec2(x, y), ImVec2(x + barW, y + h), color::sand, h * 0.5f);
  const double phase = ui.now * 0.8 - static_cast<double>(static_cast<int64_t>(ui.now * 0.8));
  const float seg = barW * 0.25f, at = x + static_cast<float>(phase) * (barW - seg);
  dl->AddRectFilled(ImVec2(at, y), ImVec2(at + seg, y + h), color::teal, h * 0.5f);
  y += h + ui.px(24);
  ui.wakeAt = std::min(ui.wakeAt, ui.now + 0.1);  // the sweep moves a few times a second
}

void StaffMode::drawExport(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* h2 = ui.theme.fonts.h2;
  dl->AddText(h2, h2->FontSize, min, color::teal, tr(SFM::nav_export).c_str());
  const float w = max.x - min.x;
  ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + ui.px(70)));
  textWrapped(ui.theme.fonts.body, color::ink, tr(SFM::export_intro), w);
  float y = ImGui::GetCursorScreenPos().y + ui.px(24);
  std::vector<std::filesystem::path> targets;
  if (!ctx.exportDir.empty()) targets.push_back(ctx.exportDir);
  for (const RemovableMedia& m : media_) targets.push_back(m.mountPoint);
  for (size_t i = 0; i < targets.size(); ++i) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    std::string label = trWhole(SFM::export_to, {targets[i].string()});
    // While an export or a purge runs, the buttons are greyed and a tap does nothing.
    if (button(ui, "staff.export.to:" + std::to_string(i), label.c_str(),
               working_ ? Look::Quiet : Look::Teal, Icon::Arrow) &&
        !working_)
      runExport(ui, ctx, targets[i]);
    y += ui.theme.touchMin() + ui.px(16);
  }
  if (targets.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.bodyBold, color::inkSoft, tr(SFM::no_usb), w);
    y = ImGui::GetCursorScreenPos().y + ui.px(16);
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x, y));
  if (button(ui, "staff.export.rescan", tr(SFM::refresh).c_str(), Look::Secondary))
    media_ = findRemovableMedia();
  y += ui.theme.touchMin() + ui.px(32);

  if (working_) drawExportProgress(ui, min.x, y, w);
  if (!exportMessage_.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.h3, exportFailed_ ? color::error : color::teal, exportMessage_, w);
    y = ImGui::GetCursorScreenPos().y + ui.px(24);
  }
  if (purgeOffered_) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    if (button(ui, "staff.export.purge", tr(SFM::purge).c_str(), Look::Primary)) runPurge(ctx);
  }
}

void StaffMode::drawTouchTest(Ui& ui, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* h2 = ui.theme.fonts.h2;
  dl->AddText(h2, h2->FontSize, min, color::teal, tr(SFM::nav_touch).c_str());
  ImGui::SetCursorScreenPos(ImVec2(max.x - ui.px(240), min.y));
  if (button(ui, "staff.touch.clear", tr(SFM::clear).c_str(), Look::Secondary, Icon::None,
             ui.px(240)))
    strokes_.clear();
  ImVec2 cmin(min.x, min.y + ui.px(100));
  dl->AddRectFilled(cmin, max, color::white, ui.theme.radius());
  // A grid every 100 units: a miscalibrated screen shows as lines that do not meet the finger.
  for (float x = cmin.x; x < max.x; x += ui.px(100))
    dl->AddLine(ImVec2(x, cmin.y), ImVec2(x, max.y), color::sand, ui.px(1));
  for (float y = cmin.y; y < max.y; y += ui.px(100))
    dl->AddLine(ImVec2(cmin.x, y), ImVec2(max.x, y), color::sand, ui.px(1));
  const ImGuiIO& io = ImGui::GetIO();
  bool inside = io.MousePos.x >= cmin.x && io.MousePos.x < max.x && io.MousePos.y >= cmin.y &&
                io.MousePos.y < max.y;
  if (io.MouseDown[0] && inside) {
    if (strokes_.size() >= kMaxStrokePoints) strokes_.erase(strokes_.begin());
    if (io.MouseClicked[0]) strokes_.push_back(kStrokeBreak);  // a new finger: a new line
    strokes_.push_back(ImVec2(io.MousePos.x - cmin.x, io.MousePos.y - cmin.y));
    const float r = ui.px(40);
    dl->AddCircle(io.MousePos, r, color::terracotta, 32, ui.px(3));
    dl->AddLine(ImVec2(io.MousePos.x - r, io.MousePos.y), ImVec2(io.MousePos.x + r, io.MousePos.y),
                color::terracotta, ui.px(2));
    dl->AddLine(ImVec2(io.MousePos.x, io.MousePos.y - r), ImVec2(io.MousePos.x, io.MousePos.y + r),
                color::terracotta, ui.px(2));
  }
  // Lines between samples: a gap or a jump in a straight stroke shows a dead or noisy zone.
  for (size_t i = 0; i < strokes_.size(); ++i) {
    const ImVec2 p = strokes_[i];
    if (p.x < 0) continue;
    ImVec2 at(cmin.x + p.x, cmin.y + p.y);
    dl->AddCircleFilled(at, ui.px(5), color::teal, 12);
    if (i > 0 && strokes_[i - 1].x >= 0)
      dl->AddLine(ImVec2(cmin.x + strokes_[i - 1].x, cmin.y + strokes_[i - 1].y), at, color::teal,
                  ui.px(4));
  }
}

}  // namespace vitrine::ui
