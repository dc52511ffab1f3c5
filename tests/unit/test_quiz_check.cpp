// The orientation quiz: its scoring rule (ties included) and every `pack check` rule on quiz.csv.
#include "content_hash.h"
#include "pack_sources.h"
#include "quiz_score.h"
#include "sqlite.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

const SourceOptions kCheck{"2026-11-23", false};

std::vector<Diagnostic> checkQuiz(const std::string& quizCsv) {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "careers/mediateur.txt",
            "title: Médiateur·rice\npitch: Apaiser.\ndomain: animation\n\nDans la rue.\n");
  writeFile(src / "quiz.csv", quizCsv);
  std::vector<Diagnostic> d;
  readSources(src, d, kCheck);
  return d;
}

QuizQuestion question(const std::string& id, std::vector<std::map<std::string, int>> answers) {
  QuizQuestion q{id, "?", {}};
  for (size_t i = 0; i < answers.size(); ++i)
    q.answers.push_back(
        {id + "." + std::to_string(i + 1), "a" + std::to_string(i + 1), std::move(answers[i])});
  return q;
}

}  // namespace

TEST_CASE("careers rank by points, then by how many answers gave them points, then by id") {
  std::vector<QuizQuestion> quiz = {question("q1", {{{"zeta", 3}, {"alpha", 1}}, {{"beta", 2}}}),
                                    question("q2", {{{"alpha", 2}, {"beta", 1}}, {{"zeta", 1}}}),
                                    question("q3", {{{"beta", 1}, {"gamma", 3}}, {{"delta", 5}}})};
  // zeta 3 (one answer), alpha 1+2 = 3 (two answers), beta 1+1 = 2, gamma 3 (one answer).
  auto ranked = rankCareers(quiz, {0, 0, 0});
  REQUIRE(ranked.size() == 4);
  CHECK(ranked[0].career == "alpha");  // 3 points from two answers beats 3 from one
  CHECK(ranked[0].points == 3);
  CHECK(ranked[0].answers == 2);
  CHECK(ranked[1].career == "gamma");  // 3 points, one answer: "gamma" < "zeta"
  CHECK(ranked[2].career == "zeta");
  CHECK(ranked[3].career == "beta");
  // The reasons: the questions whose answers gave points, the strongest first.
  CHECK(ranked[0].reasons == std::vector<size_t>{1, 0});
  CHECK(ranked[3].reasons == std::vector<size_t>{1, 2});
  // Unanswered questions count nothing; nothing answered proposes nothing.
  CHECK(rankCareers(quiz, {-1, -1, -1}).empty());
  CHECK(rankCareers(quiz, {}).empty());
  CHECK(rankCareers(quiz, {1, -1, 7}).front().career == "beta");
}

TEST_CASE("the search finds answers that bring a career out first, or tells it cannot") {
  std::vector<QuizQuestion> quiz = {question("q1", {{{"a", 3}, {"b", 2}}, {{"b", 3}, {"c", 1}}}),
                                    question("q2", {{{"a", 2}, {"c", 2}}, {{"b", 1}, {"c", 3}}})};
  // c comes out first only with q1.2 + q2.1: b 3, c 1 + 2 = 3 from two answers. With q2.2
  // instead, b and c tie on 4 points from two answers each and "b" wins on the id.
  auto forC = answersFavouring(quiz, "c");
  CHECK(forC == std::vector<int>{1, 0});
  CHECK(rankCareers(quiz, forC).front().career == "c");
  CHECK(rankCareers(quiz, {1, 1}).front().career == "b");
  CHECK(unreachableCareers(quiz, {"a", "b", "c", "d"}) == std::vector<std::string>{"d"});
}

TEST_CASE("the demo pack's quiz can bring each of its careers out first") {
  std::vector<Diagnostic> d;
  Sources s = readSources(VITRINE_SOURCE_DIR "/content/demo", d, kCheck);
  INFO(allOf(d));
  CHECK(errorCount(d) == 0);
  const auto& quiz = s.catalogue.quiz;
  CHECK(quiz.size() >= 8);
  CHECK(quiz.size() <= 10);
  REQUIRE(s.catalogue.careers.size() == 15);
  for (const Career& c : s.catalogue.careers) {
    auto answers = answersFavouring(quiz, c.id);
    CHECK_MESSAGE(rankCareers(quiz, answers).front().career == c.id, c.id);
  }
  for (const auto& p : d) CHECK_MESSAGE(p.file != "quiz.csv", p.str());
}

