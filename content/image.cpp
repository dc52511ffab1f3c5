// PNG/JPEG decoding through stb_image with our own format and size gates, resizing, PNG encoding.
#include "image.h"

#include <stb/stb_image_resize.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <memory>

#include "messages.h"
#include "stb_image_impl.h"

namespace vitrine {
namespace {

// stb_image also parses GIF, TGA, PSD, HDR, PIC and PNM, where most of its known flaws live: we
// only let PNG and JPEG reach it, recognised by their signatures rather than by the file name.
bool isPng(const std::vector<uint8_t>& b) {
  static constexpr uint8_t sig[] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  return b.size() >= sizeof sig && std::equal(std::begin(sig), std::end(sig), b.begin());
}

bool isJpeg(const std::vector<uint8_t>& b) {
  return b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
}

uint32_t be16(const std::vector<uint8_t>& b, size_t at) {
  return (uint32_t{b[at]} << 8) | b[at + 1];
}
uint32_t be32(const std::vector<uint8_t>& b, size_t at) {
  return (be16(b, at) << 16) | be16(b, at + 2);
}

// Declared size read straight from the header. stb_image has its own limits, but when a header
// trips them stbi_info just answers "unknown image type", which would not tell the editor why.
bool declaredSize(const std::vector<uint8_t>& b, uint32_t& w, uint32_t& h) {
  if (isPng(b)) {
    if (b.size() < 24) return false;
    w = be32(b, 16);  // IHDR is always the first chunk
    h = be32(b, 20);
    return true;
  }
  for (size_t i = 2; i + 9 < b.size();) {  // JPEG: walk the markers up to the frame header
    if (b[i] != 0xFF) return false;
    uint8_t m = b[i + 1];
    if (m == 0xFF) {
      ++i;  // fill byte
      continue;
    }
    if (m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC) {
      h = be16(b, i + 5);
      w = be16(b, i + 7);
      return true;
    }
    i += 2 + be16(b, i + 2);
  }
  return false;
}

// stb_image's reasons ("outofdata", "expected marker", "bad huffman code"...) mean nothing to an
// editor: a file cut short or damaged, or a variant stb does not read.
std::string plainReason(const char* reason) {
  std::string r = reason ? reason : "";
  for (const char* unsupported : {"unsupported", "not supported", "only 8-bit", "bad bits"})
    if (r.find(unsupported) != std::string::npos) return tr(M::image_unsupported);
  return tr(M::image_damaged);
}

uint32_t rd16(const uint8_t* p, bool le) {
  return le ? (p[0] | (uint32_t{p[1]} << 8)) : ((uint32_t{p[0]} << 8) | p[1]);
}
uint32_t rd32(const uint8_t* p, bool le) {
  return le ? (rd16(p, true) | (rd16(p + 2, true) << 16))
            : ((rd16(p, false) << 16) | rd16(p + 2, false));
}

// The EXIF Orientation tag (1..8) of a JPEG, 1 when absent: phones store photos as the sensor
// saw them and record how to turn them here.
int exifOrientation(const std::vector<uint8_t>& b) {
  for (size_t i = 2; i + 4 <= b.size();) {
    if (b[i] != 0xFF) return 1;
    uint8_t m = b[i + 1];
    if (m == 0xFF) {
      ++i;
      continue;
    }
    if (m == 0xDA || m == 0xD9) return 1;  // image data: no EXIF before it
    size_t len = be16(b, i + 2);
    size_t seg = i + 4, end = i + 2 + len;
    if (len < 2 || end > b.size()) return 1;
    if (m == 0xE1 && end - seg >= 14 && std::memcmp(&b[seg], "Exif\0\0", 6) == 0) {
      const uint8_t* tiff = &b[seg + 6];
      size_t size = end - seg - 6;
      bool le = tiff[0] == 'I';
      if (!(le || tiff[0] == 'M') || rd16(tiff + 2, le) != 42) return 1;
      size_t ifd = rd32(tiff + 4, le);
      if (ifd + 2 > size) return 1;
      size_t n = rd16(tiff + ifd, le);
      for (size_t k = 0; k < n && ifd + 2 + 12 * (k + 1) <= size; ++k) {
        const uint8_t* e = tiff + ifd + 2 + 12 * k;
        if (rd16(e, le) == 0x0112) {
          uint32_t v = rd16(e + 8, le);
          return v >= 1 && v <= 8 ? static_cast<int>(v) : 1;
        }
      }
      return 1;
    }
    i = end;
  }
  return 1;
}

// Which Huffman tables a JPEG has defined so far: [class: 0 DC, 1 AC][id 0..3].
using HuffmanDefined = bool[2][4];

// One DHT segment's payload [p, end): every Huffman table stb_image 2.27 would build from it is
// sane. Debian's 2.27 trusts these (fixed upstream in 2.28): more than 256 codes overflow its
// tables, over-full code lengths and DC sizes above 15 send its decoder out of bounds.
bool huffmanTablesSane(const std::vector<uint8_t>& b, size_t p, size_t end,
                       HuffmanDefined& defined) {
  while (p < end) {
    const unsigned tc = b[p] >> 4, th = b[p] & 15;
    if (tc > 1 || th > 3 || p + 17 > end) return false;
    size_t n = 0, code = 0;
    for (size_t len = 1; len <= 16; ++len) {
      n += b[p + len];
      code += b[p + len];
      if (code > (size_t{1} << len)) return false;  // more codes of this length than exist
      code <<= 1;
    }
    if (n == 0 || n > 256 || p + 17 + n > end) return false;
    if (tc == 0)
      for (size_t i = 0; i < n; ++i)
        if (b[p + 17 + i] > 15) return false;  // a DC difference is at most 15 bits
    defined[tc][th] = true;
    p += 17 + n;
  }
  return true;
}

// A scan header [p, end) only names tables defined before it (2.27 decodes with an empty one).
bool scanTablesDefined(const std::vector<uint8_t>& b, size_t p, size_t end, bool progressive,
                       const HuffmanDefined& defined) {
  if (p >= end) return false;
  const size_t n = b[p];
  if (n < 1 || n > 4 || p + 1 + 2 * n + 3 > end) return false;
  const uint8_t ss = b[p + 1 + 2 * n];
  for (size_t i = 0; i < n; ++i) {
    const unsigned td = b[p + 2 + 2 * i] >> 4, ta = b[p + 2 + 2 * i] & 15;
    if (td > 3 || ta > 3) return false;
    const bool dc = !progressive || ss == 0, ac = !progressive || ss > 0;
    if ((dc && !defined[0][td]) || (ac && !defined[1][ta])) return false;
  }
  return true;
}

// Walks a JPEG's markers (skipping entropy-coded data) and checks every Huffman table and every
// scan's use of them before stb_image sees the file.
bool jpegTablesSane(const std::vector<uint8_t>& b) {
  HuffmanDefined defined = {};
  bool progressive = false;
  size_t i = 2;
  while (i + 1 < b.size()) {
    if (b[i] != 0xFF) return false;
    const uint8_t m = b[i + 1];
    if (m == 0xFF) {
      ++i;
      continue;
    }
    if (m == 0xD9) return true;  // end of image
    if (m == 0x01 || (m >= 0xD0 && m <= 0xD8)) {
      i += 2;
      continue;
    }
    if (i + 4 > b.size()) return false;
    const size_t len = be16(b, i + 2);
    if (len < 2 || i + 2 + len > b.size()) return false;
    if (m == 0xC2) progressive = true;
    if (m == 0xC4 && !huffmanTablesSane(b, i + 4, i + 2 + len, defined)) return false;
    if (m == 0xDA && !scanTablesDefined(b, i + 4, i + 2 + len, progressive, defined)) return false;
    i += 2 + len;
    if (m == 0xDA)  // entropy-coded data up to the next marker (FF 00 is a stuffed byte)
      while (i + 1 < b.size() &&
             !(b[i] == 0xFF && b[i + 1] != 0 && !(b[i + 1] >= 0xD0 && b[i + 1] <= 0xD7)))
        ++i;
  }
  return true;
}

// Every PNG chunk fits in the file. stb_image 2.27 grows its buffer to an IDAT chunk's declared
// length before reading it: a 2 GB claim in a small file would allocate 2 GB (fixed in 2.28).
bool pngChunksInside(const std::vector<uint8_t>& b) {
  size_t p = 8;
  while (p + 12 <= b.size()) {
    const size_t len = be32(b, p);
    if (len > b.size() - p - 12) return false;
    const bool end = b[p + 4] == 'I' && b[p + 5] == 'E' && b[p + 6] == 'N' && b[p + 7] == 'D';
    p += 12 + len;
    if (end) return true;
  }
  return p == b.size();
}

struct StbFree {
  void operator()(unsigned char* p) const { vitrine_stbi_free(p); }
};

}  // namespace

bool imageDimensions(const std::vector<uint8_t>& bytes, int& w, int& h, std::string& error) {
  error.clear();
  if (!isPng(bytes) && !isJpeg(bytes)) {
    error = tr(M::image_not_png_jpeg);
    return false;
  }
  if (bytes.size() > static_cast<size_t>(INT_MAX)) {
    error = tr(M::image_file_too_large);
    return false;
  }
  uint32_t dw = 0, dh = 0;
  if (declaredSize(bytes, dw, dh) && (std::max(dw, dh) > static_cast<uint32_t>(kMaxImageSide))) {
    error = tr(M::image_too_large,
               {std::to_string(dw), std::to_string(dh), std::to_string(kMaxImageSide)});
    return false;
  }
  // Debian's stb_image 2.27 trusts what these say (fixed in 2.28): checked before it reads them.
  if ((isPng(bytes) && !pngChunksInside(bytes)) || (isJpeg(bytes) && !jpegTablesSane(bytes))) {
    error = tr(M::image_damaged);
    return false;
  }
  int comp = 0;
  // Read the header first so that a file claiming huge dimensions never gets a buffer.
  if (!vitrine_stbi_info(bytes.data(), static_cast<int>(bytes.size()), &w, &h, &comp)) {
    error = plainReason(vitrine_stbi_failure_reason());
    return false;
  }
  if (w <= 0 || h <= 0 || w > kMaxImageSide || h > kMaxImageSide) {
    error = tr(M::image_too_large,
               {std::to_string(w), std::to_string(h), std::to_string(kMaxImageSide)});
    return false;
  }
  return true;
}

bool Image::opaque() const {
  for (size_t i = 3; i < rgba.size(); i += 4)
    if (rgba[i] != 255) return false;
  return !empty();
}

Image decodeImage(const std::vector<uint8_t>& bytes, std::string& error) {
  int w = 0, h = 0;
  if (!imageDimensions(bytes, w, h, error)) return {};  // header checked before any allocation
  const int len = static_cast<int>(bytes.size());
  std::unique_ptr<unsigned char, StbFree> pixels(vitrine_stbi_load_rgba(bytes.data(), len, &w, &h));
  if (!pixels) {
    error = plainReason(vitrine_stbi_failure_reason());
    return {};
  }
  Image img;
  img.width = w;
  img.height = h;
  img.rgba.assign(pixels.get(), pixels.get() + static_cast<size_t>(w) * h * 4);
  return isJpeg(bytes) ? orient(img, exifOrientation(bytes)) : img;
}

Image orient(const Image& src, int orientation) {
  if (orientation <= 1 || orientation > 8 || src.empty()) return src;
  const int W = src.width, H = src.height;
  const bool swap = orientation >= 5;
  Image out;
  out.width = swap ? H : W;
  out.height = swap ? W : H;
  out.rgba.resize(src.rgba.size());
  for (int y = 0; y < out.height; ++y)
    for (int x = 0; x < out.width; ++x) {
      int sx = x, sy = y;
      switch (orientation) {
        case 2:
          sx = W - 1 - x;
          break;
        case 3:
          sx = W - 1 - x;
          sy = H - 1 - y;
          break;
        case 4:
          sy = H - 1 - y;
          break;
        case 5:
          sx = y;
          sy = x;
          break;
        case 6:
          sx = y;
          sy = H - 1 - x;
          break;
        case 7:
          sx = W - 1 - y;
          sy = H - 1 - x;
          break;
        case 8:
          sx = W - 1 - y;
          sy = x;
          break;
        default:
          break;
      }
      std::memcpy(&out.rgba[(static_cast<size_t>(y) * out.width + x) * 4],
                  &src.rgba[(static_cast<size_t>(sy) * W + sx) * 4], 4);
    }
  return out;
}

Image fitWithin(const Image& src, int maxW, int maxH) {
  if (src.empty() || maxW <= 0 || maxH <= 0) return {};
  if (src.width <= maxW && src.height <= maxH) return src;
  const double scale =
      std::min(static_cast<double>(maxW) / src.width, static_cast<double>(maxH) / src.height);
  Image out;
  out.width = std::clamp(static_cast<int>(std::lround(src.width * scale)), 1, maxW);
  out.height = std::clamp(static_cast<int>(std::lround(src.height * scale)), 1, maxH);
  out.rgba.resize(static_cast<size_t>(out.width) * out.height * 4);
  // sRGB-aware with alpha weighting, so that edges of transparent shapes do not darken.
  int ok = stbir_resize_uint8_srgb(src.rgba.data(), src.width, src.height, 0, out.rgba.data(),
                                   out.width, out.height, 0, 4, 3, 0);
  if (!ok) return {};
  return out;
}

std::vector<uint8_t> encodePng(const Image& img) {
  std::vector<uint8_t> out;
  if (img.empty()) return out;
  auto append = [](void* ctx, void* data, int size) {
    auto* v = static_cast<std::vector<uint8_t>*>(ctx);
    const auto* p = static_cast<const uint8_t*>(data);
    v->insert(v->end(), p, p + size);
  };
  if (!stbi_write_png_to_func(append, &out, img.width, img.height, 4, img.rgba.data(),
                              img.width * 4))
    out.clear();
  return out;
}

}  // namespace vitrine
