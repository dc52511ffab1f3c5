// Staff mode pages: export to a USB stick (write, verify, then purge on request) and a touch test.
#include <algorithm>
#include <cstdio>
#include <ctime>

#include "date_time.h"
#include "log.h"
#include "staff_mode.h"
#include "store.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

constexpr size_t kMaxStrokePoints = 4000;  // the touch test never grows without bound
const ImVec2 kStrokeBreak(-1.0f, -1.0f);   // between two strokes (canvas points are >= 0)

std::string today(const StaffContext& ctx) {
  return isoDay(static_cast<std::time_t>(ctx.wallClock), TimeZone::Local);
}

}  // namespace

void StaffMode::runExport(Ui& ui, StaffContext& ctx, const std::filesystem::path& root) {
  purgeOffered_ = false;
  if (!ctx.store) {
    exportFailed_ = true;
    exportMessage_ = "Le fichier des fiches n'a pas pu être ouvert : rien à exporter.";
    return;
  }
  const Catalogue& cat = ui.catalogue;  // whose each stage is, for each organisation's file
  export_ = exportLeadsTo(*ctx.store, root, exportFolderName(today(ctx), ctx.kioskId), {},
                          [&cat](const std::string& id) {
                            const Offer* offer = cat.offer(id);
                            return offer ? offer->organisation : std::string();
                          });
  exportFailed_ = !export_.ok;
  if (!export_.ok) {
    exportMessage_ = export_.error;
    log::error("staff export failed: " + export_.error);
    return;
  }
  log::info("staff export: " + std::to_string(export_.leads) + " lead line(s) in " +
            std::to_string(export_.files.size()) + " file(s)");
  ui.record(EventKind::StaffExport, {}, export_.leads);
  if (export_.files.empty()) {
    exportMessage_ = "Aucune fiche à exporter : aucun visiteur n'a laissé ses coordonnées.";
    return;
  }
  exportMessage_ = std::to_string(export_.leads) + " fiche(s) dans " +
                   std::to_string(export_.files.size()) + " fichier(s) dans « " +
                   export_.folder.string() + " », relus et vérifiés. Vous pouvez retirer la clé.";
  purgeOffered_ = true;
}

void StaffMode::drawExport(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* h2 = ui.theme.fonts.h2;
  dl->AddText(h2, h2->FontSize, min, color::teal, "Export USB");
  const float w = max.x - min.x;
  ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + ui.px(70)));
  textWrapped(ui.theme.fonts.body, color::ink,
              "Chaque organisation reçoit un fichier CSV de ses seules fiches (Excel, "
              "LibreOffice). Les fichiers sont écrits, synchronisés puis relus avant que vous "
              "puissiez retirer la clé.",
              w);
  float y = ImGui::GetCursorScreenPos().y + ui.px(24);
  std::vector<std::filesystem::path> targets;
  if (!ctx.exportDir.empty()) targets.push_back(ctx.exportDir);
  for (const RemovableMedia& m : media_) targets.push_back(m.mountPoint);
  for (size_t i = 0; i < targets.size(); ++i) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    std::string label = "Exporter sur " + targets[i].string();
    if (button(ui, "staff.export.to:" + std::to_string(i), label.c_str(), Look::Teal, Icon::Arrow))
      runExport(ui, ctx, targets[i]);
    y += ui.theme.touchMin() + ui.px(16);
  }
  if (targets.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.bodyBold, color::inkSoft,
                "Aucune clé USB détectée : branchez une clé, attendez quelques secondes puis "
                "touchez « Actualiser ».",
                w);
    y = ImGui::GetCursorScreenPos().y + ui.px(16);
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x, y));
  if (button(ui, "staff.export.rescan", "Actualiser", Look::Secondary))
    media_ = findRemovableMedia();
  y += ui.theme.touchMin() + ui.px(32);

  if (!exportMessage_.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.h3, exportFailed_ ? color::error : color::teal, exportMessage_, w);
    y = ImGui::GetCursorScreenPos().y + ui.px(24);
  }
  if (purgeOffered_) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    if (button(ui, "staff.export.purge", "Effacer du kiosque les coordonnées exportées",
               Look::Primary)) {
      purgeOffered_ = false;
      try {
        int n = ctx.store->purgePersonal(export_.purgeBefore);
        exportMessage_ = std::to_string(n) +
                         " fiche(s) effacée(s) du kiosque ; les intérêts "
                         "anonymes restent pour les statistiques.";
        if (!ctx.store->journalWiped())
          exportMessage_ += " Une copie reste dans le journal jusqu'au prochain redémarrage.";
      } catch (const StoreError& e) {
        exportFailed_ = true;
        exportMessage_ = e.what();
      }
    }
  }
}

void StaffMode::drawTouchTest(Ui& ui, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* h2 = ui.theme.fonts.h2;
  dl->AddText(h2, h2->FontSize, min, color::teal, "Test tactile");
  ImGui::SetCursorScreenPos(ImVec2(max.x - ui.px(240), min.y));
  if (button(ui, "staff.touch.clear", "Effacer", Look::Secondary, Icon::None, ui.px(240)))
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
