// The image cache: real pack images decoded through stb_image, kept within a memory budget.
#include "pack.h"
#include "textures.h"
#include "ui_driver.h"

namespace {

using vitrine::Pack;
using vitrine::platform::NullPlatform;
using vitrine::ui::ImageSize;
using vitrine::ui::Textures;

std::vector<std::string> careerImages(const Pack& pack) {
  std::vector<std::string> ids;
  for (const auto& c : pack.catalogue().careers)
    if (!c.image.empty()) ids.push_back(c.image);
  return ids;
}

// The demo pack, its career illustrations, and a platform that counts textures.
struct Demo {
  std::unique_ptr<Pack> pack = Pack::open(vitrine::test::demoPack());
  std::vector<std::string> ids = careerImages(*pack);
  NullPlatform platform{1920, 1080};
};

}  // namespace

TEST_CASE("the first frame of a screen draws every image it asks for, pixels in before render") {
  Demo demo;
  const auto& ids = demo.ids;
  auto& platform = demo.platform;
  Textures textures(platform, demo.pack.get());
  textures.beginFrame(true);
  for (const auto& id : ids) {
    const auto* e = textures.get(id, ImageSize::Thumbnail);
    REQUIRE(e != nullptr);  // drawn in this very frame
    CHECK(e->width == 480);  // read from the header; decoding happens elsewhere
  }
  CHECK(platform.filledTextures() == 0);  // only names so far
  textures.endFrame();                    // what the renderer needs: every image's pixels
  CHECK(platform.filledTextures() == static_cast<int>(ids.size()));
  CHECK_FALSE(textures.pending());
}

TEST_CASE("browsing every image keeps the textures within their memory budget") {
  Demo demo;
  const auto& ids = demo.ids;
  auto& platform = demo.platform;
  REQUIRE(ids.size() >= 6);
  const size_t budget = 960 * 640 * 4 * 3;  // three detail images
  Textures textures(platform, demo.pack.get(), budget);
  for (const auto& id : ids) {  // one detail screen after another
    textures.beginFrame(true);
    const auto* e = textures.get(id, ImageSize::Detail);
    REQUIRE(e != nullptr);
    CHECK(e->width > 0);
    textures.endFrame();
    CHECK(textures.bytes() <= budget);
    CHECK(platform.liveTextures() <= 3);
  }
  // The most recent ones are still there: no decode, no new texture.
  const int live = platform.liveTextures(), filled = platform.filledTextures();
  textures.beginFrame(false);
  CHECK(textures.get(ids.back()) != nullptr);
  textures.endFrame();
  CHECK(platform.liveTextures() == live);
  CHECK(platform.filledTextures() == filled);
}

TEST_CASE("what the current frame draws stays even over the budget, and goes once off screen") {
  Demo demo;
  const auto& ids = demo.ids;
  auto& platform = demo.platform;
  Textures textures(platform, demo.pack.get(), 1000);  // smaller than any image
  textures.beginFrame(true);
  CHECK(textures.get(ids[0]) != nullptr);
  CHECK(textures.get(ids[0]) != nullptr);  // asked twice in one frame: still there
  textures.endFrame();
  CHECK(platform.liveTextures() == 1);
  textures.beginFrame(true);
  CHECK(textures.get(ids[1]) != nullptr);
  textures.endFrame();
  CHECK(platform.liveTextures() == 1);  // the first one left when it was no longer drawn
}

TEST_CASE("scrolling frames never wait for a decode: images show on a later frame") {
  Demo demo;
  const auto& ids = demo.ids;
  auto& platform = demo.platform;
  Textures textures(platform, demo.pack.get());
  textures.beginFrame(false);
  for (const auto& id : ids) CHECK(textures.get(id, ImageSize::Thumbnail) == nullptr);
  CHECK(textures.pending());  // the app keeps an eye open for them
  textures.endFrame();        // returns without them
  textures.waitForDecodes();  // (the worker finishes; the app would be woken)
  textures.beginFrame(false);
  size_t ready = 0;
  for (const auto& id : ids) ready += textures.get(id, ImageSize::Thumbnail) != nullptr;
  CHECK(ready == ids.size());
  CHECK_FALSE(textures.pending());
  CHECK(platform.liveTextures() == static_cast<int>(ids.size()));
}

TEST_CASE("a new screen does not wait for the images the last one was still waiting for") {
  Demo demo;
  REQUIRE(demo.ids.size() >= 6);
  Textures textures(demo.platform, demo.pack.get());
  textures.beginFrame(false);  // a grid scrolls: every thumbnail is asked for
  for (const auto& id : demo.ids) textures.get(id, ImageSize::Thumbnail);
  textures.endFrame();
  textures.beginFrame(true);  // a tap: the detail screen and its one image
  const int before = demo.platform.filledTextures();  // thumbnails already decoded, if any
  REQUIRE(textures.get(demo.ids.front(), ImageSize::Detail) != nullptr);
  textures.endFrame();
  // Its image, and at most the one thumbnail the worker had started: not the whole grid.
  CHECK(demo.platform.filledTextures() - before <= 2);
  textures.waitForDecodes();
  CHECK_FALSE(textures.pending());
}

TEST_CASE("images decoded before the window opens are on the first frame, each decoded once") {
  Demo demo;
  REQUIRE(demo.ids.size() >= 2);
  Textures textures(demo.platform, demo.pack.get());
  // The first screen's two illustrations start decoding while the window would open; the
  // first frame may come before, during or after their decode.
  textures.prefetch(demo.ids[0]);
  textures.prefetch(demo.ids[1]);
  textures.prefetch(demo.ids[0]);  // asked twice: still one decode
  textures.beginFrame(true);
  for (int i = 0; i < 2; ++i) REQUIRE(textures.get(demo.ids[i]) != nullptr);
  textures.endFrame();
  CHECK(demo.platform.filledTextures() == 2);
  CHECK(demo.platform.liveTextures() == 2);
  CHECK_FALSE(textures.pending());
}
