// Source readers: pack.txt, organisations.csv, offers.csv, careers/*.txt and their images.
#include "pack_sources.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "csv.h"
#include "text_util.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

struct Reader {
  const fs::path& dir;
  std::vector<Diagnostic>& problems;
  void error(const std::string& file, int line, const std::string& msg) {
    problems.push_back({file, line, msg});
  }
  bool slurp(const std::string& file, std::string& out) {
    std::ifstream in(dir / file, std::ios::binary);
    if (!in) {
      error(file, 0, "cannot read the file");
      return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
  }
};

// `key: value` lines until the first blank line; returns the line index where the body starts.
size_t readHeader(Reader& r, const std::string& file, const std::vector<std::string>& lines,
                  const std::set<std::string>& known, std::map<std::string, std::string>& out) {
  size_t i = 0;
  for (; i < lines.size(); ++i) {
    std::string line = lines[i];
    if (line.find_first_not_of(" \t") == std::string::npos) break;
    auto colon = line.find(':');
    if (colon == std::string::npos) {
      r.error(file, static_cast<int>(i + 1), "expected `key: value`, got \"" + line + "\"");
      continue;
    }
    std::string key = line.substr(0, colon), value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(" \t"));
    if (!known.count(key)) {
      r.error(file, static_cast<int>(i + 1), "unknown key \"" + key + "\"");
      continue;
    }
    out[key] = value;
  }
  return i;
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

void requireKeys(Reader& r, const std::string& file, std::map<std::string, std::string>& kv,
                 std::initializer_list<const char*> keys) {
  for (const char* k : keys)
    if (kv[k].empty()) r.error(file, 0, std::string("missing required key \"") + k + "\"");
}

PackMeta readMeta(Reader& r) {
  PackMeta m;
  std::string text;
  if (!r.slurp("pack.txt", text)) return m;
  std::map<std::string, std::string> kv;
  readHeader(r, "pack.txt", splitLines(text),
             {"id", "title", "languages", "consent_version", "consent_text"}, kv);
  requireKeys(r, "pack.txt", kv, {"id", "title", "consent_version", "consent_text"});
  m.schemaVersion = kSchemaVersion;
  m.packId = kv["id"];
  m.title = kv["title"];
  m.languages = splitList(kv["languages"].empty() ? "fr" : kv["languages"], ',');
  m.consentVersion = kv["consent_version"];
  m.consentText = kv["consent_text"];
  return m;
}

// One CSV file whose columns are found by header name.
struct CsvFile {
  std::string name;
  csv::Table table;
  std::map<std::string, size_t> columns;

  bool load(Reader& r, const std::set<std::string>& known, std::initializer_list<const char*> required) {
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
      if (!known.count(header.fields[i]))
        r.error(name, header.line, "unknown column \"" + header.fields[i] + "\"");
      columns[header.fields[i]] = i;
    }
    bool ok = true;
    for (const char* c : required)
      if (!columns.count(c)) {
        r.error(name, header.line, std::string("missing column \"") + c + "\"");
        ok = false;
      }
    return ok;
  }
  std::string get(const csv::Row& row, const std::string& col) const {
    auto it = columns.find(col);
    return it != columns.end() && it->second < row.fields.size() ? row.fields[it->second] : "";
  }
  // Rows after the header with the right number of fields; others are reported.
  std::vector<const csv::Row*> records(Reader& r) const {
    std::vector<const csv::Row*> out;
    size_t want = table.rows.front().fields.size();
    for (size_t i = 1; i < table.rows.size(); ++i) {
      const auto& row = table.rows[i];
      if (row.fields.size() != want)
        r.error(name, row.line, std::to_string(row.fields.size()) + " fields instead of " +
                                    std::to_string(want) + " (check the " +
                                    std::string(1, table.delimiter) + " separators and quotes)");
      else
        out.push_back(&row);
    }
    return out;
  }
  void require(Reader& r, const csv::Row& row, std::initializer_list<const char*> cols) const {
    for (const char* c : cols)
      if (get(row, c).empty()) r.error(name, row.line, std::string("missing ") + c);
  }
};

const std::set<std::string> kKinds = {"cpas", "school", "public", "association", "foreign"};
const std::set<std::string> kRoutes = {"initial", "fee", "ftp", "apprenticeship", "vae"};
const std::set<std::string> kWelcome = {"desk", "pc",  "phone", "email", "travel_refund",
                                        "driving_licence", "car", "mentor"};

void readOrganisations(Reader& r, Catalogue& cat) {
  CsvFile f{"organisations.csv", {}, {}};
  if (!f.load(r, {"id", "kind", "name", "city", "region", "country", "website"}, {"id", "kind", "name"}))
    return;
  std::set<std::string> seen;
  for (const csv::Row* row : f.records(r)) {
    Organisation o{f.get(*row, "id"), f.get(*row, "kind"), f.get(*row, "name"), f.get(*row, "city"),
                   f.get(*row, "region"), f.get(*row, "country"), f.get(*row, "website")};
    f.require(r, *row, {"id", "kind", "name"});
    if (!o.kind.empty() && !kKinds.count(o.kind))
      r.error(f.name, row->line, "unknown kind \"" + o.kind + "\" (cpas, school, public, association, foreign)");
    if (!o.id.empty() && !seen.insert(o.id).second)
      r.error(f.name, row->line, "duplicate id \"" + o.id + "\"");
    cat.organisations.push_back(std::move(o));
  }
}

