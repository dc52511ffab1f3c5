// The editor corpus, its pictures and files: phone photos (EXIF orientation, broken files, near
// names) and what `pack build` agrees to read (regular files inside the sources, within a size).
// Text cases are in test_editor_corpus.cpp.
#include <sys/stat.h>

#include "editor_corpus.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

TEST_CASE("phone photos: EXIF orientation applied, plain words for broken files, near names") {
  SUBCASE("a portrait photo stored sideways with orientation 6 comes out upright") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "phone.jpg");
      writeFile(src / "images/phone.jpg", jpeg(300, 200, 6));
    });
    INFO(o.all());
    CHECK(o.diags.empty());
    REQUIRE(o.pack);
    std::string error;
    Image img = decodeImage(o.pack->imageBytes("phone.jpg"), error);
    REQUIRE(img.width == 200);
    REQUIRE(img.height == 300);
    // A quarter turn clockwise: what was the left (red) is now the top.
    const uint8_t* top = &img.rgba[(static_cast<size_t>(20) * 200 + 100) * 4];
    const uint8_t* bottom = &img.rgba[(static_cast<size_t>(280) * 200 + 100) * 4];
    CHECK(top[0] > 180);
    CHECK(top[2] < 80);
    CHECK(bottom[2] > 180);
    CHECK(bottom[0] < 80);
  }
  SUBCASE("a truncated photo: « image truncated or damaged », no decoder jargon") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "phone.jpg");
      writeFile(src / "images/phone.jpg", jpeg(300, 200, 0).substr(0, 300));
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("images/phone.jpg: error: image truncated or damaged: open it in a photo tool"));
  }
  SUBCASE("a name that differs by case or extension: did you mean") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "photo.jpg");
      writeFile(src / "images/Photo.JPG", jpeg(300, 200, 0));
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("careers/assistant-social.txt:4: error: image not found: images/photo.jpg (did "
              "you mean images/Photo.JPG?)"));
  }
}

TEST_CASE("only regular files inside the sources folder are read, within a size limit") {
  SUBCASE("a link to /dev/zero") {
    auto o = run("", [](const fs::path& src) {
      fs::remove(src / "offers.csv");
      fs::create_symlink("/dev/zero", src / "offers.csv");
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("offers.csv: error: symbolic link to /dev/zero, outside the sources folder: "
              "refused"));
  }
  SUBCASE("a FIFO in place of a photo (reading it would hang)") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "photo.png");
      fs::create_directories(src / "images");
      REQUIRE(::mkfifo((src / "images/photo.png").c_str(), 0600) == 0);
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("images/photo.png: error: not a regular file (named pipe)"));
  }
  SUBCASE("a link inside the folder is fine") {
    auto o = run("", [](const fs::path& src) {
      fs::create_directories(src / "data");
      fs::rename(src / "offers.csv", src / "data/offers.csv");
      fs::create_symlink("data/offers.csv", src / "offers.csv");
    });
    INFO(o.all());
    CHECK(o.diags.empty());
    holdsTypedOffers(o);
  }
  SUBCASE("a broken link where an optional file goes: an error, not silently no agenda") {
    auto o = run("", [](const fs::path& src) {
      fs::create_symlink("agenda-2027.csv", src / "events.csv");  // renamed since, or never copied
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("events.csv: error: symbolic link to agenda-2027.csv, which leads to no file"));
  }
  SUBCASE("a loop of links is a broken link too") {
    auto o = run("", [](const fs::path& src) { fs::create_symlink("quiz.csv", src / "quiz.csv"); });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("quiz.csv: error: symbolic link to quiz.csv, which leads to no file"));
  }
  SUBCASE("a careers folder linked outside: refused by name, not an empty folder") {
    TempDir elsewhere;
    auto o = run("", [&](const fs::path& src) {
      fs::rename(src / "careers", elsewhere.path / "careers");
      fs::create_symlink(elsewhere.path / "careers", src / "careers");
    });
    INFO(o.all());
    REQUIRE(!o.diags.empty());
    CHECK(o.diags.front().file == "careers/");
    CHECK(o.has("careers/: error: symbolic link to " + (elsewhere.path / "careers").string() +
                ", outside the sources folder: nothing in it is read"));
  }
  SUBCASE("an unreadable image two careers share is reported once") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "photo.png");
      fs::copy_file(src / "careers/assistant-social.txt", src / "careers/educateur.txt");
      fs::create_directories(src / "images");
      fs::create_symlink("/dev/zero", src / "images/photo.png");
    });
    INFO(o.all());
    size_t about = 0;
    for (const auto& d : o.diags) about += d.file == "images/photo.png";
    CHECK(about == 1);
    CHECK(o.has("images/photo.png: error: symbolic link to /dev/zero, outside the sources folder"));
  }
  SUBCASE("a file over the limit is named with its size") {
    auto o = run("", [](const fs::path& src) { fs::resize_file(src / "offers.csv", 17u << 20); });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv: error: file too large (17825792 bytes, at most 16777216)"));
  }
  SUBCASE("a 2 MB column name is echoed cut short") {
    auto o = run("", [](const fs::path& src) {
      std::string offers = readFile(src / "offers.csv");
      writeFile(src / "offers.csv", std::string(2u << 20, 'x') + ";" + offers);
    });
    const std::string start = o.all().substr(0, 2000);
    INFO(start);
    REQUIRE(o.diags.size() >= 1);
    CHECK(o.has("offers.csv:1: error: unknown column \"xxxxxxxx"));
    for (const auto& d : o.diags) CHECK(d.str().size() < 400);
  }
}
