// Source readers: pack.txt, organisations.csv, offers.csv, careers/*.txt and their images.
#include "pack_sources.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>

#include "agenda_sources.h"
#include "date_time.h"
#include "csv.h"
#include "image_sources.h"
#include "key_sources.h"
#include "source_files.h"
#include "text_util.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

using namespace sources;

PackMeta readMeta(Reader& r) {
  PackMeta m;
  m.languages = r.languages;
  m.defaultLanguage = r.defaultLanguage();
  std::string text;
  if (!r.slurp("pack.txt", text)) return m;
  Header kv =
      readHeader(r, "pack.txt", splitLines(text),
                 {"id", "title", "title@fr", "title@nl", "title@de", "title@en", "languages",
                  "consent_version", "consent_text", "consent_text@fr", "consent_text@nl",
                  "consent_text@de", "consent_text@en", "retention_days"});
  requireKeys(r, "pack.txt", kv, {"id", "title", "consent_version", "consent_text"});
  m.schemaVersion = kSchemaVersion;
  m.packId = kv.get("id");
  m.title = kv.get("title");
  auto languages = splitList(kv.get("languages").empty() ? "fr" : kv.get("languages"), ',');
  m.languages.clear();
  for (const auto& l : languages) {
    if (!isLanguageCode(l))
      r.error("pack.txt", kv.line("languages"), M::bad_language, {l});
    else if (std::find(m.languages.begin(), m.languages.end(), l) == m.languages.end())
      m.languages.push_back(l);
  }
  if (m.languages.empty()) m.languages = {"fr"};
  m.defaultLanguage = m.languages.front();
  r.languages = m.languages;
  m.consentVersion = kv.get("consent_version");
  m.consentText = kv.get("consent_text");
  // The notice and the title in the pack's other languages; a visitor reading one the pack lacks
  // sees the default language's text (and, for the notice, is told so).
  for (const auto& [key, value] : kv.values) {
    const bool notice = key.rfind("consent_text@", 0) == 0;
    if ((!notice && key.rfind("title@", 0) != 0) || value.empty()) continue;
    const std::string lang = key.substr(key.find('@') + 1);
    if (std::find(m.languages.begin(), m.languages.end(), lang) == m.languages.end())
      r.error("pack.txt", kv.line(key), M::notice_language_unlisted, {key});
    else if (lang != m.defaultLanguage)
      (notice ? m.consentTexts : m.titles)[lang] = value;
  }
  m.retentionDays = readRetentionDays(r, kv);
  return m;
}

const std::set<std::string> kKinds = {"cpas", "school", "public", "association", "foreign"};
const std::set<std::string> kAudiences = {"pupils", "students", "career_changers"};
const std::set<std::string> kRoutes = {"initial", "fee", "ftp", "apprenticeship", "vae"};
const std::set<std::string> kWelcome = {
    "desk", "pc", "phone", "email", "travel_refund", "driving_licence", "car", "mentor"};

// An organisation's description is read on its card at a glance: a few sentences, no more.
constexpr size_t kMaxDescription = 600;  // characters
void checkDescription(Reader& r, const std::string& file, int line, const std::string& text) {
  size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80 ? 1 : 0;
  if (chars > kMaxDescription)
    r.error(file, line, M::description_too_long,
            {std::to_string(chars), std::to_string(kMaxDescription)});
}

void readOrganisations(Reader& r, Catalogue& cat) {
  CsvFile f{"organisations.csv", "organisations", {"name", "description"}, {}, {}, {}};
  if (!f.load(r,
              {"id", "kind", "name", "city", "region", "country", "website", "contact", "logo",
               "description"},
              {"id", "kind", "name"})) {
    r.organisationsUnread = true;  // offers and events naming one get a single summary
    return;
  }
  std::map<std::string, int> seen;  // id -> line where it is first defined
  for (const csv::Row* row : f.records(r, &r.failedOrganisations)) {
    auto get = [&](const char* c) { return f.get(*row, c); };
    Organisation o{get("id"),      get("kind"),    get("name"),    get("city"), get("region"),
                   get("country"), get("website"), get("contact"), get("logo"),
                   get("description")};
    checkDescription(r, f.name, row->line, o.description);
    if (!o.logo.empty() && checkImageName(r, f.name, row->line, o.logo))
      r.imageRefs.push_back({o.logo, f.name, row->line, kLogoMinSide});
    else
      o.logo.clear();
    f.require(r, *row, {"id", "kind", "name"});
    if (!o.kind.empty() && !kKinds.count(o.kind))
      r.error(f.name, row->line, M::unknown_org_kind, {o.kind});
    checkCountry(r, f.name, row->line, o.country);
    checkUrl(r, f.name, row->line, "website", o.website);
    checkId(r, f.name, row->line, o.id);
    checkUniqueId(r, f.name, row->line, o.id, seen);
    f.translate(r, *row, o.id, {"description"});
    cat.organisations.push_back(std::move(o));
  }
}

