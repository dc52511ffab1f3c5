// Reading the images/ folder: existence, PNG/JPEG only, size limits, resize and re-encode.
#include "image_sources.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "image.h"

namespace vitrine::sources {
namespace {

std::string lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string stemOf(const std::string& name) {
  auto dot = name.rfind('.');
  return lower(dot == std::string::npos ? name : name.substr(0, dot));
}

// A file in images/ whose name differs from `name` only by case or extension (Photo.JPG for
// photo.jpg, photo.jpeg for photo.jpg, logo.png for logo.jpg): what the editor most likely meant.
std::string nearName(const std::filesystem::path& images, const std::string& name) {
  std::error_code ec;
  std::vector<std::string> candidates;
  for (const auto& e : std::filesystem::directory_iterator(images, ec)) {
    std::string f = e.path().filename().string();
    if (lower(f) == lower(name) || stemOf(f) == stemOf(name)) candidates.push_back(f);
  }
  std::sort(candidates.begin(), candidates.end());
  return candidates.empty() ? std::string() : candidates.front();
}

}  // namespace

bool checkImageName(Reader& r, const std::string& file, int line, const std::string& name) {
  if (name == std::filesystem::path(name).filename().string() && name[0] != '.') return true;
  r.error(file, line, M::image_bad_name, {name});
  return false;
}

void readImages(Reader& r, Sources& s, bool encode) {
  if (!r.folderInside("images")) return;
  // Several careers may share one illustration: read (and judged) once.
  std::set<std::string> tried;
  for (const Reader::ImageRef& ref : r.imageRefs) {
    if (!tried.insert(ref.name).second) continue;
    std::string file = "images/" + ref.name, error, bytes;
    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(r.dir / file, ec))) {
      std::string near = nearName(r.dir / "images", ref.name);
      if (near.empty())
        r.error(ref.file, ref.line, M::image_not_found, {file});
      else
        r.error(ref.file, ref.line, M::image_did_you_mean, {file, "images/" + near});
      continue;
    }
    if (!r.readBytes(file, kMaxImageBytes, bytes)) continue;
    Image img = decodeImage(std::vector<uint8_t>(bytes.begin(), bytes.end()), error);
    if (img.empty()) {
      r.errorText(file, 0, error);  // already in words from the string table
      continue;
    }
    if (std::min(img.width, img.height) < ref.minSide) {
      r.error(file, 0, M::image_too_small,
              {std::to_string(img.width), std::to_string(img.height), std::to_string(ref.minSide)});
      continue;
    }
    if (!encode) {  // checked, not stored: resizing and PNG encoding are most of a build's time
      s.images[ref.name] = {img.width, img.height, {}};
      continue;
    }
    Image fitted = fitWithin(img, kImageMaxW, kImageMaxH);
    std::vector<uint8_t> png = encodePng(fitted);
    if (png.empty()) {
      r.error(file, 0, M::image_reencode_failed);
      continue;
    }
    s.images[ref.name] = {fitted.width, fitted.height, std::move(png)};
  }
}

}  // namespace vitrine::sources
