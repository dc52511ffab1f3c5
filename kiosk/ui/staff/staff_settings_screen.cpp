// Staff mode page: idle timeout, the visitors' default language, retention, the UI size, event
// name and kiosk id, saved in the store file at once so that they survive a restart.
#include <algorithm>

#include "log.h"
#include "staff_messages.h"
#include "staff_mode.h"
#include "store.h"
#include "widgets.h"

namespace vitrine::ui {
namespace {

constexpr size_t kMaxNameChars = 60;

std::string days(int n) {
  return n <= 0 ? tr(SFM::never) : tr(SFM::n_days, {std::to_string(n)});
}

std::string percent(float scale) {
  return scale <= 0 ? tr(SFM::automatic)
                    : tr(SFM::percent, {std::to_string(static_cast<int>(scale * 100 + 0.5f))});
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
  dl->AddText(h2, h2->FontSize, min, color::teal, tr(SFM::nav_settings).c_str());
  const float w = max.x - min.x;
  if (!editKey_.empty()) {
    drawEditor(ui, ctx, ImVec2(min.x, min.y + ui.px(70)), w);
    return;
  }
  // The outcome of the last change stands where the page's introduction stood: at the top, on
  // screen whatever the number of rows below (the page does not scroll). The rows keep their
  // place, so the next tap lands where the finger expects it.
  const float top = min.y + ui.px(70);
  const std::string intro = tr(SFM::settings_intro);
  ImGui::SetCursorScreenPos(ImVec2(min.x, top));
  if (settingsMessage_.empty())
    textWrapped(ui.theme.fonts.body, color::inkSoft, intro, w);
  else
    textWrapped(ui.theme.fonts.bodyBold, settingsFailed_ ? color::error : color::teal,
                settingsMessage_, w);
  const float introEnd =
      top + textHeight(ui.theme.fonts.body, intro, w) + ImGui::GetStyle().ItemSpacing.y;
  float y = std::max(ImGui::GetCursorScreenPos().y, introEnd) + ui.px(24);
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
    heading(tr(SFM::ui_size), tr(SFM::ui_size_note, {percent(cl.scale.value_or(0)),
                                                     percent(scaleForDisplay(display.x, display.y)),
                                                     percent(largest)}));
    for (float s : kScaleSteps) {
      if (s > largest + 0.001f) continue;  // the screens would not fit: not offered
      place(stepW);
      const std::string label = percent(s);
      if (button(ui, "staff.scale:" + scaleText(s), label.c_str(),
                 s == *ctx.live.scale ? Look::Teal : Look::Secondary, Icon::None, stepW)) {
        *ctx.live.scale = s;
        saveSettingNow(ctx, "ui_scale", scaleText(s), tr(SFM::ui_size_set, {label}));
      }
    }
    endRow();
  }

  if (ctx.live.idleSeconds) {
    heading(tr(SFM::idle), tr(SFM::idle_note, {std::to_string(cl.idleSeconds.value_or(0))}));
    int current = static_cast<int>(*ctx.live.idleSeconds);
    for (int s : kIdleSteps) {
      place(stepW);
      std::string label = std::to_string(s) + " s";
      if (button(ui, "staff.idle:" + std::to_string(s), label.c_str(),
                 s == current ? Look::Teal : Look::Secondary, Icon::None, stepW)) {
        *ctx.live.idleSeconds = s;
        saveSettingNow(ctx, "idle_seconds", std::to_string(s), tr(SFM::idle_set, {label}));
      }
    }
    endRow();
  }

  if (ctx.live.language) {
    Lang fallback = Lang::Fr;
    parseLanguage(cl.language.value_or("fr"), fallback);
    heading(tr(SFM::visitor_language), tr(SFM::visitor_language_note, {langName(fallback)}));
    for (Lang l : kLanguages) {
      place(ui.px(240));
      const char* code = langCode(l);
      if (button(ui, std::string("staff.lang:") + code, langName(l),
                 l == *ctx.live.language ? Look::Teal : Look::Secondary, Icon::None, ui.px(240))) {
        *ctx.live.language = l;
        saveSettingNow(ctx, "language", code, tr(SFM::visitor_language_set, {langName(l)}));
      }
    }
    endRow();
  }

  if (ctx.live.retentionDays) {
    heading(tr(SFM::retention), tr(SFM::retention_note, {days(cl.retentionDays.value_or(0))}));
    for (int d : kRetentionSteps) {
      place(stepW);
      std::string label = days(d);
      if (button(ui, "staff.retention:" + std::to_string(d), label.c_str(),
                 d == *ctx.live.retentionDays ? Look::Teal : Look::Secondary, Icon::None, stepW)) {
        *ctx.live.retentionDays = d;
        saveSettingNow(ctx, "retention_days", std::to_string(d),
                       d > 0 ? tr(SFM::retention_set, {label}) : tr(SFM::retention_never));
      }
    }
    endRow();
  }

