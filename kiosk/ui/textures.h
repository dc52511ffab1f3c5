// Pack images as GPU textures, decoded off the UI thread when first drawn, kept within a budget.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <list>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "image.h"
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
    bool opaque = false;  // known once decoded: nothing drawn behind it shows
    size_t bytes() const { return static_cast<size_t>(width) * height * 4; }
  };
  // Images are decoded by a worker thread, never by the frame that scrolls. On the first frame
  // of a screen, get() gives the texture at once (its pixels arrive before the frame is
  // rendered: endFrame), so a screen appears whole; on later frames (scrolling, prefetching)
  // null until the worker is done, and the app is woken then.
  const Entry* get(const std::string& imageId, ImageSize size = ImageSize::Detail);
  // Starts decoding an image a screen will draw soon (the first screen, while the window opens);
  // get() then finds it uploaded, or waits for it on a first frame as for any other.
  void prefetch(const std::string& imageId, ImageSize size = ImageSize::Detail);
  // Shows what the worker decoded meanwhile; a new screen drops the old one's unstarted decodes.
  void beginFrame(bool screenIsNew);
  void endFrame();  // before rendering: the screen's first frame waits for its images, helping
  size_t bytes() const { return bytes_; }
  bool pending() const { return !inFlight_.empty(); }  // asked for, not uploaded yet
  void waitForDecodes();  // everything asked for is uploaded (tests, screenshots)
  void clear();

 private:
  struct Job {
    std::string key;
    std::vector<uint8_t> bytes;
  };
  struct Decoded {
    std::string key;
    Image image;
    bool opaque = false;  // Image::opaque(), a scan of every pixel: done on the worker
  };
  struct Slot {
    Entry entry;
    uint64_t drawnIn = 0;  // frame_ when last asked for
  };
  std::vector<uint8_t> bytesOf(const std::string& imageId, ImageSize size) const;
  void enqueue(const std::string& key, std::vector<uint8_t> bytes);  // for the worker
  void work();                   // the worker thread
  bool decodeOne();              // takes one queued job, if any, on the calling thread
  void waitIdle();               // until no job is queued or being decoded
  void upload();                 // turns decoded images into textures
  void remember(const std::string& key, const Entry& e);
  void evictOverBudget();

  platform::Platform& platform_;
  const Pack* pack_;
  size_t byteBudget_, bytes_ = 0;
  uint64_t frame_ = 0;
  bool screenIsNew_ = false;
  int reservedThisFrame_ = 0;
  static constexpr int kFirstFrameImages = 32;  // beyond that, the rest arrive in later frames
  std::unordered_map<std::string, Slot> cache_;
  std::list<std::string> lru_;  // front = most recently used
  // key -> its texture if the frame drew it before its pixels (null: shown once uploaded)
  std::unordered_map<std::string, platform::TextureId> inFlight_;

  std::mutex mutex_;  // guards the four below
  std::condition_variable wake_;
  std::deque<Job> queue_;
  std::vector<Decoded> decoded_;
  int busy_ = 0;  // jobs being decoded right now
  bool stopping_ = false;
  std::thread worker_;
};

}  // namespace vitrine::ui
