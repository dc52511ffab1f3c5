// Generic readers for editor files: everything becomes a file:line diagnostic, nothing throws.
#include "source_files.h"

#include <cctype>
#include <sstream>

#include "date_time.h"
#include "encoding.h"
#include "file_kind.h"
#include "text_util.h"

namespace vitrine::sources {
namespace fs = std::filesystem;

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

void RepeatCap::add(std::vector<Diagnostic>& out, Diagnostic d, M kind) {
  Repeat& rep = repeats_[{d.file, kind}];
  if (++rep.count == 1) rep.first = d;
  if (rep.count <= kRepeatLimit) out.push_back(std::move(d));
}

void RepeatCap::summarise(std::vector<Diagnostic>& out) {
  for (const auto& [key, rep] : repeats_) {
    if (rep.count <= kRepeatLimit) continue;
    Diagnostic d = rep.first;
    d.line = 0;
    d.message = tr(M::repeated_more, {std::to_string(rep.count - kRepeatLimit), rep.first.message});
    out.push_back(std::move(d));
  }
  repeats_.clear();
}

void Reader::report(Diagnostic::Severity severity, const std::string& file, int line, M id,
                    Args args) {
  repeats.add(problems, Diagnostic{file, line, tr(id, args), severity}, id);
}

void Reader::summariseRepeats() {
  repeats.summarise(problems);
}

bool Reader::deferOrganisation(const std::string& id, int line) {
  if (!organisationsUnread && !failedOrganisations.count(id)) return false;
  deferredOrganisationRefs[organisationsUnread ? std::string() : id].push_back(line);
  return true;
}

bool Reader::deferCareer(const std::string& id, int line) {
  if (!failedCareers.count(id)) return false;
  auto& lines = deferredCareerRefs[id];
  if (lines.empty() || lines.back() != line) lines.push_back(line);
  return true;
}

namespace {

// "3, 4, 5, 6, 7, …": the first lines of a summary.
std::string lineList(const std::vector<int>& lines) {
  std::string list;
  for (size_t i = 0; i < lines.size() && i < kRepeatLimit; ++i)
    list += (list.empty() ? "" : ", ") + std::to_string(lines[i]);
  return lines.size() > kRepeatLimit ? list + ", …" : list;
}

}  // namespace

void Reader::reportDeferred(const std::string& file) {
  for (const auto& [id, lines] : deferredOrganisationRefs) {
    const std::string n = std::to_string(lines.size());
    if (id.empty())
      error(file, lines.front(), M::organisations_unread, {n});
    else
      error(file, lines.front(), M::failed_organisation,
            {n, lineList(lines), id, std::to_string(failedOrganisations[id])});
  }
  for (const auto& [id, lines] : deferredCareerRefs)
    error(file, lines.front(), M::failed_career,
          {std::to_string(lines.size()), lineList(lines), id, failedCareers[id]});
  deferredOrganisationRefs.clear();
  deferredCareerRefs.clear();
}

namespace {

bool inside(const fs::path& dir, const fs::path& p) {
  auto d = dir.begin(), q = p.begin();
  for (; d != dir.end(); ++d, ++q)
    if (q == p.end() || *d != *q) return false;
  return true;
}

// Where `path` really leads when that is outside `dir` (through a link, or a linked folder);
// empty when it stays inside or cannot be resolved.
std::string leadsOutside(const fs::path& dir, const fs::path& path) {
  std::error_code ec, ec2;
  fs::path real = fs::weakly_canonical(path, ec), root = fs::weakly_canonical(dir, ec2);
  return !ec && !ec2 && !inside(root, real) ? real.string() : std::string();
}

}  // namespace

bool Reader::present(const std::string& path) const {
  std::error_code ec;
  return fs::exists(fs::symlink_status(dir / path, ec));
}

bool Reader::folderInside(const std::string& folder) {
  const std::string outside = leadsOutside(dir, dir / folder);
  if (outside.empty()) return true;
  error(folder + "/", 0, M::folder_link_outside, {outside});
  return false;
}

bool Reader::readBytes(const std::string& file, uintmax_t limit, std::string& out) {
  const fs::path full = dir / file;
  if (const std::string outside = leadsOutside(dir, full); !outside.empty()) {
    error(file, 0, M::file_link_outside, {outside});
    return false;
  }
  std::error_code ec;
  switch (readRegularFile(full, limit, out)) {
    case FileRead::Ok:
      return true;
    case FileRead::NotAFile:
      error(file, 0, M::file_not_regular, {notAFileWord(full)});
      return false;
    case FileRead::TooLarge:
      error(file, 0, M::file_too_large,
            {std::to_string(fs::file_size(full, ec)), std::to_string(limit)});
      return false;
    case FileRead::Missing:
    case FileRead::Unreadable:
      if (fs::is_symlink(fs::symlink_status(full, ec)) && !fs::exists(fs::status(full, ec))) {
        // dangling, or a loop of links
        error(file, 0, M::file_link_broken, {fs::read_symlink(full, ec).string()});
        return false;
      }
      [[fallthrough]];
    default:
      error(file, 0, M::file_unreadable);
      return false;
  }
}

bool Reader::slurp(const std::string& file, std::string& out) {
  std::string bytes;
  if (!readBytes(file, kMaxTextBytes, bytes)) return false;
  const bool isCsv = file.size() > 4 && file.compare(file.size() - 4, 4, ".csv") == 0;
  const std::string saveAs = tr(isCsv ? M::save_as_csv_utf8 : M::save_as_utf8_text);
  DecodedText d = decodeText(bytes);
  if (d.mixedLine) {
    error(file, d.mixedLine, M::mixed_encoding, {saveAs});
    return false;
  }
  if (d.from == Encoding::Unknown) {
    error(file, d.badLine, M::not_utf8, {saveAs});
    return false;
  }
  // Most likely Excel's plain "CSV" or Notepad's "ANSI": converted, but UTF-8 is asked for.
  if (d.from == Encoding::Cp1252) warning(file, 1, M::converted_1252, {saveAs});
  if (d.from == Encoding::Iso885915) warning(file, 1, M::converted_8859_15, {saveAs});
  out = normalizeLetters(d.text);  // é typed as e + ◌́, ﬁ (a Mac, a PDF): the letters drawn
  for (const TextFlaw& f : findTextFlaws(out)) {
    if (f.kind == TextFlaw::Kind::DoubleEncoded)
      error(file, f.line, M::double_encoded, {f.found, f.repaired, saveAs});
    else if (f.kind == TextFlaw::Kind::Control)
      error(file, f.line, M::control_char, {f.found, saveAs});
    else if (f.kind == TextFlaw::Kind::Undrawable)
      warning(file, f.line, M::undrawable_char, {f.found, f.code});
    else
      warning(file, f.line, M::currency_sign);
  }
  return true;
}

namespace {

// Non-breaking spaces (U+00A0, U+202F) typed or pasted around a column name or a `key:` look
// like nothing.
std::string stripSpaces(std::string s) {
  for (bool again = true; again;) {
    again = false;
    for (std::string_view sp :
         {std::string_view(" "), std::string_view("\xC2\xA0"), std::string_view("\xE2\x80\xAF")}) {
      if (s.size() >= sp.size() && s.compare(0, sp.size(), sp) == 0) {
        s.erase(0, sp.size());
        again = true;
      }
      if (s.size() >= sp.size() && s.compare(s.size() - sp.size(), sp.size(), sp) == 0) {
        s.erase(s.size() - sp.size());
        again = true;
      }
    }
  }
  return s;
}

}  // namespace

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
      r.error(file, lineNo, bodyLike ? M::header_expected_kv_body : M::header_expected_kv, {line});
      continue;
    }
    std::string key = stripSpaces(trim(line.substr(0, colon)));
    if (!known.count(key)) {
      r.error(file, lineNo, M::unknown_key, {key});
      continue;
    }
    if (h.lines.count(key)) {
      r.error(file, lineNo, M::key_twice, {key, std::to_string(h.lines[key])});
      continue;
    }
    h.values[key] = stripSpaces(trim(line.substr(colon + 1)));
    h.lines[key] = lineNo;
  }
  h.bodyStart = i;
  return h;
}

