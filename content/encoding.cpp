// UTF-8 validation, UTF-16 and the 8-bit tables (Windows-1252, ISO-8859-15) to UTF-8, and the
// detectors of text garbled by a conversion.
#include "encoding.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "glyphs.h"

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
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The code point at s[i] of valid UTF-8 text, advancing i.
uint32_t nextCodePoint(const std::string& s, size_t& i) {
  auto c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int n = (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : 3;
  uint32_t cp = c & (0x3F >> n);
  for (int k = 0; k < n && i < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

// The byte a code point had in Windows-1252 (or Latin-1 for 0x80..0x9F), or -1.
int legacyByte(uint32_t cp) {
  if (cp < 0x100) return static_cast<int>(cp);
  for (int k = 0; k < 32; ++k)
    if (kHigh[k] == cp) return 0x80 + k;
  return -1;
}

// UTF-16 by its BOM, or by NUL bytes on one side of most code units (French text is mostly
// below U+0100): Excel's « Texte Unicode » and Notepad's « Unicode » have a BOM, some tools none.
Encoding utf16Kind(const std::string& b) {
  if (b.size() >= 2 && b[0] == '\xFF' && b[1] == '\xFE') return Encoding::Utf16Le;
  if (b.size() >= 2 && b[0] == '\xFE' && b[1] == '\xFF') return Encoding::Utf16Be;
  if (b.size() < 4 || b.size() % 2) return Encoding::Utf8;
  size_t even = 0, odd = 0, pairs = b.size() / 2;
  for (size_t i = 0; i + 1 < b.size(); i += 2) {
    even += b[i] == 0;
    odd += b[i + 1] == 0;
  }
  if (odd * 10 >= pairs * 3 && even * 20 < pairs) return Encoding::Utf16Le;
  if (even * 10 >= pairs * 3 && odd * 20 < pairs) return Encoding::Utf16Be;
  return Encoding::Utf8;
}

// False on a lone surrogate: not UTF-16 after all.
bool utf16ToUtf8(const std::string& b, bool little, std::string& out) {
  size_t i = 0;
  auto unit = [&](size_t at) -> uint32_t {
    auto lo = static_cast<unsigned char>(b[at + (little ? 0 : 1)]);
    auto hi = static_cast<unsigned char>(b[at + (little ? 1 : 0)]);
    return (uint32_t{hi} << 8) | lo;
  };
  if (b.size() >= 2 && unit(0) == 0xFEFF) i = 2;  // the BOM is not text
  for (; i + 1 < b.size(); i += 2) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b.size()) {
      uint32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
      i += 2;
    } else if (u >= 0xD800 && u <= 0xDFFF) {
      return false;
    } else {
      appendUtf8(out, u);
    }
  }
  return true;
}

// How many multi-byte UTF-8 characters the bytes hold: a legacy file has (almost) none.
size_t utf8MultiByteCount(const std::string& s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < n; ++k) ok = ok && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      ++count;
      i += n - 1;
    }
  }
  return count;
}

bool isAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Without C1 bytes, Windows-1252 and ISO-8859-15 differ on 8 bytes; in French text only € (0xA4,
// « ¤ » otherwise) and œ/Œ between letters (0xBD/0xBC, « ½ » and « ¼ » otherwise) tell them apart.
bool looksIso885915(const std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80 && c <= 0x9F) return false;
    if (c == 0xA4) return true;
    if ((c == 0xBC || c == 0xBD) && i > 0 && i + 1 < s.size() && isAsciiLetter(s[i - 1]) &&
        isAsciiLetter(s[i + 1]))
      return true;
  }
  return false;
}

}  // namespace