  if (ctx.live.host) {  // at an organisation's own open day: its stages and events first
    const auto& orgs = ui.catalogue.organisations;
    const Organisation* current = ui.catalogue.organisation(*ctx.live.host);
    heading(
        tr(SFM::host),
        tr(SFM::host_note, {cl.host && !cl.host->empty() ? *cl.host : tr(SFM::no_host_default)}));
    auto choose = [&](const std::string& id, const std::string& name) {
      *ctx.live.host = id;
      saveSettingNow(ctx, "host", id,
                     id.empty() ? tr(SFM::no_host_set) : tr(SFM::host_set, {name}));
    };
    place(stepW);
    if (button(ui, "staff.host:none", tr(SFM::no_host).c_str(),
               current ? Look::Secondary : Look::Teal, Icon::None, stepW))
      choose("", "");
    // One button steps through the pack's organisations: one row whatever their number.
    size_t next = 0;
    if (current)
      next = static_cast<size_t>(current - orgs.data()) + 1 < orgs.size()
                 ? static_cast<size_t>(current - orgs.data()) + 1
                 : 0;
    const float nameW = std::min(ui.px(640), max.x - x);
    place(nameW);
    const std::string label = current ? current->name : tr(SFM::choose);
    if (!orgs.empty() && button(ui, "staff.host:next", label.c_str(),
                                current ? Look::Teal : Look::Secondary, Icon::Arrow, nameW))
      choose(orgs[next].id, orgs[next].name);
    endRow();
  }

  // Event name and kiosk id are written on every record: a change applies from the next start.
  struct Named {
    const char* key;
    SFM label;
    const std::string& running;
    const std::optional<std::string>& saved;
  };
  const Named names[] = {{"event_tag", SFM::event, ctx.eventTag, saved_.eventTag},
                         {"kiosk_id", SFM::kiosk_id, ctx.kioskId, saved_.kioskId}};
  const float labelW = ui.px(380), editW = ui.px(220);
  for (const Named& n : names) {
    dl->AddText(ui.theme.fonts.bodyBold, ui.theme.fonts.bodyBold->FontSize,
                ImVec2(min.x, y + ui.px(20)), color::inkSoft, tr(n.label).c_str());
    std::string value = n.running;
    if (n.saved && *n.saved != n.running) value = tr(SFM::at_restart, {n.running, *n.saved});
    textClipped(dl, ui.theme.fonts.body, color::ink, ImVec2(min.x + labelW, y + ui.px(20)), value,
                w - labelW - editW - ui.px(20));
    ImGui::SetCursorScreenPos(ImVec2(max.x - editW, y));
    if (button(ui, std::string("staff.edit:") + n.key, tr(SFM::change).c_str(), Look::Secondary,
               Icon::None, editW)) {
      editKey_ = n.key;
      editText_ = n.saved ? *n.saved : n.running;
      editKeyboard_.reset();
      editDigits_ = false;
    }
    y += ui.theme.touchMin() + rowGap;
  }
}

void StaffMode::drawEditor(Ui& ui, StaffContext& ctx, ImVec2 at, float w) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const bool event = editKey_ == "event_tag";
  const std::string label = tr(event ? SFM::event_name : SFM::kiosk_id);
  dl->AddText(ui.theme.fonts.bodyBold, ui.theme.fonts.bodyBold->FontSize, at, color::ink,
              label.c_str());
  float y = at.y + ui.px(48);
  const float boxH = ui.theme.touchMin();
  dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + w, y + boxH), color::white, ui.theme.radius());
  ImFont* f = ui.theme.fonts.body;
  textClipped(dl, f, color::ink, ImVec2(at.x + ui.px(20), y + (boxH - f->FontSize) * 0.5f),
              editText_ + "|", w - ui.px(40));
  y += boxH + ui.px(20);
  ImGui::SetCursorScreenPos(ImVec2(at.x, y));
  textWrapped(ui.theme.fonts.small, color::inkSoft, tr(SFM::edit_note), w);
  y = ImGui::GetCursorScreenPos().y + ui.px(16);
  ImGui::SetCursorScreenPos(ImVec2(at.x, y));
  // The letter keyboard has no digits: "Salon 2026" needs the digit pad one tap away.
  // Its keys' words (« espace », « Verr. maj. ») in the staff's language, not the visitor's.
  const Lang visitors = ui.lang;
  ui.lang = msg::language() == msg::Lang::Fr ? Lang::Fr : Lang::En;
  editKeyboard_.draw(ui, editText_, editDigits_ ? KeyboardMode::Digits : KeyboardMode::Text, w,
                     kMaxNameChars);
  ui.lang = visitors;
  y = ImGui::GetCursorScreenPos().y + ui.px(24);
  ImGui::SetCursorScreenPos(ImVec2(at.x, y));
  if (button(ui, "staff.edit.save", tr(SFM::save).c_str(), Look::Primary, Icon::Check,
             ui.px(320))) {
    std::string value = editText_;
    value.erase(0, value.find_first_not_of(' '));
    value.erase(value.find_last_not_of(' ') + 1);
    if (value.empty()) {
      settingsMessage_ = tr(SFM::name_empty, {label});
      settingsFailed_ = true;
    } else {
      saveSettingNow(ctx, editKey_, value, tr(SFM::name_set, {label, value}));
    }
    editKey_.clear();
  }
  ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(340), y));
  if (button(ui, "staff.edit.cancel", tr(SFM::cancel).c_str(), Look::Secondary, Icon::Back,
             ui.px(320)))
    editKey_.clear();
  ImGui::SetCursorScreenPos(ImVec2(at.x + w - ui.px(240), y));
  if (button(ui, "staff.edit.digits", editDigits_ ? "abc" : "123", Look::Secondary, Icon::None,
             ui.px(240)))
    editDigits_ = !editDigits_;
}

}  // namespace vitrine::ui
