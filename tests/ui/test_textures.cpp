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

}  // namespace

TEST_CASE("browsing every image keeps the textures within their memory budget") {
  auto pack = Pack::open(vitrine::test::demoPack());
  const auto ids = careerImages(*pack);
  REQUIRE(ids.size() >= 6);
  NullPlatform platform(1920, 1080);
  const size_t budget = 960 * 640 * 4 * 3;  // three detail images
  Textures textures(platform, pack.get(), budget);
  for (const auto& id : ids) {
    textures.beginFrame(false);
    const auto* e = textures.get(id, ImageSize::Detail);
    REQUIRE(e != nullptr);  // the frame that asks for an image gets it
    CHECK(e->width > 0);
    CHECK(textures.bytes() <= budget);
    CHECK(platform.liveTextures() <= 3);
  }
  // The most recent ones are still there: no decode, no new texture.
  const int live = platform.liveTextures();
  textures.beginFrame(false);
  CHECK(textures.get(ids.back()) != nullptr);
  CHECK(platform.liveTextures() == live);
}

TEST_CASE("what the current frame draws stays even over the budget, and goes once off screen") {
  auto pack = Pack::open(vitrine::test::demoPack());
  const auto ids = careerImages(*pack);
  NullPlatform platform(1920, 1080);
  Textures textures(platform, pack.get(), 1000);  // smaller than any image
  textures.beginFrame(false);
  CHECK(textures.get(ids[0]) != nullptr);
  CHECK(textures.get(ids[0]) != nullptr);  // asked twice in one frame: still there
  CHECK(platform.liveTextures() == 1);
  textures.beginFrame(false);
  CHECK(textures.get(ids[1]) != nullptr);
  CHECK(platform.liveTextures() == 1);  // the first one left when it was no longer drawn
}

TEST_CASE("a scrolling frame decodes one new image and asks for another frame") {
  auto pack = Pack::open(vitrine::test::demoPack());
  const auto ids = careerImages(*pack);
  NullPlatform platform(1920, 1080);
  Textures textures(platform, pack.get());
  for (size_t frame = 1; frame <= 3; ++frame) {
    textures.beginFrame(false);
    size_t ready = 0;
    for (const auto& id : ids) ready += textures.get(id, ImageSize::Thumbnail) != nullptr;
    CHECK(ready == frame);
    CHECK(textures.pending());
  }
}
