// Headless UI tests: the orientation quiz played through the real screens, its result checked
// against scores the test computes itself from the pack's weights.
#include <algorithm>
#include <map>
#include <tuple>

#include "screens/screens.h"
#include "ui_driver.h"

using vitrine::Catalogue;
using vitrine::ScreenId;
using vitrine::test::demoConfig;
using vitrine::test::Driver;
using vitrine::test::freshDir;

namespace {

// The documented rule, written again here from content/README.md and not from the code: sum the
// points the chosen answers give each career; more points first, then more answers that gave
// points, then the career id in alphabetical order.
std::vector<std::string> expectedTop(const Catalogue& cat, const std::vector<int>& chosen) {
  std::map<std::string, std::pair<int, int>> score;  // id -> (points, answers)
  for (size_t q = 0; q < chosen.size(); ++q)
    for (const auto& [career, points] :
         cat.quiz[q].answers[static_cast<size_t>(chosen[q])].weights) {
      score[career].first += points;
      score[career].second += 1;
    }
  std::vector<std::tuple<int, int, std::string>> order;
  for (const auto& [id, s] : score) order.emplace_back(-s.first, -s.second, id);
  std::sort(order.begin(), order.end());
  std::vector<std::string> top;
  for (size_t i = 0; i < order.size() && i < 3; ++i) top.push_back(std::get<2>(order[i]));
  return top;
}

int points(const Catalogue& cat, const std::vector<int>& chosen, const std::string& career) {
  int sum = 0;
  for (size_t q = 0; q < chosen.size(); ++q) {
    const auto& w = cat.quiz[q].answers[static_cast<size_t>(chosen[q])].weights;
    if (auto it = w.find(career); it != w.end()) sum += it->second;
  }
  return sum;
}

// Answers for every question from a small generator, so runs differ but are repeatable.
std::vector<int> answersFrom(const Catalogue& cat, unsigned seed) {
  std::vector<int> chosen;
  for (const auto& q : cat.quiz) {
    seed = seed * 1103515245u + 12345u;
    chosen.push_back(static_cast<int>((seed >> 8) % q.answers.size()));
  }
  return chosen;
}

// Answers whose first two careers tie on points (`sameAnswers`: and on answers contributing,
// so only the id decides).
std::vector<int> tiedAnswers(const Catalogue& cat, bool sameAnswers) {
  for (unsigned seed = 1; seed < 200000; ++seed) {
    auto chosen = answersFrom(cat, seed);
    auto top = expectedTop(cat, chosen);
    if (top.size() < 2 || points(cat, chosen, top[0]) != points(cat, chosen, top[1])) continue;
    int a0 = 0, a1 = 0;
    for (size_t q = 0; q < chosen.size(); ++q) {
      const auto& w = cat.quiz[q].answers[static_cast<size_t>(chosen[q])].weights;
      a0 += w.count(top[0]) ? 1 : 0;
      a1 += w.count(top[1]) ? 1 : 0;
    }
    if ((a0 == a1) == sameAnswers) return chosen;
  }
  return {};
}

void openQuiz(Driver& d) {
  d.tap("attract");
  REQUIRE(d.app.screen() == ScreenId::Home);
  d.tap("home.quiz");
  REQUIRE(d.app.screen() == ScreenId::Quiz);
}

// Taps the answers one question after the other, checking the progress label on the way.
void play(Driver& d, const std::vector<int>& chosen) {
  const Catalogue& cat = d.app.catalogue();
  const std::string total = std::to_string(cat.quiz.size());
  for (size_t q = 0; q < chosen.size(); ++q) {
    REQUIRE(d.app.screen() == ScreenId::Quiz);
    CHECK(d.visible("quiz.progress:" + std::to_string(q + 1) + " / " + total));
    CHECK(d.visible("text:" + cat.quiz[q].text));
    d.tap("quiz.answer:" + cat.quiz[q].answers[static_cast<size_t>(chosen[q])].id);
  }
  REQUIRE(d.app.screen() == ScreenId::QuizResult);
}

// The careers the result screen shows, in its order (left to right, or top to bottom).
std::vector<std::string> shownTop(Driver& d) {
  std::vector<std::pair<float, std::string>> shown;
  for (const vitrine::Career& c : d.app.catalogue().careers)
    if (auto at = d.app.hits().find("quiz.career:" + c.id)) shown.push_back({at->x + at->y, c.id});
  std::sort(shown.begin(), shown.end());
  std::vector<std::string> ids;
  for (const auto& [pos, id] : shown) ids.push_back(id);
  return ids;
}

std::vector<std::string> statsOf(const std::filesystem::path& dir, const std::string& kind) {
  vitrine::Stats stats(dir / "visitors.db", "k", "e");
  std::vector<std::string> out;
  for (const auto& e : stats.events())
    if (e.kind == kind) out.push_back(e.subject);
  return out;
}

}  // namespace

