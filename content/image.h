// Decoding PNG/JPEG with stb_image (bounded, no GIF/TGA/HDR), resizing, and PNG encoding.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace vitrine {

inline constexpr int kMaxImageSide = 8192;  // refuse before allocating anything bigger

struct Image {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> rgba;  // width * height * 4
  bool empty() const { return rgba.empty(); }
  bool opaque() const;  // every pixel has full alpha: whatever is drawn behind it is hidden
};

// Returns an empty Image and sets `error` (in the editor's words) on anything that is not a sane
// PNG or JPEG. A JPEG's EXIF orientation is applied: a phone photo comes out the right way up.
Image decodeImage(const std::vector<uint8_t>& bytes, std::string& error);
// The size a PNG or JPEG header declares, if decodeImage() would try it (no pixel decoded).
bool imageDimensions(const std::vector<uint8_t>& bytes, int& width, int& height,
                     std::string& error);
// Turns `src` as EXIF orientation 1..8 says (6: a quarter turn clockwise); other values: as is.
Image orient(const Image& src, int orientation);
// Scales down (never up) so that the image fits in maxW x maxH, keeping the aspect ratio.
Image fitWithin(const Image& src, int maxW, int maxH);
std::vector<uint8_t> encodePng(const Image& img);

}  // namespace vitrine
