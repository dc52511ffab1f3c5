// Packs and visitor stores carry distinct SQLite application_ids: each refuses the other with a
// clear message, and nothing at all is written to the wrong file.
#include <sys/stat.h>
#include <sys/sysmacros.h>

#include "file_kind.h"
#include "messages_language.h"
#include "schema.h"
#include "sqlite.h"
#include "store.h"
#include "test_pack_fixtures.h"
#include "ui_driver.h"

using namespace vitrine;
using vitrine::ScreenId;
using vitrine::testing::readFile;
using vitrine::testing::TempDir;
namespace fs = std::filesystem;

namespace {

// The file and every sibling SQLite could leave (journal, WAL, shared memory), as bytes.
std::string snapshot(const fs::path& p) {
  std::string out = readFile(p);
  for (const char* suffix : {"-journal", "-wal", "-shm"}) {
    fs::path side = p;
    side += suffix;
    out += fs::exists(side) ? std::string("+") + suffix : "";
  }
  return out;
}

fs::path demoLikePack(const fs::path& dir) {
  vitrine::testing::writeSources(dir / "src");
  REQUIRE(errorCount(buildPack(dir / "src", dir / "p.kpack")) == 0);
  return dir / "p.kpack";
}

std::string storeError(const fs::path& p) {
  try {
    VisitorStore s(p, "kiosk-1", "test");
  } catch (const StoreError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a pack given as the visitor store is refused and left byte for byte as it was") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir t;
  const fs::path pack = demoLikePack(t.path);
  CHECK(fileKind(pack) == FileKind::Pack);
  const std::string before = snapshot(pack);
  const std::string why = storeError(pack);
  CHECK(why.find("n'est pas un fichier des visiteurs de Vitrine : c'est un pack de contenu") !=
        std::string::npos);
  CHECK_THROWS_AS(VisitorStore::openForReading(pack), StoreError);
  CHECK(snapshot(pack) == before);
  CHECK_NOTHROW(Pack::open(pack));  // still a good pack
}

TEST_CASE("a visitor store given as the pack is refused and left as it was") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir t;
  const fs::path store = t.path / "visitors.db";
  { VisitorStore s(store, "kiosk-1", "test"); }
  CHECK(fileKind(store) == FileKind::Store);
  const std::string before = snapshot(store);
  try {
    Pack::open(store);
    FAIL("a store opened as a pack");
  } catch (const PackError& e) {
    CHECK(std::string(e.what()).find("fichier des visiteurs de la borne, pas un pack") !=
          std::string::npos);
  }
  CHECK(snapshot(store) == before);
}

TEST_CASE(
    "a device, FIFO or folder as the store or the pack: refused before it is opened or changed") {
  TempDir t;
  const fs::path fifo = t.path / "fifo.db", folder = t.path / "folder.db";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  fs::create_directories(folder);
  std::vector<fs::path> notFiles = {fifo, folder};
  // A character device like /dev/null (only root may make one): reading it gives nothing, so it
  // passed for an empty new store, and `--store /dev/null` made /dev/null private to root.
  const fs::path device = t.path / "null.db";
  if (::mknod(device.c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0) {
    REQUIRE(::chmod(device.c_str(), 0666) == 0);
    notFiles.push_back(device);
  } else {
    MESSAGE("not root: no device node to try");
  }
  for (const auto& p : notFiles) {
    CAPTURE(p);
    CHECK(fileKind(p) == FileKind::NotAFile);
    CHECK(storeError(p).find("\"" + p.string() + "\" is not a file (") != std::string::npos);
    CHECK_THROWS_AS(VisitorStore::openForReading(p), StoreError);
    try {
      Pack::open(p);
      FAIL("opened as a pack");
    } catch (const PackError& e) {
      CHECK(std::string(e.what()).find("is not a file (") != std::string::npos);
    }
  }
  struct stat st {};
  if (::stat(device.c_str(), &st) == 0) CHECK((st.st_mode & 0777) == 0666);
  CHECK(fs::is_empty(folder));  // no journal, WAL or shm made inside it either

  // Where the store's journal goes: a FIFO there is refused too, the store left as it was.
  const fs::path store = t.path / "visitors.db";
  { VisitorStore s(store, "kiosk-1", "test"); }
  const std::string before = readFile(store);
  REQUIRE(::mkfifo((store.string() + "-wal").c_str(), 0644) == 0);
  CHECK(storeError(store).find("visitors.db-wal\" is not a file (named pipe)") !=
        std::string::npos);
  CHECK(readFile(store) == before);
}

TEST_CASE("a store from before application_ids is adopted; another database is not") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir t;
  const fs::path old = t.path / "old.db";
  { VisitorStore s(old, "kiosk-1", "test"); }
  {
    sql::Database db(old, sql::Mode::ReadWriteCreate);
    db.exec("PRAGMA application_id = 0");
  }
  REQUIRE(fileKind(old) == FileKind::Unmarked);
  CHECK(storeError(old).empty());
  CHECK(fileKind(old) == FileKind::Store);  // marked from now on

  const fs::path empty = t.path / "empty.db";
  vitrine::testing::writeFile(empty, "");
  CHECK(storeError(empty).empty());
  CHECK(fileKind(empty) == FileKind::Store);

  const fs::path other = t.path / "other.db";
  {
    sql::Database db(other, sql::Mode::ReadWriteCreate);
    db.exec("CREATE TABLE recipes(name TEXT)");
  }
  const std::string before = snapshot(other);
  CHECK(storeError(other).find("n'est pas un fichier des visiteurs") != std::string::npos);
  CHECK(snapshot(other) == before);

  const fs::path foreign = t.path / "foreign.db";
  {
    sql::Database db(foreign, sql::Mode::ReadWriteCreate);
    db.exec("PRAGMA application_id = 1234; CREATE TABLE submissions(x); CREATE TABLE personal(y)");
  }
  const std::string foreignBefore = snapshot(foreign);
  CHECK(storeError(foreign).find("n'est pas un fichier des visiteurs") != std::string::npos);
  CHECK(snapshot(foreign) == foreignBefore);
}

TEST_CASE(
    "a kiosk started with --store at a pack shows content, saves nothing, and leaves the pack as "
    "it was") {
  TempDir t;
  const fs::path pack = demoLikePack(t.path);
  const std::string before = snapshot(pack);
  {
    auto config = vitrine::test::demoConfig(t.path);
    config.storePath = pack;  // settings, PIN, statistics and leads all refuse it
    vitrine::test::Driver d(config);
    CHECK(d.app.store() == nullptr);
    d.tap("attract");
    CHECK(d.app.screen() == ScreenId::Home);
  }
  CHECK(snapshot(pack) == before);
  CHECK_NOTHROW(Pack::open(pack));
}
