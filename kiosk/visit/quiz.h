// The visitor's run through the orientation quiz: answers so far, the question shown, the result.
#pragma once

#include <string>
#include <vector>

#include "model.h"
#include "quiz_score.h"

namespace vitrine {

struct QuizState {
  std::vector<int> answers;  // per question: the chosen answer's index, -1 not answered yet
  size_t current = 0;        // the question on screen
  bool finished = false;     // the result was reached once (finish and top recorded)

  // A fresh run over `questions` questions.
  void start(size_t questions) {
    answers.assign(questions, -1);
    current = 0;
    finished = false;
  }
  bool started() const { return !answers.empty(); }
  // Left before the result: what "quiz_abandon" counts.
  bool abandoned() const { return started() && !finished; }
};

// The careers the visitor's answers point to, best first, at most `top` of them, keeping only
// careers the catalogue has (rankCareers() decides the order and the tie-break).
std::vector<QuizScore> quizResult(const Catalogue& cat, const QuizState& state, size_t top = 3);

// "questionId:answerId" for the quiz_answer statistic: ids only, never the texts.
std::string quizAnswerSubject(const Catalogue& cat, size_t question, int answer);

}  // namespace vitrine
