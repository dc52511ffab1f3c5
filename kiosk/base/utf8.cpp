// UTF-8 helpers shared by the keyboard, the form rules and the exports.
#include "utf8.h"

namespace vitrine {

size_t utf8Length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void utf8PopBack(std::string& s) {
  while (!s.empty()) {
    unsigned char c = static_cast<unsigned char>(s.back());
    s.pop_back();
    if ((c & 0xC0) != 0x80) break;  // removed the lead byte: one whole character is gone
  }
}

}  // namespace vitrine