std::string domainList() {
  std::string out;
  for (std::string_view d : kCareerDomains) out += (out.empty() ? "" : ", ") + std::string(d);
  return out;
}

std::string bodyOf(const std::vector<std::string>& lines, size_t from) {
  std::string body;
  for (size_t i = from; i < lines.size(); ++i) body += lines[i] + "\n";
  return body;
}

void readCareer(Reader& r, const std::string& file, const std::string& id, Catalogue& cat) {
  std::string text;
  if (!r.slurp(file, text)) {
    r.failedCareers[id] = file;  // offers naming it get one summary, not one error each
    return;
  }
  auto lines = splitLines(text);
  Header kv = readHeader(
      r, file, lines,
      {"title", "pitch", "diploma", "level", "duration", "routes", "where", "image", "tags",
       "audiences", "testimonial", "testimonial_name", "testimonial_role", "domain"});
  requireKeys(r, file, kv, {"title", "pitch"});
  Career c;
  c.id = id;
  c.title = kv.get("title");
  c.pitch = kv.get("pitch");
  c.diploma = kv.get("diploma");
  c.level = kv.get("level");
  c.duration = kv.get("duration");
  c.where = kv.get("where");
  c.image = kv.get("image");
  c.routes = splitList(kv.get("routes"));
  for (const auto& route : c.routes)
    if (!kRoutes.count(route)) r.error(file, kv.line("routes"), M::unknown_route, {route});
  if (!c.image.empty() && checkImageName(r, file, kv.line("image"), c.image))
    r.imageRefs.push_back({c.image, file, kv.line("image"), kImageMinSide});
  else
    c.image.clear();
  c.tags = splitList(kv.get("tags"));
  c.audiences = splitList(kv.get("audiences"));
  for (const auto& a : c.audiences)
    if (!kAudiences.count(a)) r.error(file, kv.line("audiences"), M::unknown_audience, {a});
  c.domain = kv.get("domain");
  if (c.domain.empty())
    r.warning(file, 0, M::no_domain, {domainList()});
  else if (!isCareerDomain(c.domain))
    r.error(file, kv.line("domain"), M::unknown_domain, {c.domain, domainList()});
  c.testimonial = kv.get("testimonial");
  c.testimonialName = kv.get("testimonial_name");
  c.testimonialRole = kv.get("testimonial_role");
  if (!c.testimonial.empty() && c.testimonialName.empty())
    r.error(file, kv.line("testimonial"), M::testimonial_needs_name);
  c.body = parseBody(bodyOf(lines, kv.bodyStart));
  cat.careers.push_back(std::move(c));
}

// careers/<id>.<lang>.txt: the same header keys (except level, routes, image, which do not depend
// on the language) and a translated body.
void readCareerTranslation(Reader& r, const std::string& file, const std::string& id,
                           const std::string& lang, const Catalogue& cat) {
  if (!cat.career(id)) {
    r.error(file, 0, M::translation_unknown_career, {id});
    return;
  }
  if (!isLanguageCode(lang) || lang == r.defaultLanguage() ||
      std::find(r.languages.begin(), r.languages.end(), lang) == r.languages.end()) {
    r.warning(file, 0, M::translation_language_ignored, {lang});
    return;
  }
  std::string text;
  if (!r.slurp(file, text)) return;
  auto lines = splitLines(text);
  Header kv = readHeader(r, file, lines,
                         {"title", "pitch", "diploma", "duration", "where", "tags", "testimonial",
                          "testimonial_role"});
  for (const char* key : {"title", "pitch", "diploma", "duration", "where", "tags", "testimonial",
                          "testimonial_role"}) {
    std::string value = kv.get(key);
    if (!value.empty())
      r.translations.push_back({"careers", id, key, lang, value});
    else if (std::string(key) == "title" || std::string(key) == "pitch")
      r.warning(file, 0, M::missing_translation_key, {lang, key});
  }
  std::string body = formatBody(parseBody(bodyOf(lines, kv.bodyStart)));
  if (!body.empty()) r.translations.push_back({"careers", id, "body", lang, body});
}

