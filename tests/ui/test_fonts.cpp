// Fonts: a missing, truncated or damaged font never crashes the kiosk; another installed font
// (Noto, DejaVu) or at worst ImGui's built-in one takes its place, with a log line.
#include <fstream>

#include "font_check.h"
#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
namespace fs = std::filesystem;

namespace {

std::vector<char> bytesOf(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::vector<char>(std::istreambuf_iterator<char>(in), {});
}

void write(const fs::path& p, const std::vector<char>& b) {
  std::ofstream(p, std::ios::binary).write(b.data(), static_cast<std::streamsize>(b.size()));
}

const fs::path kNoto = fs::path(VITRINE_FONT_DIR) / "NotoSans-Regular.ttf";

// A kiosk on the demo pack with --fonts at `fonts`, browsed to a career: it draws every frame.
void browseWith(const fs::path& fonts) {
  auto dir = vitrine::test::freshDir("fonts");
  auto config = vitrine::test::demoConfig(dir);
  config.fontDir = fonts;
  Driver d(config);
  REQUIRE(d.app.theme().fonts.body != nullptr);
  REQUIRE(d.app.theme().fonts.display != nullptr);
  CHECK_FALSE(d.app.theme().fontNote().empty());  // the log says what replaced what
  MESSAGE(d.app.theme().fontNote());
  d.tap("attract");
  d.tap("home.careers");
  CHECK(d.app.screen() == ScreenId::Careers);
  d.tap("career:" + d.app.catalogue().careers.front().id);
  CHECK(d.app.screen() == ScreenId::CareerDetail);
}

}  // namespace

TEST_CASE("fontUsable tells a whole font from a truncated, damaged or foreign file") {
  const auto noto = bytesOf(kNoto);
  REQUIRE(noto.size() > 10000);
  std::string why;
  CHECK(vitrine::ui::fontUsable(noto, why));
  CHECK(why.empty());
  CHECK_FALSE(vitrine::ui::fontUsable(std::vector<char>(noto.begin(), noto.begin() + 4096), why));
  CHECK(why.find("truncated") != std::string::npos);
  CHECK_FALSE(vitrine::ui::fontUsable(std::vector<char>(5000, 'x'), why));
  CHECK_FALSE(vitrine::ui::fontUsable({}, why));
  auto damaged = noto;
  for (size_t i = 12; i < 12 + 16 * 6; ++i) damaged[i] = static_cast<char>(0xFF);  // directory
  CHECK_FALSE(vitrine::ui::fontUsable(damaged, why));
}

TEST_CASE("--fonts at a folder without the Noto files falls back to an installed font") {
  auto empty = vitrine::test::freshDir("nofonts");
  browseWith(empty);
}

TEST_CASE("a truncated or damaged font falls back instead of aborting") {
  auto dir = vitrine::test::freshDir("badfonts");
  auto noto = bytesOf(kNoto);
  write(dir / "NotoSans-Regular.ttf", std::vector<char>(noto.begin(), noto.begin() + 20000));
  auto garbage = noto;
  for (size_t i = 12; i < garbage.size(); i += 7) garbage[i] = static_cast<char>(i * 31);
  write(dir / "NotoSans-Bold.ttf", garbage);
  browseWith(dir);
}

TEST_CASE("chooseFonts prefers --fonts, then Noto, then DejaVu; a lone regular face serves bold") {
  auto dir = vitrine::test::freshDir("onefont");
  write(dir / "NotoSans-Regular.ttf", bytesOf(kNoto));
  auto f = vitrine::ui::chooseFonts(dir);
  CHECK(f.regular == dir / "NotoSans-Regular.ttf");
  CHECK(f.bold == f.regular);
  CHECK(f.note.find("NotoSans-Bold.ttf: missing") != std::string::npos);
  auto fine = vitrine::ui::chooseFonts(VITRINE_FONT_DIR);
  CHECK(fine.note.empty());
  CHECK(fine.bold.filename() == "NotoSans-Bold.ttf");
}
