// Reading an editor's text and CSV files with diagnostics: UTF-8 check, `key: value` headers,
// columns by name.
#pragma once

#include <cstdint>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "csv.h"
#include "diagnostic.h"
#include "model.h"

namespace vitrine::sources {

std::string trim(const std::string& s);
// Splits on '\n', dropping a BOM and the '\r' of CRLF files.
std::vector<std::string> splitLines(std::string text);

// Size limits of what `pack build` reads from the sources folder (README: Sources folder).
inline constexpr uintmax_t kMaxTextBytes = 16u << 20;   // a CSV or career file
inline constexpr uintmax_t kMaxImageBytes = 32u << 20;  // a photo straight from a phone
// The same kind of problem is shown this many times per file, then summarised in one line.
inline constexpr size_t kRepeatLimit = 5;

using Args = std::initializer_list<std::string_view>;

// The one rule for repeated problems: the first kRepeatLimit of one kind (message id) in one file
// are kept, the others counted, and summarise() adds one line per kind with how many were hidden.
class RepeatCap {
 public:
  void add(std::vector<Diagnostic>& out, Diagnostic d, M kind);
  void summarise(std::vector<Diagnostic>& out);

 private:
  struct Repeat {
    size_t count = 0;
    Diagnostic first;
  };
  std::map<std::pair<std::string, M>, Repeat> repeats_;  // (file, message) -> how many so far
};

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
  std::vector<ImageRef> imageRefs;              // every image a source names, in reading order
  std::string today;                            // YYYY-MM-DD, for "deadline already past"
  std::vector<std::string> languages;           // from pack.txt; the first is the default
  std::vector<Translation> translations;        // collected from every source
  std::map<std::string, size_t> recordsRead{};  // file -> records read (CSV rows after the header)
  // Organisations whose row could not be read (id -> its line), or the whole file: rows naming
  // them get one summary error instead of one "unknown organisation" each.
  std::map<std::string, int> failedOrganisations{};
  bool organisationsUnread = false;
  std::map<std::string, std::vector<int>> deferredOrganisationRefs{};  // id -> lines, current file
  // Careers whose file could not be read (id -> file): rows naming them get one summary too.
  std::map<std::string, std::string> failedCareers{};
  std::map<std::string, std::vector<int>> deferredCareerRefs{};
  RepeatCap repeats{};

  const std::string& defaultLanguage() const { return languages.front(); }
  // The languages a visitor may pick besides the default: each should have every text.
  std::vector<std::string> otherLanguages() const {
    return std::vector<std::string>(languages.begin() + 1, languages.end());
  }

  // Every message comes from the string table (messages_list.h), in the editor's language.
  void error(const std::string& file, int line, M id, Args args = {}) {
    report(Diagnostic::Severity::Error, file, line, id, args);
  }
  void warning(const std::string& file, int line, M id, Args args = {}) {
    report(Diagnostic::Severity::Warning, file, line, id, args);
  }
  void note(const std::string& file, int line, M id, Args args = {}) {
    report(Diagnostic::Severity::Note, file, line, id, args);
  }
  // A sentence another module already took from the string table (an image decoder's error).
  void errorText(const std::string& file, int line, const std::string& text) {
    problems.push_back({file, line, text, Diagnostic::Severity::Error});
  }
  // After kRepeatLimit of one kind in one file, the others are counted, not printed.
  void report(Diagnostic::Severity severity, const std::string& file, int line, M id, Args args);
  // One line per kind whose repeats were hidden; called once everything is read.
  void summariseRepeats();
  // True when `id` names an organisation (a career) that failed to read: the reference is
  // remembered for one summary (reportDeferred) instead of an "unknown ..." error per row.
  bool deferOrganisation(const std::string& id, int line);
  bool deferCareer(const std::string& id, int line);
  void reportDeferred(const std::string& file);

  // True when something stands at `path` (relative to dir), even a broken or looping symbolic
  // link: an optional file that is there but cannot be read is an error, never silently absent.
  bool present(const std::string& path) const;
  // A folder of the sources (careers, images, keys) that is a link leading out of the sources
  // folder: false, with a diagnostic, and nothing in it is read. True otherwise (even if absent).
  bool folderInside(const std::string& folder);
  // Reads `file` (relative to dir) if it is a regular file inside the folder (no device, FIFO,
  // socket, or link leading out or nowhere) of at most `limit` bytes; false, with a diagnostic,
  // otherwise.
  bool readBytes(const std::string& file, uintmax_t limit, std::string& out);
  // Reads `file` into `out` as UTF-8: UTF-16 and legacy 8-bit encodings are converted (with a
  // warning for the latter); false, with a diagnostic, if unreadable or in no single encoding.
  // Text garbled by a conversion (double encoding, control characters) is an error, `¤` a warning.
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
// Ids are lower-case ASCII slugs (a-z, 0-9, -): reports any other, with the slug to use.
bool checkId(Reader& r, const std::string& file, int line, const std::string& id);
bool isSlug(const std::string& s);
// "HG-hébergement 2" -> "hg-hebergement-2".
std::string slugify(const std::string& s);

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
  mutable std::set<std::string> dayFirstWarned;  // columns already warned about DD/MM/YYYY

  // Parses and checks the header; false (with diagnostics) when the records cannot be read.
  bool load(Reader& r, const std::set<std::string>& known,
            std::initializer_list<const char*> required);
  // Ignores Excel's trailing empty unnamed columns (one warning); false on other unnamed ones.
  bool dropUnnamedColumns(Reader& r);
  std::string get(const csv::Row& row, const std::string& col) const;
  bool isTranslationColumn(const std::string& col) const;
  // Rows after the header with the right number of fields; the others are reported (and their
  // ids appended to `failedIds` when given).
  std::vector<const csv::Row*> records(Reader& r,
                                       std::map<std::string, int>* failedIds = nullptr) const;
  // A date column: YYYY-MM-DD as is, DD/MM/YYYY converted (one warning per column), anything
  // else returned unchanged for the caller to refuse.
  std::string date(Reader& r, const csv::Row& row, const std::string& col) const;
  // One note on the header line for each absent optional column that changes what the kiosk shows.
  void noteAbsent(Reader& r, std::initializer_list<std::pair<const char*, M>> cols) const;
  void require(Reader& r, const csv::Row& row, std::initializer_list<const char*> cols) const;
  // Collects the row's `field@lang` values; warns when `field` has text but no translation into
  // one of the pack's other languages (the visitor would see the default language there).
  void translate(Reader& r, const csv::Row& row, const std::string& id,
                 std::initializer_list<const char*> expected) const;
  // Warns once, on the header line, for each expected `field@lang` column that is absent.
  void expectTranslations(Reader& r, std::initializer_list<const char*> fields) const;
};

}  // namespace vitrine::sources