TEST_CASE("complete quiz runs give the careers the pack's weights point to, why included") {
  auto dir = freshDir("quiz-runs");
  Driver d(demoConfig(dir));
  const Catalogue& cat = d.app.catalogue();
  REQUIRE(cat.quiz.size() >= 8);
  for (unsigned seed : {7u, 42u, 2026u}) {
    CAPTURE(seed);
    auto chosen = answersFrom(cat, seed);
    openQuiz(d);
    play(d, chosen);
    auto expected = expectedTop(cat, chosen);
    REQUIRE(expected.size() == 3);
    CHECK(shownTop(d) == expected);
    // Each career's « pourquoi »: the visitor's own answers that gave it points, quoted.
    for (const std::string& id : expected) {
      int quoted = 0;
      for (size_t q = 0; q < chosen.size(); ++q) {
        const auto& a = cat.quiz[q].answers[static_cast<size_t>(chosen[q])];
        if (a.weights.count(id) && d.visible("text:« " + a.text + " »")) ++quoted;
      }
      CHECK_MESSAGE(quoted >= 1, id);
    }
    d.app.session().reset();  // the next run starts from the attract loop like a new visitor
    d.app.navigate(ScreenId::Attract);
  }
}

TEST_CASE("ties: equal points go to more answers, then to the career id") {
  auto dir = freshDir("quiz-ties");
  Driver d(demoConfig(dir));
  const Catalogue& cat = d.app.catalogue();
  for (bool sameAnswers : {false, true}) {
    CAPTURE(sameAnswers);
    auto chosen = tiedAnswers(cat, sameAnswers);
    REQUIRE_FALSE(chosen.empty());
    auto expected = expectedTop(cat, chosen);
    REQUIRE(points(cat, chosen, expected[0]) == points(cat, chosen, expected[1]));
    if (sameAnswers) CHECK(expected[0] < expected[1]);  // the id decides
    openQuiz(d);
    play(d, chosen);
    CHECK(shownTop(d) == expected);
    d.app.session().reset();
    d.app.navigate(ScreenId::Attract);
  }
}

TEST_CASE("the result opens the right career (into Ma sélection) and its own offers") {
  auto dir = freshDir("quiz-links");
  Driver d(demoConfig(dir));
  const Catalogue& cat = d.app.catalogue();
  auto chosen = answersFrom(cat, 42);
  openQuiz(d);
  play(d, chosen);
  auto top = expectedTop(cat, chosen);
  REQUIRE(top.size() == 3);

  d.tap("quiz.career:" + top[1]);
  REQUIRE(d.app.screen() == ScreenId::CareerDetail);
  CHECK(d.app.session().careerId == top[1]);
  d.tap("interested");  // a career found by the quiz goes into Ma sélection like any other
  CHECK(d.app.session().careers == std::vector<std::string>{top[1]});
  d.tap("back");
  REQUIRE(d.app.screen() == ScreenId::QuizResult);
  CHECK(shownTop(d) == top);  // the result is still there, unchanged

  // The first career with offers: its button opens the offers list filtered by it.
  std::string withOffers;
  for (const auto& id : top)
    if (vitrine::offersForCareer(cat, id) > 0 && withOffers.empty()) withOffers = id;
  REQUIRE_FALSE(withOffers.empty());
  d.tap("quiz.offers:" + withOffers);
  REQUIRE(d.app.screen() == ScreenId::Offers);
  CHECK(d.app.session().filters.careerId == withOffers);
  int listed = 0;
  for (const auto& o : cat.offers) {
    bool forIt = std::find(o.careers.begin(), o.careers.end(), withOffers) != o.careers.end();
    if (d.visible("offer:" + o.id)) {
      ++listed;
      CHECK_MESSAGE(forIt, o.id);
    }
  }
  CHECK(listed >= 1);
  d.tap("back");
  CHECK(d.app.screen() == ScreenId::QuizResult);
}

