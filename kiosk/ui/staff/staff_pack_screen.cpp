// Staff mode page: the pack on screen, the packs folder's status, and importing a pack from a
// USB stick (validated, then switched at the next reset by PackSlot).
#include <algorithm>

#include "consent.h"
#include "log.h"
#include "pack_slot.h"
#include "staff_messages.h"
#include "staff_mode.h"
#include "widgets.h"

namespace vitrine::ui {

void StaffMode::scanUsbPacks(const StaffContext& ctx) {
  namespace fs = std::filesystem;
  std::vector<fs::path> roots;
  if (!ctx.exportDir.empty()) roots.push_back(ctx.exportDir);
  for (const RemovableMedia& m : findRemovableMedia()) roots.push_back(m.mountPoint);
  usbPacks_.clear();
  std::error_code prevError;
  hasPrevious_ =
      ctx.live.packSlot && fs::exists(ctx.live.packSlot->dir() / "previous.kpack", prevError);
  for (const fs::path& root : roots) {
    std::error_code ec;  // a stick pulled while listing simply lists nothing
    std::vector<fs::path> found;
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      std::string name = p.filename().string();
      std::error_code fileError;
      if (p.extension() == ".kpack" && name.front() != '.' && it->is_regular_file(fileError))
        found.push_back(p);
    }
    std::sort(found.begin(), found.end());
    usbPacks_.insert(usbPacks_.end(), found.begin(), found.end());
  }
}

void StaffMode::importPack(PackSlot* slot, const std::filesystem::path& file,
                           const std::string& what) {
  if (slot->importing()) return;  // one copy at a time: the buttons are greyed meanwhile
  packFailed_ = false;
  packMessage_ = trWhole(SFM::copying, {file.filename().string()});
  slot->importOnWorker(file,
                       [this, what, name = file.filename().string()](const std::string& error) {
                         packFailed_ = !error.empty();
                         if (packFailed_) {
                           packMessage_ = error;
                           log::error("staff pack import failed: " + error);
                           return;
                         }
                         packMessage_ = trWhole(SFM::copied, {what});
                         log::info("staff imported a pack: " + name);
                       });
}