TEST_CASE("pack check: an answer's career must exist") {
  auto d = checkQuiz(
      "question;question_text;answer;weights\n"
      "q1;Vous aimez ?;Les enfants;educateur-specialise:3\n"
      "q1;;La rue;mediateur:2|nulle-part:2\n");
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "quiz.csv:3: error:", "unknown career \"nulle-part\""));
}

TEST_CASE("pack check: points are 1 to 5, written career:points") {
  auto d = checkQuiz(
      "question;question_text;answer;weights\n"
      "q1;Vous aimez ?;Les enfants;educateur-specialise:6\n"
      "q1;;Les droits;assistant-social:0\n"
      "q1;;La rue;mediateur\n");
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "quiz.csv:2: error:", "points 1 to 5, got \"educateur-specialise:6\""));
  CHECK(hasDiagnostic(d, "quiz.csv:3: error:", "points 1 to 5, got \"assistant-social:0\""));
  CHECK(hasDiagnostic(d, "quiz.csv:4: error:", "points 1 to 5, got \"mediateur\""));
}

TEST_CASE("pack check: every question has at least two answers") {
  auto d = checkQuiz(
      "question;question_text;answer;weights\n"
      "q1;Vous aimez ?;Les enfants;educateur-specialise:3\n"
      "q1;;Les droits;assistant-social:3\n"
      "q2;Seul·e ?;Oui;mediateur:3\n");
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "quiz.csv:4: error:", "question \"q2\" needs at least two answers"));
}

TEST_CASE("pack check: two questions with the same id") {
  auto d = checkQuiz(
      "question;question_text;answer;weights\n"
      "q1;Vous aimez ?;Les enfants;educateur-specialise:3\n"
      "q1;;Les droits;assistant-social:3\n"
      "q2;Où ?;Dehors;mediateur:3\n"
      "q2;;Dedans;educateur-specialise:1\n"
      "q1;Encore vous ?;La rue;mediateur:3\n");
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "quiz.csv:6: error:", "duplicate question id \"q1\""));
  CHECK(hasDiagnostic(d, "quiz.csv:6: error:", "it started on line 2"));
}

TEST_CASE("pack check: a career that can never come out first is a warning with its id") {
  // mediateur always gets less than educateur-specialise from the same answers.
  auto d = checkQuiz(
      "question;question_text;question_text@nl;answer;answer@nl;weights\n"
      "q1;Vous aimez ?;Hou je van?;Les enfants;Kinderen;educateur-specialise:3|mediateur:2\n"
      "q1;;;Les droits;Rechten;assistant-social:3\n"
      "q2;Où ?;Waar?;Dehors;Buiten;educateur-specialise:2|mediateur:1\n"
      "q2;;;Dedans;Binnen;assistant-social:1\n");
  INFO(allOf(d));
  CHECK(errorCount(d) == 0);
  CHECK(hasDiagnostic(
      d, "quiz.csv:2: warning:", "career \"mediateur\" never comes out first in the quiz"));
  CHECK_FALSE(hasDiagnostic(d, "quiz.csv", "\"educateur-specialise\" never"));
  CHECK_FALSE(hasDiagnostic(d, "quiz.csv", "\"assistant-social\" never"));
}

TEST_CASE("pack check: a career no answer weights is named, for the whole file") {
  auto d = checkQuiz(
      "question;question_text;question_text@nl;answer;answer@nl;weights\n"
      "q1;Vous aimez ?;Hou je van?;Les enfants;Kinderen;educateur-specialise:3\n"
      "q1;;;Les droits;Rechten;assistant-social:3\n");
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "quiz.csv: warning:", "career \"mediateur\" never comes out first"));
  CHECK(hasDiagnostic(d, "quiz.csv: warning:", "no answer gives it points"));
}

TEST_CASE("pack check: a quiz too large to search says so instead of searching for hours") {
  // Found by fuzz_quiz: the search costs careers x answers x questions, so 20,000 allowed rows
  // kept `pack check` busy for hours. Past kQuizSearchBudget only the careers no answer weights
  // (found without a search) are named.
  std::string csv = "question;question_text;answer;weights\n";
  for (int q = 1; q <= 400; ++q) {
    const std::string id = "q" + std::to_string(q);
    csv += id + ";Vous aimez ?;Les enfants;educateur-specialise:3|assistant-social:1\n";
    csv += id + ";;Les droits;assistant-social:3\n";
  }
  auto d = checkQuiz(csv);
  INFO(allOf(d));
  CHECK(errorCount(d) == 0);
  CHECK(hasDiagnostic(d, "quiz.csv: warning:",
                      "quiz too large (400 questions, 2 careers) to search which careers"));
  CHECK(hasDiagnostic(d, "quiz.csv: warning:", "career \"mediateur\" never comes out first"));
  CHECK_FALSE(hasDiagnostic(d, "quiz.csv", "\"assistant-social\" never"));
}

