// Staff mode page: idle timeout, the visitors' default language, retention, the UI size, event
// name and kiosk id, saved in the store file at once so that they survive a restart.
#include <algorithm>

#include "log.h"
#include "staff_mode.h"
#include "store.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

constexpr size_t kMaxNameChars = 60;

std::string days(int n) {
  return n <= 0 ? "jamais" : std::to_string(n) + " jours";
}

std::string percent(float scale) {
  return scale <= 0 ? "Automatique" : std::to_string(static_cast<int>(scale * 100 + 0.5f)) + " %";
}

}  // namespace

void StaffMode::saveSettingNow(StaffContext& ctx, const std::string& key, const std::string& value,
                               const std::string& done) {
  try {
    auto file = ctx.storeFile();
    saveSetting(*file, key, value);
    saved_ = loadSettings(*file);
    settingsMessage_ = done;
    settingsFailed_ = false;
    log::info("staff changed the setting " + key);
  } catch (const std::exception& e) {
    settingsMessage_ = e.what();
    settingsFailed_ = true;
  }
}

void StaffMode::drawSettings(Ui& ui, StaffContext& ctx, ImVec2 min, ImVec2 max) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImFont* h2 = ui.theme.fonts.h2;
  dl->AddText(h2, h2->FontSize, min, color::teal, "Réglages");
  const float w = max.x - min.x;
  if (!editKey_.empty()) {
    drawEditor(ui, ctx, ImVec2(min.x, min.y + ui.px(70)), w);
    return;
  }
  ImGui::SetCursorScreenPos(ImVec2(min.x, min.y + ui.px(70)));
  textWrapped(ui.theme.fonts.body, color::inkSoft,
              "Les options de la ligne de commande (ou de /etc/vitrine/kiosk.env) sont les "
              "valeurs par défaut ; un réglage choisi ici les remplace et reste après un "
              "redémarrage.",
              w);
  float y = ImGui::GetCursorScreenPos().y + ui.px(24);
  const KioskSettings& cl = ctx.live.commandLine;
  const float rowGap = ui.px(16), stepGap = ui.theme.touchMin() + ui.px(28);

  auto heading = [&](const std::string& label, const std::string& note) {
    dl->AddText(ui.theme.fonts.bodyBold, ui.theme.fonts.bodyBold->FontSize, ImVec2(min.x, y),
                color::ink, label.c_str());
    float lw = ui.theme.fonts.bodyBold
                   ->CalcTextSizeA(ui.theme.fonts.bodyBold->FontSize, 1e9f, 0, label.c_str())
                   .x;
    textClipped(dl, ui.theme.fonts.small, color::inkSoft,
                ImVec2(min.x + lw + ui.px(20), y + ui.px(6)), note, w - lw - ui.px(20));
    y += ui.px(44);
  };
  const float stepW = ui.px(200);
  float x = min.x;
  // Steps flow left to right and wrap on a narrow (portrait) screen.
  auto place = [&](float bw) {
    if (x > min.x && x + bw > max.x) {
      x = min.x;
      y += ui.theme.touchMin() + rowGap;
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    x += bw + rowGap;
  };
  auto endRow = [&] {
    x = min.x;
    y += stepGap;
  };

  // First: at 200 % on a 1080p screen the rows below leave the screen, this one must not.
  if (ctx.live.scale) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float largest = maxScaleForDisplay(display.x, display.y);
    heading("Taille de l'interface",
            "par défaut : " + percent(cl.scale.value_or(0)) +
                " — cet écran : " + percent(scaleForDisplay(display.x, display.y)) + ", au plus " +
                percent(largest) + " — appliqué tout de suite");
    for (float s : kScaleSteps) {
      if (s > largest + 0.001f) continue;  // the screens would not fit: not offered
      place(stepW);
      const std::string label = percent(s);
      if (button(ui, "staff.scale:" + scaleText(s), label.c_str(),
                 s == *ctx.live.scale ? Look::Teal : Look::Secondary, Icon::None, stepW)) {
        *ctx.live.scale = s;
        saveSettingNow(ctx, "ui_scale", scaleText(s),
                       "Taille de l'interface : " + label + ", appliquée tout de suite.");
      }
    }
    endRow();
  }

  if (ctx.live.idleSeconds) {
    heading("Délai d'inactivité", "par défaut : " + std::to_string(cl.idleSeconds.value_or(0)) +
                                      " s — appliqué tout de suite");
    int current = static_cast<int>(*ctx.live.idleSeconds);
    for (int s : kIdleSteps) {
      place(stepW);
      std::string label = std::to_string(s) + " s";
      if (button(ui, "staff.idle:" + std::to_string(s), label.c_str(),
                 s == current ? Look::Teal : Look::Secondary, Icon::None, stepW)) {
        *ctx.live.idleSeconds = s;
        saveSettingNow(ctx, "idle_seconds", std::to_string(s),
                       "Délai d'inactivité : " + label + ", appliqué tout de suite.");
      }
    }
    endRow();
  }

  if (ctx.live.language) {
    Lang fallback = Lang::Fr;
    parseLanguage(cl.language.value_or("fr"), fallback);
    heading("Langue des visiteurs", std::string("par défaut : ") + langName(fallback) +
                                        " — chaque visiteur commence dans cette langue");
    for (Lang l : kLanguages) {
      place(ui.px(240));
      const char* code = langCode(l);
      if (button(ui, std::string("staff.lang:") + code, langName(l),
                 l == *ctx.live.language ? Look::Teal : Look::Secondary, Icon::None, ui.px(240))) {
        *ctx.live.language = l;
        saveSettingNow(
            ctx, "language", code,
            std::string("Langue des visiteurs : ") + langName(l) + ", dès le prochain visiteur.");
      }
    }
    endRow();
  }

  if (ctx.live.retentionDays) {
    heading("Effacer les coordonnées après",
            "par défaut : " + days(cl.retentionDays.value_or(0)) +
                " — appliqué à chaque démarrage (les intérêts anonymes restent)");
    for (int d : kRetentionSteps) {
      place(stepW);
      std::string label = days(d);
      if (button(ui, "staff.retention:" + std::to_string(d), label.c_str(),
                 d == *ctx.live.retentionDays ? Look::Teal : Look::Secondary, Icon::None, stepW)) {
        *ctx.live.retentionDays = d;
        saveSettingNow(
            ctx, "retention_days", std::to_string(d),
            d > 0
                ? "Les coordonnées de plus de " + label + " seront effacées au prochain démarrage."
                : std::string("Les coordonnées restent jusqu'à l'export et l'effacement."));
      }
    }
    endRow();
  }

  if (ctx.live.host) {  // at an organisation's own open day: its stages and events first
    const auto& orgs = ui.catalogue.organisations;
    const Organisation* current = ui.catalogue.organisation(*ctx.live.host);
    heading("Organisation hôte", "par défaut : " + (cl.host && !cl.host->empty() ? *cl.host
                                                                                 : "aucune") +
                                     " — ses stages et ses rendez-vous d'abord, appliqué tout de suite");
    auto choose = [&](const std::string& id, const std::string& name) {
      *ctx.live.host = id;
      saveSettingNow(ctx, "host", id,
                     id.empty() ? std::string("Aucune organisation hôte.")
                                : "Organisation hôte : " + name + ".");
    };
    place(stepW);
    if (button(ui, "staff.host:none", "Aucune", current ? Look::Secondary : Look::Teal,
               Icon::None, stepW))
      choose("", "");
    // One button steps through the pack's organisations: one row whatever their number.
    size_t next = 0;
    if (current)
      next = static_cast<size_t>(current - orgs.data()) + 1 < orgs.size()
                 ? static_cast<size_t>(current - orgs.data()) + 1
                 : 0;
    const float nameW = std::min(ui.px(640), max.x - x);
    place(nameW);
    const std::string label = current ? current->name : std::string("Choisir…");
    if (!orgs.empty() && button(ui, "staff.host:next", label.c_str(),
                                current ? Look::Teal : Look::Secondary, Icon::Arrow, nameW))
      choose(orgs[next].id, orgs[next].name);
    endRow();
  }

  // Event name and kiosk id are written on every record: a change applies from the next start.
  struct Named {
    const char* key;
    const char* label;
    const std::string& running;
    const std::optional<std::string>& saved;
  };
  const Named names[] = {{"event_tag", "Événement", ctx.eventTag, saved_.eventTag},
                         {"kiosk_id", "Identifiant du kiosque", ctx.kioskId, saved_.kioskId}};
  const float labelW = ui.px(380), editW = ui.px(220);
  for (const Named& n : names) {
    dl->AddText(ui.theme.fonts.bodyBold, ui.theme.fonts.bodyBold->FontSize,
                ImVec2(min.x, y + ui.px(20)), color::inkSoft, n.label);
    std::string value = n.running;
    if (n.saved && *n.saved != n.running) value += "  →  " + *n.saved + " (au redémarrage)";
    textClipped(dl, ui.theme.fonts.body, color::ink, ImVec2(min.x + labelW, y + ui.px(20)), value,
                w - labelW - editW - ui.px(20));
    ImGui::SetCursorScreenPos(ImVec2(max.x - editW, y));
    if (button(ui, std::string("staff.edit:") + n.key, "Modifier", Look::Secondary, Icon::None,
               editW)) {
      editKey_ = n.key;
      editText_ = n.saved ? *n.saved : n.running;
      editKeyboard_.reset();
      editDigits_ = false;
    }
    y += ui.theme.touchMin() + rowGap;
  }

  if (!settingsMessage_.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(min.x, y + ui.px(8)));
    textWrapped(ui.theme.fonts.bodyBold, settingsFailed_ ? color::error : color::teal,
                settingsMessage_, w);
  }
}

