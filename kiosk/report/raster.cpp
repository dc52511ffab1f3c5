// Rectangles and stb_truetype glyphs blended into an RGBA image, for reports written as PNG.
#include "raster.h"

#include <stb/stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "file_kind.h"
#include "report_messages.h"

namespace vitrine {
namespace {

// The next code point of UTF-8 `s` from `i` (advanced); U+FFFD for a broken sequence.
uint32_t nextCodepoint(const std::string& s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = extra == 3 ? c & 0x07u : extra == 2 ? c & 0x0Fu : extra == 1 ? c & 0x1Fu : c;
  if (c >= 0x80 && extra == 0) return 0xFFFD;
  for (int k = 0; k < extra; ++k) {
    if (i >= s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3Fu);
  }
  return cp;
}

const stbtt_fontinfo* infoOf(const std::vector<unsigned char>& info) {
  return reinterpret_cast<const stbtt_fontinfo*>(info.data());
}

float scaleFor(const stbtt_fontinfo* f, float size) {
  return stbtt_ScaleForPixelHeight(f, size);
}

}  // namespace

bool RasterFont::load(const std::filesystem::path& file, std::string& error) {
  constexpr uintmax_t kMaxFontBytes = 64u << 20;
  std::string text;
  readRegularFile(file, kMaxFontBytes, text);  // empty unless a regular file under the limit
  std::vector<unsigned char> bytes(text.begin(), text.end());
  info_.assign(sizeof(stbtt_fontinfo), 0);
  auto* info = reinterpret_cast<stbtt_fontinfo*>(info_.data());
  if (bytes.empty() ||
      stbtt_InitFont(info, bytes.data(), stbtt_GetFontOffsetForIndex(bytes.data(), 0)) == 0) {
    error = tr(RM::font_unreadable, {file.string()});
    bytes_.clear();
    return false;
  }
  bytes_ = std::move(bytes);
  info->data = bytes_.data();  // the moved vector keeps its buffer, but say so explicitly
  return true;
}

float RasterFont::width(const std::string& text, float size) const {
  if (!loaded()) return 0;
  const stbtt_fontinfo* f = infoOf(info_);
  const float scale = scaleFor(f, size);
  float x = 0;
  uint32_t prev = 0;
  for (size_t i = 0; i < text.size();) {
    uint32_t cp = nextCodepoint(text, i);
    int advance = 0, lsb = 0;
    stbtt_GetCodepointHMetrics(f, static_cast<int>(cp), &advance, &lsb);
    if (prev)
      x += scale * static_cast<float>(stbtt_GetCodepointKernAdvance(f, static_cast<int>(prev),
                                                                    static_cast<int>(cp)));
    x += scale * static_cast<float>(advance);
    prev = cp;
  }
  return x;
}

Canvas::Canvas(int width, int height, Rgba background) {
  image_.width = width;
  image_.height = height;
  image_.rgba.resize(static_cast<size_t>(width) * static_cast<size_t>(height) * 4);
  for (size_t i = 0; i < image_.rgba.size(); i += 4)
    for (size_t c = 0; c < 4; ++c) image_.rgba[i + c] = static_cast<uint8_t>(background >> (8 * c));
}

Rgba Canvas::pixel(int x, int y) const {
  const size_t at =
      (static_cast<size_t>(y) * static_cast<size_t>(image_.width) + static_cast<size_t>(x)) * 4;
  Rgba out = 0;
  for (size_t c = 0; c < 4; ++c) out |= static_cast<Rgba>(image_.rgba[at + c]) << (8 * c);
  return out;
}

// Source-over with the colour's alpha scaled by `coverage` (0..255); the image stays opaque.
void Canvas::blend(int x, int y, Rgba colour, unsigned coverage) {
  const unsigned a = ((colour >> 24) & 0xFF) * coverage / 255;
  if (a == 0) return;
  uint8_t* p = &image_.rgba[(static_cast<size_t>(y) * static_cast<size_t>(image_.width) +
                             static_cast<size_t>(x)) *
                            4];
  for (int c = 0; c < 3; ++c) {
    const unsigned src = (colour >> (8 * c)) & 0xFF;
    p[c] = static_cast<uint8_t>((src * a + p[c] * (255 - a) + 127) / 255);
  }
  p[3] = 255;
}

void Canvas::fillRect(float x0, float y0, float x1, float y1, Rgba colour) {
  const int ax = std::max(0, static_cast<int>(std::lround(x0)));
  const int ay = std::max(0, static_cast<int>(std::lround(y0)));
  const int bx = std::min(image_.width, static_cast<int>(std::lround(x1)));
  const int by = std::min(image_.height, static_cast<int>(std::lround(y1)));
  for (int y = ay; y < by; ++y)
    for (int x = ax; x < bx; ++x) blend(x, y, colour, 255);
}

float Canvas::text(const RasterFont& font, float size, float x, float y, const std::string& s,
                   Rgba colour, float maxWidth) {
  if (!font.loaded()) return x;
  if (maxWidth > 0 && font.width(s, size) > maxWidth) {
    std::string cut = s;
    while (!cut.empty() && font.width(cut + "…", size) > maxWidth) {
      do cut.pop_back();  // whole UTF-8 characters only
      while (!cut.empty() && (static_cast<unsigned char>(cut.back()) & 0xC0) == 0x80);
    }
    return text(font, size, x, y, cut + "…", colour);
  }
  const stbtt_fontinfo* f = infoOf(font.info_);
  const float scale = scaleFor(f, size);
  int ascent = 0, descent = 0, gap = 0;
  stbtt_GetFontVMetrics(f, &ascent, &descent, &gap);
  const float baseline = y + scale * static_cast<float>(ascent);
  uint32_t prev = 0;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = nextCodepoint(s, i);
    const int glyph = stbtt_FindGlyphIndex(f, static_cast<int>(cp));
    if (prev)
      x += scale * static_cast<float>(stbtt_GetCodepointKernAdvance(f, static_cast<int>(prev),
                                                                    static_cast<int>(cp)));
    int advance = 0, lsb = 0;
    stbtt_GetGlyphHMetrics(f, glyph, &advance, &lsb);
    int w = 0, h = 0, ox = 0, oy = 0;
    const float shift = x - std::floor(x);
    unsigned char* bitmap =
        stbtt_GetGlyphBitmapSubpixel(f, scale, scale, shift, 0, glyph, &w, &h, &ox, &oy);
    const int gx = static_cast<int>(std::floor(x)) + ox,
              gy = static_cast<int>(std::lround(baseline)) + oy;
    for (int row = 0; row < h; ++row)
      for (int col = 0; col < w; ++col) {
        const int px = gx + col, py = gy + row;
        if (px >= 0 && py >= 0 && px < image_.width && py < image_.height)
          blend(px, py, colour, bitmap[row * w + col]);
      }
    stbtt_FreeBitmap(bitmap, nullptr);
    x += scale * static_cast<float>(advance);
    prev = cp;
  }
  return x;
}

}  // namespace vitrine
