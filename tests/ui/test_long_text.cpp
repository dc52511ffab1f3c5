// Headless UI: text of any length is drawn in pieces; no draw list overflows its 16-bit indices.
#include <fstream>

#include "screens/screens.h"
#include "ui_driver.h"
#include "widgets.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
namespace fs = std::filesystem;

namespace {

// ImGui 1.86 aborts at render when a draw list holds 65,536 vertices or more since its last
// VtxOffset; the null platform, like GL < 3.2, has no VtxOffset: every vertex counts.
size_t largestDrawList() {
  size_t most = 0;
  if (ImDrawData* dd = ImGui::GetDrawData())
    for (int i = 0; i < dd->CmdListsCount; ++i)
      most = std::max(most, static_cast<size_t>(dd->CmdLists[i]->VtxBuffer.Size));
  return most;
}

std::string sentence(size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += "Accompagner les familles vers leurs droits, pas à pas. ";
  s.resize(bytes);
  return s;
}

// The demo sources with one career's body replaced by `body`.
fs::path packWithBody(const std::string& tag, const std::string& careerId,
                      const std::string& body) {
  fs::path dir = vitrine::test::freshDir(tag);
  fs::copy(VITRINE_SOURCE_DIR "/content/demo", dir / "src", fs::copy_options::recursive);
  fs::path file = dir / "src" / "careers" / (careerId + ".txt");
  std::ifstream in(file);
  std::string header, line;
  while (std::getline(in, line) && !line.empty()) header += line + "\n";
  in.close();
  std::ofstream(file, std::ios::trunc) << header << "\n" << body << "\n";
  fs::path pack = dir / "long.kpack";
  auto problems = vitrine::buildPack(dir / "src", pack);
  for (const auto& d : problems) MESSAGE(d.str());
  REQUIRE(vitrine::errorCount(problems) == 0);
  return pack;
}

}  // namespace

TEST_CASE("a 20,000-character paragraph and a 5 MB word draw without overflowing a draw list") {
  auto dir = vitrine::test::freshDir("longtext");
  Driver d(vitrine::test::demoConfig(dir));
  ImFont* body = d.app.theme().fonts.body;
  const std::string paragraph = sentence(20000);
  const std::string word(5u << 20, 'm');
  const float width = 1200;
  // Seen from its first line, then scrolled so that its start lies far above the screen.
  for (float top : {40.0f, -20000.0f, -400000.0f}) {
    d.platform.newFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(1920, 1080));
    ImGui::Begin("long", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::SetCursorScreenPos(ImVec2(40, top));
    vitrine::ui::textWrapped(body, IM_COL32_BLACK, paragraph, width);
    vitrine::ui::textWrapped(body, IM_COL32_BLACK, word, width);
    ImGui::End();
    d.platform.render();  // ImGui asserts (SIGABRT) here on an overflowing draw list
    CHECK(largestDrawList() < 65536);
    CHECK(largestDrawList() > 1000);  // something was drawn: the visible lines
  }
  // A word wider than the line is broken: it takes many lines, never one endless line.
  const float h = vitrine::ui::textHeight(body, word, width);
  CHECK(h > body->FontSize * 1000);
  CHECK(vitrine::ui::textHeight(body, paragraph, width) > body->FontSize * 50);
}

TEST_CASE("a visitor opens a career whose body is one 20,000-character paragraph and scrolls it") {
  const std::string id = "assistant-service-social";
  auto dir = vitrine::test::freshDir("longcareer");
  auto config = vitrine::test::demoConfig(dir);
  config.packPath = packWithBody("longbody", id, sentence(20000));
  Driver d(config);
  d.tap("attract");
  d.tap("home.careers");
  REQUIRE(d.app.screen() == ScreenId::Careers);
  REQUIRE(d.app.catalogue().career(id) != nullptr);
  d.app.session().careerId = id;
  d.app.navigate(ScreenId::CareerDetail);
  d.app.settle();
  REQUIRE(d.app.screen() == ScreenId::CareerDetail);
  CHECK(largestDrawList() < 65536);
  // Scroll down through the paragraph: its start leaves the screen, the visible lines change.
  for (int i = 0; i < 12; ++i) {
    d.drag(ImVec2(1300, 900), -700);
    CHECK(largestDrawList() < 65536);
  }
  CHECK(d.app.screen() == ScreenId::CareerDetail);
  CHECK(d.visible("interested"));
}
