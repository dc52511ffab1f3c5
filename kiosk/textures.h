// Pack images as GPU textures, decoded lazily when first drawn and kept within a budget.
#pragma once

#include <chrono>
#include <cstdint>
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
  // Textures live within `budgetBytes` of pixels (4 bytes each), least recently drawn out first;
  // the ones this frame draws always stay.
  Textures(platform::Platform& platform, const Pack* pack, size_t budgetBytes = 24u << 20);
  ~Textures();
  Textures(const Textures&) = delete;
  Textures& operator=(const Textures&) = delete;

  struct Entry {
    platform::TextureId id = nullptr;
    int width = 0, height = 0;
    size_t bytes() const { return static_cast<size_t>(width) * height * 4; }
  };
  // Decodes new images in drawing order; null until ready. On the first frame of a screen it
  // goes on until kDecodeBudget is spent, so the screen usually appears whole (a frame costs far
  // more than a decode under software GL); on later frames (scrolling) one image per frame, so
  // that they stay smooth.
  const Entry* get(const std::string& imageId, ImageSize size = ImageSize::Detail);
  void beginFrame(bool screenIsNew) {
    decodeBudget_ = screenIsNew ? kDecodeBudget : std::chrono::steady_clock::duration::zero();
    decodingSpent_ = {};
    decoded_ = 0;
    pending_ = false;
    ++frame_;
  }
  size_t bytes() const { return bytes_; }
  bool pending() const { return pending_; }
  void clear();

 private:
  platform::Platform& platform_;
  const Pack* pack_;
  size_t byteBudget_, bytes_ = 0;
  uint64_t frame_ = 0;
  static constexpr std::chrono::milliseconds kDecodeBudget{12};
  std::chrono::steady_clock::duration decodeBudget_{}, decodingSpent_{};
  int decoded_ = 0;
  bool pending_ = false;
  struct Slot {
    Entry entry;
    uint64_t drawnIn = 0;  // frame_ when last asked for
  };
  std::unordered_map<std::string, Slot> cache_;
  std::list<std::string> lru_;  // front = most recently used
};

}  // namespace vitrine::ui
