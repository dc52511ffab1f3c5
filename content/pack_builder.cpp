// Writing a validated source tree into a .kpack: temporary file, one transaction, atomic rename.
#include "pack_builder.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <ctime>

#include "pack_sources.h"
#include "schema.h"
#include "sqlite.h"
#include "text_util.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

std::string buildTime() {
  // SOURCE_DATE_EPOCH makes two builds of the same sources byte-identical.
  std::time_t t = std::time(nullptr);
  const char* e = std::getenv("SOURCE_DATE_EPOCH");
  if (e && *e && std::string(e).find_first_not_of("0123456789") == std::string::npos)
    t = static_cast<std::time_t>(std::atoll(e));
  char buf[32];
  std::tm tm{};
  gmtime_r(&t, &tm);
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

// The inverse of parseBody(): the pack keeps the editor's Markdown-like text (see schema.h).
std::string bodyText(const std::vector<TextBlock>& body) {
  std::string out;
  for (const auto& b : body) {
    if (b.kind == TextBlock::Kind::Heading) out += "## ";
    if (b.kind == TextBlock::Kind::Bullet) out += "- ";
    out += b.text + "\n";
  }
  return out;
}

void writePack(const Sources& s, const fs::path& file) {
  sql::Database db(file, sql::Mode::ReadWriteCreate);
  db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
  db.exec(schema::kCreate);
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
        {"consent_version", c.meta.consentVersion},
        {"consent_text", c.meta.consentText}}) {
    meta.bind(1, k).bind(2, v).run();
    meta.reset();
  }
  auto org = db.prepare("INSERT INTO organisations VALUES(?,?,?,?,?,?,?)");
  for (const auto& o : c.organisations) {
    org.bind(1, o.id)
        .bind(2, o.kind)
        .bind(3, o.name)
        .bind(4, o.city)
        .bind(5, o.region)
        .bind(6, o.country)
        .bind(7, o.website)
        .run();
    org.reset();
  }
  auto car = db.prepare("INSERT INTO careers VALUES(?,?,?,?,?,?,?,?,?,?)");
  for (const auto& k : c.careers) {
    car.bind(1, k.id)
        .bind(2, k.title)
        .bind(3, k.pitch)
        .bind(4, k.diploma)
        .bind(5, k.level)
        .bind(6, k.duration)
        .bind(7, joinList(k.routes))
        .bind(8, k.where)
        .bind(9, k.image)
        .bind(10, bodyText(k.body))
        .run();
    car.reset();
  }
  auto off = db.prepare("INSERT INTO offers VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
  for (const auto& o : c.offers) {
    std::vector<std::string> years;
    for (int y : o.years) years.push_back(std::to_string(y));
    off.bind(1, o.id)
        .bind(2, o.organisation)
        .bind(3, o.service)
        .bind(4, joinList(o.careers))
        .bind(5, o.title)
        .bind(6, o.description)
        .bind(7, o.city)
        .bind(8, o.region)
        .bind(9, joinList(years))
        .bind(10, o.start)
        .bind(11, o.end)
        .bind(12, static_cast<int64_t>(o.places))
        .bind(13, o.deadline)
        .bind(14, o.country)
        .bind(15, joinList(o.welcome))
        .bind(16, o.applyUrl)
        .run();
    off.reset();
  }
  auto img = db.prepare("INSERT INTO images VALUES(?,?,?,?)");
  for (const auto& [id, i] : s.images) {
    img.bind(1, id)
        .bind(2, static_cast<int64_t>(i.width))
        .bind(3, static_cast<int64_t>(i.height))
        .bind(4, i.png)
        .run();
    img.reset();
  }
  tx.commit();
  db.exec("VACUUM");
}

// The rename is only atomic across a power cut if the data reached the disk before it, and the
// rename itself is only durable once the directory is synced. SQLite's own syncs are off above.
void syncPath(const fs::path& p, bool directory) {
  int fd = ::open(p.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

std::vector<Diagnostic> buildPack(const fs::path& sources, const fs::path& out) {
  std::vector<Diagnostic> problems;
  std::error_code ec;
  if (!fs::is_directory(sources, ec)) {
    problems.push_back({sources.string(), 0, "not a folder of pack sources"});
    return problems;
  }
  Sources s = readSources(sources, problems);
  if (!problems.empty()) return problems;  // nothing written, an existing pack stays as it was
  fs::path tmp = out;
  tmp += ".tmp";
  fs::remove(tmp, ec);
  try {
    writePack(s, tmp);
    syncPath(tmp, false);
    fs::rename(tmp, out);
    fs::path dir = out.parent_path();
    syncPath(dir.empty() ? fs::path(".") : dir, true);
  } catch (const std::exception& e) {
    fs::remove(tmp, ec);
    problems.push_back({out.string(), 0, std::string("cannot write the pack: ") + e.what()});
  }
  return problems;
}

}  // namespace vitrine
