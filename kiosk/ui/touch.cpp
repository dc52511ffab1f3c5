// Gesture tracking: a press becomes a drag past a threshold; released drags keep scrolling.
#include "touch.h"

#include <cmath>

namespace vitrine::ui {
namespace {
constexpr float kFriction = 4.0f;   // per second: inertia fades to ~2 % in one second
constexpr float kMinSpeed = 30.0f;  // px/s (at scale 1) below which inertia stops
}  // namespace

void Touch::beginFrame(float scale, double now) {
  const ImGuiIO& io = ImGui::GetIO();
  threshold_ = 14.0f * scale;
  dt_ = lastTime_ > 0 ? static_cast<float>(now - lastTime_) : 1.0f / 60.0f;
  if (dt_ <= 0 || dt_ > 0.25f) dt_ = 1.0f / 60.0f;
  lastTime_ = now;
  wasDragRelease_ = false;

  modalShown_ = modalDrawn_;
  modalDrawn_ = inModal_ = false;
  if (captureEnds_) captured_ = captureEnds_ = false;
  if (io.MouseClicked[0] && modalShown_) captured_ = true;
  // Its release frame is still the dialog's; the capture ends after it.
  if (captured_ && !io.MouseDown[0]) captureEnds_ = true;

  if (io.MouseClicked[0]) {
    down_ = true;
    dragging_ = false;
    pressPos_ = io.MousePos;
    velocityY_ = 0;
    pressedWindow_ = 0;
    inertiaWindow_ = 0;  // a finger on the glass stops the glide, like any tablet
  }
  if (down_ && io.MouseDown[0]) {
    float dx = io.MousePos.x - pressPos_.x, dy = io.MousePos.y - pressPos_.y;
    if (!dragging_ && std::sqrt(dx * dx + dy * dy) > threshold_) dragging_ = true;
    float instant = io.MouseDelta.y / dt_;
    velocityY_ = 0.7f * velocityY_ + 0.3f * instant;
  }
  if (down_ && !io.MouseDown[0]) {
    down_ = false;
    if (dragging_) {
      wasDragRelease_ = true;
      if (std::fabs(velocityY_) > kMinSpeed * scale) inertiaWindow_ = pressedWindow_;
    }
    dragging_ = false;
  }
  if (inertiaWindow_ && std::fabs(velocityY_) < kMinSpeed * scale) inertiaWindow_ = 0;
}

void Touch::scrollCurrentWindow() {
  ImGuiID id = ImGui::GetID("##touchscroll");
  const ImGuiIO& io = ImGui::GetIO();
  // A touch through a dialog drags nothing beneath it either.
  if (io.MouseClicked[0] && !blocked() &&
      ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows |
                             ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
    pressedWindow_ = id;
  if (down_ && dragging_ && pressedWindow_ == id) {
    ImGui::SetScrollY(ImGui::GetScrollY() - io.MouseDelta.y);
  } else if (inertiaWindow_ == id) {
    float before = ImGui::GetScrollY();
    float next = before - velocityY_ * dt_;
    ImGui::SetScrollY(next);
    velocityY_ *= std::exp(-kFriction * dt_);
    if (next < 0 || next > ImGui::GetScrollMaxY()) inertiaWindow_ = 0;  // hit an edge
  }
}

void Touch::cancel() {
  down_ = dragging_ = wasDragRelease_ = false;
  inertiaWindow_ = pressedWindow_ = 0;
  velocityY_ = 0;
}

std::optional<ImVec2> HitMap::find(const std::string& name) const {
  for (const Item& it : items_)
    if (it.name == name) return ImVec2((it.min.x + it.max.x) * 0.5f, (it.min.y + it.max.y) * 0.5f);
  return std::nullopt;
}

std::vector<std::string> HitMap::names() const {
  std::vector<std::string> out;
  for (const Item& it : items_) out.push_back(it.name);
  return out;
}

}  // namespace vitrine::ui
