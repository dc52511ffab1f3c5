// CSV as spreadsheets save it: comma, semicolon or tab, optional UTF-8 BOM, CRLF, quoted fields.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vitrine::csv {

struct Row {
  int line = 0;  // 1-based line where the record starts in the file
  std::vector<std::string> fields;
};

// Something in the file's structure an editor must hear about; the caller words it.
struct Issue {
  enum class Kind {
    UnclosedQuote,   // error: a quote opened on `line` is never closed
    TextAfterQuote,  // error: text follows a closing quote on `line` (`text` = what follows)
    LongQuotedCell,  // warning: a quoted cell runs from `line` to `endLine`
    CellHoldsRow,    // warning: a quoted cell has a line break and `count` separators (a row's)
  };
  Kind kind;
  int line = 0;
  int endLine = 0;
  int count = 0;
  std::string text;
  bool error() const { return kind == Kind::UnclosedQuote || kind == Kind::TextAfterQuote; }
};

struct Table {
  char delimiter = ',';
  bool sepLine = false;   // the file began with Excel's `sep=;` line, honoured and skipped
  std::vector<Row> rows;  // includes the header row; blank lines are skipped
  std::vector<Issue> issues;
  std::string error;  // the first error issue in words (English), empty when none
  int errorLine = 0;
};

// A quoted cell longer than this many lines gets a LongQuotedCell warning.
inline constexpr int kLongCellLines = 6;

// Detects the delimiter from the first record (';', ',' or tab) unless a `sep=` line names it,
// strips a BOM, keeps newlines inside quoted fields, trims spaces around unquoted fields (quoted
// ones are kept verbatim). Never drops or merges a record without an Issue saying so.
Table parse(std::string_view text);

}  // namespace vitrine::csv
