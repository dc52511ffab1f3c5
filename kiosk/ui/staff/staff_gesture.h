// The hidden way into staff mode: a long press in the top-left corner, then a tap on each other
// corner clockwise (top-right, bottom-right, bottom-left). Nothing of it is drawn.
#pragma once

namespace vitrine {

class StaffGesture {
 public:
  static constexpr float kZone = 60.0f;           // corner square side, in scale units
  static constexpr double kLongPress = 3.0;       // seconds held in the top-left corner
  static constexpr double kPatternWindow = 10.0;  // seconds for the three corner taps

  // Feed the pointer once per frame (position in pixels, button state, time in seconds).
  // Returns true on the frame the whole gesture is completed.
  bool feed(float x, float y, bool down, double now, float width, float height, float scale);
  // Progress so far (0 = nothing, 1 = long press done, 2..3 = corners tapped); for tests.
  int stage() const { return stage_; }
  // True on the frame a release belonged to the gesture: the app then ignores that touch, so
  // the long press does not also wake the attract loop, nor a corner tap press a button.
  bool consumed() const { return consumed_; }
  void reset() { *this = StaffGesture{}; }

 private:
  enum Corner { None = -1, TopLeft, TopRight, BottomRight, BottomLeft };
  static Corner cornerAt(float x, float y, float width, float height, float zone);

  bool wasDown_ = false;
  bool consumed_ = false;
  Corner pressCorner_ = None;
  double pressAt_ = 0.0;
  int stage_ = 0;         // 1 after the long press, +1 per corner tapped in order
  double armedAt_ = 0.0;  // when the long press ended: the pattern window starts
};

}  // namespace vitrine
