// Generic readers for editor files: everything becomes a file:line diagnostic, nothing throws.
#include "source_files.h"

#include <cctype>
#include <fstream>
#include <sstream>

#include "encoding.h"

namespace vitrine::sources {

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::vector<std::string> splitLines(std::string text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

bool Reader::slurp(const std::string& file, std::string& out) {
  std::ifstream in(dir / file, std::ios::binary);
  if (!in) {
    error(file, 0, "cannot read the file");
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  if (int bad = firstNonUtf8Line(out)) {
    // Most likely Excel's plain "CSV" or Notepad's "ANSI": convert, but ask for UTF-8 next time.
    std::string converted;
    const bool isCsv = file.size() > 4 && file.compare(file.size() - 4, 4, ".csv") == 0;
    if (!cp1252ToUtf8(out, converted)) {
      error(
          file, bad,
          std::string("not UTF-8 text (save it as ") + (isCsv ? "\"CSV UTF-8\")" : "UTF-8 text)"));
      return false;
    }
    out = std::move(converted);
    warning(file, 1,
            std::string("converted from Windows-1252; save as ") +
                (isCsv ? "\"CSV UTF-8\"" : "UTF-8 text") + " to silence this");
  }
  return true;
}

std::string Header::get(const std::string& key) const {
  auto it = values.find(key);
  return it == values.end() ? std::string() : it->second;
}

int Header::line(const std::string& key) const {
  auto it = lines.find(key);
  return it == lines.end() ? 0 : it->second;
}

Header readHeader(Reader& r, const std::string& file, const std::vector<std::string>& lines,
                  const std::set<std::string>& known) {
  Header h;
  size_t i = 0;
  for (; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (line.find_first_not_of(" \t") == std::string::npos) break;
    const int lineNo = static_cast<int>(i + 1);
    auto colon = line.find(':');
    if (colon == std::string::npos) {
      bool bodyLike = line.rfind("#", 0) == 0 || line.rfind("- ", 0) == 0;
      r.error(file, lineNo,
              "expected `key: value`, got \"" + line + "\"" +
                  (bodyLike ? " (leave a blank line between the header and the text)" : ""));
      continue;
    }
    std::string key = trim(line.substr(0, colon));
    if (!known.count(key)) {
      r.error(file, lineNo, "unknown key \"" + key + "\"");
      continue;
    }
    if (h.lines.count(key)) {
      r.error(
          file, lineNo,
          "key \"" + key + "\" given twice (first on line " + std::to_string(h.lines[key]) + ")");
      continue;
    }
    h.values[key] = trim(line.substr(colon + 1));
    h.lines[key] = lineNo;
  }
  h.bodyStart = i;
  return h;
}

void requireKeys(Reader& r, const std::string& file, const Header& h,
                 std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    if (h.get(k).empty()) r.error(file, 0, std::string("missing required key \"") + k + "\"");
}

void checkUniqueId(Reader& r, const std::string& file, int line, const std::string& id,
                   std::map<std::string, int>& seen) {
  if (id.empty()) return;
  auto [it, fresh] = seen.emplace(id, line);
  if (!fresh)
    r.error(file, line,
            "duplicate id \"" + id + "\" (first on line " + std::to_string(it->second) + ")");
}

bool CsvFile::isTranslationColumn(const std::string& col) const {
  auto at = col.find('@');
  return at != std::string::npos && translatable.count(col.substr(0, at)) &&
         isLanguageCode(col.substr(at + 1));
}

bool CsvFile::load(Reader& r, const std::set<std::string>& known,
                   std::initializer_list<const char*> required) {
  std::string text;
  if (!r.slurp(name, text)) return false;
  table_ = csv::parse(text);
  if (!table_.error.empty()) {
    r.error(name, table_.errorLine, table_.error);
    return false;
  }
  if (table_.rows.empty()) {
    r.error(name, 1, "the file is empty: the first line must name the columns");
    return false;
  }
  const auto& header = table_.rows.front();
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string& col = header.fields[i];
    if (col.empty())
      r.error(name, header.line, "column " + std::to_string(i + 1) + " has no name");
    else if (!known.count(col) && !isTranslationColumn(col))
      r.error(name, header.line, "unknown column \"" + col + "\"");
    else if (!columns.emplace(col, i).second)
      r.error(name, header.line, "column \"" + col + "\" appears twice");
  }
  bool ok = true;
  for (const char* c : required)
    if (!columns.count(c)) {
      r.error(name, header.line, std::string("missing column \"") + c + "\"");
      ok = false;
    }
  return ok;
}

std::string CsvFile::get(const csv::Row& row, const std::string& col) const {
  auto it = columns.find(col);
  return it != columns.end() && it->second < row.fields.size() ? row.fields[it->second] : "";
}

std::vector<const csv::Row*> CsvFile::records(Reader& r) const {
  std::vector<const csv::Row*> out;
  size_t want = table_.rows.front().fields.size();
  for (size_t i = 1; i < table_.rows.size(); ++i) {
    const auto& row = table_.rows[i];
    if (row.fields.size() != want)
      r.error(name, row.line,
              std::to_string(row.fields.size()) + " fields instead of " + std::to_string(want) +
                  " (check the " + std::string(1, table_.delimiter) + " separators and quotes)");
    else
      out.push_back(&row);
  }
  return out;
}

void CsvFile::require(Reader& r, const csv::Row& row,
                      std::initializer_list<const char*> cols) const {
  for (const char* c : cols)
    if (get(row, c).empty())
      r.error(name, row.line, std::string("missing ") + c + " (a required field)");
}

}  // namespace vitrine::sources

namespace vitrine::sources {

void checkUrl(Reader& r, const std::string& file, int line, const char* col,
              const std::string& url) {
  if (!url.empty() && url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
    r.error(file, line, std::string(col) + " must start with https://, got \"" + url + "\"");
}

void checkCountry(Reader& r, const std::string& file, int line, const std::string& c) {
  bool ok = c.empty() || (c.size() == 2 && std::isupper(static_cast<unsigned char>(c[0])) &&
                          std::isupper(static_cast<unsigned char>(c[1])));
  if (!ok) r.error(file, line, "country must be a two-letter ISO code like BE, got \"" + c + "\"");
}

bool isLanguageCode(const std::string& s) {
  return s.size() == 2 && std::islower(static_cast<unsigned char>(s[0])) &&
         std::islower(static_cast<unsigned char>(s[1]));
}

void CsvFile::translate(Reader& r, const csv::Row& row, const std::string& id,
                        std::initializer_list<const char*> expected) const {
  for (const auto& [col, index] : columns) {
    auto at = col.find('@');
    if (at == std::string::npos || index >= row.fields.size() || row.fields[index].empty())
      continue;
    std::string lang = col.substr(at + 1);
    if (lang == r.defaultLanguage()) continue;  // the plain column is the default language
    r.translations.push_back({table, id, col.substr(0, at), lang, row.fields[index]});
  }
  for (const std::string& lang : r.otherLanguages())
    for (const char* field : expected)
      if (columns.count(std::string(field) + "@" + lang) && !get(row, field).empty() &&
          get(row, std::string(field) + "@" + lang).empty())
        r.warning(name, row.line,
                  "missing " + lang + " translation of " + field + " (column " + field + "@" +
                      lang + ")");
}

}  // namespace vitrine::sources

namespace vitrine::sources {

void CsvFile::expectTranslations(Reader& r, std::initializer_list<const char*> fields) const {
  for (const std::string& lang : r.otherLanguages())
    for (const char* field : fields)
      if (!columns.count(std::string(field) + "@" + lang))
        r.warning(name, table_.rows.front().line,
                  "missing " + lang + " translations: no column " + field + "@" + lang + " (" +
                      lang + " visitors see the " + r.defaultLanguage() + " text)");
}

}  // namespace vitrine::sources
