// A small software rasteriser for images made without a GPU (the PNG statistics report):
// filled rectangles and anti-aliased text through stb_truetype, on an RGBA image.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "image.h"

namespace vitrine {

using Rgba = uint32_t;  // the ImGui/IM_COL32 layout: 0xAABBGGRR, so theme colours work as they are

// A TrueType font file (Debian's Noto Sans), loaded whole.
class RasterFont {
 public:
  RasterFont() = default;
  RasterFont(const RasterFont&) = delete;  // the font info points into bytes_
  RasterFont& operator=(const RasterFont&) = delete;
  RasterFont(RasterFont&&) = default;  // a moved vector keeps its buffer
  // False with `error` naming the file when it cannot be read or is not a font.
  bool load(const std::filesystem::path& file, std::string& error);
  bool loaded() const { return !bytes_.empty(); }
  // Width in pixels of UTF-8 `text` at `size` pixels (the font's ascent-to-descent height).
  float width(const std::string& text, float size) const;

 private:
  friend class Canvas;
  std::vector<unsigned char> bytes_;
  std::vector<unsigned char> info_;  // an stbtt_fontinfo, kept opaque here
};

class Canvas {
 public:
  Canvas(int width, int height, Rgba background);
  int width() const { return image_.width; }
  int height() const { return image_.height; }
  const Image& image() const { return image_; }
  Rgba pixel(int x, int y) const;

  // Fills [x0, x1) x [y0, y1), clipped to the image; the colour's alpha blends over what is there.
  void fillRect(float x0, float y0, float x1, float y1, Rgba colour);
  // Draws UTF-8 `text` with its top at `y`; returns the x where the next character would go.
  // Text wider than `maxWidth` (when > 0) is cut and ends with "…".
  float text(const RasterFont& font, float size, float x, float y, const std::string& text,
             Rgba colour, float maxWidth = 0);

 private:
  void blend(int x, int y, Rgba colour, unsigned coverage);
  Image image_;
};

}  // namespace vitrine
