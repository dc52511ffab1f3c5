// CSV as spreadsheets save it: comma or semicolon, optional UTF-8 BOM, CRLF, quoted fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitrine::csv {

struct Row {
  int line = 0;  // 1-based line where the record starts in the file
  std::vector<std::string> fields;
};

struct Table {
  char delimiter = ',';
  std::vector<Row> rows;  // includes the header row; blank lines are skipped
  std::string error;      // non-empty on a malformed file (e.g. unterminated quote)
  int errorLine = 0;
};

// Detects the delimiter from the first record (';' or ','), strips a BOM, keeps newlines inside
// quoted fields, trims spaces around unquoted fields (quoted ones are kept verbatim).
Table parse(std::string_view text);

}  // namespace vitrine::csv
