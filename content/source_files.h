// Reading an editor's text and CSV files with diagnostics: UTF-8 check, `key: value` headers,
// columns by name.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "csv.h"
#include "diagnostic.h"

namespace vitrine::sources {

std::string trim(const std::string& s);
// Splits on '\n', dropping a BOM and the '\r' of CRLF files.
std::vector<std::string> splitLines(std::string text);
// 1-based line of the first byte that is not UTF-8, or 0 when the text is clean.
int firstNonUtf8Line(const std::string& s);

// The sources folder and the problems found so far; every reader appends and carries on.
struct Reader {
  const std::filesystem::path& dir;
  std::vector<Diagnostic>& problems;
  std::map<std::string, int> imageLines;  // career id -> line of its `image:` key

  void error(const std::string& file, int line, const std::string& msg) {
    problems.push_back({file, line, msg});
  }
  // Reads `file` (relative to dir) into `out`; false, with a diagnostic, if unreadable or not
  // UTF-8.
  bool slurp(const std::string& file, std::string& out);
};

// A `key: value` header ending at the first blank line.
struct Header {
  std::map<std::string, std::string> values;
  std::map<std::string, int> lines;  // 1-based line of each key, for messages about its value
  size_t bodyStart = 0;              // index in the lines of the first line after the header

  std::string get(const std::string& key) const;
  int line(const std::string& key) const;
};

Header readHeader(Reader& r, const std::string& file, const std::vector<std::string>& lines,
                  const std::set<std::string>& known);
void requireKeys(Reader& r, const std::string& file, const Header& h,
                 std::initializer_list<const char*> keys);
// Reports `id` if it is already in `seen` (id -> line where first defined), else records it.
void checkUniqueId(Reader& r, const std::string& file, int line, const std::string& id,
                   std::map<std::string, int>& seen);

// One CSV file whose columns are found by header name, in any order.
struct CsvFile {
  std::string name;
  csv::Table table;
  std::map<std::string, size_t> columns;

  // Parses and checks the header; false (with diagnostics) when the records cannot be read.
  bool load(Reader& r, const std::set<std::string>& known,
            std::initializer_list<const char*> required);
  std::string get(const csv::Row& row, const std::string& col) const;
  // Rows after the header with the right number of fields; the others are reported.
  std::vector<const csv::Row*> records(Reader& r) const;
  void require(Reader& r, const csv::Row& row, std::initializer_list<const char*> cols) const;
};

}  // namespace vitrine::sources
