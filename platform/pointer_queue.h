// The pointer's presses, releases and moves, each with its own position, handed to Dear ImGui
// at most one button transition per frame: ImGui 1.86 reads one position and one button state
// per frame, so two taps within a frame would otherwise fold into one, or land where the
// pointer was when the frame began (what ImGui 1.87+ does itself with its input queue).
#pragma once

#include <deque>

struct ImGuiIO;

namespace vitrine::platform {

class PointerQueue {
 public:
  void move(float x, float y);
  void button(bool down);  // at the last position moved to
  void push(float x, float y, bool down) {
    move(x, y);
    button(down);
  }
  bool pending() const { return !events_.empty(); }
  bool seen() const { return seen_; }  // any event ever: until then the backend's pointer stands
  // Moves io.MousePos and io.MouseDown[0] along the queue: every move up to the next press or
  // release, that transition at its own position, and nothing after it (the next frame's).
  void feed(ImGuiIO& io);

 private:
  struct Event {
    float x, y;
    bool down;
    bool transition;  // a press or a release; otherwise a move
  };
  std::deque<Event> events_;
  float x_ = -1.0f, y_ = -1.0f;  // the last queued state (what the next event starts from)
  bool down_ = false;
  float fedX_ = -1.0f, fedY_ = -1.0f;  // the last state handed to ImGui
  bool fedDown_ = false;
  bool seen_ = false;
};

}  // namespace vitrine::platform
