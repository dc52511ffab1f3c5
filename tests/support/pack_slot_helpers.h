// Real .kpack files for the pack-switch tests: the demo pack and a visibly different "next" one,
// built once per process with the real builder, plus the damage a USB stick or a person can do.
#pragma once

#include <doctest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "content_hash.h"
#include "pack_builder.h"
#include "sqlite.h"

namespace vitrine::test {
namespace fs = std::filesystem;

inline fs::path tempFolder(const std::string& tag) {
  static std::atomic<int> counter{0};
  auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
  fs::path p =
      fs::temp_directory_path() / ("vitrine-" + tag + "-" + std::to_string(::getpid()) + "-" +
                                   std::to_string(stamp) + "-" + std::to_string(counter++));
  fs::create_directories(p);
  return p;
}

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void spit(const fs::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

// Replaces the line starting with `key: ` in a source text file.
inline void setField(const fs::path& file, const std::string& key, const std::string& value) {
  std::istringstream in(slurp(file));
  std::string line, out;
  while (std::getline(in, line))
    out += (line.rfind(key + ": ", 0) == 0 ? key + ": " + value : line) + "\n";
  spit(file, out);
}

// The pack built from content/demo, optionally edited first (id, title, one career's title).
inline fs::path buildDemoVariant(const std::string& id, const std::string& title,
                                 const std::string& careerTitle) {
  fs::path src = tempFolder("pack-src");
  fs::copy(VITRINE_SOURCE_DIR "/content/demo", src, fs::copy_options::recursive);
  setField(src / "pack.txt", "id", id);
  setField(src / "pack.txt", "title", title);
  if (!careerTitle.empty())
    setField(src / "careers" / "educateur-specialise.txt", "title", careerTitle);
  fs::path out = tempFolder("pack-out") / (id + ".kpack");
  auto problems = buildPack(src, out);
  for (const auto& d : problems) MESSAGE(d.str());
  REQUIRE(problems.empty());
  fs::remove_all(src);
  return out;
}

inline const fs::path& packA() {  // what the kiosk shows this morning
  static const fs::path p = buildDemoVariant("salon-matin", "Les métiers du social", "");
  return p;
}

inline const fs::path& packB() {  // the editor's update, visibly different on a career card
  static const fs::path p =
      buildDemoVariant("salon-apres-midi", "Les métiers du social — mise à jour",
                       "Éducateur·rice spécialisé·e (nouveau)");
  return p;
}

// Every file in a folder, by name: what a technician sees with `ls`.
inline std::set<std::string> listing(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.insert(e.path().filename().string());
  return names;
}

// --- damage --------------------------------------------------------------------------------

inline void truncateCopy(const fs::path& from, const fs::path& to) {
  std::string bytes = slurp(from);
  spit(to, bytes.substr(0, bytes.size() / 2));  // a USB stick pulled in the middle of a copy
}

// Flips one bit at the start of a few pages spread over the file: b-tree page types and overflow
// links, which SQLite checks. (A flip inside a text or an image is invisible to SQLite: a pack
// has no checksum.)
inline void flipBits(const fs::path& from, const fs::path& to) {
  std::string bytes = slurp(from);
  size_t pageSize =
      (static_cast<unsigned char>(bytes[16]) << 8) | static_cast<unsigned char>(bytes[17]);
  if (pageSize == 1) pageSize = 65536;
  size_t pages = bytes.size() / pageSize;
  REQUIRE(pages > 8);
  for (size_t k = 1; k <= 6; ++k) bytes[pageSize * (pages * k / 7)] ^= 0x01;
  spit(to, bytes);
}

inline void notSqlite(const fs::path& to) {
  spit(to, "PK\x03\x04 ceci est un fichier zip renommé en .kpack, pas un pack\n");
}

// A genuine pack whose schema version is from the future (built by a newer kioskctl).
inline void futureSchema(const fs::path& from, const fs::path& to) {
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
  sql::Database db(to, sql::Mode::ReadWriteCreate);
  db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
}

// Another SQLite database entirely (here: an empty one with unrelated tables).
inline void otherDatabase(const fs::path& to) {
  sql::Database db(to, sql::Mode::ReadWriteCreate);
  db.exec("CREATE TABLE leads(id TEXT PRIMARY KEY, email TEXT)");
}

// A well-formed pack with no stage offers left in it (content hash updated, so it opens).
inline void noOffers(const fs::path& from, const fs::path& to) {
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
  sql::Database db(to, sql::Mode::ReadWriteCreate);
  db.exec("DELETE FROM offers");
  db.prepare("UPDATE meta SET value = ? WHERE key = 'content_hash'").bind(1, contentHash(db)).run();
}

// A pack edited by hand after its build: its content no longer matches its SHA-256.
inline void editedByHand(const fs::path& from, const fs::path& to) {
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
  sql::Database db(to, sql::Mode::ReadWriteCreate);
  db.exec("UPDATE careers SET title = 'Métier inventé'");
}

}  // namespace vitrine::test
