// Today's figures for the staff screen, computed once from the anonymous events and the leads.
#pragma once

#include <array>
#include <ctime>
#include <string>
#include <vector>

#include "stats.h"
#include "store.h"

namespace vitrine {

struct Catalogue;

struct Ranked {
  std::string label;  // a title from the catalogue (the id when the pack no longer has it)
  int count = 0;
};

struct StaffFigures {
  std::string day;                 // YYYY-MM-DD, local time
  int sessions = 0;                // visitors who left the attract loop today
  std::array<int, 24> perHour{};   // sessions by local hour
  int submissions = 0;             // interest forms sent today
  std::vector<Ranked> topCareers;  // most viewed today, at most 5
  std::vector<Ranked> topOffers;
  std::vector<Ranked> leadsPerOrg;  // leads with contact details still in the store
  int pendingLeads = 0;             // such leads, each counted once
  std::array<int, 3> ratings{};     // today's satisfaction taps: 1 (déçu) .. 3 (ravi)
  int quizStarted = 0, quizFinished = 0;  // orientation quiz runs today
  std::vector<Ranked> quizProposed;       // careers the quiz put first today, at most 5
};

// `now` decides what "today" is (local time).
StaffFigures computeFigures(const std::vector<StatEvent>& events,
                            const std::vector<StoredLead>& leads, const Catalogue& catalogue,
                            std::time_t now);

}  // namespace vitrine
