// libFuzzer: the CSV reader on any bytes (BOM, quotes, CRLF, either delimiter), then the
// Windows-1252 conversion the pack reader applies to a file that is not UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>

#include "csv.h"
#include "encoding.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  vitrine::csv::Table t = vitrine::csv::parse(text);
  for (const auto& row : t.rows)
    if (row.line < 1) __builtin_trap();  // every record knows where it starts
  if (vitrine::firstNonUtf8Line(text) > 0) {
    std::string utf8;
    if (vitrine::cp1252ToUtf8(text, utf8)) vitrine::csv::parse(utf8);
  }
  return 0;
}
