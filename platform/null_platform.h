// A platform with no window and no GPU: runs the real UI code in tests, driven by a virtual finger.
#pragma once

#include <deque>

#include "platform.h"
#include "pointer_queue.h"

namespace vitrine::platform {

class NullPlatform : public Platform {
 public:
  NullPlatform(int width, int height);
  ~NullPlatform() override;

  void openWindow() override {}
  bool waitForEvents(double timeoutSeconds) override;
  void wake() override {}
  void newFrame() override;
  void render() override;
  double now() const override { return clock_; }
  TextureId reserveTexture() override;
  void fillTexture(TextureId id, const Pixels& rgba) override;
  void destroyTexture(TextureId id) override;
  void reloadFonts() override;
  bool readFrame(Frame& frame, std::string& error) override;

  // Virtual finger: each call is applied at the start of the next frame, one per frame.
  void pointer(float x, float y, bool down);
  // A window system's pointer, each event stamped with when it happens (on this clock): a frame
  // gets every event that arrived before it, the way the real window hands them over.
  void pointerAt(double at, float x, float y, bool down) { raw_.push_back({at, {x, y, down}}); }
  void advance(double seconds) { clock_ += seconds; }
  bool pendingInput() const { return !queue_.empty() || !raw_.empty() || input_.pending(); }
  int liveTextures() const { return liveTextures_; }
  int filledTextures() const { return filledTextures_; }  // fillTexture() calls so far
  void resize(int width, int height);

 private:
  struct PointerEvent {
    float x, y;
    bool down;
  };
  std::deque<PointerEvent> queue_;
  struct Stamped {
    double at;
    PointerEvent e;
  };
  std::deque<Stamped> raw_;  // not arrived yet
  PointerQueue input_;       // arrived, not yet handed to ImGui
  int width_, height_;
  double clock_ = 1000.0;
  double lastFrame_ = 0.0;
  int liveTextures_ = 0, filledTextures_ = 0;
  intptr_t nextTexture_ = 1;
};

}  // namespace vitrine::platform
