// CSV reader tolerant of what spreadsheets save: BOM, CRLF, ';' ',' or tab, `sep=`, quoted
// multi-line fields; strict where tolerance would lose text (unclosed quotes, text after quotes).
#include "csv.h"

#include <algorithm>

namespace vitrine::csv {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool isBlank(char c) {
  return c == ' ' || c == '\t';
}

// LibreOffice and Excel in French locales save with ';', elsewhere with ','; Excel's « Texte
// Unicode » with tabs. We count them outside quotes on the first record (the header) and take the
// most frequent; ties go to ',' (RFC 4180), then ';'.
char detectDelimiter(std::string_view text) {
  int semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ';') ++semicolons;
    if (c == ',') ++commas;
    if (c == '\t') ++tabs;
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  return semicolons > commas ? ';' : ',';
}

// Excel writes `sep=;` as a first line when asked; it names the delimiter and is not a record.
bool readSepLine(std::string_view& text, char& delimiter) {
  if (text.size() < 5 || text.substr(0, 4) != "sep=" || text[4] == '\r' || text[4] == '\n')
    return false;
  size_t end = 5;
  if (end < text.size() && text[end] == '\r') ++end;
  if (end < text.size() && text[end] != '\n') return false;
  delimiter = text[4];
  text.remove_prefix(std::min(end + 1, text.size()));
  return true;
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

class Parser {
 public:
  Parser(std::string_view text, Table& table, int firstLine)
      : text_(text), t_(table), line_(firstLine), recordLine_(firstLine) {}

  void run() {
    for (i_ = 0; i_ < text_.size(); ++i_) {
      if (inQuotes_)
        quoted(text_[i_]);
      else
        unquoted(text_[i_]);
    }
    if (inQuotes_) {
      issue({Issue::Kind::UnclosedQuote, quoteLine_, 0, 0, {}});
      return;  // the rest of the file would be one cell: nothing after the quote is a record
    }
    if (!rec_.field.empty() || !rec_.fields.empty() || rec_.fieldQuoted) endRecord();
  }

 private:
  void issue(Issue is) {
    if (is.error() && t_.error.empty()) {
      t_.error = is.kind == Issue::Kind::UnclosedQuote
                     ? "unterminated quoted field (a \" is never closed)"
                     : "text after a closing quote";
      t_.errorLine = is.line;
    }
    t_.issues.push_back(std::move(is));
  }

  void quoted(char c) {
    if (c == '"') {
      if (i_ + 1 < text_.size() && text_[i_ + 1] == '"') {
        rec_.field += '"';
        ++i_;
      } else {
        inQuotes_ = false;
        afterQuote_ = true;
        checkQuotedCell();
      }
    } else if (c == '\r' && i_ + 1 < text_.size() && text_[i_ + 1] == '\n') {
      // CRLF inside a field becomes a plain '\n'
    } else {
      if (c == '\n') ++line_;
      rec_.field += c;
    }
  }

  // A cell that swallowed line breaks and a row's worth of separators is most likely a quote
  // typed by mistake that a later quote happened to close.
  void checkQuotedCell() {
    const std::string& f = rec_.field;
    int separators = static_cast<int>(std::count(f.begin(), f.end(), t_.delimiter));
    bool newline = f.find('\n') != std::string::npos;
    if (newline && headerFields_ >= 3 && separators >= headerFields_ - 1)
      issue({Issue::Kind::CellHoldsRow, quoteLine_, line_, separators, {}});
    else if (line_ - quoteLine_ + 1 > kLongCellLines)
      issue({Issue::Kind::LongQuotedCell, quoteLine_, line_, 0, {}});
  }

  void unquoted(char c) {
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i_ + 1 < text_.size() && text_[i_ + 1] == '\n') ++i_;
      endRecord();
      ++line_;
      recordLine_ = line_;
      return;
    }
    if (c == t_.delimiter) {
      endField();
      return;
    }
    if (c == '"' && !afterQuote_ && rec_.field.find_first_not_of(" \t") == std::string::npos) {
      // Opening quote (spaces before it are dropped, as spreadsheets do).
      rec_.field.clear();
      rec_.fieldQuoted = rec_.anyQuoted = true;
      inQuotes_ = true;
      quoteLine_ = line_;
      return;
    }
    if (afterQuote_) {
      if (isBlank(c)) {
        pending_ += c;
        return;
      }
      if (!afterText_) issue({Issue::Kind::TextAfterQuote, line_, 0, 0, {}});
      afterText_ = true;
      rec_.field += pending_;  // kept as typed: the error stops the build, the text is not lost
      t_.issues.back().text += pending_;
      pending_.clear();
      t_.issues.back().text += c;
    }
    rec_.field += c;  // also keeps a stray quote in the middle of an unquoted field, leniently
  }

  void endField() {
    if (afterText_) {  // the issue's text is the whole cell as typed, for the message
      auto& is = t_.issues.back();
      is.text = "\"" + rec_.field.substr(0, rec_.field.size() - is.text.size()) + "\"" + is.text;
    }
    rec_.endField();
    afterQuote_ = afterText_ = false;
    pending_.clear();
  }

  void endRecord() {
    endField();
    if (headerFields_ == 0) headerFields_ = static_cast<int>(rec_.fields.size());
    if (!rec_.blank()) t_.rows.push_back(Row{recordLine_, std::move(rec_.fields)});
    rec_ = RecordBuilder{};
  }

  std::string_view text_;
  Table& t_;
  size_t i_ = 0;
  RecordBuilder rec_;
  int line_;           // line of the character being read
  int recordLine_;     // line where the current record started
  int quoteLine_ = 0;  // line where the open quote started, for the error message
  int headerFields_ = 0;
  bool inQuotes_ = false;
  bool afterQuote_ = false;  // closing quote seen; only spaces may follow before the delimiter
  bool afterText_ = false;   // ...and text did follow (reported once per cell)
  std::string pending_;      // blanks after a closing quote, kept if text follows them
};

}  // namespace

Table parse(std::string_view text) {
  Table table;
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  table.sepLine = readSepLine(text, table.delimiter);
  if (!table.sepLine) table.delimiter = detectDelimiter(text);
  Parser p(text, table, table.sepLine ? 2 : 1);  // lines as the editor sees them
  p.run();
  return table;
}

}  // namespace vitrine::csv
