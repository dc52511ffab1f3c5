// A platform with no window and no GPU: runs the real UI code in tests, driven by a virtual finger.
#pragma once

#include <deque>

#include "platform.h"

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
  void advance(double seconds) { clock_ += seconds; }
  bool pendingInput() const { return !queue_.empty(); }
  int liveTextures() const { return liveTextures_; }
  int filledTextures() const { return filledTextures_; }  // fillTexture() calls so far
  void resize(int width, int height);

 private:
  struct PointerEvent {
    float x, y;
    bool down;
  };
  std::deque<PointerEvent> queue_;
  int width_, height_;
  double clock_ = 1000.0;
  double lastFrame_ = 0.0;
  int liveTextures_ = 0, filledTextures_ = 0;
  intptr_t nextTexture_ = 1;
};

}  // namespace vitrine::platform