// Office's lock files (~$x.txt), LibreOffice's (.~lock.x#), macOS's ._x and other hidden files,
// editors' backups (x.txt~): never content.
bool isLockOrHidden(const std::string& name) {
  return name.rfind("~$", 0) == 0 || name.rfind(".", 0) == 0 || name.back() == '~';
}

void readCareers(Reader& r, Catalogue& cat) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!r.folderInside("careers")) return;
  for (const auto& e : fs::directory_iterator(r.dir / "careers", ec))
    if (e.path().extension() == ".txt" && !isLockOrHidden(e.path().filename().string()))
      files.push_back(e.path());
  if (ec) r.error("careers/", 0, M::careers_dir_unlistable, {ec.message()});
  std::sort(files.begin(), files.end());  // reproducible builds whatever the file system order
  std::vector<std::pair<fs::path, std::string>> translations;  // file, language
  size_t read = 0;
  for (const auto& path : files) {
    fs::path stem = path.stem();  // "educateur-specialise" or "educateur-specialise.nl"
    // "Copie de x.txt", "x (2).txt", "X.txt": not a career id, so not a new career either.
    const std::string id = stem.stem().string();
    if (!isSlug(id)) {
      std::string slug = slugify(id);
      r.error("careers/" + path.filename().string(), 0, M::bad_career_file,
              {id, slug.empty() ? "a-z-0-9" : slug});
      continue;
    }
    ++read;
    if (!stem.extension().empty()) {
      translations.emplace_back(path, stem.extension().string().substr(1));
      continue;
    }
    readCareer(r, "careers/" + path.filename().string(), stem.string(), cat);
  }
  r.recordsRead["careers/"] = read;
  for (const auto& [path, lang] : translations)
    readCareerTranslation(r, "careers/" + path.filename().string(), path.stem().stem().string(),
                          lang, cat);
  for (const std::string& lang : r.otherLanguages())
    for (const Career& c : cat.careers)
      if (!fs::exists(r.dir / "careers" / (c.id + "." + lang + ".txt"), ec))
        r.warning("careers/" + c.id + ".txt", 0, M::missing_career_translation, {lang, c.id});
}

std::vector<int> parseYears(Reader& r, const std::string& file, int line, const std::string& s) {
  std::vector<int> years;
  for (const auto& y : splitList(s)) {
    if (y.size() == 1 && y[0] >= '1' && y[0] <= '3')
      years.push_back(y[0] - '0');
    else
      r.error(file, line, M::bad_years, {y});
  }
  return years;
}

void checkOffer(Reader& r, const std::string& file, int line, const Offer& o,
                const Catalogue& cat) {
  if (!o.organisation.empty() && !cat.organisation(o.organisation) &&
      !r.deferOrganisation(o.organisation, line))
    r.error(file, line, M::unknown_organisation, {o.organisation});
  for (const auto& c : o.careers)
    if (!cat.career(c) && !r.deferCareer(c, line)) r.error(file, line, M::unknown_career, {c});
  for (const auto& [col, value] :
       {std::pair{"start", o.start}, {"end", o.end}, {"deadline", o.deadline}})
    if (!value.empty() && !isIsoDate(value)) r.error(file, line, M::bad_date, {col, value});
  if (isIsoDate(o.start) && isIsoDate(o.end) && o.end < o.start)
    r.error(file, line, M::period_reversed, {o.end, o.start});
  if (isIsoDate(o.start) && isIsoDate(o.deadline) && o.deadline > o.start)
    r.error(file, line, M::deadline_after_start, {o.deadline, o.start});
  if (isIsoDate(o.deadline) && o.deadline < r.today)
    r.warning(file, line, M::deadline_past, {o.deadline});
  else if (o.deadline.empty() && isIsoDate(o.end) && o.end < r.today)
    r.warning(file, line, M::period_over, {o.end});
  checkCountry(r, file, line, o.country);
  checkUrl(r, file, line, "apply_url", o.applyUrl);
  for (const auto& w : o.welcome)
    if (!kWelcome.count(w)) r.error(file, line, M::unknown_welcome, {w});
}

