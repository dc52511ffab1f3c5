// The real platform: a GLFW window with an OpenGL 3 context and Dear ImGui's GLFW/GL3 backends.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>

#include <dlfcn.h>
#include <pthread.h>
#include <sys/syscall.h>
#include <unistd.h>

#include "platform.h"
#include "pointer_queue.h"

// Last: Xlib's macros (None, Status, Bool...) must not leak into the headers above.
#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>

namespace vitrine::platform {

// The process id getpid() answers from memory while a ProcessIdCache lives; 0: ask the kernel.
std::atomic<pid_t> gCachedProcessId{0};

namespace {

// Scopes the getpid() cache (see the end of this file) to the code that needs it.
class ProcessIdCache {
 public:
  ProcessIdCache() {
    gCachedProcessId.store(static_cast<pid_t>(syscall(SYS_getpid)), std::memory_order_relaxed);
  }
  ~ProcessIdCache() { gCachedProcessId.store(0, std::memory_order_relaxed); }
  ProcessIdCache(const ProcessIdCache&) = delete;
  ProcessIdCache& operator=(const ProcessIdCache&) = delete;
};

// The X server blanks the screen after 10 idle minutes by default, and a touch screen that went
// dark looks broken. Suspending the screen saver (and DPMS with it) lasts while we are connected;
// resetting its timer now and then also covers servers without the XScreenSaver extension.
constexpr double kScreenSaverResetSeconds = 30.0;

// Our own X connection (not GLFW's): the suspension lasts exactly as long as it stays open.
Display* suspendScreenSaver() {
  Display* display = XOpenDisplay(nullptr);
  if (!display) return nullptr;
  int eventBase = 0, errorBase = 0;
  if (XScreenSaverQueryExtension(display, &eventBase, &errorBase))
    XScreenSaverSuspend(display, True);
  XResetScreenSaver(display);
  XFlush(display);
  return display;
}

void resetScreenSaver(Display* display) {
  if (!display) return;
  XResetScreenSaver(display);
  XFlush(display);
}

// Lockdown filters, installed over Dear ImGui's own callbacks. Outside text entry no key means
// anything to the kiosk, so none is passed on; inside it, keys that could leave the app (Escape,
// F-keys, anything with Alt, Ctrl or Super such as Alt+F4 or Ctrl+W) are still dropped.
bool keyCouldEscape(int key, int mods) {
  return key == GLFW_KEY_ESCAPE || (key >= GLFW_KEY_F1 && key <= GLFW_KEY_F25) ||
         (mods & (GLFW_MOD_ALT | GLFW_MOD_SUPER | GLFW_MOD_CONTROL)) != 0;
}

void lockedKeyCallback(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (!ImGui::GetIO().WantTextInput || keyCouldEscape(key, mods)) return;
  ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void lockedCharCallback(GLFWwindow* window, unsigned int c) {
  if (ImGui::GetIO().WantTextInput) ImGui_ImplGlfw_CharCallback(window, c);
}

// Alt+F4 under a window manager, xkill-like tools, a WM_DELETE_WINDOW from anywhere: ignored.
void lockedCloseCallback(GLFWwindow* window) {
  glfwSetWindowShouldClose(window, GLFW_FALSE);
  std::fprintf(stderr, "vitrine: window close request ignored (lockdown)\n");
}

// GLFW reports why it failed only through this callback; keep the last reason for our message.
std::string gLastGlfwError;
void rememberGlfwError(int code, const char* description) {
  gLastGlfwError = std::to_string(code) + ": " + (description ? description : "?");
}

// Opening the window is mostly loading the GL driver: Mesa's driver and LLVM, tens of megabytes
// of code to map and relocate. A thread loads them while the app reads its pack and bakes its
// fonts, and glfwCreateWindow then finds them in place. Every Mesa DRI driver is one file under
// many names (hard links), so loading it under one name serves whichever GPU the machine has. A
// library that is missing costs nothing: the window loads what it needs as usual.
void preloadGlDriver() {
  dlopen("libGL.so.1", RTLD_LAZY | RTLD_LOCAL);  // as GLFW and libglvnd open them
  dlopen("libGLX_mesa.so.0", RTLD_LAZY | RTLD_LOCAL);
  dlopen(VITRINE_DRI_DIR "/swrast_dri.so", RTLD_NOW | RTLD_GLOBAL);  // as Mesa's loader does
}

// The pointer's events go to our queue as GLFW reports them, each press and release with its own
// position, after the backend's own callbacks (chained: they keep its state as it expects).
GLFWmousebuttonfun gBackendButton = nullptr;
GLFWcursorposfun gBackendCursor = nullptr;

PointerQueue& queueOf(GLFWwindow* window) {
  return *static_cast<PointerQueue*>(glfwGetWindowUserPointer(window));
}

void queueButton(GLFWwindow* window, int button, int action, int mods) {
  if (gBackendButton) gBackendButton(window, button, action, mods);
  if (button != GLFW_MOUSE_BUTTON_LEFT || action == GLFW_REPEAT) return;
  PointerQueue& queue = queueOf(window);
  // At the last position GLFW reported, in event order: glfwGetCursorPos would ask the X server
  // where the pointer is now, which is where a later move took it when taps queue up.
  if (queue.seen()) {
    queue.button(action == GLFW_PRESS);
    return;
  }
  double x = 0, y = 0;  // no move reported yet: the server's answer is all there is
  glfwGetCursorPos(window, &x, &y);
  queue.push(static_cast<float>(x), static_cast<float>(y), action == GLFW_PRESS);
}

void queueCursor(GLFWwindow* window, double x, double y) {
  if (gBackendCursor) gBackendCursor(window, x, y);
  queueOf(window).move(static_cast<float>(x), static_cast<float>(y));
}

class GlfwPlatform : public Platform {
 public:
  explicit GlfwPlatform(const Options& options) : options_(options) {
    glfwSetErrorCallback(rememberGlfwError);
    if (!glfwInit())
      throw std::runtime_error("GLFW could not start (is there a display?) — " + gLastGlfwError);
    driverLoader_ = std::thread(preloadGlDriver);
    monitor_ = options.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    width_ = options.width;
    height_ = options.height;
    if (monitor_) {  // borderless fullscreen at the monitor's current mode: no mode switch
      const GLFWvidmode* mode = glfwGetVideoMode(monitor_);
      width_ = mode->width;
      height_ = mode->height;
    }
    ImGui::CreateContext();
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
  }

  void openWindow() override {
    if (driverLoader_.joinable()) driverLoader_.join();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // A fullscreen window iconifies when it loses focus by default: that would show the desktop.
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    // ImGui draws flat layers in order: no depth or stencil buffer to allocate and clear.
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    if (monitor_) {
      const GLFWvidmode* mode = glfwGetVideoMode(monitor_);
      glfwWindowHint(GLFW_RED_BITS, mode->redBits);
      glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
      glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
      glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
    }
    {
      ProcessIdCache cache;  // GLFW reads every framebuffer configuration: 20,000 getpid() calls
      window_ = glfwCreateWindow(width_, height_, options_.title.c_str(), monitor_, nullptr);
    }
    if (!window_) throw std::runtime_error("could not create an OpenGL 3 window — " + gLastGlfwError);
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    if (options_.hideCursor) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    alphaFonts_ = glfwGetWindowAttrib(window_, GLFW_CONTEXT_VERSION_MAJOR) * 10 +
                          glfwGetWindowAttrib(window_, GLFW_CONTEXT_VERSION_MINOR) >= 33 ||
                  glfwExtensionSupported("GL_ARB_texture_swizzle");
    if (options_.lockdown) glfwSetWindowCloseCallback(window_, lockedCloseCallback);
    x11_ = suspendScreenSaver();
    lastScreenSaverReset_ = glfwGetTime();
  }

  ~GlfwPlatform() override {
    if (driverLoader_.joinable()) driverLoader_.join();
    if (fontTexture_) glDeleteTextures(1, &fontTexture_);
    if (imguiAttached_) {
      ImGui_ImplOpenGL3_Shutdown();
      ImGui_ImplGlfw_Shutdown();
    }
    ImGui::DestroyContext();
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
    if (x11_) XCloseDisplay(x11_);
  }

  bool waitForEvents(double timeoutSeconds) override {
    if (input_.pending()) timeoutSeconds = 0;  // queued taps still to hand over, one per frame
    if (timeoutSeconds > 0)  // bounded so the screen-saver timer is reset even when idle
      glfwWaitEventsTimeout(std::min(timeoutSeconds, kScreenSaverResetSeconds));
    else
      glfwPollEvents();
    if (glfwGetTime() - lastScreenSaverReset_ >= kScreenSaverResetSeconds) {
      resetScreenSaver(x11_);
      lastScreenSaverReset_ = glfwGetTime();
    }
    bool quit = glfwWindowShouldClose(window_);
    glfwSetWindowShouldClose(window_, GLFW_FALSE);  // the app decides; lockdown ignores it
    return !quit;
  }

  void wake() override { glfwPostEmptyEvent(); }

  void newFrame() override {
    if (!imguiAttached_) attachImGui();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    input_.feed(ImGui::GetIO());  // over the backend's once-a-frame pointer and folded clicks
    ImGui::NewFrame();
  }

  void render() override {
    ImGui::Render();
    drawLastFrame();
    glfwSwapBuffers(window_);
  }

  double now() const override { return glfwGetTime(); }

  TextureId reserveTexture() override {
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    return reinterpret_cast<TextureId>(static_cast<intptr_t>(tex));
  }

  void fillTexture(TextureId id, const Pixels& img) override {
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<intptr_t>(id)));
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, img.width, img.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 img.rgba);
  }

