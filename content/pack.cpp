// Opening a .kpack read-only and defensively, validating it, and loading the catalogue.
#include "pack.h"

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <tuple>

#include "schema.h"
#include "sqlite.h"
#include "text_util.h"

namespace vitrine {
namespace fs = std::filesystem;
namespace {

bool looksLikeSqlite(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[16] = {};
  in.read(magic, sizeof magic);
  return in && std::string(magic, 15) == "SQLite format 3";
}

std::map<std::string, std::string> readMeta(sql::Database& db) {
  std::map<std::string, std::string> m;
  auto st = db.prepare("SELECT key, value FROM meta");
  while (st.step()) m[st.text(0)] = st.text(1);
  return m;
}

void load(sql::Database& db, Catalogue& c) {
  auto orgs =
      db.prepare("SELECT id, kind, name, city, region, country, website FROM organisations");
  while (orgs.step())
    c.organisations.push_back({orgs.text(0), orgs.text(1), orgs.text(2), orgs.text(3), orgs.text(4),
                               orgs.text(5), orgs.text(6)});
  auto car = db.prepare(
      "SELECT id, title, pitch, diploma, level, duration, routes, where_work, image, body FROM "
      "careers");
  while (car.step()) {
    Career k{car.text(0),
             car.text(1),
             car.text(2),
             car.text(3),
             car.text(4),
             car.text(5),
             splitList(car.text(6)),
             car.text(7),
             car.text(8),
             parseBody(car.text(9))};
    c.careers.push_back(std::move(k));
  }
  auto off = db.prepare(
      "SELECT id, organisation, service, careers, title, description, city, region, years, "
      "start_date, end_date, places, deadline, country, welcome, apply_url FROM offers");
  while (off.step()) {
    Offer o;
    o.id = off.text(0);
    o.organisation = off.text(1);
    o.service = off.text(2);
    o.careers = splitList(off.text(3));
    o.title = off.text(4);
    o.description = off.text(5);
    o.city = off.text(6);
    o.region = off.text(7);
    for (const auto& y : splitList(off.text(8))) o.years.push_back(std::atoi(y.c_str()));
    o.start = off.text(9);
    o.end = off.text(10);
    o.places = static_cast<int>(off.integer(11));
    o.deadline = off.text(12);
    o.country = off.text(13);
    o.welcome = splitList(off.text(14));
    o.applyUrl = off.text(15);
    c.offers.push_back(std::move(o));
  }
  // Ties fall back to the raw title and the id so that the order never depends on std::sort.
  auto byTitle = [](const auto& x, const auto& y) {
    std::string fx = foldAccents(x.title), fy = foldAccents(y.title);
    return std::tie(fx, x.title, x.id) < std::tie(fy, y.title, y.id);
  };
  std::sort(c.careers.begin(), c.careers.end(), byTitle);
  std::sort(c.offers.begin(), c.offers.end(), [&](const Offer& a, const Offer& b) {
    // Soonest deadline first; offers without one (open all year) last.
    bool na = a.deadline.empty(), nb = b.deadline.empty();
    if (na != nb) return nb;
    if (a.deadline != b.deadline) return a.deadline < b.deadline;
    return byTitle(a, b);
  });
}

}  // namespace

Pack::~Pack() = default;

std::unique_ptr<Pack> Pack::open(const fs::path& path) {
  std::error_code ec;  // the non-throwing overload: a permission problem must not escape as-is
  if (!fs::exists(path, ec))
    throw PackError("Le fichier de contenu est introuvable : " + path.string());
  if (!looksLikeSqlite(path))
    throw PackError("Ce fichier n’est pas un pack de contenu Vitrine : " + path.string());
  std::unique_ptr<Pack> pack(new Pack());
  try {
    pack->db_ = std::make_unique<sql::Database>(path, sql::Mode::ReadOnly);
    sqlite3* h = pack->db_->handle();
    // A pack comes from a USB stick: never let its schema run code or corrupt memory.
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    auto appId = pack->db_->prepare("PRAGMA application_id");
    if (!appId.step() || appId.integer(0) != schema::kApplicationId)
      throw PackError("Ce fichier n’est pas un pack de contenu Vitrine : " + path.string());
    // quick_check reads every page: a pack truncated by a pulled USB stick fails here, at load
    // time, rather than in the middle of a visitor's session.
    auto check = pack->db_->prepare("PRAGMA quick_check");
    if (!check.step() || check.text(0) != "ok")
      throw PackError("Le pack de contenu est endommagé (" + check.text(0) +
                      ") — copiez-le à nouveau : " + path.string());
    auto meta = readMeta(*pack->db_);
    const std::string& declared = meta["schema_version"];
    int version = std::atoi(declared.c_str());
    if (version != kSchemaVersion)
      throw PackError("Ce pack de contenu a la version de schéma " +
                      (declared.empty() ? std::string("inconnue") : declared) + ", attendue " +
                      std::to_string(kSchemaVersion) + " — reconstruisez le pack avec kioskctl");
    Catalogue& c = pack->catalogue_;
    c.meta.schemaVersion = version;
    c.meta.packId = meta["pack_id"];
    c.meta.title = meta["title"];
    c.meta.buildTime = meta["build_time"];
    c.meta.languages = splitList(meta["languages"], ',');
    c.meta.consentVersion = meta["consent_version"];
    c.meta.consentText = meta["consent_text"];
    load(*pack->db_, c);
  } catch (const sql::Error& e) {
    throw PackError("Le pack de contenu est endommagé ou illisible (" + std::string(e.what()) +
                    ") — copiez-le à nouveau : " + path.string());
  }
  return pack;
}

std::vector<uint8_t> Pack::imageBytes(const std::string& imageId) const {
  try {
    auto st = db_->prepare("SELECT data FROM images WHERE id = ?");
    st.bind(1, imageId);
    return st.step() ? st.blob(0) : std::vector<uint8_t>();
  } catch (const sql::Error&) {
    return {};  // a damaged image shows as its placeholder, never as a crash
  }
}

}  // namespace vitrine
