// Lazy image decoding in drawing order with an LRU cap on live textures.
#include "textures.h"

#include <algorithm>
#include <chrono>

#include "image.h"
#include "pack.h"

namespace vitrine::ui {

Textures::Textures(platform::Platform& platform, const Pack* pack, size_t budgetBytes)
    : platform_(platform), pack_(pack), byteBudget_(budgetBytes) {}

Textures::~Textures() { clear(); }

void Textures::clear() {
  for (auto& [name, slot] : cache_)
    if (slot.entry.id) platform_.destroyTexture(slot.entry.id);
  cache_.clear();
  lru_.clear();
  bytes_ = 0;
}

const Textures::Entry* Textures::get(const std::string& imageId, ImageSize size) {
  if (imageId.empty() || !pack_) return nullptr;
  // Both sizes of one image may be live (a grid card and its detail screen): one key each. An
  // image id is a file name, never a path, so "thumb/" cannot clash with one.
  const std::string key = size == ImageSize::Thumbnail ? "thumb/" + imageId : imageId;
  auto it = cache_.find(key);
  if (it != cache_.end()) {
    lru_.remove(key);
    lru_.push_front(key);
    it->second.drawnIn = frame_;
    return it->second.entry.id ? &it->second.entry : nullptr;
  }
  if (decoded_ > 0 && decodingSpent_ >= decodeBudget_) {
    pending_ = true;  // ask for another frame to decode the rest
    return nullptr;
  }
  const auto start = std::chrono::steady_clock::now();
  std::string error;
  Image img = decodeImage(
      size == ImageSize::Thumbnail ? pack_->thumbnailBytes(imageId) : pack_->imageBytes(imageId),
      error);
  decodingSpent_ += std::chrono::steady_clock::now() - start;
  ++decoded_;
  Entry e;
  if (!img.empty()) {
    e.id = platform_.createTexture(img);
    e.width = img.width;
    e.height = img.height;
  }
  // A broken image is remembered as empty so it is not decoded again every frame.
  cache_[key] = Slot{e, frame_};
  lru_.push_front(key);
  bytes_ += e.bytes();
  while (bytes_ > byteBudget_) {
    auto victim = cache_.find(lru_.back());
    if (victim->second.drawnIn == frame_) break;  // everything left is on screen now
    bytes_ -= victim->second.entry.bytes();
    if (victim->second.entry.id) platform_.destroyTexture(victim->second.entry.id);
    cache_.erase(victim);
    lru_.pop_back();
  }
  return e.id ? &cache_[key].entry : nullptr;
}

}  // namespace vitrine::ui
