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
#include "model.h"

namespace vitrine::sources {

std::string trim(const std::string& s);
// Splits on '\n', dropping a BOM and the '\r' of CRLF files.
std::vector<std::string> splitLines(std::string text);

// The sources folder and the problems found so far; every reader appends and carries on.
struct Reader {
  const std::filesystem::path& dir;
  std::vector<Diagnostic>& problems;
  struct ImageRef {
    std::string name;  // file name in images/
    std::string file;  // the source that names it, and where, for "image not found"
    int line;
    int minSide;
  };
  std::vector<ImageRef> imageRefs;        // every image a source names, in reading order
  std::string today;                      // YYYY-MM-DD, for "deadline already past"
  std::vector<std::string> languages;     // from pack.txt; the first is the default
  std::vector<Translation> translations;  // collected from every source

  const std::string& defaultLanguage() const { return languages.front(); }
  // The languages a visitor may pick besides the default: each should have every text.
  std::vector<std::string> otherLanguages() const {
    return std::vector<std::string>(languages.begin() + 1, languages.end());
  }

  void error(const std::string& file, int line, const std::string& msg) {
    problems.push_back({file, line, msg, Diagnostic::Severity::Error});
  }
  void warning(const std::string& file, int line, const std::string& msg) {
    problems.push_back({file, line, msg, Diagnostic::Severity::Warning});
  }
  // Reads `file` (relative to dir) into `out` as UTF-8 (Windows-1252 is converted, with a
  // warning); false, with a diagnostic, if unreadable or in no known encoding.
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

// The kiosk turns these into QR codes: anything but a web address would lead nowhere.
void checkUrl(Reader& r, const std::string& file, int line, const char* col,
              const std::string& url);
void checkCountry(Reader& r, const std::string& file, int line, const std::string& c);
// A two-letter lower-case language code such as fr or nl.
bool isLanguageCode(const std::string& s);

// One CSV file whose columns are found by header name, in any order. Columns named `field@lang`
// (e.g. `title@nl`) hold translations of the fields listed in `translatable`.
struct CsvFile {
  std::string name;
  std::string table;  // the pack table its rows go to, for translations
  std::set<std::string> translatable;
  csv::Table table_;
  std::map<std::string, size_t> columns;

  // Parses and checks the header; false (with diagnostics) when the records cannot be read.
  bool load(Reader& r, const std::set<std::string>& known,
            std::initializer_list<const char*> required);
  std::string get(const csv::Row& row, const std::string& col) const;
  bool isTranslationColumn(const std::string& col) const;
  // Rows after the header with the right number of fields; the others are reported.
  std::vector<const csv::Row*> records(Reader& r) const;
  void require(Reader& r, const csv::Row& row, std::initializer_list<const char*> cols) const;
  // Collects the row's `field@lang` values; warns when `field` has text but no translation into
  // one of the pack's other languages (the visitor would see the default language there).
  void translate(Reader& r, const csv::Row& row, const std::string& id,
                 std::initializer_list<const char*> expected) const;
  // Warns once, on the header line, for each expected `field@lang` column that is absent.
  void expectTranslations(Reader& r, std::initializer_list<const char*> fields) const;
};

}  // namespace vitrine::sources
