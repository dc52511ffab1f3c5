// Quiz scoring and the search that tells an editor which careers a quiz can never propose.
#include "quiz_score.h"

#include <algorithm>
#include <map>

namespace vitrine {
namespace {

bool ranksBefore(const QuizScore& a, const QuizScore& b) {
  if (a.points != b.points) return a.points > b.points;
  if (a.answers != b.answers) return a.answers > b.answers;
  return a.career < b.career;
}

const QuizAnswer* chosenAnswer(const QuizQuestion& q, int index) {
  if (index < 0 || static_cast<size_t>(index) >= q.answers.size()) return nullptr;
  return &q.answers[static_cast<size_t>(index)];
}

// Whether any answer gives `career` points: the others can never come first.
bool weighted(const std::vector<QuizQuestion>& quiz, const std::string& career) {
  for (const auto& q : quiz)
    for (const auto& a : q.answers) {
      auto w = a.weights.find(career);
      if (w != a.weights.end() && w->second > 0) return true;
    }
  return false;
}

bool comesFirst(const std::vector<QuizQuestion>& quiz, const std::vector<int>& chosen,
                const std::string& career) {
  auto ranked = rankCareers(quiz, chosen);
  return !ranked.empty() && ranked.front().career == career;
}

// How far `career` is ahead of the best other career (negative: behind), ties counted as the
// ranking counts them, folded into one number: points first, then answers, then the id.
long lead(const std::vector<QuizQuestion>& quiz, const std::vector<int>& chosen,
          const std::string& career) {
  auto ranked = rankCareers(quiz, chosen);
  const QuizScore* mine = nullptr;
  const QuizScore* other = nullptr;
  for (const auto& s : ranked) {
    if (s.career == career)
      mine = &s;
    else if (!other)
      other = &s;
  }
  auto key = [](const QuizScore* s) { return s ? s->points * 1000L + s->answers * 10L : 0L; };
  long d = key(mine) - key(other);
  if (d == 0 && mine && other) d = mine->career < other->career ? 1 : -1;
  return d;
}

}  // namespace

std::vector<QuizScore> rankCareers(const std::vector<QuizQuestion>& quiz,
                                   const std::vector<int>& chosen) {
  std::map<std::string, QuizScore> byCareer;
  std::map<std::string, std::vector<std::pair<int, size_t>>> why;  // (weight, question)
  for (size_t q = 0; q < quiz.size() && q < chosen.size(); ++q) {
    const QuizAnswer* a = chosenAnswer(quiz[q], chosen[q]);
    if (!a) continue;
    for (const auto& [career, weight] : a->weights) {
      if (weight <= 0) continue;
      QuizScore& s = byCareer[career];
      s.career = career;
      s.points += weight;
      s.answers += 1;
      s.best = std::max(s.best, weight);
      why[career].push_back({weight, q});
    }
  }
  std::vector<QuizScore> out;
  for (auto& [career, s] : byCareer) {
    auto& w = why[career];
    std::stable_sort(w.begin(), w.end(), [](auto& a, auto& b) { return a.first > b.first; });
    for (const auto& [weight, q] : w) s.reasons.push_back(q);
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), ranksBefore);
  return out;
}

std::vector<int> answersFavouring(const std::vector<QuizQuestion>& quiz,
                                  const std::string& career) {
  std::vector<int> chosen(quiz.size(), -1);
  // Greedy: question by question, the answer that leaves the career furthest ahead so far.
  for (size_t q = 0; q < quiz.size(); ++q) {
    long bestLead = 0;
    for (size_t a = 0; a < quiz[q].answers.size(); ++a) {
      std::vector<int> trial = chosen;
      trial[q] = static_cast<int>(a);
      long l = lead(quiz, trial, career);
      if (chosen[q] < 0 || l > bestLead) {
        bestLead = l;
        chosen[q] = static_cast<int>(a);
      }
    }
  }
  // A few passes of coordinate ascent: an early choice may look better once later ones are made.
  for (int pass = 0; pass < 3 && !comesFirst(quiz, chosen, career); ++pass) {
    for (size_t q = 0; q < quiz.size(); ++q) {
      long bestLead = lead(quiz, chosen, career);
      for (size_t a = 0; a < quiz[q].answers.size(); ++a) {
        std::vector<int> trial = chosen;
        trial[q] = static_cast<int>(a);
        if (long l = lead(quiz, trial, career); l > bestLead) {
          bestLead = l;
          chosen = trial;
        }
      }
    }
  }
  return chosen;
}

std::vector<std::string> unreachableCareers(const std::vector<QuizQuestion>& quiz,
                                            const std::vector<std::string>& careerIds) {
  std::vector<std::string> out;
  if (quiz.empty()) return out;
  for (const auto& id : careerIds)
    if (!weighted(quiz, id) || !comesFirst(quiz, answersFavouring(quiz, id), id)) out.push_back(id);
  return out;
}

bool quizSearchFits(const std::vector<QuizQuestion>& quiz, size_t careerCount) {
  size_t answers = 0;
  for (const auto& q : quiz) answers += q.answers.size();
  const size_t work = answers * quiz.size();  // rankings tried per career × their size
  return work == 0 || careerCount <= kQuizSearchBudget / work;
}

}  // namespace vitrine
