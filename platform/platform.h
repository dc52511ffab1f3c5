// The small interface between the kiosk app and the window system (GLFW + GL, or none for tests).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace vitrine {
}

namespace vitrine::platform {

using TextureId = void*;  // ImTextureID is void* in Dear ImGui 1.86

// RGBA pixels, 4 bytes each, row-major: what a texture is filled from (a view, not a copy).
struct Pixels {
  int width = 0, height = 0;
  const uint8_t* rgba = nullptr;
};

// A frame read back from the screen: RGBA, top row first.
struct Frame {
  int width = 0, height = 0;
  std::vector<uint8_t> rgba;
};

struct Options {
  bool fullscreen = true;
  int width = 1920;   // window size when not fullscreen
  int height = 1080;
  bool hideCursor = false;
  // Kiosk lockdown: window close requests and keys that could leave the app are ignored.
  bool lockdown = false;
  std::string title = "Vitrine";
};

// A platform owns the Dear ImGui context for its lifetime.
class Platform {
 public:
  virtual ~Platform() = default;

  // Opens the window; nothing is drawn before. Until then the ImGui context and the display
  // size exist, so the app can load its content meanwhile. It touches no ImGui state (the
  // backends join at the first newFrame()): the app's fonts may bake on another thread during it.
  virtual void openWindow() = 0;

  // Sleeps until input arrives or `timeoutSeconds` pass (0 = just poll). False once the window
  // system asks to quit (the kiosk decides whether to honour it).
  virtual bool waitForEvents(double timeoutSeconds) = 0;
  // Ends a waitForEvents() early. Safe to call from any thread.
  virtual void wake() = 0;
  // Feeds display size, time and input to ImGui, then calls ImGui::NewFrame().
  virtual void newFrame() = 0;
  // ImGui::Render() and presents the frame.
  virtual void render() = 0;
  virtual double now() const = 0;  // seconds, monotonic

  // A texture name to draw with now; its pixels come with fillTexture() before the frame renders.
  virtual TextureId reserveTexture() = 0;
  virtual void fillTexture(TextureId id, const Pixels& rgba) = 0;
  TextureId createTexture(const Pixels& rgba) {
    TextureId id = reserveTexture();
    fillTexture(id, rgba);
    return id;
  }
  virtual void destroyTexture(TextureId id) = 0;
  // Must be called after ImGui's font atlas changed (e.g. text size switch).
  virtual void reloadFonts() = 0;
  // The last presented frame, top row first; false with `error` set when there is none.
  virtual bool readFrame(Frame& frame, std::string& error) = 0;
};

// A real window with an OpenGL 3 context (platform_glfw), once openWindow() is called; the GL
// driver starts loading on a thread right away. Both throw std::runtime_error on failure.
std::unique_ptr<Platform> makeGlfwPlatform(const Options& options);

}  // namespace vitrine::platform