const std::set<std::string> kDocuments = {
    "cv", "motivation_letter", "transcript", "recommendation", "criminal_record", "agreement"};

// The optional v2 columns: tasks, weeks, working languages, exchange programme, documents to send.
void readOfferDetails(Reader& r, const CsvFile& f, const csv::Row& row, Offer& o) {
  auto get = [&](const char* c) { return f.get(row, c); };
  o.tasks = splitList(get("tasks"));
  std::string weeks = get("weeks");
  if (!weeks.empty()) {
    bool digits = weeks.size() <= 2 && weeks.find_first_not_of("0123456789") == std::string::npos;
    o.weeks = digits ? std::atoi(weeks.c_str()) : 0;
    if (o.weeks < 1 || o.weeks > 52) r.error(f.name, row.line, M::bad_weeks, {weeks});
  }
  o.languages = splitList(get("languages"));
  for (const auto& l : o.languages)
    if (!isLanguageCode(l)) r.error(f.name, row.line, M::bad_offer_languages, {l});
  o.programme = get("programme");
  o.documents = splitList(get("documents"));
  for (const auto& d : o.documents)
    if (!kDocuments.count(d)) r.error(f.name, row.line, M::unknown_document, {d});
  o.howToApply = get("how_to_apply");
}

void readOffers(Reader& r, Catalogue& cat) {
  CsvFile f{"offers.csv",
            "offers",
            {"title", "service", "description", "tasks", "programme", "how_to_apply"},
            {},
            {},
            {}};
  const std::set<std::string> cols = {
      "id",        "organisation", "service",   "careers",     "title", "description",
      "city",      "region",       "years",     "start",       "end",   "places",
      "deadline",  "country",      "welcome",   "apply_url",   "tasks", "weeks",
      "languages", "programme",    "documents", "how_to_apply"};
  if (!f.load(r, cols, {"id", "organisation", "service", "title", "start", "end"})) return;
  f.expectTranslations(r, {"title"});
  f.noteAbsent(r, {{"apply_url", M::note_no_apply_url},
                   {"deadline", M::note_no_deadline},
                   {"careers", M::note_no_careers},
                   {"description", M::note_no_description}});
  if (f.table_.rows.size() == 1)
    r.warning(f.name, f.table_.rows.front().line, M::header_only_offers);
  std::map<std::string, int> seen;
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
    o.years = parseYears(r, f.name, row->line, get("years"));
    o.start = f.date(r, *row, "start");
    o.end = f.date(r, *row, "end");
    std::string places = get("places");
    bool digits = !places.empty() && places.size() <= 4 &&
                  places.find_first_not_of("0123456789") == std::string::npos;
    o.places = places.empty() ? 1 : digits ? std::atoi(places.c_str()) : 0;
    if (o.places <= 0) r.error(f.name, row->line, M::bad_places, {places});
    o.deadline = f.date(r, *row, "deadline");
    o.country = get("country");
    o.welcome = splitList(get("welcome"));
    o.applyUrl = get("apply_url");
    readOfferDetails(r, f, *row, o);
    checkOffer(r, f.name, row->line, o, cat);
    checkId(r, f.name, row->line, o.id);
    checkUniqueId(r, f.name, row->line, o.id, seen);
    f.translate(r, *row, o.id, {"title", "service", "description", "tasks", "how_to_apply"});
    cat.offers.push_back(std::move(o));
  }
  r.reportDeferred(f.name);
}

std::string todayUtc() { return isoDay(std::time(nullptr), TimeZone::Utc); }

}  // namespace

Sources readSources(const fs::path& dir, std::vector<Diagnostic>& problems,
                    const SourceOptions& options) {
  Reader r{dir, problems, {}, options.today.empty() ? todayUtc() : options.today, {"fr"}, {}};
  Sources s;
  s.catalogue.meta = readMeta(r);
  readOrganisations(r, s.catalogue);
  readKeys(r, s.catalogue);
  readCareers(r, s.catalogue);
  readOffers(r, s.catalogue);
  readEvents(r, s.catalogue);
  readSchools(r, s.catalogue);
  readQuiz(r, s.catalogue);
  readImages(r, s, options.encodeImages);
  r.summariseRepeats();
  s.translations = std::move(r.translations);
  s.recordsRead = std::move(r.recordsRead);
  return s;
}

}  // namespace vitrine
