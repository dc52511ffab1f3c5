// The real platform: a GLFW window with an OpenGL 3 context and Dear ImGui's GLFW/GL3 backends.
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "image.h"
#include "platform.h"

namespace vitrine::platform {
namespace {

class GlfwPlatform : public Platform {
 public:
  explicit GlfwPlatform(const Options& options) {
    if (!glfwInit()) throw std::runtime_error("GLFW could not start (is there a display?)");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWmonitor* monitor = options.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int w = options.width, h = options.height;
    if (monitor) {
      // Borderless fullscreen at the monitor's current mode: no mode switch, no flicker.
      const GLFWvidmode* mode = glfwGetVideoMode(monitor);
      glfwWindowHint(GLFW_RED_BITS, mode->redBits);
      glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
      glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
      glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
      w = mode->width;
      h = mode->height;
    }
    window_ = glfwCreateWindow(w, h, options.title.c_str(), monitor, nullptr);
    if (!window_) {
      glfwTerminate();
      throw std::runtime_error("could not create an OpenGL 3 window");
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);
    if (options.hideCursor) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    ImGui::CreateContext();
    ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(w), static_cast<float>(h));
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 130");
  }

  ~GlfwPlatform() override {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
  }

  bool waitForEvents(double timeoutSeconds) override {
    if (timeoutSeconds > 0)
      glfwWaitEventsTimeout(timeoutSeconds);
    else
      glfwPollEvents();
    bool quit = glfwWindowShouldClose(window_);
    glfwSetWindowShouldClose(window_, GLFW_FALSE);  // the app decides; lockdown ignores it
    return !quit;
  }

  void newFrame() override {
    ImGui_ImplOpenGL3_NewFrame();
    if (!started_) ImGui::GetIO().Fonts->ClearTexData();  // uploaded: the CPU copy is dead weight
    started_ = true;
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
  }

  void render() override {
    ImGui::Render();
    drawLastFrame();
    glfwSwapBuffers(window_);
  }

  double now() const override { return glfwGetTime(); }

  TextureId createTexture(const Image& img) override {
    GLuint tex = 0;
    glGenTextures(1, &tex);
    glBindTexture(GL_TEXTURE_2D, tex);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, img.width, img.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
                 img.rgba.data());
    return reinterpret_cast<TextureId>(static_cast<intptr_t>(tex));
  }

  void destroyTexture(TextureId id) override {
    GLuint tex = static_cast<GLuint>(reinterpret_cast<intptr_t>(id));
    glDeleteTextures(1, &tex);
  }

  void reloadFonts() override {
    if (!started_) return;  // the backend's first NewFrame uploads the atlas itself
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    ImGui::GetIO().Fonts->ClearTexData();
  }

  bool saveScreenshot(const std::filesystem::path& file, std::string& error) override {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    Image img;
    img.width = w;
    img.height = h;
    img.rgba.resize(static_cast<size_t>(w) * h * 4);
    std::vector<uint8_t> flipped(img.rgba.size());
    // Redraw the last frame's draw lists into the back buffer: reading the front buffer after a
    // swap is undefined on many drivers.
    drawLastFrame();
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, flipped.data());
    size_t row = static_cast<size_t>(w) * 4;
    for (int y = 0; y < h; ++y)  // GL's origin is bottom-left
      std::copy_n(flipped.data() + (h - 1 - y) * row, row, img.rgba.data() + y * row);
    std::vector<uint8_t> png = encodePng(img);
    std::ofstream out(file, std::ios::binary);
    out.write(reinterpret_cast<const char*>(png.data()), static_cast<std::streamsize>(png.size()));
    if (!out) {
      error = "cannot write " + file.string();
      return false;
    }
    return true;
  }

 private:
  void drawLastFrame() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.984f, 0.965f, 0.933f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (ImDrawData* data = ImGui::GetDrawData()) ImGui_ImplOpenGL3_RenderDrawData(data);
  }

  GLFWwindow* window_ = nullptr;
  bool started_ = false;
};

}  // namespace

std::unique_ptr<Platform> makeGlfwPlatform(const Options& options) {
  return std::make_unique<GlfwPlatform>(options);
}

}  // namespace vitrine::platform
