// Recognises the staff gesture from raw pointer samples: press/release pairs in corner zones.
#include "staff_gesture.h"

namespace vitrine {

StaffGesture::Corner StaffGesture::cornerAt(float x, float y, float width, float height,
                                            float zone) {
  bool left = x < zone, right = x >= width - zone;
  bool top = y < zone, bottom = y >= height - zone;
  if (top && left) return TopLeft;
  if (top && right) return TopRight;
  if (bottom && right) return BottomRight;
  if (bottom && left) return BottomLeft;
  return None;
}

bool StaffGesture::feed(float x, float y, bool down, double now, float width, float height,
                        float scale) {
  const Corner here = cornerAt(x, y, width, height, kZone * scale);
  const bool pressed = down && !wasDown_, released = !down && wasDown_;
  wasDown_ = down;
  consumed_ = false;
  if (stage_ > 0 && now - armedAt_ > kPatternWindow) stage_ = 0;  // too slow: start again
  if (pressed) {
    pressCorner_ = here;
    pressAt_ = now;
    return false;
  }
  if (!released) return false;
  // A press counts only if it started and ended in the same corner (a swipe across is not it).
  const Corner tapped = here == pressCorner_ ? here : None;
  if (tapped == TopLeft && now - pressAt_ >= kLongPress) {
    stage_ = 1;
    armedAt_ = now;
    consumed_ = true;
    return false;
  }
  if (stage_ > 0 && tapped == static_cast<Corner>(stage_)) {
    consumed_ = true;
    if (++stage_ == 4) {
      stage_ = 0;
      return true;
    }
    return false;
  }
  stage_ = 0;  // any other touch (a visitor using the screen) cancels the pattern
  return false;
}

}  // namespace vitrine