void StaffMode::drawPack(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max) {
  namespace fs = std::filesystem;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* h2 = ui.theme.fonts.h2;
  dl->AddText(h2, h2->FontSize, min, color::teal, tr(SFM::nav_pack).c_str());
  const float w = max.x - min.x, labelW = ui.px(380);
  const PackMeta& m = ui.catalogue.meta;
  std::string langs;
  for (const std::string& l : m.languages) langs += (langs.empty() ? "" : ", ") + l;
  std::vector<std::pair<std::string, std::string>> rows = {
      {tr(SFM::pack_shown), m.packId.empty() ? tr(SFM::no_pack) : m.title + " (" + m.packId + ")"},
      {tr(SFM::built_on), m.buildTime},
      {tr(SFM::fingerprint), m.contentHash.substr(0, 12)},
      {tr(SFM::content), tr(SFM::pack_counts, {std::to_string(ui.catalogue.careers.size()),
                                               std::to_string(ui.catalogue.offers.size()),
                                               std::to_string(ui.catalogue.organisations.size())})},
      {tr(SFM::languages), langs},
  };
  // Who can receive contact details: the staff must know which boxes the visitors will not see.
  int own = 0, stand = 0;
  std::string keyless;
  for (const Organisation& o : ui.catalogue.organisations) {
    if (m.orgKeys.count(o.id))
      ++own;
    else if (canReceiveContacts(ui.catalogue, o))
      ++stand;
    else
      keyless += (keyless.empty() ? "" : ", ") + o.id;
  }
  rows.push_back({tr(SFM::contact_details), stand ? tr(SFM::sealed_for_and_stand,
                                                       {std::to_string(own), std::to_string(stand)})
                                                  : tr(SFM::sealed_for, {std::to_string(own)})});
  if (!keyless.empty()) rows.push_back({tr(SFM::keyless), trWhole(SFM::no_consent_box, {keyless})});
  rows.push_back({tr(SFM::retention_row),
                  m.retentionDays > 0 ? tr(SFM::retention_days, {std::to_string(m.retentionDays)})
                                      : tr(SFM::retention_unsaid)});
  PackSlot* slot = ctx.live.packSlot;
  if (slot) {
    const PackSlotStatus& st = slot->status();
    std::error_code ec;
    fs::path dir = fs::absolute(slot->dir(), ec);
    rows.push_back({tr(SFM::packs_folder), (ec ? slot->dir() : dir).string()});
    const TrustedPublishers& trusted = slot->trusted();
    rows.push_back({tr(SFM::signature),
                    slot->acceptsUnsigned()
                        ? tr(SFM::unsigned_ok)
                        : trWhole(SFM::signed_only,
                                  {std::to_string(trusted.keys.size()), trusted.dir.string()})});
    if (!st.checking.empty()) {
      rows.push_back({tr(SFM::checking), trWhole(SFM::checking_now, {st.checking})});
      ui.wakeAt = std::min(ui.wakeAt, ui.now + 0.5);  // shows the outcome soon after it is known
    }
    if (!st.staged.empty()) rows.push_back({tr(SFM::waiting), trWhole(SFM::staged, {st.staged})});
    if (!st.rejected.empty())
      rows.push_back({tr(SFM::refused), trWhole(SFM::named_value, {st.rejected, st.reason})});
    if (!st.lastEvent.empty()) rows.push_back({tr(SFM::last_event), st.lastEvent});
  }
  float y = min.y + ui.px(80);
  for (const auto& [label, value] : rows) {
    dl->AddText(ui.theme.fonts.bodyBold, ui.theme.fonts.bodyBold->FontSize, ImVec2(min.x, y),
                color::inkSoft, label.c_str());
    textClipped(dl, ui.theme.fonts.body, color::ink, ImVec2(min.x + labelW, y), value, w - labelW);
    y += ui.px(48);
  }
  y += ui.px(24);
  ImGui::SetCursorScreenPos(ImVec2(min.x, y));
  if (!slot) {
    textWrapped(ui, ui.theme.fonts.bodyBold, color::inkSoft, tr(SFM::no_updates), w);
    return;
  }
  if (hasPrevious_) {
    // The pack shown before the last switch is kept: going back is an import of that file, so it
    // goes through the same checks and switches at the same moment as any new pack.
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    if (button(ui, "staff.pack.previous", tr(SFM::previous_pack).c_str(),
               slot->importing() ? Look::Quiet : Look::Secondary, Icon::Back))
      importPack(slot, slot->dir() / "previous.kpack", tr(SFM::the_previous_pack));
    y += ui.theme.touchMin() + ui.px(32);
  }
  dl->AddText(ui.theme.fonts.h3, ui.theme.fonts.h3->FontSize, ImVec2(min.x, y), color::teal,
              tr(SFM::import_from_usb).c_str());
  y += ui.px(60);
  for (size_t i = 0; i < usbPacks_.size(); ++i) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    const auto& file = usbPacks_[i];
    std::string label =
        trWhole(SFM::import_file, {file.filename().string(), file.parent_path().string()});
    if (button(ui, "staff.pack.import:" + std::to_string(i), label.c_str(),
               slot->importing() ? Look::Quiet : Look::Teal, Icon::Arrow))
      importPack(slot, file, trWhole(SFM::quoted, {file.filename().string()}));
    y += ui.theme.touchMin() + ui.px(16);
  }
  if (usbPacks_.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.body, color::inkSoft, tr(SFM::no_kpack), w);
    y = ImGui::GetCursorScreenPos().y + ui.px(16);
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x, y));
  if (button(ui, "staff.pack.rescan", tr(SFM::refresh).c_str(), Look::Secondary)) scanUsbPacks(ctx);
  y += ui.theme.touchMin() + ui.px(24);
  if (slot->importing()) ui.wakeAt = std::min(ui.wakeAt, ui.now + 0.25);  // the outcome, soon
  if (!packMessage_.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.bodyBold, packFailed_ ? color::error : color::teal, packMessage_, w);
  }
}

}  // namespace vitrine::ui
