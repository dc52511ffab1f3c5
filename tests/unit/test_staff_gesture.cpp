// The hidden staff gesture: long press top-left, then top-right, bottom-right, bottom-left taps.
#include <doctest.h>

#include "staff_gesture.h"

using vitrine::StaffGesture;

namespace {

constexpr float W = 1920, H = 1080;

struct Finger {
  StaffGesture g;
  double t = 100.0;
  bool completed = false;
  float scale = 1.0f;
  // Press at (x, y), hold for `hold` seconds (sampled every frame), release.
  bool consumed = false;  // the last release belonged to the gesture
  void press(float x, float y, double hold = 0.1) {
    for (double held = 0; held <= hold; held += 1.0 / 60) {
      completed |= g.feed(x, y, true, t, W, H, scale);
      t += 1.0 / 60;
    }
    completed |= g.feed(x, y, false, t, W, H, scale);
    consumed = g.consumed();
    t += 0.3;
  }
  void wait(double s) {
    t += s;
    completed |= g.feed(W / 2, H / 2, false, t, W, H, scale);
  }
};

}  // namespace

TEST_CASE("long press top-left then the other corners clockwise opens staff mode") {
  Finger f;
  f.press(10, 10, 3.2);
  CHECK(f.g.stage() == 1);
  CHECK(f.consumed);  // the long press does not also count as a visitor's tap
  f.press(W - 10, 10);
  CHECK(f.consumed);
  f.press(W - 10, H - 10);
  CHECK_FALSE(f.completed);
  f.press(10, H - 10);
  CHECK(f.completed);
  CHECK(f.g.stage() == 0);
}

TEST_CASE("a short press in the corner is an ordinary touch") {
  Finger f;
  f.press(10, 10, 2.5);
  CHECK(f.g.stage() == 0);
  CHECK_FALSE(f.consumed);
  f.press(W - 10, 10);
  f.press(W - 10, H - 10);
  f.press(10, H - 10);
  CHECK_FALSE(f.completed);
}

TEST_CASE("corners in the wrong order, or a touch elsewhere, cancel the pattern") {
  Finger f;
  f.press(10, 10, 3.1);
  f.press(W - 10, H - 10);  // skipped top-right
  CHECK(f.g.stage() == 0);
  f.press(10, H - 10);
  CHECK_FALSE(f.completed);

  Finger g;
  g.press(10, 10, 3.1);
  g.press(W - 10, 10);
  g.press(W / 2, H / 2);  // a visitor touched the middle
  g.press(W - 10, H - 10);
  g.press(10, H - 10);
  CHECK_FALSE(g.completed);
}

TEST_CASE("the three corner taps must come within 10 seconds of the long press") {
  Finger f;
  f.press(10, 10, 3.1);
  f.press(W - 10, 10);
  f.wait(9.0);
  f.press(W - 10, H - 10);
  f.press(10, H - 10);
  CHECK_FALSE(f.completed);
}

TEST_CASE("the corner zone is 60 scale units: just outside it does not count") {
  Finger f;
  f.press(70, 10, 3.1);
  CHECK(f.g.stage() == 0);
  Finger big;  // on a 4K screen (scale 2) the zone is 120 px
  big.scale = 2.0f;
  big.press(100, 100, 3.1);
  CHECK(big.g.stage() == 1);
}

TEST_CASE("a swipe that starts in the corner and ends elsewhere is not a press in the corner") {
  Finger f;
  StaffGesture& g = f.g;
  g.feed(10, 10, true, 0.0, W, H, 1.0f);
  g.feed(400, 400, true, 2.0, W, H, 1.0f);
  g.feed(400, 400, false, 3.5, W, H, 1.0f);
  CHECK(g.stage() == 0);
}
