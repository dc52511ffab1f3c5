// CSV reader tolerant of what spreadsheets save: BOM, CRLF, ';' or ',', quoted multi-line fields.
#include "csv.h"

namespace vitrine::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isBlank(char c) {
  return c == ' ' || c == '\t';
}

// LibreOffice and Excel in French locales save with ';', elsewhere with ','. We count both outside
// quotes on the first record (the header) and take the most frequent; ties go to ',' (RFC 4180).
char detectDelimiter(std::string_view text) {
  int semicolons = 0, commas = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
  }
  return semicolons > commas ? ';' : ',';
}

// Keeps the fields of one record while it is being read.
struct RecordBuilder {
  std::vector<std::string> fields;
  std::string field;
  bool fieldQuoted = false;  // the current field had quotes: keep its spaces, it is not "blank"
  bool anyQuoted = false;

  void endField() {
    if (!fieldQuoted) {  // "id; kind" typed by hand means "kind", not " kind"
      size_t end = field.size();
      while (end > 0 && isBlank(field[end - 1])) --end;
      size_t begin = 0;
      while (begin < end && isBlank(field[begin])) ++begin;
      field = field.substr(begin, end - begin);
    }
    fields.push_back(std::move(field));
    field.clear();
    fieldQuoted = false;
  }

  // A record with no text at all is a blank line (or a row of bare delimiters, which spreadsheets
  // leave below the data); callers never want it.
  bool blank() const {
    if (anyQuoted) return false;
    for (const auto& f : fields)
      if (!f.empty()) return false;
    return true;
  }
};

}  // namespace

Table parse(std::string_view text) {
  Table table;
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  table.delimiter = detectDelimiter(text);

  RecordBuilder rec;
  int line = 1;        // line of the character being read
  int recordLine = 1;  // line where the current record started
  int quoteLine = 0;   // line where the open quote started, for the error message
  bool inQuotes = false;
  bool afterQuote = false;  // closing quote seen; only spaces may follow before the delimiter

  auto endRecord = [&] {
    rec.endField();
    if (!rec.blank()) table.rows.push_back(Row{recordLine, std::move(rec.fields)});
    rec = RecordBuilder{};
    afterQuote = false;
  };

  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (inQuotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          rec.field += '"';
          ++i;
        } else {
          inQuotes = false;
          afterQuote = true;
        }
      } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
        continue;  // CRLF inside a field becomes a plain '\n'
      } else {
        if (c == '\n') ++line;
        rec.field += c;
      }
      continue;
    }
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      endRecord();
      ++line;
      recordLine = line;
      continue;
    }
    if (c == table.delimiter) {
      rec.endField();
      afterQuote = false;
      continue;
    }
    if (c == '"' && !afterQuote && rec.field.find_first_not_of(" \t") == std::string::npos) {
      // Opening quote (spaces before it are dropped, as spreadsheets do).
      rec.field.clear();
      rec.fieldQuoted = rec.anyQuoted = true;
      inQuotes = true;
      quoteLine = line;
      continue;
    }
    if (afterQuote && isBlank(c)) continue;
    rec.field += c;  // also keeps a stray quote in the middle of an unquoted field, leniently
  }

  if (inQuotes) {
    table.error = "unterminated quoted field (a \" is never closed)";
    table.errorLine = quoteLine;
    return table;
  }
  if (!rec.field.empty() || !rec.fields.empty() || rec.fieldQuoted) endRecord();
  return table;
}

}  // namespace vitrine::csv
