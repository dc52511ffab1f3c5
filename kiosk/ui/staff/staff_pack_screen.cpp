// Staff mode page: the pack on screen, the packs folder's status, and importing a pack from a
// USB stick (validated, then switched at the next reset by PackSlot).
#include <algorithm>

#include "consent.h"
#include "log.h"
#include "pack_slot.h"
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
  packMessage_ = "Copie en cours : " + file.filename().string() + "…";
  slot->importOnWorker(
      file, [this, what, name = file.filename().string()](const std::string& error) {
        packFailed_ = !error.empty();
        if (packFailed_) {
          packMessage_ = error;
          log::error("staff pack import failed: " + error);
          return;
        }
        packMessage_ = what +
                       " est copié. Il est vérifié dans quelques secondes puis affiché au prochain "
                       "retour à l'écran d'accueil (quittez le mode personnel). Un pack abîmé est "
                       "refusé : le pack actuel reste.";
        log::info("staff imported a pack: " + name);
      });
}

void StaffMode::drawPack(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max) {
  namespace fs = std::filesystem;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* h2 = ui.theme.fonts.h2;
  dl->AddText(h2, h2->FontSize, min, color::teal, "Contenu");
  const float w = max.x - min.x, labelW = ui.px(380);
  const PackMeta& m = ui.catalogue.meta;
  std::string langs;
  for (const std::string& l : m.languages) langs += (langs.empty() ? "" : ", ") + l;
  std::vector<std::pair<const char*, std::string>> rows = {
      {"Pack affiché", m.packId.empty() ? "aucun pack chargé" : m.title + " (" + m.packId + ")"},
      {"Construit le", m.buildTime},
      {"Empreinte", m.contentHash.substr(0, 12)},
      {"Contenu", std::to_string(ui.catalogue.careers.size()) + " métiers, " +
                      std::to_string(ui.catalogue.offers.size()) + " stages, " +
                      std::to_string(ui.catalogue.organisations.size()) + " organisations"},
      {"Langues", langs},
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
  rows.push_back(
      {"Coordonnées", "scellées pour " + std::to_string(own) + " organisation(s)" +
                          (stand ? ", clé du stand pour " + std::to_string(stand) : "")});
  if (!keyless.empty())
    rows.push_back({"Sans clé", "case de consentement non proposée : " + keyless});
  rows.push_back({"Conservation", m.retentionDays > 0 ? std::to_string(m.retentionDays) +
                                                            " jours (annoncés par le pack)"
                                                      : std::string("non indiquée par le pack")});
  PackSlot* slot = ctx.live.packSlot;
  if (slot) {
    const PackSlotStatus& st = slot->status();
    std::error_code ec;
    fs::path dir = fs::absolute(slot->dir(), ec);
    rows.push_back({"Dossier des packs", (ec ? slot->dir() : dir).string()});
    const TrustedPublishers& trusted = slot->trusted();
    rows.push_back({"Signature", slot->acceptsUnsigned()
                                     ? std::string("accepte les packs non signés")
                                     : "packs signés seulement (" +
                                           std::to_string(trusted.keys.size()) +
                                           " éditeur(s) de confiance dans " +
                                           trusted.dir.string() + ")"});
    if (!st.checking.empty()) {
      rows.push_back({"Vérification", st.checking + " : vérification en cours (toutes les pages, "
                                                    "l'empreinte, le catalogue)…"});
      ui.wakeAt = std::min(ui.wakeAt, ui.now + 0.5);  // shows the outcome soon after it is known
    }
    if (!st.staged.empty())
      rows.push_back(
          {"En attente", st.staged + " : vérifié, affiché au prochain retour à l'accueil"});
    if (!st.rejected.empty()) rows.push_back({"Refusé", st.rejected + " : " + st.reason});
    if (!st.lastEvent.empty()) rows.push_back({"Dernier événement", st.lastEvent});
  }
  float y = min.y + ui.px(80);
  for (const auto& [label, value] : rows) {
    dl->AddText(ui.theme.fonts.bodyBold, ui.theme.fonts.bodyBold->FontSize, ImVec2(min.x, y),
                color::inkSoft, label);
    textClipped(dl, ui.theme.fonts.body, color::ink, ImVec2(min.x + labelW, y), value, w - labelW);
    y += ui.px(48);
  }
  y += ui.px(24);
  ImGui::SetCursorScreenPos(ImVec2(min.x, y));
  if (!slot) {
    textWrapped(ui, ui.theme.fonts.bodyBold, color::inkSoft,
                "Mises à jour indisponibles : ce kiosque a démarré avec --pack <fichier>. Pour "
                "importer un pack depuis une clé, démarrez-le avec --packs <dossier> (le dossier "
                "des packs, avec retour automatique au pack précédent).",
                w);
    return;
  }
  if (hasPrevious_) {
    // The pack shown before the last switch is kept: going back is an import of that file, so it
    // goes through the same checks and switches at the same moment as any new pack.
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    if (button(ui, "staff.pack.previous", "Revenir au pack précédent",
               slot->importing() ? Look::Quiet : Look::Secondary, Icon::Back))
      importPack(slot, slot->dir() / "previous.kpack", "Le pack précédent");
    y += ui.theme.touchMin() + ui.px(32);
  }
  dl->AddText(ui.theme.fonts.h3, ui.theme.fonts.h3->FontSize, ImVec2(min.x, y), color::teal,
              "Importer depuis la clé");
  y += ui.px(60);
  for (size_t i = 0; i < usbPacks_.size(); ++i) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    const auto& file = usbPacks_[i];
    std::string label =
        "Importer " + file.filename().string() + "  (" + file.parent_path().string() + ")";
    if (button(ui, "staff.pack.import:" + std::to_string(i), label.c_str(),
               slot->importing() ? Look::Quiet : Look::Teal, Icon::Arrow))
      importPack(slot, file, "« " + file.filename().string() + " »");
    y += ui.theme.touchMin() + ui.px(16);
  }
  if (usbPacks_.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.body, color::inkSoft,
                "Aucun fichier .kpack à la racine d'une clé USB : branchez la clé, attendez "
                "quelques secondes puis touchez « Actualiser ».",
                w);
    y = ImGui::GetCursorScreenPos().y + ui.px(16);
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x, y));
  if (button(ui, "staff.pack.rescan", "Actualiser", Look::Secondary)) scanUsbPacks(ctx);
  y += ui.theme.touchMin() + ui.px(24);
  if (slot->importing()) ui.wakeAt = std::min(ui.wakeAt, ui.now + 0.25);  // the outcome, soon
  if (!packMessage_.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y));
    textWrapped(ui.theme.fonts.bodyBold, packFailed_ ? color::error : color::teal, packMessage_, w);
  }
}

}  // namespace vitrine::ui
