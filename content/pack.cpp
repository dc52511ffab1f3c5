// Opening a .kpack read-only and defensively, validating it, and loading the catalogue.
#include "pack.h"

#include <sqlite3.h>

#include <algorithm>
#include <fstream>
#include <map>

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
  auto orgs = db.prepare("SELECT id, kind, name, city, region, country, website FROM organisations");
  while (orgs.step())
    c.organisations.push_back({orgs.text(0), orgs.text(1), orgs.text(2), orgs.text(3),
                               orgs.text(4), orgs.text(5), orgs.text(6)});
  auto car = db.prepare(
      "SELECT id, title, pitch, diploma, level, duration, routes, where_work, image, body FROM careers");
  while (car.step()) {
    Career k{car.text(0), car.text(1), car.text(2), car.text(3), car.text(4), car.text(5),
             splitList(car.text(6)), car.text(7), car.text(8), parseBody(car.text(9))};
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
  std::sort(c.careers.begin(), c.careers.end(), [](const Career& a, const Career& b) {
    return foldAccents(a.title) < foldAccents(b.title);
  });
  std::sort(c.offers.begin(), c.offers.end(), [](const Offer& a, const Offer& b) {
    // Soonest deadline first (those without one last), then by title.
    std::string dla = a.deadline.empty() ? "9999" : a.deadline;
    std::string dlb = b.deadline.empty() ? "9999" : b.deadline;
    return dla != dlb ? dla < dlb : foldAccents(a.title) < foldAccents(b.title);
  });
}

}  // namespace

Pack::~Pack() = default;

std::unique_ptr<Pack> Pack::open(const fs::path& path) {
  if (!fs::exists(path)) throw PackError("Le fichier de contenu est introuvable : " + path.string());
  if (!looksLikeSqlite(path))
    throw PackError("Ce fichier n’est pas un pack de contenu Vitrine : " + path.string());
  std::unique_ptr<Pack> pack(new Pack());
  try {
    pack->db_ = std::make_unique<sql::Database>(path, sql::Mode::ReadOnly);
    sqlite3* h = pack->db_->handle();
    // A pack comes from a USB stick: never let its schema run code or corrupt memory.
    sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    auto check = pack->db_->prepare("PRAGMA quick_check");
    if (!check.step() || check.text(0) != "ok")
      throw PackError("Le pack de contenu est endommagé (" + check.text(0) + ") : " + path.string());
    auto meta = readMeta(*pack->db_);
    int version = std::atoi(meta["schema_version"].c_str());
    if (version != kSchemaVersion)
      throw PackError("Le pack a la version de schéma " + meta["schema_version"] + ", attendue " +
                      std::to_string(kSchemaVersion) + " — reconstruisez-le avec kioskctl.");
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
    throw PackError(std::string("Le pack de contenu est illisible : ") + e.what());
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
