// libFuzzer: image bytes through our own wrapper (signature gate, header size check, then our
// PNG/JPEG-only stb_image), and the resize the builder applies.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "image.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<uint8_t> bytes(data, data + size);
  std::string error;
  int w = 0, h = 0;
  const bool sized = vitrine::imageDimensions(bytes, w, h, error);
  vitrine::Image img = vitrine::decodeImage(bytes, error);
  if (!img.empty()) {
    if (!sized || img.width != w || img.height != h) __builtin_trap();  // header told the truth
    if (img.rgba.size() != static_cast<size_t>(img.width) * img.height * 4) __builtin_trap();
    vitrine::fitWithin(img, 64, 64);
  }
  return 0;
}
