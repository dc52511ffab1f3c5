// The input queue between the window system and Dear ImGui: one button transition per frame.
#include "pointer_queue.h"

#include <imgui.h>

namespace vitrine::platform {

void PointerQueue::move(float x, float y) {
  x_ = x;
  y_ = y;
  seen_ = true;
  if (!events_.empty() && !events_.back().transition) {
    events_.back().x = x;  // a move after a move: only where it ended matters
    events_.back().y = y;
    return;
  }
  events_.push_back({x, y, down_, false});
}

void PointerQueue::button(bool down) {
  if (down == down_) return;
  down_ = down;
  seen_ = true;
  events_.push_back({x_, y_, down, true});
}

void PointerQueue::feed(ImGuiIO& io) {
  while (!events_.empty()) {
    const Event e = events_.front();
    events_.pop_front();
    fedX_ = e.x;
    fedY_ = e.y;
    fedDown_ = e.down;
    if (e.transition) break;  // the rest is the next frame's
  }
  if (!seen_) return;
  io.MousePos = ImVec2(fedX_, fedY_);
  io.MouseDown[0] = fedDown_;
}

}  // namespace vitrine::platform