  void destroyTexture(TextureId id) override {
    GLuint tex = static_cast<GLuint>(reinterpret_cast<intptr_t>(id));
    glDeleteTextures(1, &tex);
  }

  // The font atlas is white glyphs on alpha: a one-channel texture read as (1, 1, 1, coverage)
  // takes a quarter of the memory of the backend's RGBA copy (4 MB instead of 16 at 2048²).
  void reloadFonts() override {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    if (fontTexture_) glDeleteTextures(1, &fontTexture_);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    if (alphaFonts_)
      atlas->GetTexDataAsAlpha8(&pixels, &w, &h);
    else
      atlas->GetTexDataAsRGBA32(&pixels, &w, &h);
    glGenTextures(1, &fontTexture_);
    glBindTexture(GL_TEXTURE_2D, fontTexture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (alphaFonts_) {
      const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
      glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
      glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    } else {
      glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    }
    atlas->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(fontTexture_)));
    atlas->ClearTexData();    // uploaded: the CPU copy is dead weight,
    atlas->ClearInputData();  // and so are the atlas's copies of the font files
  }

  bool readFrame(Frame& frame, std::string& error) override {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    if (w <= 0 || h <= 0) {
      error = "no framebuffer";
      return false;
    }
    frame.width = w;
    frame.height = h;
    frame.rgba.resize(static_cast<size_t>(w) * h * 4);
    std::vector<uint8_t> flipped(frame.rgba.size());
    // Redraw the last frame's draw lists into the back buffer: reading the front buffer after a
    // swap is undefined on many drivers.
    drawLastFrame();
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, flipped.data());
    size_t row = static_cast<size_t>(w) * 4;
    for (int y = 0; y < h; ++y)  // GL's origin is bottom-left
      std::copy_n(flipped.data() + (h - 1 - y) * row, row, frame.rgba.data() + y * row);
    return true;
  }

 private:
  // ImGui's backends join the window at the first frame, not in openWindow(): the app may still
  // be baking fonts on another thread then, and every ImGui allocation counts itself in the
  // shared ImGui context.
  void attachImGui() {
    imguiAttached_ = true;
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    // The pointer entered the window before the backend listened: without a focused window (no
    // window manager) the backend reads the pointer only once it knows that.
    if (glfwGetWindowAttrib(window_, GLFW_HOVERED)) ImGui_ImplGlfw_CursorEnterCallback(window_, 1);
    ImGui_ImplOpenGL3_Init("#version 130");
    // The backend's shaders now, without its font texture (a 4-byte-per-pixel copy of the atlas
    // the app may have baked already): reloadFonts() uploads the atlas itself, one byte per pixel
    // where the driver can swizzle. The backend makes its texture from a stand-in atlas instead.
    ImGuiIO& io = ImGui::GetIO();
    ImFontAtlas standIn, *fonts = io.Fonts;
    io.Fonts = &standIn;
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts = fonts;
    glfwSetWindowUserPointer(window_, &input_);
    gBackendButton = glfwSetMouseButtonCallback(window_, queueButton);
    gBackendCursor = glfwSetCursorPosCallback(window_, queueCursor);
    if (options_.lockdown) {  // after the backend's own callbacks, which these replace
      glfwSetKeyCallback(window_, lockedKeyCallback);
      glfwSetCharCallback(window_, lockedCharCallback);
    }
  }

  void drawLastFrame() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    // The screen's background is this clear, not a full-screen rectangle on top of it: a pass
    // over every pixel that software GL would pay for again (a third of a scrolling frame).
    const ImVec4& paper = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(paper.x, paper.y, paper.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (ImDrawData* data = ImGui::GetDrawData()) ImGui_ImplOpenGL3_RenderDrawData(data);
  }

  Options options_;
  std::thread driverLoader_;
  GLFWmonitor* monitor_ = nullptr;
  int width_ = 0, height_ = 0;  // the window's size, or the monitor's when fullscreen
  GLFWwindow* window_ = nullptr;
  bool imguiAttached_ = false;
  GLuint fontTexture_ = 0;
  bool alphaFonts_ = false;  // the driver can swizzle: the font atlas is uploaded as one channel
  double lastScreenSaverReset_ = 0.0;
  Display* x11_ = nullptr;  // keeps the screen saver suspended while open
  PointerQueue input_;
};

}  // namespace

std::unique_ptr<Platform> makeGlfwPlatform(const Options& options) {
  return std::make_unique<GlfwPlatform>(options);
}

}  // namespace vitrine::platform

// libglvnd, through which GLFW reaches the GL driver, checks for a fork with getpid() on every
// GLX call, and getpid() is a system call since glibc 2.25. Choosing the window's framebuffer
// configuration makes over 20,000 of them (GLFW reads each attribute of each of Mesa's
// configurations): 30 ms of the start, and 65 ms of CPU, on a VM where a system call costs a
// microsecond. The kiosk exports this getpid() (platform/CMakeLists.txt); it answers from memory
// only while a ProcessIdCache lives (the window's creation, on the main thread, before any other
// thread forks) and asks the kernel at every other moment, so no other code is told anything but
// the kernel's answer.
extern "C" pid_t getpid() noexcept {
  const pid_t cached = vitrine::platform::gCachedProcessId.load(std::memory_order_relaxed);
  return cached != 0 ? cached : static_cast<pid_t>(syscall(SYS_getpid));
}
