// Counting the anonymous events once for both statistics reports (HTML and PNG).
#include "report_figures.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace vitrine {
namespace {

ReportFigures::Rows topOf(const std::map<std::string, int64_t>& counts, size_t limit = 15) {
  ReportFigures::Rows rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

}  // namespace

ReportFigures reportFigures(const std::vector<StatEvent>& events, std::string source) {
  ReportFigures f;
  f.source = std::move(source);
  f.eventCount = events.size();
  std::map<std::string, int64_t> careers, offers, searches, misses, filters, screens;
  std::map<std::string, int64_t> proposed, abandonedAt, answers;
  for (const auto& e : events) {
    std::tm local{};
    const bool dated = localTimeOf(e, local);
    if (dated) {
      const std::string day = dayOf(local);
      if (f.firstDay.empty() || day < f.firstDay) f.firstDay = day;
      if (day > f.lastDay) f.lastDay = day;
    }
    if (e.kind == "session_start") {
      ++f.sessions;
      if (dated) ++f.sessionsByHour[static_cast<size_t>(std::clamp(local.tm_hour, 0, 23))];
    } else if (e.kind == "form_start") {
      ++f.formsStarted;
    } else if (e.kind == "form_submit") {
      ++f.formsSent;
    } else if (e.kind == "form_abandon") {
      ++f.formsAbandoned;
    } else if (e.kind == "career_view") {
      ++careers[e.subject];
    } else if (e.kind == "offer_view") {
      ++offers[e.subject];
    } else if (e.kind == "screen_view") {
      ++screens[e.subject];
    } else if (e.kind == "filter") {
      ++filters[e.subject];
    } else if (e.kind == "search") {
      ++(e.value == 0 ? misses : searches)[e.subject];
    } else if (e.kind == "quiz_start") {
      ++f.quizStarted;
    } else if (e.kind == "quiz_finish") {
      ++f.quizFinished;
    } else if (e.kind == "quiz_abandon") {
      ++f.quizAbandoned;
      ++abandonedAt[e.subject];
    } else if (e.kind == "quiz_top") {
      ++proposed[e.subject];
    } else if (e.kind == "quiz_answer") {
      ++answers[e.subject];
    } else if (e.kind == "rating" && e.value >= 1 && e.value <= 3) {
      ++f.ratings[static_cast<size_t>(e.value - 1)];
    } else if (e.kind == "touch") {
      int x = -1, y = -1;
      if (std::sscanf(e.subject.c_str(), "%d,%d", &x, &y) == 2 && x >= 0 &&
          x < ReportFigures::kHeatColumns && y >= 0 && y < ReportFigures::kHeatRows)
        ++f.touches[static_cast<size_t>(y)][static_cast<size_t>(x)];
    }
  }
  f.careers = topOf(careers);
  f.offers = topOf(offers);
  f.searches = topOf(searches);
  f.misses = topOf(misses);
  f.filters = topOf(filters);
  f.screens = topOf(screens);
  f.quizProposed = topOf(proposed);
  f.quizAbandonedAt = topOf(abandonedAt);
  f.quizAnswers = topOf(answers);
  return f;
}

ReportFigures::Rows ReportFigures::funnel() const {
  return {{"Sessions", sessions},
          {"Formulaires ouverts", formsStarted},
          {"Formulaires envoyés", formsSent},
          {"Formulaires abandonnés", formsAbandoned}};
}

ReportFigures::Rows ReportFigures::quizFunnel() const {
  return {{"Quiz commencés", quizStarted},
          {"Quiz terminés", quizFinished},
          {"Quiz abandonnés", quizAbandoned}};
}

ReportFigures::Rows ReportFigures::satisfaction() const {
  return {{"Décevant", ratings[0]}, {"Correct", ratings[1]}, {"Très bien", ratings[2]}};
}

int64_t ReportFigures::hottestTouches() const {
  int64_t top = 0;
  for (const auto& row : touches)
    for (int64_t n : row) top = std::max(top, n);
  return top;
}

}  // namespace vitrine