TEST_CASE("back changes an answer; the way out and the idle reset end the run") {
  auto dir = freshDir("quiz-back");
  const std::string firstQuestion = [&] {
    Driver d(demoConfig(dir), 1080, 1920);  // portrait, with the largest text and high contrast
    d.app.session().access.textStep = 2;
    d.app.session().access.highContrast = true;
    const Catalogue& cat = d.app.catalogue();
    openQuiz(d);
    d.tap("quiz.answer:" + cat.quiz[0].answers[0].id);
    d.tap("quiz.answer:" + cat.quiz[1].answers[0].id);
    CHECK(d.visible("quiz.progress:3 / " + std::to_string(cat.quiz.size())));
    d.tap("back");
    CHECK(d.visible("quiz.progress:2 / " + std::to_string(cat.quiz.size())));
    CHECK(d.app.session().quiz.answers[1] == 0);        // still chosen, shown ticked
    d.tap("quiz.answer:" + cat.quiz[1].answers[1].id);  // changed
    CHECK(d.app.session().quiz.answers[1] == 1);
    CHECK(d.app.session().quiz.current == 2);
    d.tap("quiz.quit");
    CHECK(d.app.screen() == ScreenId::Home);
    CHECK_FALSE(d.app.session().quiz.started());

    // Another run, left alone: the idle reset wipes it and counts where it stopped.
    d.tap("home.quiz");
    d.tap("quiz.answer:" + cat.quiz[0].answers[2].id);
    REQUIRE(d.app.session().quiz.started());
    d.platform.advance(200);
    d.app.frame();
    d.app.frame();
    CHECK(d.app.screen() == ScreenId::Attract);
    CHECK_FALSE(d.app.session().quiz.started());
    return cat.quiz[0].id;
  }();
  // Anonymous statistics: starts, each answer as question:answer ids, and where runs stopped.
  CHECK(statsOf(dir, "quiz_start").size() == 2);
  auto answers = statsOf(dir, "quiz_answer");
  REQUIRE(answers.size() == 4);
  CHECK(answers[0] == firstQuestion + ":" + firstQuestion + ".1");
  auto abandoned = statsOf(dir, "quiz_abandon");
  REQUIRE(abandoned.size() == 2);
  CHECK(abandoned[0] != firstQuestion);  // left at the third question with « Quitter »
  CHECK(abandoned[1] != firstQuestion);  // the second run had reached question 2
  CHECK(statsOf(dir, "quiz_finish").empty());
}

TEST_CASE("a finished run counts once, with the career that came out first") {
  auto dir = freshDir("quiz-stats");
  std::vector<std::string> top;
  {
    Driver d(demoConfig(dir));
    const Catalogue& cat = d.app.catalogue();
    auto chosen = answersFrom(cat, 7);
    top = expectedTop(cat, chosen);
    openQuiz(d);
    play(d, chosen);
    d.tap("quiz.restart");  // a second visitor run at once
    CHECK(d.app.screen() == ScreenId::Quiz);
    CHECK(d.visible("quiz.progress:1 / " + std::to_string(cat.quiz.size())));
  }
  CHECK(statsOf(dir, "quiz_start").size() == 2);
  CHECK(statsOf(dir, "quiz_finish").size() == 1);
  CHECK(statsOf(dir, "quiz_top") == std::vector<std::string>{top[0]});
}

TEST_CASE("« Modifier mes réponses » returns to the last question; a new answer, a new result") {
  auto dir = freshDir("quiz-change");
  Driver d(demoConfig(dir));
  const Catalogue& cat = d.app.catalogue();
  auto chosen = answersFrom(cat, 2026);
  openQuiz(d);
  play(d, chosen);
  const size_t last = cat.quiz.size() - 1;
  d.tap("quiz.change");
  REQUIRE(d.app.screen() == ScreenId::Quiz);
  CHECK(d.visible("quiz.progress:" + std::to_string(last + 1) + " / " +
                  std::to_string(cat.quiz.size())));
  // Another answer to the last question, one that changes the three careers: the result follows.
  const auto before = expectedTop(cat, chosen);
  for (size_t a = 0; a < cat.quiz[last].answers.size(); ++a) {
    chosen[last] = static_cast<int>(a);
    if (expectedTop(cat, chosen) != before) break;
  }
  REQUIRE(expectedTop(cat, chosen) != before);
  d.tap("quiz.answer:" + cat.quiz[last].answers[static_cast<size_t>(chosen[last])].id);
  REQUIRE(d.app.screen() == ScreenId::QuizResult);
  CHECK(shownTop(d) == expectedTop(cat, chosen));
}

TEST_CASE("the attract loop's quiz slide starts the quiz with one tap") {
  auto dir = freshDir("quiz-attract");
  Driver d(demoConfig(dir));
  REQUIRE(d.app.screen() == ScreenId::Attract);
  for (int i = 0; i < 8 && !d.visible("attract.startquiz"); ++i) {
    d.platform.advance(vitrine::ui::kAttractSlideSeconds + 0.5);
    d.app.settle(20);
  }
  REQUIRE(d.visible("attract.startquiz"));
  d.tap("attract.startquiz");
  CHECK(d.app.screen() == ScreenId::Quiz);
  CHECK(d.app.session().quiz.started());
  CHECK(d.visible("quiz.progress:1 / " + std::to_string(d.app.catalogue().quiz.size())));
}
