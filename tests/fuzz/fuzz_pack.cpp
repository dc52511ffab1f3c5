// libFuzzer: any bytes opened as a .kpack (a mutated SQLite file); PackError is the only way out.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz_sources.h"
#include "pack.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::filesystem::path file = vitrine::fuzz::scratchDir("pack") / "fuzz.kpack";
  std::ofstream(file, std::ios::binary | std::ios::trunc)
      .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
  try {
    auto pack = vitrine::Pack::open(file);
    for (const auto& c : pack->catalogue().careers) pack->imageBytes(c.image);
    pack->setLanguage("nl");
  } catch (const vitrine::PackError&) {
    // the expected answer to a damaged pack
  }
  return 0;
}
