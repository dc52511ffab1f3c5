// Opening a .kpack read-only and defensively, validating it, and loading the catalogue.
#include "pack.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <tuple>

#include "content_hash.h"
#include "file_kind.h"
#include "image.h"
#include "messages.h"
#include "pack_columns.h"
#include "pack_limits.h"
#include "schema.h"
#include "sqlite.h"
#include "text_util.h"
#include "translations.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

bool looksLikeSqlite(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[16] = {};
  in.read(magic, sizeof magic);
  return in && std::string(magic, 15) == "SQLite format 3";
}

// The first table, view or trigger the builder does not write (SQLite's own sqlite_* tables
// aside), or empty: the content hash covers only the builder's tables, so anything else, up to a
// 200 MB « junk » table, would otherwise ride along unchecked.
std::string foreignObject(sql::Database& db) {
  auto st = db.prepare(
      "SELECT name FROM sqlite_master WHERE type IN ('table', 'view', 'trigger') "
      "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
  while (st.step()) {
    const std::string name = st.text(0);
    bool known = false;
    for (const auto& t : schema::kHashed) known = known || name == t.name;
    for (const char* d : schema::kOutsideHash) known = known || name == d;
    if (!known) return name;
  }
  return {};
}

std::map<std::string, std::string> readMeta(sql::Database& db) {
  std::map<std::string, std::string> m;
  auto st = db.prepare("SELECT key, value FROM meta");
  while (st.step()) m[st.text(0)] = st.text(1);
  return m;
}

void load(sql::Database& db, Catalogue& c) {
  c.organisations = columns::readRows(db, columns::kOrganisationsTable);
  c.careers = columns::readRows(db, columns::kCareersTable);
  c.offers = columns::readRows(db, columns::kOffersTable);
  c.events = columns::readRows(db, columns::kEventsTable);
  c.schools = columns::readRows(db, columns::kSchoolsTable);
}

void loadQuiz(sql::Database& db, Catalogue& c) {
  auto qq = db.prepare("SELECT id, text FROM quiz_questions ORDER BY position");
  while (qq.step()) c.quiz.push_back({qq.text(0), qq.text(1), {}});
  // Answers' illustrations came after schema 3's first packs: those have no `image` column.
  auto hasImage =
      db.prepare("SELECT 1 FROM pragma_table_info('quiz_answers') WHERE name = 'image'");
  const bool images = hasImage.step();
  auto qa = db.prepare(std::string("SELECT id, question, text, ") + (images ? "image" : "''") +
                       " FROM quiz_answers ORDER BY question, position");
  while (qa.step())
    for (auto& q : c.quiz)
      if (q.id == qa.text(1)) q.answers.push_back({qa.text(0), qa.text(2), {}, qa.text(3)});
  auto qw = db.prepare("SELECT answer, career, weight FROM quiz_weights");
  while (qw.step())
    for (auto& q : c.quiz)
      for (auto& a : q.answers)
        if (a.id == qw.text(0)) a.weights[qw.text(1)] = static_cast<int>(qw.integer(2));
}

std::vector<Translation> loadTranslations(sql::Database& db) {
  std::vector<Translation> out;
  auto st = db.prepare("SELECT tbl, id, field, lang, value FROM translations");
  while (st.step()) out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
  return out;
}

[[noreturn]] void overLimit(const std::string& what, const fs::path& path) {
  throw PackError(trWhole(M::pack_over_limit, {what, msg::echo(path.string())}));
}

// Before anything is loaded: row counts and stored image sizes, so that a pack written by other
// means than kioskctl (sqlite3 by hand) cannot bring a million rows or 8192² images in.
void checkStoredSizes(sql::Database& db, bool thumbnails, const fs::path& path) {
  for (const char* table : {"organisations", "careers", "offers", "events", "schools",
                            "quiz_questions", "quiz_answers", "quiz_weights", "images"}) {
    auto n = db.prepare(std::string("SELECT count(*) FROM ") + table);
    const int64_t rows = n.step() ? n.integer(0) : 0;
    const size_t most = std::string(table) == "images" ? limits::kImages : limits::kRows;
    if (rows > static_cast<int64_t>(most))
      overLimit(tr(M::limit_id, {table}) +
                    tr(M::limit_rows, {std::to_string(rows), std::to_string(most)}),
                path);
  }
  auto images = [&](const char* table, int maxW, int maxH) {
    auto st = db.prepare(std::string("SELECT id, width, height, length(data) FROM ") + table);
    while (st.step()) {
      auto excess =
          limits::checkImage(st.text(0), st.integer(1), st.integer(2), st.integer(3), maxW, maxH);
      if (!excess.empty())
        overLimit(tr(M::limit_id, {excess.front().file}) + excess.front().message, path);
    }
  };
  images("images", limits::kImageW, limits::kImageH);
  if (thumbnails) images("thumbnails", kThumbMaxW, kThumbMaxH);
}

// The encoded bytes only if their header declares what the pack may hold: the stored width and
// height columns could say anything about the pixels (checked before any pixel is decoded).
std::vector<uint8_t> boundedImage(std::vector<uint8_t> bytes, int maxW, int maxH) {
  int w = 0, h = 0;
  std::string error;
  if (bytes.size() > limits::kImageBytes || !imageDimensions(bytes, w, h, error) || w > maxW ||
      h > maxH)
    return {};
  return bytes;
}

}  // namespace

