// Writing a validated source tree into a .kpack: temporary file, one transaction, atomic rename.
#include "pack_builder.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "content_hash.h"
#include "date_time.h"
#include "image.h"
#include "pack.h"
#include "pack_columns.h"
#include "pack_limits.h"
#include "pack_sources.h"
#include "schema.h"
#include "source_files.h"
#include "sqlite.h"
#include "text_util.h"
#include "translations.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

std::string buildTime() {
  // SOURCE_DATE_EPOCH makes two builds of the same sources byte-identical.
  std::time_t t = std::time(nullptr);
  const char* e = std::getenv("SOURCE_DATE_EPOCH");
  if (e && *e && std::string(e).find_first_not_of("0123456789") == std::string::npos)
    t = static_cast<std::time_t>(std::atoll(e));
  return isoSecondUtc(t);
}

// A grid-card size of every image wider or taller than that: decoding it inside a scrolling frame
// costs a quarter of the detail image. Deterministic (same sources, same bytes).
void writeThumbnails(sql::Database& db, const Sources& s) {
  auto st = db.prepare("INSERT INTO thumbnails VALUES(?,?,?,?)");
  for (const auto& [id, i] : s.images) {
    if (i.png.empty() || (i.width <= kThumbMaxW && i.height <= kThumbMaxH)) continue;
    std::string error;
    Image detail = decodeImage(i.png, error);
    if (detail.empty()) continue;  // cannot happen: we encoded it; the detail image still shows
    Image thumb = fitWithin(detail, kThumbMaxW, kThumbMaxH);
    std::vector<uint8_t> png = encodePng(thumb);
    if (png.empty()) continue;
    st.bind(1, id)
        .bind(2, static_cast<int64_t>(thumb.width))
        .bind(3, static_cast<int64_t>(thumb.height))
        .bind(4, png)
        .run();
    st.reset();
  }
}

// The FTS5 `search` table: per language the kiosk can show, every career then every offer in
// catalogue order (so that rowid breaks rank ties the way the lists read), with the texts the
// kiosk shows in that language and folded like the queries will be (search.cpp).
void writeSearch(sql::Database& db, const Sources& s) {
  auto row = db.prepare("INSERT INTO search(kind, id, lang, title, body) VALUES(?,?,?,?,?)");
  auto add = [&](const char* kind, const std::string& id, const std::string& lang,
                 const std::string& title, const std::vector<std::string>& body) {
    std::string text;
    for (const auto& b : body)
      if (!b.empty()) text += (text.empty() ? "" : "\n") + b;
    row.bind(1, kind).bind(2, id).bind(3, lang).bind(4, foldAccents(title));
    row.bind(5, foldAccents(text)).run();
    row.reset();
  };
  for (const std::string& lang : s.catalogue.meta.languages) {
    Catalogue c = s.catalogue;
    applyTranslations(c, s.translations, lang);
    // Nothing translated into `lang`: the kiosk shows, and searches, the default language.
    if (c.language != lang) continue;
    sortCatalogue(c);
    for (const Career& k : c.careers) {
      std::vector<std::string> body = {k.pitch, k.diploma, joinList(k.tags, ' '), k.where};
      for (const TextBlock& b : k.body) body.push_back(b.text);
      add("career", k.id, lang, k.title, body);
    }
    for (const Offer& o : c.offers) {
      const Organisation* org = c.organisation(o.organisation);
      add("offer", o.id, lang, o.title,
          {o.serviceText(), org ? org->name : "", o.city, o.region, o.description,
           joinList(o.tasks, '\n'), o.programme});
    }
  }
  db.exec("INSERT INTO search(search) VALUES('optimize')");
}

// Events, schools, the quiz and the translations of every visitor-facing text.
void writeAgenda(sql::Database& db, const Sources& s) {
  const Catalogue& c = s.catalogue;
  columns::insertRows(db, columns::kEventsTable, c.events);
  columns::insertRows(db, columns::kSchoolsTable, c.schools);
  auto qq = db.prepare("INSERT INTO quiz_questions VALUES(?,?,?)");
  auto qa = db.prepare("INSERT INTO quiz_answers VALUES(?,?,?,?,?)");
  auto qw = db.prepare("INSERT INTO quiz_weights VALUES(?,?,?)");
  int64_t qpos = 0;
  for (const auto& q : c.quiz) {
    qq.bind(1, q.id).bind(2, ++qpos).bind(3, q.text).run();
    qq.reset();
    int64_t apos = 0;
    for (const auto& a : q.answers) {
      qa.bind(1, a.id).bind(2, q.id).bind(3, ++apos).bind(4, a.text).bind(5, a.image).run();
      qa.reset();
      for (const auto& [career, w] : a.weights) {
        qw.bind(1, a.id).bind(2, career).bind(3, static_cast<int64_t>(w)).run();
        qw.reset();
      }
    }
  }
  auto tr = db.prepare("INSERT OR REPLACE INTO translations VALUES(?,?,?,?,?)");
  for (const auto& t : s.translations) {
    tr.bind(1, t.table).bind(2, t.id).bind(3, t.field).bind(4, t.lang).bind(5, t.value).run();
    tr.reset();
  }
}

