// Touch gestures on top of ImGui's pointer: tap vs drag, drag-to-scroll with inertia, a hit map.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace vitrine::ui {

class Touch {
 public:
  // Call once per frame before drawing. `scale` turns the drag threshold into pixels.
  void beginFrame(float scale, double now);

  // True while the current press has moved beyond the threshold: taps are then ignored.
  bool dragging() const { return dragging_; }
  bool fingerDown() const { return down_; }
  // A released ImGui button counts as a tap only if the finger did not drag.
  bool tap(bool releasedOnItem) const { return releasedOnItem && !dragging_ && !wasDragRelease_; }
  // Inside a child window: scroll it by dragging anywhere on it, with inertia after release.
  void scrollCurrentWindow();
  // Something is still moving (inertia): keep rendering at full rate.
  bool animating() const { return inertiaWindow_ != 0; }
  void cancel();

  // The modal layer. A dialog draws its controls between beginModal() and endModal(). While a
  // dialog shows, and for the whole touch that lands while it shows (press to release, even if
  // that press closes it), only controls inside the modal layer react: every widget asks
  // blocked() before it takes a touch, so nothing beneath a dialog is ever tapped through it.
  void beginModal() { inModal_ = modalDrawn_ = true; }
  void endModal() { inModal_ = false; }
  bool blocked() const { return !inModal_ && (modalShown_ || captured_); }
  bool modalShown() const { return modalShown_; }  // a dialog was on screen last frame

 private:
  bool down_ = false;
  bool dragging_ = false;
  bool wasDragRelease_ = false;
  ImVec2 pressPos_;
  float threshold_ = 14.0f;
  float velocityY_ = 0.0f;  // px per second, smoothed
  float dt_ = 1.0f / 60.0f;
  double lastTime_ = 0.0;
  ImGuiID pressedWindow_ = 0;  // the scroll region the press started in
  ImGuiID inertiaWindow_ = 0;
  bool inModal_ = false;     // drawing a dialog's controls now
  bool modalDrawn_ = false;  // a dialog was drawn this frame
  bool modalShown_ = false;  // ... last frame: what the finger saw when it touched
  bool captured_ = false;    // the current touch began on a dialog: it belongs to the dialog
  bool captureEnds_ = false;
};

// Where each named touch target was drawn this frame: the UI test driver taps by name.
class HitMap {
 public:
  void clear() { items_.clear(); }
  void add(std::string name, ImVec2 min, ImVec2 max) { items_.push_back({std::move(name), min, max}); }
  // Centre of the visible part of a target, if it was drawn this frame.
  std::optional<ImVec2> find(const std::string& name) const;
  std::vector<std::string> names() const;

 private:
  struct Item {
    std::string name;
    ImVec2 min, max;
  };
  std::vector<Item> items_;
};

}  // namespace vitrine::ui
