// The quiz result the screens show, from the pack's weights (content/quiz_score.cpp ranks).
#include "quiz.h"

namespace vitrine {

std::vector<QuizScore> quizResult(const Catalogue& cat, const QuizState& state, size_t top) {
  std::vector<QuizScore> out;
  for (QuizScore& s : rankCareers(cat.quiz, state.answers)) {
    if (out.size() >= top) break;
    if (cat.career(s.career)) out.push_back(std::move(s));
  }
  return out;
}

std::string quizAnswerSubject(const Catalogue& cat, size_t question, int answer) {
  if (question >= cat.quiz.size() || answer < 0) return {};
  const QuizQuestion& q = cat.quiz[question];
  if (static_cast<size_t>(answer) >= q.answers.size()) return {};
  return q.id + ":" + q.answers[static_cast<size_t>(answer)].id;
}

}  // namespace vitrine