TEST_CASE("pack check: translations of questions and answers for every pack language") {
  auto d = checkQuiz(
      "question;question_text;question_text@nl;answer;answer@nl;weights\n"
      "q1;Vous aimez ?;;Les enfants;Kinderen;educateur-specialise:3\n"
      "q1;;;Les droits;;assistant-social:3|mediateur:3\n");
  INFO(allOf(d));
  CHECK(errorCount(d) == 0);
  CHECK(hasDiagnostic(d, "quiz.csv:2: warning:", "missing nl translation of question_text"));
  CHECK(hasDiagnostic(d, "quiz.csv:3: warning:", "missing nl translation of answer"));
  auto noColumns = checkQuiz(
      "question;question_text;answer;weights\n"
      "q1;Vous aimez ?;Les enfants;educateur-specialise:3\n"
      "q1;;Les droits;assistant-social:3|mediateur:3\n");
  CHECK(hasDiagnostic(noColumns, "quiz.csv:1: warning:", "no column question_text@nl"));
  CHECK(hasDiagnostic(noColumns, "quiz.csv:1: warning:", "no column answer@nl"));
}

TEST_CASE("pack check: a question's first row carries its text") {
  auto d = checkQuiz(
      "question;question_text;answer;weights\n"
      "q1;;Les enfants;educateur-specialise:3\n"
      "q1;;Les droits;assistant-social:3|mediateur:3\n");
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "quiz.csv:2: error:", "missing question_text"));
}

TEST_CASE("an answer may be illustrated: the image must exist, and it comes back from the pack") {
  auto d = checkQuiz(
      "question;question_text;question_text@nl;answer;answer@nl;weights;image\n"
      "q1;Où ?;Waar?;Dans un foyer;In een voorziening;educateur-specialise:3;educateur.png\n"
      "q1;;;Au bureau;Op kantoor;assistant-social:3|mediateur:3;absent.png\n"
      "q1;;;Dehors;Buiten;mediateur:4;../pack.txt\n");
  INFO(allOf(d));
  CHECK(hasDiagnostic(d, "quiz.csv:3: error:", "image not found: images/absent.png"));
  CHECK(hasDiagnostic(d, "quiz.csv:4: error:", "image must be a file name in images/"));
  CHECK_FALSE(hasDiagnostic(d, "quiz.csv:2:", "image"));

  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "quiz.csv",
            "question;question_text;question_text@nl;answer;answer@nl;weights;image\n"
            "q1;Où ?;Waar?;Dans un foyer;In een voorziening;educateur-specialise:3;educateur.png\n"
            "q1;;;Au bureau;Op kantoor;assistant-social:3;\n");
  auto built = buildPack(src, tmp.path / "p.kpack", SourceOptions{"2026-11-23"});
  INFO(allOf(built));
  REQUIRE(errorCount(built) == 0);
  auto pack = Pack::open(tmp.path / "p.kpack");
  const auto& quiz = pack->catalogue().quiz;
  REQUIRE(quiz.size() == 1);
  CHECK(quiz[0].answers[0].image == "educateur.png");
  CHECK(quiz[0].answers[1].image.empty());
  CHECK_FALSE(pack->imageBytes("educateur.png").empty());
}

TEST_CASE("a pack built before answers had images still opens, its quiz without pictures") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "quiz.csv",
            "question;question_text;question_text@nl;answer;answer@nl;weights\n"
            "q1;Où ?;Waar?;Dans un foyer;In een voorziening;educateur-specialise:3\n"
            "q1;;;Au bureau;Op kantoor;assistant-social:3\n");
  fs::path p = tmp.path / "old.kpack";
  REQUIRE(errorCount(buildPack(src, p, SourceOptions{"2026-11-23"})) == 0);
  {  // what the previous builder wrote: quiz_answers without `image`, hashed without it
    sql::Database db(p, sql::Mode::ReadWriteCreate);
    db.exec("ALTER TABLE quiz_answers DROP COLUMN image");
    auto st = db.prepare("UPDATE meta SET value = ? WHERE key = 'content_hash'");
    st.bind(1, contentHash(db)).run();
  }
  auto pack = Pack::open(p);
  const auto& quiz = pack->catalogue().quiz;
  REQUIRE(quiz.size() == 1);
  REQUIRE(quiz[0].answers.size() == 2);
  CHECK(quiz[0].answers[1].text == "Au bureau");
  CHECK(quiz[0].answers[1].image.empty());
  CHECK(quiz[0].answers[0].weights.at("educateur-specialise") == 3);
}
