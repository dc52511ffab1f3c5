// Inputs the fuzzer found (tests/fuzz/regressions/) are refused with a reason before stb_image
// 2.27 decodes them; real JPEGs (baseline, progressive, restart markers, grey, 4:2:0) still decode.
#include <doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "image.h"
#include "messages.h"

namespace fs = std::filesystem;

namespace {

std::vector<uint8_t> bytesOf(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

const fs::path kFuzz = fs::path(VITRINE_SOURCE_DIR) / "tests" / "fuzz";

}  // namespace

TEST_CASE("every input the fuzzer found is refused with a reason, without a crash") {
  int seen = 0;
  for (const auto& e : fs::directory_iterator(kFuzz / "regressions" / "image")) {
    INFO(e.path().filename().string());
    std::string error;
    vitrine::Image img = vitrine::decodeImage(bytesOf(e.path()), error);
    CHECK(img.empty());
    CHECK(error == vitrine::tr(vitrine::M::image_damaged));  // plain words, not stb's jargon
    ++seen;
  }
  CHECK(seen >= 3);

}

TEST_CASE("real JPEGs still decode through the checks") {
  const std::pair<const char*, int> files[] = {
      {"photo-progressive.jpg", 300}, {"photo-restart.jpg", 300}, {"gray-progressive.jpg", 240},
      {"photo-420.jpg", 250},         {"progressive.jpg", 16},    {"tiny.jpg", 16}};
  for (auto [name, width] : files) {
    INFO(name);
    std::string error;
    vitrine::Image img = vitrine::decodeImage(bytesOf(kFuzz / "corpus" / "image" / name), error);
    CHECK(error.empty());
    CHECK(img.width == width);
  }
}
