// UTF-8 validation and the Windows-1252 to UTF-8 table.
#include "encoding.h"

#include <cstdint>

namespace vitrine {
namespace {

// 0x80..0x9F of Windows-1252 (0 = undefined); 0xA0..0xFF map to the same Unicode code points.
constexpr uint16_t kHigh[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

// Excel's plain "CSV" (not "CSV UTF-8") saves Windows-1252, which would show as garbage on the
// kiosk: it has to be found, and converted or refused, at build time.
int firstNonUtf8Line(const std::string& s) {
  int line = 1;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') ++line;
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return line;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return line;
    i += n;
  }
  return 0;
}

bool cp1252ToUtf8(const std::string& in, std::string& out) {
  out.clear();
  out.reserve(in.size() + in.size() / 8);
  for (char ch : in) {
    auto c = static_cast<unsigned char>(ch);
    uint32_t cp = c < 0x80 ? c : c >= 0xA0 ? c : kHigh[c - 0x80];
    if (cp == 0 && c != 0) return false;
    appendUtf8(out, cp);
  }
  return true;
}

}  // namespace vitrine
