// Text encodings editors' tools produce: UTF-8 (with or without BOM), UTF-16 (Excel « Texte
// Unicode », Notepad « Unicode »), Windows-1252 (Excel's plain "CSV"), ISO-8859-15; and the flaws
// a conversion leaves in text that is valid UTF-8 (double encoding, control characters, ¤).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vitrine {

// The length of the UTF-8 sequence starting at s[i] (1 to 4), or 0 when the bytes there are not
// UTF-8 (RFC 3629: no overlong form, surrogate, code point past U+10FFFF, or cut sequence).
size_t utf8SequenceAt(std::string_view s, size_t i);
// 1-based line of the first byte sequence that is not UTF-8, or 0 when the text is clean.
int firstNonUtf8Line(const std::string& s);
// Converts Windows-1252 bytes to UTF-8. Returns false (and leaves `out` unspecified) when a byte
// has no meaning in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D), i.e. the text is something else.
bool cp1252ToUtf8(const std::string& in, std::string& out);
// ISO-8859-15 (Latin-9: € at 0xA4, œ at 0xBD...) to UTF-8; every byte has a meaning.
std::string iso885915ToUtf8(const std::string& in);

enum class Encoding { Utf8, Utf16Le, Utf16Be, Cp1252, Iso885915, Unknown };

struct DecodedText {
  std::string text;  // UTF-8 (a UTF-8 BOM is kept; readers drop it)
  Encoding from = Encoding::Utf8;
  int badLine = 0;    // Unknown: first line that is neither UTF-8 nor a known 8-bit encoding
  int mixedLine = 0;  // the file is UTF-8 except from this line (pasted Windows-1252): refused
};

// Recognises the encoding (UTF-16 by BOM or by its NUL bytes; UTF-8; else a legacy 8-bit one,
// ISO-8859-15 when a € or œ is only meaningful there) and converts to UTF-8.
DecodedText decodeText(const std::string& bytes);

// A conversion accident in otherwise valid UTF-8 text, one per line and kind.
struct TextFlaw {
  enum class Kind { DoubleEncoded, Control, CurrencySign, Undrawable };
  Kind kind;
  int line = 0;
  std::string found;     // DoubleEncoded: the garbled word; Control: "U+0001"; Undrawable: "♦"
  std::string repaired;  // DoubleEncoded: the word as it was meant
  std::string code{};    // Undrawable: "U+2666"
};
std::vector<TextFlaw> findTextFlaws(const std::string& utf8);
// « e + ◌́ » -> « é »: a Latin letter followed by a combining grave, acute, circumflex, tilde,
// diaeresis, ring, caron or cedilla becomes the one character, and the ligatures ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ
// become their letters (text from a Mac, or copied out of a PDF: the kiosk's fonts and its
// search expect plain composed letters). Soft hyphens (U+00AD, Word's optional breaks) are
// dropped: the kiosk does not hyphenate, and its fonts draw them as visible « - ».
std::string normalizeLetters(const std::string& utf8);
// « Ã©tÃ© » -> « été »: undoes one round of Windows-1252 double encoding where it is certain.
std::string repairDoubleEncoding(const std::string& utf8);

}  // namespace vitrine
