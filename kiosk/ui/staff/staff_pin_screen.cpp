// Staff mode, step one: the PIN pad (big digit keys), with the wrong-PIN delay shown and counted.
#include <algorithm>
#include <cmath>

#include "staff_messages.h"
#include "staff_mode.h"
#include "staff_pin.h"
#include "store.h"
#include "widgets.h"
#include "worker.h"

namespace vitrine::ui {

StaffMode::StaffMode() = default;
StaffMode::~StaffMode() = default;
StaffMode::StaffMode(StaffMode&&) noexcept = default;
StaffMode& StaffMode::operator=(StaffMode&&) noexcept = default;

void StaffMode::open(const StaffContext& ctx) {
  StaffMode fresh;  // nothing typed, exported or drawn in an earlier visit survives
  std::swap(*this, fresh);
  // ...except an export or a purge still running on the worker: it goes on, and its outcome
  // shows when done. Joining it here would hold this frame for as long as the USB stick takes.
  worker_ = std::move(fresh.worker_);
  working_ = fresh.working_;
  progress_ = std::move(fresh.progress_);
  visit_ = fresh.visit_ + 1;
  try {
    pin_ = std::make_unique<StaffPin>(ctx.storeFile());
    pinSet_ = pin_->isSet();
    if (!pinSet_) {
      pinMessage_ = tr(SFM::no_pin);
      pinError_ = true;
    }
  } catch (const std::exception& e) {
    pin_.reset();
    // No visitor file, no PIN: this screen is where staff learn what to fix (path, reason).
    pinMessage_ = ctx.store
                      ? e.what()
                      : tr(SFM::no_store) + "\n" + e.what() + "\n" + tr(SFM::restart_when_fixed);
    pinError_ = true;
  }
}

void StaffMode::drawPin(Ui& ui, StaffContext& ctx) {
  const ImVec2 o = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const float w = ui.px(640);
  const float x = o.x + (size.x - w) * 0.5f;
  float y = o.y + ui.px(60);
  ImFont* h1 = ui.theme.fonts.h2;
  dl->AddText(h1, h1->FontSize, ImVec2(x, y), color::teal, tr(SFM::staff_mode).c_str());
  y += h1->FontSize + ui.px(30);

  double wait = pin_ && pinSet_ ? pin_->waitSeconds(ctx.wallClock) : 0.0;
  if (pin_ && pinSet_) {
    // One dot per digit typed: the PIN itself is never drawn.
    const float r = ui.px(16), step = ui.px(52);
    for (size_t i = 0; i < 8; ++i) {
      ImVec2 c(x + r + step * static_cast<float>(i), y + r);
      if (i < typed_.size())
        dl->AddCircleFilled(c, r, color::ink, 24);
      else if (i < 4)
        dl->AddCircle(c, r, color::inkSoft, 24, ui.px(2));
    }
    y += 2 * r + ui.px(30);
  }
  std::string message = pinMessage_;
  if (wait > 0) {
    message = tr(SFM::too_many_tries, {std::to_string(static_cast<int>(std::ceil(wait)))});
    ui.wakeAt = std::min(ui.wakeAt, ui.now + 1.0);  // the countdown ticks every second
  }
  shownPinMessage_ = message;
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  textWrapped(ui.theme.fonts.bodyBold, pinError_ || wait > 0 ? color::error : color::inkSoft,
              message.empty() ? tr(SFM::enter_pin) : message, w);
  y = ImGui::GetCursorScreenPos().y + ui.px(24);

  if (pin_ && pinSet_) {
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    pad_.draw(ui, typed_, KeyboardMode::Pin, w, 8);
    // The shared digit pad also has "+" and a space (phone numbers): a PIN keeps digits only.
    typed_.erase(
        std::remove_if(typed_.begin(), typed_.end(), [](char c) { return c < '0' || c > '9'; }),
        typed_.end());
    y = ImGui::GetCursorScreenPos().y + ui.px(24);
    ImGui::SetCursorScreenPos(ImVec2(x + w - ui.px(300), y));
    if (button(ui, "staff.pin.ok", tr(SFM::pin_ok).c_str(), Look::Primary, Icon::Check,
               ui.px(300)) &&
        !typed_.empty()) {
      try {
        PinAttempt a = pin_->check(typed_, ctx.wallClock);
        pinError_ = a.result != PinResult::Ok;
        if (a.result == PinResult::Ok) {
          pinMessage_.clear();
          show(Page::Figures, ui, ctx);
          ui.go(ScreenId::Staff);
        } else if (a.result == PinResult::Wrong) {
          pinMessage_ = tr(SFM::wrong_pin);
        }
      } catch (const std::exception& e) {
        pinMessage_ = e.what();
        pinError_ = true;
      }
      typed_.assign(typed_.size(), '\0');  // overwrite before letting go of the digits
      typed_.clear();
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(x, y));
  if (button(ui, "staff.pin.cancel", tr(SFM::back).c_str(), Look::Secondary, Icon::Back,
             ui.px(300)))
    ui.reset();
}

}  // namespace vitrine::ui
