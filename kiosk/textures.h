// Pack images as GPU textures, decoded lazily when first drawn and kept within a budget.
#pragma once

#include <chrono>
#include <list>
#include <string>
#include <unordered_map>

#include "platform.h"

namespace vitrine {
class Pack;
}

namespace vitrine::ui {

// Grid cards draw the pack's thumbnail; detail screens and big tiles the detail image.
enum class ImageSize { Detail, Thumbnail };

class Textures {
 public:
  Textures(platform::Platform& platform, const Pack* pack, size_t maxTextures = 48);
  ~Textures();
  Textures(const Textures&) = delete;
  Textures& operator=(const Textures&) = delete;

  struct Entry {
    platform::TextureId id = nullptr;
    int width = 0, height = 0;
  };
  // Decodes new images in drawing order until this frame has spent kDecodeBudget on them (at
  // least one), so that a screen usually appears whole and scrolling never stalls; null until
  // ready.
  const Entry* get(const std::string& imageId, ImageSize size = ImageSize::Detail);
  void beginFrame() {
    decodingSpent_ = {};
    pending_ = false;
  }
  bool pending() const { return pending_; }
  void clear();

 private:
  platform::Platform& platform_;
  const Pack* pack_;
  size_t max_;
  static constexpr std::chrono::milliseconds kDecodeBudget{12};
  std::chrono::steady_clock::duration decodingSpent_{};
  bool pending_ = false;
  std::unordered_map<std::string, Entry> cache_;
  std::list<std::string> lru_;  // front = most recently used
};

}  // namespace vitrine::ui
