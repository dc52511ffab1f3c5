// The orientation quiz's scoring rule: which careers a set of answers points to, in what order.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace vitrine {

// One career's score for the answers a visitor chose.
struct QuizScore {
  std::string career;           // Career::id
  int points = 0;               // sum of the weights the chosen answers give this career
  int answers = 0;              // how many chosen answers gave it points
  int best = 0;                 // the largest single weight among them
  std::vector<size_t> reasons;  // question indices whose chosen answer gave it points,
                                // strongest first (then in question order)
};

// Scores every career named by a weight of a chosen answer. `chosen[q]` is the index of the
// answer picked for quiz[q]; a negative or out-of-range index (unanswered) counts nothing.
// Ranked by: more points, then more answers contributing, then career id (A→Z), so the same
// answers always give the same order in every language. Careers with no point are left out.
std::vector<QuizScore> rankCareers(const std::vector<QuizQuestion>& quiz,
                                   const std::vector<int>& chosen);

// For `career`, a set of answers (one per question) meant to bring it out first: per question,
// the answer that widens its lead over the best other career the most, then a few passes that
// revisit each question with the others fixed. Empty when the quiz is empty.
std::vector<int> answersFavouring(const std::vector<QuizQuestion>& quiz, const std::string& career);

// Careers (of `careerIds`) that come out first for no answers this search finds. A career no
// answer weights needs no search.
std::vector<std::string> unreachableCareers(const std::vector<QuizQuestion>& quiz,
                                            const std::vector<std::string>& careerIds);

// The search costs about (careers searched) × answers × questions steps: a few thousand for a
// quiz a visitor would answer, but a huge quiz.csv (20,000 rows are allowed) would keep `pack
// check` busy for hours. Past this budget the search is not made (pack check says so).
inline constexpr size_t kQuizSearchBudget = 500000;
// True when searching `careerCount` careers over `quiz` fits kQuizSearchBudget.
bool quizSearchFits(const std::vector<QuizQuestion>& quiz, size_t careerCount);

}  // namespace vitrine