Pack::~Pack() = default;

std::unique_ptr<Pack> Pack::open(const fs::path& path, const std::string& lang) {
  std::error_code ec;  // the non-throwing overload: a permission problem must not escape as-is
  if (!fs::exists(path, ec)) throw PackError(tr(M::pack_not_found, {path.string()}));
  const FileKind kind = fileKind(path);
  if (kind == FileKind::NotAFile)  // a FIFO would block the kiosk's start for ever
    throw PackError(tr(M::pack_not_a_file, {path.string(), notAFileWord(path)}));
  if (kind == FileKind::Store) throw PackError(tr(M::pack_is_store, {path.string()}));
  if (!looksLikeSqlite(path)) throw PackError(tr(M::not_a_pack, {path.string()}));
  const uintmax_t bytes = fs::file_size(path, ec);
  if (!ec && bytes > limits::kPackBytes)
    overLimit(tr(M::limit_pack_file, {std::to_string(bytes), std::to_string(limits::kPackBytes)}),
              path);
  std::unique_ptr<Pack> pack(new Pack());
  try {
    pack->db_ = std::make_unique<sql::Database>(path, sql::Mode::ReadOnly);
    sqlite3* h = pack->db_->handle();
    // A pack comes from a USB stick: never let its schema run code or corrupt memory.
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // Pages are read once, into the catalogue or a texture: a small page cache keeps memory flat.
    pack->db_->exec("PRAGMA cache_size = -256");
    auto appId = pack->db_->prepare("PRAGMA application_id");
    if (!appId.step() || appId.integer(0) != schema::kApplicationId)
      throw PackError(tr(M::not_a_pack, {path.string()}));
    // quick_check reads every page: a pack truncated by a pulled USB stick fails here, at load
    // time, rather than in the middle of a visitor's session.
    auto check = pack->db_->prepare("PRAGMA quick_check");
    if (!check.step() || check.text(0) != "ok")
      throw PackError(tr(M::pack_damaged, {check.text(0), path.string()}));
    auto meta = readMeta(*pack->db_);
    const std::string& declared = meta["schema_version"];
    int version = std::atoi(declared.c_str());
    if (version > kSchemaVersion)
      throw PackError(tr(M::pack_newer, {declared, std::to_string(kSchemaVersion), path.string()}));
    if (version != kSchemaVersion)
      throw PackError(tr(M::pack_old_schema,
                         {declared.empty() ? tr(M::schema_unknown) : declared, path.string()}));
    // A pack edited after it was built (by hand, or by a broken copy that SQLite still reads)
    // may say anything: refuse it rather than show visitors content nobody checked.
    if (meta["content_hash"].empty() || contentHash(*pack->db_) != meta["content_hash"])
      throw PackError(tr(M::pack_modified, {path.string()}));
    if (const std::string extra = foreignObject(*pack->db_); !extra.empty())
      throw PackError(tr(M::pack_foreign_object, {extra, path.string()}));
    Catalogue& c = pack->base_;
    c.meta.schemaVersion = version;
    c.meta.packId = meta["pack_id"];
    c.meta.title = meta["title"];
    c.meta.buildTime = meta["build_time"];
    c.meta.languages = splitList(meta["languages"], ',');
    c.meta.consentVersion = meta["consent_version"];
    c.meta.consentText = meta["consent_text"];
    for (const auto& [key, value] : meta)
      if (key.rfind("consent_text@", 0) == 0) c.meta.consentTexts[key.substr(13)] = value;
      else if (key.rfind("title@", 0) == 0) c.meta.titles[key.substr(6)] = value;
    c.meta.defaultLanguage = meta["default_language"];
    c.meta.builderVersion = meta["builder_version"];
    c.meta.contentHash = meta["content_hash"];
    for (const auto& [key, value] : meta)
      if (key.rfind("org_key:", 0) == 0) c.meta.orgKeys[key.substr(8)] = value;
    c.meta.standKey = meta["stand_key"];
    c.meta.retentionDays = std::atoi(meta["retention_days"].c_str());
    auto thumbs = pack->db_->prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'thumbnails'");
    pack->hasThumbnails_ = thumbs.step();  // packs built before thumbnails have none
    checkStoredSizes(*pack->db_, pack->hasThumbnails_, path);
    load(*pack->db_, c);
    loadQuiz(*pack->db_, c);
    sortCatalogue(c);
    c.language = c.meta.defaultLanguage;
    pack->translations_ = loadTranslations(*pack->db_);
    auto counted = pack->db_->prepare("SELECT count(*) FROM images");
    auto excess = limits::checkText(c, pack->translations_,
                                    counted.step() ? static_cast<size_t>(counted.integer(0)) : 0);
    if (!excess.empty())
      overLimit(tr(M::limit_id, {excess.front().file}) + excess.front().message, path);
    pack->setLanguage(lang);
  } catch (const sql::Error& e) {
    throw PackError(tr(M::pack_unreadable, {e.what(), path.string()}));
  }
  return pack;
}

void Pack::setLanguage(const std::string& lang) {
  requested_ = lang;
  catalogue_ = base_;
  applyTranslations(catalogue_, translations_, lang);
}

Catalogue openPack(const fs::path& path, const std::string& lang) {
  return Pack::open(path, lang)->catalogue();
}

std::vector<uint8_t> Pack::thumbnailBytes(const std::string& imageId) const {
  if (hasThumbnails_) {
    try {
      auto st = db_->prepare("SELECT data FROM thumbnails WHERE id = ?");
      st.bind(1, imageId);
      if (st.step()) return boundedImage(st.blob(0), kThumbMaxW, kThumbMaxH);
    } catch (const sql::Error&) {
      // fall back to the detail image below
    }
  }
  return imageBytes(imageId);
}

std::vector<uint8_t> Pack::imageBytes(const std::string& imageId) const {
  try {
    auto st = db_->prepare("SELECT data FROM images WHERE id = ?");
    st.bind(1, imageId);
    return st.step() ? boundedImage(st.blob(0), limits::kImageW, limits::kImageH)
                     : std::vector<uint8_t>();
  } catch (const sql::Error&) {
    return {};  // a damaged image shows as its placeholder, never as a crash
  }
}

}  // namespace vitrine
