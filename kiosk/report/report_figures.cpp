// Counting the anonymous events once for both statistics reports (HTML and PNG).
#include "report_figures.h"

#include <algorithm>
#include <cstdio>
#include <map>

#include "report_messages.h"

namespace vitrine {
ReportFigures::Rows rankRows(const std::map<std::string, int64_t>& counts, size_t limit) {
  ReportFigures::Rows rows(counts.begin(), counts.end());
  std::stable_sort(rows.begin(), rows.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (rows.size() > limit) rows.resize(limit);
  return rows;
}

ReportFigures reportFigures(const std::vector<StatEvent>& events, std::string source) {
  ReportFigures f;
  f.source = std::move(source);
  f.eventCount = events.size();
  std::map<std::string, int64_t> careers, offers, searches, misses, filters, screens;
  std::map<std::string, int64_t> proposed, abandonedAt, answers;
  for (const auto& e : events) {
    const EventKind kind = kindOf(e);
    std::tm local{};
    const bool dated = localTimeOf(e, local);
    if (dated) {
      const std::string day = dayOf(local);
      if (f.firstDay.empty() || day < f.firstDay) f.firstDay = day;
      if (day > f.lastDay) f.lastDay = day;
    }
    if (kind == EventKind::SessionStart) {
      ++f.sessions;
      if (dated) ++f.sessionsByHour[static_cast<size_t>(std::clamp(local.tm_hour, 0, 23))];
    } else if (kind == EventKind::FormStart) {
      ++f.formsStarted;
    } else if (kind == EventKind::FormSubmit) {
      ++f.formsSent;
    } else if (kind == EventKind::FormAbandon) {
      ++f.formsAbandoned;
    } else if (kind == EventKind::CareerView) {
      ++careers[e.subject];
    } else if (kind == EventKind::OfferView) {
      ++offers[e.subject];
    } else if (kind == EventKind::ScreenView) {
      ++screens[e.subject];
    } else if (kind == EventKind::Filter) {
      ++filters[e.subject];
    } else if (kind == EventKind::Search) {
      ++(e.value == 0 ? misses : searches)[e.subject];
    } else if (kind == EventKind::QuizStart) {
      ++f.quizStarted;
    } else if (kind == EventKind::QuizFinish) {
      ++f.quizFinished;
    } else if (kind == EventKind::QuizAbandon) {
      ++f.quizAbandoned;
      ++abandonedAt[e.subject];
    } else if (kind == EventKind::QuizTop) {
      ++proposed[e.subject];
    } else if (kind == EventKind::QuizAnswer) {
      ++answers[e.subject];
    } else if (kind == EventKind::Rating && e.value >= 1 && e.value <= 3) {
      ++f.ratings[static_cast<size_t>(e.value - 1)];
    } else if (kind == EventKind::Touch) {
      int x = -1, y = -1;
      if (std::sscanf(e.subject.c_str(), "%d,%d", &x, &y) == 2 && x >= 0 &&
          x < ReportFigures::kHeatColumns && y >= 0 && y < ReportFigures::kHeatRows)
        ++f.touches[static_cast<size_t>(y)][static_cast<size_t>(x)];
    }
  }
  f.careers = rankRows(careers, 15);
  f.offers = rankRows(offers, 15);
  f.searches = rankRows(searches, 15);
  f.misses = rankRows(misses, 15);
  f.filters = rankRows(filters, 15);
  f.screens = rankRows(screens, 15);
  f.quizProposed = rankRows(proposed, 15);
  f.quizAbandonedAt = rankRows(abandonedAt, 15);
  f.quizAnswers = rankRows(answers, 15);
  return f;
}

ReportFigures::Rows ReportFigures::funnel() const {
  return {{tr(RM::sessions), sessions},
          {tr(RM::forms_started), formsStarted},
          {tr(RM::forms_sent), formsSent},
          {tr(RM::forms_abandoned), formsAbandoned}};
}

ReportFigures::Rows ReportFigures::quizFunnel() const {
  return {{tr(RM::quiz_started), quizStarted},
          {tr(RM::quiz_finished), quizFinished},
          {tr(RM::quiz_abandoned), quizAbandoned}};
}

ReportFigures::Rows ReportFigures::satisfaction() const {
  return {{tr(RM::rating_sad), ratings[0]},
          {tr(RM::rating_middle), ratings[1]},
          {tr(RM::rating_happy), ratings[2]}};
}

int64_t ReportFigures::hottestTouches() const {
  int64_t top = 0;
  for (const auto& row : touches)
    for (int64_t n : row) top = std::max(top, n);
  return top;
}

}  // namespace vitrine
