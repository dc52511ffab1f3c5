// The null platform: ImGui frames with a virtual clock and a queued virtual finger, nothing drawn.
#include "null_platform.h"

#include <imgui.h>

#include <algorithm>

namespace vitrine::platform {

NullPlatform::NullPlatform(int width, int height) : width_(width), height_(height) {
  ImGui::CreateContext();
  ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
}

NullPlatform::~NullPlatform() { ImGui::DestroyContext(); }

bool NullPlatform::waitForEvents(double timeoutSeconds) {
  // Nothing real to wait for: time jumps forward unless input is queued.
  if (queue_.empty() && !input_.pending() && timeoutSeconds > 0) {
    const double until = clock_ + timeoutSeconds;
    clock_ = raw_.empty() ? until : std::min(until, std::max(clock_, raw_.front().at));
  }
  return true;
}

void NullPlatform::newFrame() {
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(width_), static_cast<float>(height_));
  io.DeltaTime = lastFrame_ > 0 ? static_cast<float>(clock_ - lastFrame_) : 1.0f / 60.0f;
  if (io.DeltaTime <= 0) io.DeltaTime = 1.0f / 60.0f;
  lastFrame_ = clock_;
  if (!io.Fonts->IsBuilt() || io.Fonts->TexID == nullptr) reloadFonts();
  if (!queue_.empty()) {
    PointerEvent e = queue_.front();
    queue_.pop_front();
    io.MousePos = ImVec2(e.x, e.y);
    io.MouseDown[0] = e.down;
  } else {
    while (!raw_.empty() && raw_.front().at <= clock_) {
      const PointerEvent& e = raw_.front().e;
      input_.push(e.x, e.y, e.down);
      raw_.pop_front();
    }
    input_.feed(io);
  }
  ImGui::NewFrame();
}

void NullPlatform::render() {
  ImGui::Render();
  clock_ += 1.0 / 60.0;
}

TextureId NullPlatform::reserveTexture() {
  ++liveTextures_;
  return reinterpret_cast<TextureId>(nextTexture_++);
}

void NullPlatform::fillTexture(TextureId, const Pixels&) { ++filledTextures_; }

void NullPlatform::destroyTexture(TextureId id) {
  if (id) --liveTextures_;
}

void NullPlatform::reloadFonts() {
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(intptr_t{-1}));
  ImGui::GetIO().Fonts->ClearTexData();  // like the real platform: pixels live on the "GPU" only
}

bool NullPlatform::readFrame(Frame&, std::string& error) {
  error = "the null platform draws nothing";
  return false;
}

void NullPlatform::pointer(float x, float y, bool down) { queue_.push_back({x, y, down}); }

void NullPlatform::resize(int width, int height) {
  width_ = width;
  height_ = height;
  ImGui::GetIO().DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
}

}  // namespace vitrine::platform
