// Reading the images/ folder: existence, PNG/JPEG only, size limits, resize and re-encode.
#include "image_sources.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "image.h"

namespace vitrine::sources {

bool checkImageName(Reader& r, const std::string& file, int line, const std::string& name) {
  if (name == std::filesystem::path(name).filename().string() && name[0] != '.') return true;
  r.error(file, line, "image must be a file name in images/, got \"" + name + "\"");
  return false;
}

void readImages(Reader& r, Sources& s, bool encode) {
  for (const Reader::ImageRef& ref : r.imageRefs) {
    if (s.images.count(ref.name)) continue;  // several careers may share one illustration
    std::string file = "images/" + ref.name, error;
    std::ifstream in(r.dir / file, std::ios::binary);
    if (!in) {
      r.error(ref.file, ref.line, "image not found: " + file);
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    const std::string bytes = ss.str();
    Image img = decodeImage(std::vector<uint8_t>(bytes.begin(), bytes.end()), error);
    if (img.empty()) {
      r.error(file, 0, error);
      continue;
    }
    if (std::min(img.width, img.height) < ref.minSide) {
      r.error(file, 0,
              "image too small (" + std::to_string(img.width) + "x" + std::to_string(img.height) +
                  "), at least " + std::to_string(ref.minSide) + " px on each side");
      continue;
    }
    if (!encode) {  // checked, not stored: resizing and PNG encoding are most of a build's time
      s.images[ref.name] = {img.width, img.height, {}};
      continue;
    }
    Image fitted = fitWithin(img, kImageMaxW, kImageMaxH);
    std::vector<uint8_t> png = encodePng(fitted);
    if (png.empty()) {
      r.error(file, 0, "cannot be resized and re-encoded");
      continue;
    }
    s.images[ref.name] = {fitted.width, fitted.height, std::move(png)};
  }
}

}  // namespace vitrine::sources