void StaffMode::drawEditor(Ui& ui, StaffContext& ctx, ImVec2 at, float w) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool event = editKey_ == "event_tag";
  const char* label = event ? "Nom de l'événement" : "Identifiant du kiosque";
  dl->AddText(ui.theme.fonts.bodyBold, ui.theme.fonts.bodyBold->FontSize, at, color::ink, label);
  float y = at.y + ui.px(48);
  const float boxH = ui.theme.touchMin();
  dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + w, y + boxH), color::white, ui.theme.radius());
  ImFont* f = ui.theme.fonts.body;
  textClipped(dl, f, color::ink, ImVec2(at.x + ui.px(20), y + (boxH - f->FontSize) * 0.5f),
              editText_ + "|", w - ui.px(40));
  y += boxH + ui.px(20);
  ImGui::SetCursorScreenPos(ImVec2(at.x, y));
  textWrapped(ui.theme.fonts.small, color::inkSoft,
              "Écrit sur chaque fiche et dans le nom des exports : le changement vaut à partir "
              "du prochain démarrage (« Redémarrer »).",
              w);
  y = ImGui::GetCursorScreenPos().y + ui.px(16);
  ImGui::SetCursorScreenPos(ImVec2(at.x, y));
  // The letter keyboard has no digits: "Salon 2026" needs the digit pad one tap away.
  editKeyboard_.draw(ui, editText_, editDigits_ ? KeyboardMode::Digits : KeyboardMode::Text, w,
                     kMaxNameChars);
  y = ImGui::GetCursorScreenPos().y + ui.px(24);
  ImGui::SetCursorScreenPos(ImVec2(at.x, y));
  if (button(ui, "staff.edit.save", "Enregistrer", Look::Primary, Icon::Check, ui.px(320))) {
    std::string value = editText_;
    value.erase(0, value.find_first_not_of(' '));
    value.erase(value.find_last_not_of(' ') + 1);
    if (value.empty()) {
      settingsMessage_ = std::string(label) + " : il ne peut pas être vide ; rien n'a changé.";
      settingsFailed_ = true;
    } else {
      saveSettingNow(
          ctx, editKey_, value,
          std::string(label) + " : « " + value + " », pris en compte au prochain démarrage.");
    }
    editKey_.clear();
  }
  ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(340), y));
  if (button(ui, "staff.edit.cancel", "Annuler", Look::Secondary, Icon::Back, ui.px(320)))
    editKey_.clear();
  ImGui::SetCursorScreenPos(ImVec2(at.x + w - ui.px(240), y));
  if (button(ui, "staff.edit.digits", editDigits_ ? "abc" : "123", Look::Secondary, Icon::None,
             ui.px(240)))
    editDigits_ = !editDigits_;
}

}  // namespace vitrine::ui
