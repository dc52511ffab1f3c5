// The figures of `kioskctl stats report`, computed once from the anonymous events; the HTML and
// the PNG reports only lay them out.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "stats.h"

namespace vitrine {

struct ReportFigures {
  using Rows = std::vector<std::pair<std::string, int64_t>>;  // (label, count), largest first
  static constexpr int kHeatColumns = 16, kHeatRows = 9;      // the touch grid (stats.h)

  std::string source;  // the store file, as given
  size_t eventCount = 0;
  std::string firstDay, lastDay;  // YYYY-MM-DD (local time) of the oldest and newest event
  int64_t sessions = 0, formsStarted = 0, formsSent = 0, formsAbandoned = 0;
  std::array<int64_t, 24> sessionsByHour{};  // by local hour, every day added up
  Rows careers, offers, searches, misses, filters, screens;  // top 15 each
  std::array<int64_t, 3> ratings{};  // satisfaction: 1 (disappointed) .. 3 (delighted)
  std::array<std::array<int64_t, kHeatColumns>, kHeatRows> touches{};  // [row][column]
  // The orientation quiz: runs started, finished, left before the result (and at which
  // question id), the careers that came out first, the answers chosen ("question:answer").
  int64_t quizStarted = 0, quizFinished = 0, quizAbandoned = 0;
  Rows quizProposed, quizAbandonedAt, quizAnswers;  // top 15 each

  // The funnel and the ratings as labelled rows, in French (both reports show them so).
  Rows funnel() const;
  Rows satisfaction() const;
  Rows quizFunnel() const;         // started, finished, abandoned
  int64_t hottestTouches() const;  // the busiest cell's count (0 without touches)
};

ReportFigures reportFigures(const std::vector<StatEvent>& events, std::string source);
// Counts as rows, largest first (ties in key order), at most `limit`.
ReportFigures::Rows rankRows(const std::map<std::string, int64_t>& counts, size_t limit);

}  // namespace vitrine
