// Generic readers for editor files: everything becomes a file:line diagnostic, nothing throws.
#include "source_files.h"

#include <fstream>
#include <sstream>

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

// Excel's plain "CSV" (not "CSV UTF-8") saves Windows-1252, which would show as garbage on the
// kiosk: better to say so at build time, on the right line.
int firstNonUtf8Line(const std::string& s) {
  int line = 1;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') ++line;
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return line;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return line;
    i += n;
  }
  return 0;
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
    error(file, bad, "not UTF-8 text (save it as \"CSV UTF-8\" or as UTF-8 text)");
    return false;
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

bool CsvFile::load(Reader& r, const std::set<std::string>& known,
                   std::initializer_list<const char*> required) {
  std::string text;
  if (!r.slurp(name, text)) return false;
  table = csv::parse(text);
  if (!table.error.empty()) {
    r.error(name, table.errorLine, table.error);
    return false;
  }
  if (table.rows.empty()) {
    r.error(name, 1, "the file is empty: the first line must name the columns");
    return false;
  }
  const auto& header = table.rows.front();
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string& col = header.fields[i];
    if (col.empty())
      r.error(name, header.line, "column " + std::to_string(i + 1) + " has no name");
    else if (!known.count(col))
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
  size_t want = table.rows.front().fields.size();
  for (size_t i = 1; i < table.rows.size(); ++i) {
    const auto& row = table.rows[i];
    if (row.fields.size() != want)
      r.error(name, row.line,
              std::to_string(row.fields.size()) + " fields instead of " + std::to_string(want) +
                  " (check the " + std::string(1, table.delimiter) + " separators and quotes)");
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
