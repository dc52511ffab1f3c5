// Reproducible builds and the content hash: same sources, same pack; an edited pack is refused.
#include "messages_language.h"
#include "sha256.h"
#include "sqlite.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

std::string sha(const std::string& s) {
  Sha256 h;
  h.update(s);
  return h.hex();
}

std::string openError(const fs::path& p) {
  try {
    Pack::open(p);
  } catch (const PackError& e) {
    return e.what();
  }
  return "";
}

struct Epoch {  // SOURCE_DATE_EPOCH for the lifetime of the object
  explicit Epoch(const char* v) { ::setenv("SOURCE_DATE_EPOCH", v, 1); }
  ~Epoch() { ::unsetenv("SOURCE_DATE_EPOCH"); }
};

}  // namespace

TEST_CASE("SHA-256 matches the FIPS 180-4 test vectors") {
  CHECK(sha("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  Sha256 h;
  std::string block(1000, 'a');
  for (int i = 0; i < 1000; ++i) h.update(block);
  CHECK(h.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("two builds of the same sources are byte-identical with SOURCE_DATE_EPOCH") {
  TempDir tmp;
  writeSources(tmp.path / "src");
  Epoch epoch("1800000000");
  REQUIRE(errorCount(buildPack(tmp.path / "src", tmp.path / "a.kpack")) == 0);
  REQUIRE(errorCount(buildPack(tmp.path / "src", tmp.path / "b.kpack")) == 0);
  CHECK(readFile(tmp.path / "a.kpack") == readFile(tmp.path / "b.kpack"));
}

TEST_CASE("the content hash ignores the build time and follows every content change") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  {
    Epoch epoch("1800000000");
    REQUIRE(errorCount(buildPack(src, tmp.path / "a.kpack")) == 0);
  }
  {
    Epoch epoch("1900000000");
    REQUIRE(errorCount(buildPack(src, tmp.path / "b.kpack")) == 0);
  }
  CHECK(readFile(tmp.path / "a.kpack") != readFile(tmp.path / "b.kpack"));
  auto a = Pack::open(tmp.path / "a.kpack"), b = Pack::open(tmp.path / "b.kpack");
  CHECK(a->catalogue().meta.contentHash.size() == 64);
  CHECK(a->catalogue().meta.contentHash == b->catalogue().meta.contentHash);
  CHECK(a->catalogue().meta.builderVersion == kBuilderVersion);

  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner les personnes.\n");
  REQUIRE(errorCount(buildPack(src, tmp.path / "c.kpack")) == 0);
  CHECK(Pack::open(tmp.path / "c.kpack")->catalogue().meta.contentHash !=
        a->catalogue().meta.contentHash);
}

TEST_CASE("a pack whose content was altered after the build is refused with a clear message") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir tmp;
  writeSources(tmp.path / "src");
  fs::path good = tmp.path / "good.kpack";
  REQUIRE(errorCount(buildPack(tmp.path / "src", good)) == 0);

  // Someone "fixes" a title with the sqlite3 tool instead of the sources.
  fs::path edited = tmp.path / "edited.kpack";
  fs::copy_file(good, edited);
  {
    sql::Database db(edited, sql::Mode::ReadWriteCreate);
    db.exec("UPDATE offers SET places = 40 WHERE id = 'ath-1'");
  }
  std::string msg = openError(edited);
  CHECK(msg.find("modifié après sa construction") != std::string::npos);
  CHECK(msg.find("kioskctl pack build") != std::string::npos);

  // A flipped bit inside a text value: SQLite may read it happily, the hash does not.
  std::string bytes = readFile(good);
  size_t at = bytes.find("Accueil en foyer");
  REQUIRE(at != std::string::npos);
  bytes[at + 3] ^= 0x01;
  fs::path flipped = tmp.path / "flipped.kpack";
  writeFile(flipped, bytes);
  CHECK_FALSE(openError(flipped).empty());

  // A pack that lost its hash is refused too: it was not built by this builder.
  fs::path unhashed = tmp.path / "unhashed.kpack";
  fs::copy_file(good, unhashed);
  {
    sql::Database db(unhashed, sql::Mode::ReadWriteCreate);
    db.exec("DELETE FROM meta WHERE key = 'content_hash'");
  }
  CHECK(openError(unhashed).find("modifié") != std::string::npos);
  CHECK(openError(good).empty());
}

TEST_CASE("a table, view or trigger added to a built pack is refused by name") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir tmp;
  writeSources(tmp.path / "src");
  fs::path good = tmp.path / "good.kpack";
  REQUIRE(errorCount(buildPack(tmp.path / "src", good)) == 0);
  // The content hash covers the builder's tables only: what is added beside them leaves it intact.
  const std::pair<const char*, const char*> added[] = {
      {"junk", "CREATE TABLE junk(data BLOB); INSERT INTO junk VALUES (zeroblob(1000000))"},
      {"careers_view", "CREATE VIEW careers_view AS SELECT * FROM careers"},
      {"no_delete", "CREATE TRIGGER no_delete BEFORE DELETE ON offers BEGIN SELECT 1; END"},
  };
  for (const auto& [name, sql] : added) {
    CAPTURE(name);
    fs::path p = tmp.path / (std::string(name) + ".kpack");
    fs::copy_file(good, p);
    {
      sql::Database db(p, sql::Mode::ReadWriteCreate);
      db.exec(sql);
    }
    const std::string msg = openError(p);
    CHECK(msg.find(std::string("contient « ") + name + " »") != std::string::npos);
    CHECK(msg.find("modifié après sa construction") != std::string::npos);
    CHECK(msg.find(p.string()) != std::string::npos);
  }
  CHECK(openError(good).empty());  // the search index and SQLite's own tables are the builder's
}

TEST_CASE("bit flips anywhere in a pack give a usable pack or a clear refusal, never a crash") {
  TempDir tmp;
  writeSources(tmp.path / "src");
  fs::path good = tmp.path / "good.kpack";
  REQUIRE(errorCount(buildPack(tmp.path / "src", good)) == 0);
  const std::string bytes = readFile(good);
  const std::string hash = Pack::open(good)->catalogue().meta.contentHash;
  int refused = 0, opened = 0;
  for (size_t i = 0; i < 64; ++i) {
    std::string damaged = bytes;
    size_t at = (i * 104729 + 17) % damaged.size();  // spread over every page of the file
    damaged[at] = static_cast<char>(damaged[at] ^ (1 << (i % 8)));
    fs::path p = tmp.path / ("flip-" + std::to_string(i) + ".kpack");
    writeFile(p, damaged);
    try {
      auto pack = Pack::open(p);
      // Opened: then the flip hit no content (free space, unused header bytes), and the content
      // is exactly what was built.
      CHECK(pack->catalogue().meta.contentHash == hash);
      CHECK(pack->catalogue().offers.size() == 2);
      ++opened;
    } catch (const PackError& e) {
      CHECK(std::string(e.what()).find(p.string()) != std::string::npos);
      ++refused;
    }
  }
  MESSAGE(refused << " refused, " << opened << " still identical");
  CHECK(refused > 0);
}
