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
  // Decodes new images in drawing order; null until ready. On the first frame of a screen it
  // goes on until kDecodeBudget is spent, so the screen usually appears whole (a frame costs far
  // more than a decode under software GL); on later frames (scrolling) one image per frame, so
  // that they stay smooth.
  const Entry* get(const std::string& imageId, ImageSize size = ImageSize::Detail);
  void beginFrame(bool screenIsNew) {
    budget_ = screenIsNew ? kDecodeBudget : std::chrono::steady_clock::duration::zero();
    decodingSpent_ = {};
    decoded_ = 0;
    pending_ = false;
  }
  bool pending() const { return pending_; }
  void clear();

 private:
  platform::Platform& platform_;
  const Pack* pack_;
  size_t max_;
  static constexpr std::chrono::milliseconds kDecodeBudget{12};
  std::chrono::steady_clock::duration budget_{}, decodingSpent_{};
  int decoded_ = 0;
  bool pending_ = false;
  std::unordered_map<std::string, Entry> cache_;
  std::list<std::string> lru_;  // front = most recently used
};

}  // namespace vitrine::ui