// Excel's plain "CSV" (not "CSV UTF-8") saves Windows-1252, which would show as garbage on the
// kiosk: it has to be found, and converted or refused, at build time.
size_t utf8SequenceAt(std::string_view s, size_t i) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = at(0);
  if (c < 0x80) return 1;
  const size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
  if (c < 0xC2 || c > 0xF4 || i + n > s.size()) return 0;  // C0, C1: overlong; F5..: too high
  // The second byte's range depends on the first (RFC 3629): this refuses overlong forms
  // (E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points past U+10FFFF (F4 90..).
  const unsigned char lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
  const unsigned char hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
  if (at(1) < lo || at(1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if ((at(k) & 0xC0) != 0x80) return 0;
  return n;
}

int firstNonUtf8Line(const std::string& s) {
  int line = 1;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '\n') ++line;
    const size_t n = utf8SequenceAt(s, i);
    if (n == 0) return line;
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

std::string iso885915ToUtf8(const std::string& in) {
  std::string out;
  out.reserve(in.size() + in.size() / 8);
  for (char ch : in) {
    auto c = static_cast<unsigned char>(ch);
    uint32_t cp = c;
    switch (c) {
      case 0xA4:
        cp = 0x20AC;
        break;
      case 0xA6:
        cp = 0x0160;
        break;
      case 0xA8:
        cp = 0x0161;
        break;
      case 0xB4:
        cp = 0x017D;
        break;
      case 0xB8:
        cp = 0x017E;
        break;
      case 0xBC:
        cp = 0x0152;
        break;
      case 0xBD:
        cp = 0x0153;
        break;
      case 0xBE:
        cp = 0x0178;
        break;
      default:
        break;
    }
    appendUtf8(out, cp);
  }
  return out;
}

DecodedText decodeText(const std::string& bytes) {
  DecodedText d;
  Encoding wide = utf16Kind(bytes);
  if (wide != Encoding::Utf8) {
    if (utf16ToUtf8(bytes, wide == Encoding::Utf16Le, d.text)) {
      d.from = wide;
      return d;
    }
    d.text.clear();
  }
  int bad = firstNonUtf8Line(bytes);
  if (bad == 0) {
    d.text = bytes;
    return d;
  }
  if (utf8MultiByteCount(bytes) > 0) {  // UTF-8 here, something else there: no single decoding
    d.mixedLine = bad;
    d.from = Encoding::Unknown;
    return d;
  }
  if (looksIso885915(bytes)) {
    d.text = iso885915ToUtf8(bytes);
    d.from = Encoding::Iso885915;
  } else if (cp1252ToUtf8(bytes, d.text)) {
    d.from = Encoding::Cp1252;
  } else {
    d.text.clear();
    d.from = Encoding::Unknown;
    d.badLine = bad;
  }
  return d;
}

namespace {

// At s[i], a French letter or sign whose UTF-8 bytes were read as Windows-1252 and encoded again
// (« Ã© » for « é », « â€™ » for « ’ »): returns the number of bytes of the garbled form and sets
// `meant`, or returns 0. Only the leads French produces (Â Ã Å â) are tried, to avoid false alarms.
size_t doubleEncodedAt(const std::string& s, size_t i, std::string& meant) {
  size_t j = i;
  uint32_t lead = nextCodePoint(s, j);
  size_t want = lead == 0xC2 || lead == 0xC3 || lead == 0xC5 ? 1 : lead == 0xE2 ? 2 : 0;
  if (!want) return 0;
  std::string bytes(1, static_cast<char>(lead));
  for (size_t k = 0; k < want; ++k) {
    if (j >= s.size()) return 0;
    int b = legacyByte(nextCodePoint(s, j));
    if (b < 0x80 || b > 0xBF) return 0;
    bytes += static_cast<char>(b);
  }
  if (want == 2) {  // â + two: only punctuation and € (U+2000..U+20FF) are taken as garbled
    size_t k = 0;
    uint32_t cp = nextCodePoint(bytes, k);
    if (cp < 0x2000 || cp > 0x20FF) return 0;
  }
  meant = bytes;
  return j - i;
}

}  // namespace

std::string repairDoubleEncoding(const std::string& s) {
  std::string out, meant;
  for (size_t i = 0; i < s.size();) {
    if (size_t n = doubleEncodedAt(s, i, meant)) {
      out += meant;
      i += n;
    } else {
      size_t j = i;
      nextCodePoint(s, j);
      out.append(s, i, j - i);
      i = j;
    }
  }
  return out;
}

namespace {

bool wordBoundary(char c) {
  return c == ' ' || c == ';' || c == ',' || c == '\t' || c == '"' || c == '|';
}

// One line's flaws: the first control character, the first ¤, the first garbled word.
void lineFlaws(const std::string& line, int lineNo, std::vector<TextFlaw>& flaws) {
  bool control = false, currency = false, undrawable = false;
  size_t garbled = std::string::npos, garbleEnd = 0;  // a garble's C1 bytes are not "control"
  std::string meant;
  for (size_t i = 0; i < line.size();) {
    if (size_t n = doubleEncodedAt(line, i, meant)) {
      if (garbled == std::string::npos) garbled = i;
      garbleEnd = i + n;
    }
    size_t j = i;
    uint32_t cp = nextCodePoint(line, j);
    bool isControl = (cp < 0x20 && cp != '\t' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
    if (isControl && !control && i >= garbleEnd) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
      flaws.push_back({TextFlaw::Kind::Control, lineNo, buf, {}});
      control = true;
    }
    if (cp == 0xA4 && !currency) {
      flaws.push_back({TextFlaw::Kind::CurrencySign, lineNo, "¤", {}});
      currency = true;
    }
    // A character no kiosk font has (♦, →, an emoji, Wingdings' private bullets): shown as « ? ».
    if (cp >= 0x20 && !isControl && !glyphs::drawable(cp) && !undrawable && i >= garbleEnd) {
      char code[16];
      std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
      flaws.push_back({TextFlaw::Kind::Undrawable, lineNo, line.substr(i, j - i), {}, code});
      undrawable = true;
    }
    i = j;
  }
  if (garbled == std::string::npos) return;
  size_t begin = garbled, end = garbled;
  while (begin > 0 && !wordBoundary(line[begin - 1])) --begin;
  while (end < line.size() && !wordBoundary(line[end]) && line[end] != '\r') ++end;
  std::string word = line.substr(begin, end - begin);
  flaws.push_back({TextFlaw::Kind::DoubleEncoded, lineNo, word, repairDoubleEncoding(word)});
}

}  // namespace

namespace {

// For each combining mark, the ASCII letters it composes with and the results, in the same order
// (generated with Python's unicodedata.normalize("NFC", letter + mark), kept to Latin-1 and
// Latin Extended-A, the letters the kiosk draws).
struct Composition {
  uint32_t mark;
  const char* letters;
  const char* composed;  // UTF-8, one character per letter
};
constexpr Composition kCompositions[] = {
    {0x0300, "AEIOUaeiou", "ÀÈÌÒÙàèìòù"},
    {0x0301, "ACEILNORSUYZaceilnorsuyz", "ÁĆÉÍĹŃÓŔŚÚÝŹáćéíĺńóŕśúýź"},
    {0x0302, "ACEGHIJOSUWYaceghijosuwy", "ÂĈÊĜĤÎĴÔŜÛŴŶâĉêĝĥîĵôŝûŵŷ"},
    {0x0303, "AINOUainou", "ÃĨÑÕŨãĩñõũ"},
    {0x0308, "AEIOUYaeiouy", "ÄËÏÖÜŸäëïöüÿ"},
    {0x030A, "AUau", "ÅŮåů"},
    {0x030C, "CDELNRSTZcdelnrstz", "ČĎĚĽŇŘŠŤŽčďěľňřšťž"},
    {0x0327, "CGKLNRSTcgklnrst", "ÇĢĶĻŅŖŞŢçģķļņŗşţ"},
};

// The composed character of `letter` + `mark` as UTF-8, or empty.
std::string composed(char letter, uint32_t mark) {
  for (const Composition& c : kCompositions) {
    if (c.mark != mark) continue;
    const char* at = letter == '\0' ? nullptr : std::strchr(c.letters, letter);
    if (!at) return {};
    const std::string all = c.composed;
    size_t k = static_cast<size_t>(at - c.letters), i = 0;
    for (; k > 0; --k) nextCodePoint(all, i);
    size_t end = i;
    nextCodePoint(all, end);
    return all.substr(i, end - i);
  }
  return {};
}

}  // namespace

std::string normalizeLetters(const std::string& s) {
  // U+0300..U+033F start with 0xCC, U+FB00..U+FB06 with EF AC, the soft hyphen U+00AD is C2 AD
  if (s.find('\xCC') == std::string::npos && s.find("\xEF\xAC") == std::string::npos &&
      s.find("\xC2\xAD") == std::string::npos)
    return s;
  static constexpr const char* kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    const uint32_t cp = nextCodePoint(s, j);
    if (cp >= 0x0300 && cp <= 0x036F && !out.empty()) {
      const std::string one = composed(out.back(), cp);
      if (!one.empty()) {
        out.back() = one[0];
        out.append(one, 1, std::string::npos);
        i = j;
        continue;
      }
    }
    if (cp >= 0xFB00 && cp <= 0xFB06) {
      out += kLigatures[cp - 0xFB00];
      i = j;
      continue;
    }
    if (cp == 0xAD) {  // a soft hyphen: where Word may cut a word; the kiosk would draw a « - »
      i = j;
      continue;
    }
    out.append(s, i, j - i);
    i = j;
  }
  return out;
}

std::vector<TextFlaw> findTextFlaws(const std::string& s) {
  std::vector<TextFlaw> flaws;
  int lineNo = 1;
  const size_t bom = s.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;  // the readers drop it
  for (size_t start = bom; start <= s.size(); ++lineNo) {
    size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    lineFlaws(s.substr(start, end - start), lineNo, flaws);
    start = end + 1;
  }
  return flaws;
}

}  // namespace vitrine
