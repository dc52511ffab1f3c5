// Career illustrations: PNG and JPEG decode, anything else or anything huge is refused, resizing
// fits.
#include <doctest.h>
#include <stb/stb_image_write.h>

#include "image.h"
#include "messages.h"

using namespace vitrine;

namespace {

// Decoder errors are editors' messages: asserted in English whatever the machine's locale.
const bool kEnglishMessages = (msg::setLanguage(msg::Lang::En), true);

Image checkerboard(int w, int h) {
  Image img;
  img.width = w;
  img.height = h;
  img.rgba.resize(static_cast<size_t>(w) * h * 4);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint8_t* p = &img.rgba[(static_cast<size_t>(y) * w + x) * 4];
      bool dark = ((x / 4) + (y / 4)) % 2 == 0;
      p[0] = dark ? 0x1F : 0xFB;
      p[1] = dark ? 0x5F : 0xF6;
      p[2] = dark ? 0x5B : 0xEE;
      p[3] = 0xFF;
    }
  return img;
}

void appendTo(void* ctx, void* data, int size) {
  auto* v = static_cast<std::vector<uint8_t>*>(ctx);
  v->insert(v->end(), static_cast<uint8_t*>(data), static_cast<uint8_t*>(data) + size);
}

}  // namespace

TEST_CASE("a PNG made by encodePng decodes to the same pixels") {
  Image src = checkerboard(40, 30);
  std::vector<uint8_t> png = encodePng(src);
  REQUIRE_FALSE(png.empty());
  std::string error;
  Image back = decodeImage(png, error);
  CHECK(error.empty());
  CHECK(back.width == 40);
  CHECK(back.height == 30);
  CHECK(back.rgba == src.rgba);
}

TEST_CASE("a JPEG decodes to RGBA at its size") {
  Image src = checkerboard(64, 48);
  std::vector<uint8_t> jpg;
  REQUIRE(stbi_write_jpg_to_func(appendTo, &jpg, 64, 48, 4, src.rgba.data(), 90));
  std::string error;
  Image back = decodeImage(jpg, error);
  CHECK(error.empty());
  CHECK(back.width == 64);
  CHECK(back.height == 48);
  CHECK(back.rgba.size() == 64u * 48u * 4u);
}

TEST_CASE("a GIF is refused even though stb_image could read it") {
  std::vector<uint8_t> gif = {'G', 'I', 'F', '8', '9',  'a',  1,    0,   1, 0, 0x80, 0,
                              0,   0,   0,   0,   0xFF, 0xFF, 0xFF, ',', 0, 0, 0,    0,
                              1,   0,   1,   0,   0,    2,    2,    'D', 1, 0, ';'};
  std::string error;
  Image img = decodeImage(gif, error);
  CHECK(img.empty());
  CHECK(error.find("PNG or JPEG") != std::string::npos);
}

TEST_CASE("a PNG header claiming 100000x100000 is refused before any allocation") {
  std::vector<uint8_t> png = encodePng(checkerboard(8, 8));
  REQUIRE(png.size() > 24);
  // IHDR width and height are big-endian at offsets 16 and 20.
  const uint32_t side = 100000;
  for (int off : {16, 20})
    for (int i = 0; i < 4; ++i) png[off + i] = static_cast<uint8_t>(side >> (24 - 8 * i));
  std::string error;
  Image img = decodeImage(png, error);
  CHECK(img.empty());
  CHECK(error.find("too large") != std::string::npos);
}

TEST_CASE("truncated and empty files give an error, not a crash") {
  std::vector<uint8_t> png = encodePng(checkerboard(32, 32));
  png.resize(40);
  std::string error;
  CHECK(decodeImage(png, error).empty());
  CHECK_FALSE(error.empty());
  CHECK(decodeImage({}, error).empty());
  CHECK_FALSE(error.empty());
}

TEST_CASE("fitWithin keeps the aspect ratio and never upscales") {
  Image wide = fitWithin(checkerboard(1920, 1080), 960, 640);
  CHECK(wide.width == 960);
  CHECK(wide.height == 540);
  CHECK(wide.rgba.size() == 960u * 540u * 4u);

  Image tall = fitWithin(checkerboard(600, 1200), 960, 640);
  CHECK(tall.width == 320);
  CHECK(tall.height == 640);

  Image small = fitWithin(checkerboard(300, 200), 960, 640);
  CHECK(small.width == 300);
  CHECK(small.height == 200);
}

TEST_CASE("an image is opaque only when every pixel has full alpha") {
  Image img = checkerboard(8, 8);
  CHECK(img.opaque());
  img.rgba[(5 * 8 + 6) * 4 + 3] = 254;  // one pixel barely see-through
  CHECK_FALSE(img.opaque());
  CHECK_FALSE(Image{}.opaque());  // nothing decoded hides nothing
}
