// Pack images as GPU textures, decoded lazily when first drawn and kept within a budget.
#pragma once

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
  // Decodes at most one new image per frame so that scrolling never stalls; null until ready.
  const Entry* get(const std::string& imageId, ImageSize size = ImageSize::Detail);
  void beginFrame() {
    decodedThisFrame_ = 0;
    pending_ = false;
  }
  bool pending() const { return pending_; }
  void clear();

 private:
  platform::Platform& platform_;
  const Pack* pack_;
  size_t max_;
  int decodedThisFrame_ = 0;
  bool pending_ = false;
  std::unordered_map<std::string, Entry> cache_;
  std::list<std::string> lru_;  // front = most recently used
};

}  // namespace vitrine::ui