void requireKeys(Reader& r, const std::string& file, const Header& h,
                 std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    if (h.get(k).empty()) r.error(file, 0, M::missing_key, {k});
}

void checkUniqueId(Reader& r, const std::string& file, int line, const std::string& id,
                   std::map<std::string, int>& seen) {
  if (id.empty()) return;
  auto [it, fresh] = seen.emplace(id, line);
  if (!fresh) r.error(file, line, M::duplicate_id, {id, std::to_string(it->second)});
}

bool isSlug(const std::string& s) {
  if (s.empty() || s.front() == '-' || s.back() == '-') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

std::string slugify(const std::string& s) {
  std::string folded = foldAccents(s), out;
  for (char c : folded) {
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep)
      out += c;
    else if (!out.empty() && out.back() != '-')
      out += '-';
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool checkId(Reader& r, const std::string& file, int line, const std::string& id) {
  if (id.empty() || isSlug(id)) return true;
  std::string slug = slugify(id);
  r.error(file, line, M::bad_id, {id, slug.empty() ? "a-z, 0-9, -" : slug});
  return false;
}

bool CsvFile::isTranslationColumn(const std::string& col) const {
  auto at = col.find('@');
  return at != std::string::npos && translatable.count(col.substr(0, at)) &&
         isLanguageCode(col.substr(at + 1));
}

}  // namespace vitrine::sources

namespace vitrine::sources {
namespace {

void reportCsvIssues(Reader& r, const std::string& file, const csv::Table& t) {
  for (const csv::Issue& is : t.issues) {
    switch (is.kind) {
      case csv::Issue::Kind::UnclosedQuote:
        r.error(file, is.line, M::csv_unclosed_quote);
        break;
      case csv::Issue::Kind::TextAfterQuote:
        r.error(file, is.line, M::csv_text_after_quote, {is.text});
        break;
      case csv::Issue::Kind::LongQuotedCell:
        r.warning(file, is.line, M::csv_long_cell,
                  {std::to_string(is.line), std::to_string(is.endLine)});
        break;
      case csv::Issue::Kind::CellHoldsRow:
        r.warning(file, is.line, M::csv_cell_holds_row, {std::to_string(is.count)});
        break;
    }
  }
}

}  // namespace

// Columns without a name: Excel leaves empty ones at the end of every row (`;;;`), ignored with
// one warning; one that holds text, or sits between named ones, is an error.
bool CsvFile::dropUnnamedColumns(Reader& r) {
  auto& header = table_.rows.front().fields;
  size_t width = header.size();
  while (width > 0 && header[width - 1].empty()) --width;
  bool ok = true;
  for (size_t i = 0; i < header.size(); ++i) {
    if (!header[i].empty()) continue;
    int filled = 0;
    for (size_t k = 1; k < table_.rows.size() && !filled; ++k)
      if (i < table_.rows[k].fields.size() && !table_.rows[k].fields[i].empty())
        filled = table_.rows[k].line;
    if (filled) {
      r.error(name, table_.rows.front().line, M::column_no_name_filled,
              {std::to_string(i + 1), std::to_string(filled)});
      ok = false;
    } else if (i < width) {
      r.error(name, table_.rows.front().line, M::column_no_name, {std::to_string(i + 1)});
      ok = false;
    }
  }
  if (!ok || width == header.size()) return ok;
  r.warning(name, table_.rows.front().line, M::trailing_columns,
            {std::to_string(header.size() - width)});
  for (auto& row : table_.rows)
    if (row.fields.size() > width) row.fields.resize(width);
  return true;
}

bool CsvFile::load(Reader& r, const std::set<std::string>& known,
                   std::initializer_list<const char*> required) {
  std::string text;
  if (!r.slurp(name, text)) return false;
  table_ = csv::parse(text);
  r.recordsRead[name] = table_.rows.empty() ? 0 : table_.rows.size() - 1;
  reportCsvIssues(r, name, table_);
  if (!table_.error.empty()) return false;
  if (table_.rows.empty()) {
    r.error(name, 1, M::csv_empty);
    return false;
  }
  auto& header = table_.rows.front();
  for (auto& col : header.fields) col = stripSpaces(col);
  dropUnnamedColumns(r);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string& col = header.fields[i];
    bool nbsp =
        col.find("\xC2\xA0") != std::string::npos || col.find("\xE2\x80\xAF") != std::string::npos;
    if (col.empty())
      continue;  // reported above
    else if (!known.count(col) && !isTranslationColumn(col))
      r.error(name, header.line, nbsp ? M::unknown_column_nbsp : M::unknown_column, {col});
    else if (!columns.emplace(col, i).second)
      r.error(name, header.line, M::column_twice, {col});
  }
  bool ok = true;
  for (const char* c : required)
    if (!columns.count(c)) {
      r.error(name, header.line, M::missing_column, {c});
      ok = false;
    }
  return ok;
}

std::string CsvFile::get(const csv::Row& row, const std::string& col) const {
  auto it = columns.find(col);
  return it != columns.end() && it->second < row.fields.size() ? row.fields[it->second] : "";
}

std::vector<const csv::Row*> CsvFile::records(Reader& r,
                                              std::map<std::string, int>* failedIds) const {
  std::vector<const csv::Row*> out;
  size_t want = table_.rows.front().fields.size();
  const std::string sep =
      table_.delimiter == '\t' ? tr(M::sep_tab) : std::string(1, table_.delimiter);
  for (size_t i = 1; i < table_.rows.size(); ++i) {
    const auto& row = table_.rows[i];
    if (row.fields.size() != want) {
      r.error(name, row.line, M::field_count,
              {std::to_string(row.fields.size()), std::to_string(want), sep});
      if (failedIds && !get(row, "id").empty()) failedIds->emplace(get(row, "id"), row.line);
    } else {
      out.push_back(&row);
    }
  }
  return out;
}

void CsvFile::require(Reader& r, const csv::Row& row,
                      std::initializer_list<const char*> cols) const {
  for (const char* c : cols)
    if (get(row, c).empty()) r.error(name, row.line, M::missing_required, {c});
}

std::string CsvFile::date(Reader& r, const csv::Row& row, const std::string& col) const {
  std::string value = get(row, col), iso = dayFirstToIso(value);
  if (iso.empty()) return value;
  if (dayFirstWarned.insert(col).second)
    r.warning(name, row.line, M::day_first_dates, {col, value, iso});
  return iso;
}

void CsvFile::noteAbsent(Reader& r, std::initializer_list<std::pair<const char*, M>> cols) const {
  for (const auto& [col, id] : cols)
    if (!columns.count(col)) r.note(name, table_.rows.front().line, id);
}

void checkUrl(Reader& r, const std::string& file, int line, const char* col,
              const std::string& url) {
  if (!url.empty() && url.rfind("https://", 0) != 0 && url.rfind("http://", 0) != 0)
    r.error(file, line, M::bad_url, {col, url});
}

void checkCountry(Reader& r, const std::string& file, int line, const std::string& c) {
  bool ok = c.empty() || (c.size() == 2 && std::isupper(static_cast<unsigned char>(c[0])) &&
                          std::isupper(static_cast<unsigned char>(c[1])));
  if (!ok) r.error(file, line, M::bad_country, {c});
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
        r.warning(name, row.line, M::missing_translation_cell, {lang, field});
}

void CsvFile::expectTranslations(Reader& r, std::initializer_list<const char*> fields) const {
  for (const std::string& lang : r.otherLanguages())
    for (const char* field : fields)
      if (!columns.count(std::string(field) + "@" + lang))
        r.warning(name, table_.rows.front().line, M::missing_translation_column,
                  {lang, field, r.defaultLanguage()});
}

}  // namespace vitrine::sources
