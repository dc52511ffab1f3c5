// Is a font file safe to hand to ImGui's baker? (A damaged font makes it assert and abort.)
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vitrine::ui {

// True when `bytes` is a complete TrueType/OpenType font that stb_truetype reads (every table
// inside the file, the tables a baker needs, glyphs for « A » and « é »); otherwise `why` says
// what is wrong, in a few words for the log.
bool fontUsable(const std::vector<char>& bytes, std::string& why);

// The first usable pair among: `fontDir`'s Noto files, Debian's Noto (fonts-noto-core), Debian's
// DejaVu (fonts-dejavu-core). Empty paths when none is; `note` says what was wrong and what was
// chosen instead (empty when `fontDir` itself was fine). A usable regular face without its bold
// one serves for both.
struct FontFiles {
  std::filesystem::path regular, bold;
  std::vector<char> regularBytes, boldBytes;
  std::string note;
};
FontFiles chooseFonts(const std::filesystem::path& fontDir);

}  // namespace vitrine::ui
