// `kioskctl site export` writes quiz.html: the quiz offline, ranking like the kiosk (checked with
// node when it is installed), linked from index.html.
#include <cstdio>
#include <filesystem>

#include "ctl.h"
#include "messages_language.h"
#include "pack.h"
#include "quiz_score.h"
#include "test_pack_fixtures.h"
#include "test_store_helpers.h"

using namespace vitrine;
namespace fs = std::filesystem;

namespace {

std::string run(const std::string& command) {
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    pclose(p);
  }
  return out;
}

}  // namespace

TEST_CASE("site export: quiz.html holds every question offline and ranks like the kiosk") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  testing::TempDir tmp;
  const fs::path pack = tmp.path / "demo.kpack", site = tmp.path / "site";
  auto problems = buildPack(VITRINE_SOURCE_DIR "/content/demo", pack);
  REQUIRE(errorCount(problems) == 0);
  auto r = storetest::runCtl(ctl::site, {"export", pack.string(), "-o", site.string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("8 questions de quiz") != std::string::npos);
  const std::string index = testing::readFile(site / "index.html");
  const std::string quiz = testing::readFile(site / "quiz.html");
  CHECK(index.find("href=\"quiz.html\"") != std::string::npos);
  auto opened = Pack::open(pack);
  const Catalogue& cat = opened->catalogue();
  for (const QuizQuestion& q : cat.quiz) {
    CHECK_MESSAGE(quiz.find(q.text) != std::string::npos, q.id);
    for (const QuizAnswer& a : q.answers) CHECK(quiz.find(a.text) != std::string::npos);
  }
  CHECK(quiz.find("http") == std::string::npos);  // nothing fetched from the network
  CHECK(quiz.find("images/") != std::string::npos);
  // An illustrated answer carries its picture, written beside the careers' ones.
  CHECK(quiz.find("\"image\":\"images/mediateur-social.png\",\"weights\"") != std::string::npos);
  CHECK(fs::exists(site / "images" / "mediateur-social.png"));

  if (!fs::exists("/usr/bin/node")) {
    MESSAGE("node not installed: the page's script is not run");
    return;
  }
  // The whole script parses; rank() gives the kiosk's order for the same answers.
  const size_t from = quiz.find("<script>") + 8, to = quiz.find("</script>");
  REQUIRE(to != std::string::npos);
  testing::writeFile(tmp.path / "page.js", quiz.substr(from, to - from));
  CHECK(run("node --check " + (tmp.path / "page.js").string() + " 2>&1").empty());
  const std::string logic = quiz.substr(from, quiz.find("/*end rank*/") - from);
  std::string probe = logic;
  std::vector<std::vector<int>> runs;
  for (unsigned seed = 1; seed <= 40; ++seed) {
    std::vector<int> chosen;
    unsigned s = seed;
    for (const QuizQuestion& q : cat.quiz) {
      s = s * 1103515245u + 12345u;
      chosen.push_back(static_cast<int>((s >> 8) % q.answers.size()));
    }
    runs.push_back(chosen);
    std::string list;
    for (int c : chosen) list += (list.empty() ? "" : ",") + std::to_string(c);
    probe += "console.log(rank([" + list +
             "]).slice(0, 3).map(function (s) { return s.career; }).join(' '));\n";
  }
  testing::writeFile(tmp.path / "probe.js", probe);
  const std::string out = run("node " + (tmp.path / "probe.js").string());
  std::string expected;
  for (const auto& chosen : runs) {
    auto ranked = rankCareers(cat.quiz, chosen);
    std::string line;
    for (size_t i = 0; i < ranked.size() && i < 3; ++i) line += (i ? " " : "") + ranked[i].career;
    expected += line + "\n";
  }
  CHECK(out == expected);
}
