// The pack stores a thumbnail next to each image for grid cards; older packs without one still
// open and show their detail image; an edited thumbnail is refused like any other edit.
#include "content_hash.h"
#include "image.h"
#include "messages_language.h"
#include "sqlite.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

Image decoded(const std::vector<uint8_t>& bytes) {
  std::string error;
  Image img = decodeImage(bytes, error);
  INFO(error);
  return img;
}

std::string openError(const fs::path& p) {
  try {
    Pack::open(p);
  } catch (const PackError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a built pack holds a detail size and a thumbnail size of each image") {
  TempDir tmp;
  writeSources(tmp.path / "src");  // educateur.png is 1200x800
  REQUIRE(errorCount(buildPack(tmp.path / "src", tmp.path / "p.kpack")) == 0);
  auto pack = Pack::open(tmp.path / "p.kpack");
  Image detail = decoded(pack->imageBytes("educateur.png"));
  Image thumb = decoded(pack->thumbnailBytes("educateur.png"));
  CHECK(detail.width == 960);
  CHECK(detail.height == 640);
  CHECK(thumb.width == kThumbMaxW);
  CHECK(thumb.height == kThumbMaxH);  // same 3:2 shape, a quarter of the pixels
  CHECK(pack->thumbnailBytes("absente.png").empty());
}

TEST_CASE("a pack built before thumbnails existed opens and gives its detail image instead") {
  TempDir tmp;
  writeSources(tmp.path / "src");
  fs::path p = tmp.path / "old.kpack";
  REQUIRE(errorCount(buildPack(tmp.path / "src", p)) == 0);
  {  // what the previous builder wrote: no thumbnails table, hashed without it
    sql::Database db(p, sql::Mode::ReadWriteCreate);
    db.exec("DROP TABLE thumbnails");
    auto st = db.prepare("UPDATE meta SET value = ? WHERE key = 'content_hash'");
    st.bind(1, contentHash(db)).run();
  }
  REQUIRE(openError(p).empty());
  auto pack = Pack::open(p);
  CHECK(pack->thumbnailBytes("educateur.png") == pack->imageBytes("educateur.png"));
}

TEST_CASE("a thumbnail altered after the build makes the pack refused") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir tmp;
  writeSources(tmp.path / "src");
  fs::path p = tmp.path / "edited.kpack";
  REQUIRE(errorCount(buildPack(tmp.path / "src", p)) == 0);
  {
    sql::Database db(p, sql::Mode::ReadWriteCreate);
    db.exec("UPDATE thumbnails SET width = 10");
  }
  CHECK(openError(p).find("modifié après sa construction") != std::string::npos);
}
