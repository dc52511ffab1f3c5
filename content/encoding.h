// Text encodings editors' tools produce: UTF-8 checks and Windows-1252 (Excel's plain "CSV").
#pragma once

#include <string>

namespace vitrine {

// 1-based line of the first byte sequence that is not UTF-8, or 0 when the text is clean.
int firstNonUtf8Line(const std::string& s);
// Converts Windows-1252 bytes to UTF-8. Returns false (and leaves `out` unspecified) when a byte
// has no meaning in Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D), i.e. the text is something else.
bool cp1252ToUtf8(const std::string& in, std::string& out);

}  // namespace vitrine