void readCareers(Reader& r, Catalogue& cat) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(r.dir / "careers", ec))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  if (ec) r.error("careers/", 0, "cannot list the careers folder: " + ec.message());
  std::sort(files.begin(), files.end());  // reproducible builds whatever the file system order
  for (const auto& path : files) {
    std::string file = "careers/" + path.filename().string(), text;
    if (!r.slurp(file, text)) continue;
    auto lines = splitLines(text);
    std::map<std::string, std::string> kv;
    size_t bodyStart = readHeader(
        r, file, lines,
        {"title", "pitch", "diploma", "level", "duration", "routes", "where", "image"}, kv);
    requireKeys(r, file, kv, {"title", "pitch"});
    Career c;
    c.id = path.stem().string();
    c.title = kv["title"];
    c.pitch = kv["pitch"];
    c.diploma = kv["diploma"];
    c.level = kv["level"];
    c.duration = kv["duration"];
    c.where = kv["where"];
    c.image = kv["image"];
    c.routes = splitList(kv["routes"]);
    for (const auto& route : c.routes)
      if (!kRoutes.count(route))
        r.error(file, 0, "unknown route \"" + route + "\" (initial, fee, ftp, apprenticeship, vae)");
    std::string body;
    for (size_t i = bodyStart; i < lines.size(); ++i) body += lines[i] + "\n";
    c.body = parseBody(body);
    cat.careers.push_back(std::move(c));
  }
}

std::vector<int> parseYears(const std::string& s, bool& ok) {
  std::vector<int> years;
  ok = true;
  for (const auto& y : splitList(s)) {
    if (y.size() == 1 && y[0] >= '1' && y[0] <= '3')
      years.push_back(y[0] - '0');
    else
      ok = false;
  }
  return years;
}

void checkOffer(Reader& r, const std::string& file, int line, const Offer& o,
                const Catalogue& cat) {
  if (!o.organisation.empty() && !cat.organisation(o.organisation))
    r.error(file, line, "unknown organisation \"" + o.organisation + "\"");
  for (const auto& c : o.careers)
    if (!cat.career(c)) r.error(file, line, "unknown career \"" + c + "\"");
  for (const auto& [col, value] : {std::pair{"start", o.start}, {"end", o.end}, {"deadline", o.deadline}})
    if (!value.empty() && !isIsoDate(value))
      r.error(file, line, std::string("invalid ") + col + " date \"" + value + "\" (use YYYY-MM-DD)");
  if (isIsoDate(o.start) && isIsoDate(o.end) && o.end < o.start)
    r.error(file, line, "the period ends (" + o.end + ") before it starts (" + o.start + ")");
  for (const auto& w : o.welcome)
    if (!kWelcome.count(w)) r.error(file, line, "unknown welcome condition \"" + w + "\"");
}

void readOffers(Reader& r, Catalogue& cat) {
  CsvFile f{"offers.csv", {}, {}};
  const std::set<std::string> cols = {"id", "organisation", "service", "careers", "title",
                                      "description", "city", "region", "years", "start", "end",
                                      "places", "deadline", "country", "welcome", "apply_url"};
  if (!f.load(r, cols, {"id", "organisation", "service", "title", "start", "end"})) return;
  std::set<std::string> seen;
  for (const csv::Row* row : f.records(r)) {
    auto get = [&](const char* c) { return f.get(*row, c); };
    f.require(r, *row, {"id", "organisation", "service", "title", "start", "end"});
    Offer o;
    o.id = get("id");
    o.organisation = get("organisation");
    o.service = get("service");
    o.careers = splitList(get("careers"));
    o.title = get("title");
    o.description = get("description");
    o.city = get("city");
    o.region = get("region");
    bool yearsOk = true;
    o.years = parseYears(get("years"), yearsOk);
    if (!yearsOk) r.error(f.name, row->line, "study years must be 1, 2 or 3 separated by |");
    o.start = get("start");
    o.end = get("end");
    std::string places = get("places");
    o.places = places.empty() ? 1 : std::atoi(places.c_str());
    if (o.places <= 0 || places.find_first_not_of("0123456789") != std::string::npos)
      r.error(f.name, row->line, "places must be a positive whole number, got \"" + places + "\"");
    o.deadline = get("deadline");
    o.country = get("country");
    o.welcome = splitList(get("welcome"));
    o.applyUrl = get("apply_url");
    checkOffer(r, f.name, row->line, o, cat);
    if (!o.id.empty() && !seen.insert(o.id).second)
      r.error(f.name, row->line, "duplicate id \"" + o.id + "\"");
    cat.offers.push_back(std::move(o));
  }
}

void readImages(Reader& r, Sources& s) {
  for (const Career& c : s.catalogue.careers) {
    if (c.image.empty() || s.images.count(c.image)) continue;
    std::string file = "images/" + c.image, bytes, error;
    std::ifstream in(r.dir / file, std::ios::binary);
    if (!in) {
      r.error("careers/" + c.id + ".txt", 0, "image not found: " + file);
      continue;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
    Image img = decodeImage(std::vector<uint8_t>(bytes.begin(), bytes.end()), error);
    if (img.empty()) {
      r.error(file, 0, error);
      continue;
    }
    if (std::min(img.width, img.height) < kImageMinSide) {
      r.error(file, 0, "image too small (" + std::to_string(img.width) + "x" +
                           std::to_string(img.height) + "), at least " +
                           std::to_string(kImageMinSide) + " px on each side");
      continue;
    }
    Image fitted = fitWithin(img, kImageMaxW, kImageMaxH);
    s.images[c.image] = {fitted.width, fitted.height, encodePng(fitted)};
  }
}

}  // namespace

Sources readSources(const fs::path& dir, std::vector<Diagnostic>& problems) {
  Reader r{dir, problems};
  Sources s;
  s.catalogue.meta = readMeta(r);
  readOrganisations(r, s.catalogue);
  readCareers(r, s.catalogue);
  readOffers(r, s.catalogue);
  readImages(r, s);
  return s;
}

}  // namespace vitrine
