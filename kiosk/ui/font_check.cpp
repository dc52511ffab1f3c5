// Checking font files before ImGui bakes them, and falling back to another installed font.
#include "font_check.h"

#include <stb/stb_truetype.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "file_kind.h"

namespace vitrine::ui {
namespace fs = std::filesystem;
namespace {

constexpr size_t kMaxFontBytes = 64u << 20;

uint32_t be32(const std::vector<char>& b, size_t at) {
  const auto* p = reinterpret_cast<const unsigned char*>(b.data()) + at;
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | p[3];
}

bool readFont(const fs::path& file, std::vector<char>& bytes, std::string& why) {
  std::string text;
  switch (readRegularFile(file, kMaxFontBytes, text)) {
    case FileRead::Ok:
      break;
    case FileRead::Missing:
      why = "missing";
      return false;
    case FileRead::NotAFile:
      why = "not a regular file";
      return false;
    case FileRead::TooLarge:
      why = "too large";
      return false;
    default:
      why = "unreadable";
      return false;
  }
  if (text.empty()) {
    why = "empty";
    return false;
  }
  bytes.assign(text.begin(), text.end());
  return true;
}

// The sfnt table directory at `at`: every table lies inside the file, the needed ones exist.
bool tablesInside(const std::vector<char>& b, size_t at, std::string& why) {
  if (at + 12 > b.size()) {
    why = "truncated (no table directory)";
    return false;
  }
  const uint32_t version = be32(b, at);
  if (version != 0x00010000 && version != 0x74727565 /* true */ &&
      version != 0x4F54544F /* OTTO */) {
    why = "not a TrueType or OpenType font";
    return false;
  }
  const size_t tables = (static_cast<size_t>(static_cast<unsigned char>(b[at + 4])) << 8) |
                        static_cast<unsigned char>(b[at + 5]);
  if (at + 12 + tables * 16 > b.size()) {
    why = "truncated (table directory)";
    return false;
  }
  int found = 0;
  bool outlines = false;
  for (size_t i = 0; i < tables; ++i) {
    const size_t rec = at + 12 + i * 16;
    const std::string tag(b.data() + rec, 4);
    const uint64_t off = be32(b, rec + 8), len = be32(b, rec + 12);
    if (off + len > b.size()) {
      why = "truncated (table " + tag + " ends past the file)";
      return false;
    }
    for (const char* need : {"cmap", "head", "hhea", "hmtx", "maxp"})
      if (tag == need) ++found;
    if (tag == "glyf" || tag == "CFF ") outlines = true;
  }
  if (found < 5 || !outlines) {
    why = "incomplete (a table a font needs is missing)";
    return false;
  }
  return true;
}

}  // namespace

bool fontUsable(const std::vector<char>& bytes, std::string& why) {
  why.clear();
  if (bytes.size() < 12 || bytes.size() > kMaxFontBytes) {
    why = "empty or too large";
    return false;
  }
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  const bool collection = std::memcmp(data, "ttcf", 4) == 0;
  if (collection && bytes.size() < 16) {
    why = "truncated";
    return false;
  }
  const int offset = stbtt_GetFontOffsetForIndex(data, 0);
  if (offset < 0 || !tablesInside(bytes, static_cast<size_t>(offset), why)) {
    if (why.empty()) why = "not a font";
    return false;
  }
  stbtt_fontinfo info;
  if (!stbtt_InitFont(&info, data, offset)) {
    why = "stb_truetype cannot read it";
    return false;
  }
  for (int cp : {0x41 /* A */, 0xE9 /* é */})
    if (stbtt_FindGlyphIndex(&info, cp) == 0) {
      why = "lacks French glyphs";
      return false;
    }
  return true;
}

FontFiles chooseFonts(const fs::path& fontDir) {
  struct Pair {
    fs::path regular, bold;
  };
  const fs::path noto = "/usr/share/fonts/truetype/noto",
                 dejavu = "/usr/share/fonts/truetype/dejavu";
  const Pair candidates[] = {
      {fontDir / "NotoSans-Regular.ttf", fontDir / "NotoSans-Bold.ttf"},
      {noto / "NotoSans-Regular.ttf", noto / "NotoSans-Bold.ttf"},
      {fs::path(VITRINE_FONT_DIR) / "NotoSans-Regular.ttf",
       fs::path(VITRINE_FONT_DIR) / "NotoSans-Bold.ttf"},
      {dejavu / "DejaVuSans.ttf", dejavu / "DejaVuSans-Bold.ttf"},
  };
  FontFiles out;
  std::string problems;
  for (const Pair& c : candidates) {
    std::string why;
    std::vector<char> regular, bold;
    if (!readFont(c.regular, regular, why) || !fontUsable(regular, why)) {
      problems += (problems.empty() ? "" : "; ") + c.regular.string() + ": " + why;
      continue;
    }
    out.regular = c.regular;
    out.regularBytes = std::move(regular);
    if (readFont(c.bold, bold, why) && fontUsable(bold, why)) {
      out.bold = c.bold;
      out.boldBytes = std::move(bold);
    } else {
      problems += (problems.empty() ? "" : "; ") + c.bold.string() + ": " + why;
      out.bold = out.regular;  // bold titles drawn regular rather than no text at all
      out.boldBytes = out.regularBytes;
    }
    if (!problems.empty())
      out.note = "font problem (" + problems + "): using " + out.regular.string() +
                 (out.bold != out.regular ? " and " + out.bold.string() : "");
    return out;
  }
  out.note = "no usable font (" + problems +
             "): using ImGui's built-in font, without accents; install fonts-noto-core";
  return out;
}

}  // namespace vitrine::ui