void writePack(const Sources& s, const fs::path& file) {
  sql::Database db(file, sql::Mode::ReadWriteCreate);
  db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
  db.exec(schema::kCreate);
  db.exec(columns::createContentTables());
  db.exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId));
  sql::Transaction tx(db);
  const Catalogue& c = s.catalogue;
  auto meta = db.prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
  for (const auto& [k, v] :
       {std::pair<std::string, std::string>{"schema_version", std::to_string(kSchemaVersion)},
        {"pack_id", c.meta.packId},
        {"title", c.meta.title},
        {"build_time", buildTime()},
        {"languages", joinList(c.meta.languages, ',')},
        {"default_language", c.meta.defaultLanguage},
        {"builder_version", kBuilderVersion},
        {"consent_version", c.meta.consentVersion},
        {"consent_text", c.meta.consentText}}) {
    meta.bind(1, k).bind(2, v).run();
    meta.reset();
  }
  for (const auto& [lang, text] : c.meta.consentTexts) {
    meta.bind(1, "consent_text@" + lang).bind(2, text).run();
    meta.reset();
  }
  for (const auto& [lang, title] : c.meta.titles) {
    meta.bind(1, "title@" + lang).bind(2, title).run();
    meta.reset();
  }
  // Only present when the sources have them: packs without keys keep the same content hash.
  for (const auto& [org, key] : c.meta.orgKeys) {
    meta.bind(1, "org_key:" + org).bind(2, key).run();
    meta.reset();
  }
  if (!c.meta.standKey.empty()) {
    meta.bind(1, "stand_key").bind(2, c.meta.standKey).run();
    meta.reset();
  }
  if (c.meta.retentionDays > 0) {
    meta.bind(1, "retention_days").bind(2, std::to_string(c.meta.retentionDays)).run();
    meta.reset();
  }
  columns::insertRows(db, columns::kOrganisationsTable, c.organisations);
  columns::insertRows(db, columns::kCareersTable, c.careers);
  columns::insertRows(db, columns::kOffersTable, c.offers);
  writeAgenda(db, s);
  auto img = db.prepare("INSERT INTO images VALUES(?,?,?,?)");
  for (const auto& [id, i] : s.images) {
    img.bind(1, id)
        .bind(2, static_cast<int64_t>(i.width))
        .bind(3, static_cast<int64_t>(i.height))
        .bind(4, i.png)
        .run();
    img.reset();
  }
  writeThumbnails(db, s);
  writeSearch(db, s);
  // Last, over everything above: the kiosk recomputes it and refuses a pack edited afterwards.
  meta.bind(1, std::string("content_hash")).bind(2, contentHash(db)).run();
  tx.commit();
  db.exec("VACUUM");
}

// The rename is only atomic across a power cut if the data reached the disk before it, and the
// rename itself is only durable once the directory is synced. SQLite's own syncs are off above.
// False with errno set when the data or the entry may not be on the device.
bool syncPath(const fs::path& p, bool directory) {
  int fd = ::open(p.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) return false;
  const bool ok = ::fsync(fd) == 0;
  const int savedErrno = errno;
  ::close(fd);
  errno = savedErrno;
  return ok;
}

}  // namespace

void checkLimits(const Sources& s, std::vector<Diagnostic>& problems) {
  // 20,000 offers past one limit are five lines and a count, like every other diagnostic.
  sources::RepeatCap repeats;
  for (const auto& e : limits::checkText(s.catalogue, s.translations, s.images.size()))
    repeats.add(problems, {e.file, 0, e.message}, e.kind);
  for (const auto& [id, i] : s.images)
    if (!i.png.empty())
      for (const auto& e :
           limits::checkImage(id, i.width, i.height, static_cast<int64_t>(i.png.size())))
        repeats.add(problems, {e.file, 0, e.message}, e.kind);
  repeats.summarise(problems);
}

std::vector<Diagnostic> buildPack(const fs::path& sources, const fs::path& out,
                                  const SourceOptions& options) {
  std::vector<Diagnostic> problems;
  std::error_code ec;
  if (!fs::is_directory(sources, ec)) {
    problems.push_back({sources.string(), 0, tr(M::not_sources_folder)});
    return problems;
  }
  Sources s = readSources(sources, problems, options);
  checkLimits(s, problems);
  if (errorCount(problems) > 0) return problems;  // nothing written, the old pack stays as it was
  fs::path tmp = out;
  tmp += ".tmp";
  fs::remove(tmp, ec);
  try {
    writePack(s, tmp);
    const uintmax_t bytes = fs::file_size(tmp);
    if (bytes > limits::kPackBytes) {
      fs::remove(tmp, ec);
      problems.push_back({out.string(), 0,
                          tr(M::pack_too_big, {std::to_string(bytes), std::to_string(limits::kPackBytes)})});
      return problems;
    }
    if (!syncPath(tmp, false))
      throw std::runtime_error(std::string("fsync: ") + std::strerror(errno));
    fs::rename(tmp, out);
    fs::path dir = out.parent_path();
    if (!syncPath(dir.empty() ? fs::path(".") : dir, true))
      problems.push_back({out.string(), 0,
                          tr(M::pack_dir_unsynced, {std::strerror(errno)}),
                          Diagnostic::Severity::Warning});
  } catch (const std::exception& e) {
    fs::remove(tmp, ec);
    problems.push_back({out.string(), 0, tr(M::pack_write_failed, {e.what()})});
  }
  return problems;
}

}  // namespace vitrine
