// Image decoding on a worker thread in drawing order, with an LRU cap on live textures.
#include "textures.h"

#include "pack.h"

namespace vitrine::ui {
namespace {

platform::Pixels pixelsOf(const Image& image) { return {image.width, image.height, image.rgba.data()}; }

}  // namespace

Textures::Textures(platform::Platform& platform, const Pack* pack, size_t budgetBytes)
    : platform_(platform), pack_(pack), byteBudget_(budgetBytes), worker_([this] { work(); }) {}

Textures::~Textures() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
    queue_.clear();
  }
  wake_.notify_all();
  worker_.join();
  clear();
}

void Textures::work() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (stopping_) return;
    lock.unlock();
    decodeOne();
    platform_.wake();  // the UI thread shows it on its next frame
    lock.lock();
  }
}

bool Textures::decodeOne() {
  Job job;
  {
    std::lock_guard lock(mutex_);
    if (queue_.empty()) return false;
    job = std::move(queue_.front());
    queue_.pop_front();
    ++busy_;
  }
  std::string error;
  Image image = decodeImage(job.bytes, error);  // a broken image stays empty
  const bool opaque = image.opaque();
  {
    std::lock_guard lock(mutex_);
    decoded_.push_back({std::move(job.key), std::move(image), opaque});
    --busy_;
  }
  wake_.notify_all();
  return true;
}

void Textures::waitIdle() {
  while (decodeOne()) {
  }  // the queue's rest, on this thread too
  std::unique_lock lock(mutex_);
  wake_.wait(lock, [this] { return busy_ == 0; });
}

void Textures::waitForDecodes() {
  waitIdle();
  upload();
}

void Textures::clear() {
  waitIdle();
  {
    std::lock_guard lock(mutex_);
    decoded_.clear();
  }
  inFlight_.clear();  // the textures drawn before their pixels are in the cache too
  for (auto& [name, slot] : cache_)
    if (slot.entry.id) platform_.destroyTexture(slot.entry.id);
  cache_.clear();
  lru_.clear();
  bytes_ = 0;
}

void Textures::beginFrame(bool screenIsNew) {
  screenIsNew_ = screenIsNew;
  reservedThisFrame_ = 0;
  ++frame_;
  if (screenIsNew) {  // what the last screen asked for and nobody started: not for this one
    std::lock_guard lock(mutex_);
    for (const Job& job : queue_) inFlight_.erase(job.key);
    queue_.clear();
  }
  upload();
}

void Textures::endFrame() {
  if (reservedThisFrame_ > 0) waitIdle();  // drawn before decoded: the pixels are needed now
  upload();
}

void Textures::upload() {
  std::vector<Decoded> done;
  {
    std::lock_guard lock(mutex_);
    done.swap(decoded_);
  }
  for (Decoded& d : done) {
    auto flight = inFlight_.find(d.key);
    if (flight == inFlight_.end()) continue;  // cleared meanwhile
    platform::TextureId reserved = flight->second;
    inFlight_.erase(flight);
    if (reserved) {  // already drawn: its pixels, or nothing to see for a broken image
      static const Image kNothing{1, 1, {0, 0, 0, 0}};  // one transparent pixel
      platform_.fillTexture(reserved, pixelsOf(d.image.empty() ? kNothing : d.image));  // no copy
      auto slot = cache_.find(d.key);
      if (slot == cache_.end()) continue;
      Entry& entry = slot->second.entry;
      entry.opaque = d.opaque;
      if (d.image.empty()) {
        bytes_ -= entry.bytes();
        entry.width = entry.height = 0;  // remembered as broken: not decoded again
      }
      continue;
    }
    Entry e;
    if (!d.image.empty()) {
      e.id = platform_.createTexture(pixelsOf(d.image));
      e.width = d.image.width;
      e.height = d.image.height;
      e.opaque = d.opaque;
    }
    remember(d.key, e);
  }
  evictOverBudget();
}

void Textures::remember(const std::string& key, const Entry& e) {
  cache_[key] = Slot{e, frame_};
  lru_.push_front(key);
  bytes_ += e.bytes();
}

void Textures::evictOverBudget() {
  while (bytes_ > byteBudget_ && !lru_.empty()) {
    auto victim = cache_.find(lru_.back());
    if (victim->second.drawnIn == frame_) break;  // everything left is on screen now
    bytes_ -= victim->second.entry.bytes();
    if (victim->second.entry.id) platform_.destroyTexture(victim->second.entry.id);
    cache_.erase(victim);
    lru_.pop_back();
  }
}

// Both sizes of one image may be live (a grid card and its detail screen): one key each. An
// image id is a file name, never a path, so "thumb/" cannot clash with one.
static std::string keyOf(const std::string& imageId, ImageSize size) {
  return size == ImageSize::Thumbnail ? "thumb/" + imageId : imageId;
}

std::vector<uint8_t> Textures::bytesOf(const std::string& imageId, ImageSize size) const {
  return size == ImageSize::Thumbnail ? pack_->thumbnailBytes(imageId) : pack_->imageBytes(imageId);
}

void Textures::enqueue(const std::string& key, std::vector<uint8_t> bytes) {
  {
    std::lock_guard lock(mutex_);
    queue_.push_back({key, std::move(bytes)});
  }
  wake_.notify_all();
}

void Textures::prefetch(const std::string& imageId, ImageSize size) {
  if (imageId.empty() || !pack_) return;
  const std::string key = keyOf(imageId, size);
  if (cache_.count(key) || inFlight_.count(key)) return;
  inFlight_[key] = nullptr;  // get() reserves its texture if the first frame comes before it
  enqueue(key, bytesOf(imageId, size));
}

const Textures::Entry* Textures::get(const std::string& imageId, ImageSize size) {
  if (imageId.empty() || !pack_) return nullptr;
  const std::string key = keyOf(imageId, size);
  auto it = cache_.find(key);
  if (it != cache_.end()) {
    lru_.remove(key);
    lru_.push_front(key);
    it->second.drawnIn = frame_;
    return it->second.entry.id && it->second.entry.width > 0 ? &it->second.entry : nullptr;
  }
  // Asked for by an earlier frame: on its way, unless a screen's first frame needs it now.
  auto flight = inFlight_.find(key);
  const bool asked = flight != inFlight_.end();
  const bool mayReserve = screenIsNew_ && reservedThisFrame_ < kFirstFrameImages;
  if (asked && (flight->second || !mayReserve)) return nullptr;
  std::vector<uint8_t> bytes = bytesOf(imageId, size);
  int width = 0, height = 0;
  std::string error;
  const bool drawNow = mayReserve && imageDimensions(bytes, width, height, error);
  platform::TextureId reserved = drawNow ? platform_.reserveTexture() : nullptr;
  inFlight_[key] = reserved;
  if (!asked) enqueue(key, std::move(bytes));
  if (!drawNow) return nullptr;
  ++reservedThisFrame_;
  remember(key, Entry{reserved, width, height});
  evictOverBudget();
  return &cache_[key].entry;
}

}  // namespace vitrine::ui
