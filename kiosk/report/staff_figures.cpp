// Counting today's sessions, views, ratings and pending leads for the staff figures screen.
#include "staff_figures.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include "date_time.h"
#include "model.h"
#include "report_figures.h"

namespace vitrine {
namespace {

// The first `n` rows, labelled from the catalogue (the id when the pack no longer has it).
std::vector<Ranked> top(const ReportFigures::Rows& rows, size_t n,
                        const std::function<std::string(const std::string&)>& label) {
  std::vector<Ranked> out;
  for (const auto& [id, count] : rows) {
    if (out.size() == n) break;
    out.push_back({label(id), static_cast<int>(count)});
  }
  return out;
}

}  // namespace

StaffFigures computeFigures(const std::vector<StatEvent>& events,
                            const std::vector<StoredLead>& leads, const Catalogue& catalogue,
                            std::time_t now) {
  StaffFigures f;
  f.day = isoDay(now, TimeZone::Local);
  // Today's events, counted by the one aggregation the reports use.
  std::vector<StatEvent> todays;
  for (const StatEvent& e : events)
    if (std::tm at{}; localTimeOf(e, at) && dayOf(at) == f.day) todays.push_back(e);
  const ReportFigures day = reportFigures(todays, "");
  f.sessions = static_cast<int>(day.sessions);
  for (size_t h = 0; h < 24; ++h) f.perHour[h] = static_cast<int>(day.sessionsByHour[h]);
  f.submissions = static_cast<int>(day.formsSent);
  for (size_t r = 0; r < 3; ++r) f.ratings[r] = static_cast<int>(day.ratings[r]);
  f.quizStarted = static_cast<int>(day.quizStarted);
  f.quizFinished = static_cast<int>(day.quizFinished);
  std::map<std::string, int64_t> orgs;
  for (const StoredLead& l : leads) {
    for (const auto& id : l.submission.consentOrgIds) ++orgs[id];
    if (!l.submission.consentOrgIds.empty()) ++f.pendingLeads;
  }
  auto careerTitle = [&](const std::string& id) {
    const Career* c = catalogue.career(id);
    return c ? c->title : id;
  };
  f.topCareers = top(day.careers, 5, careerTitle);
  f.quizProposed = top(day.quizProposed, 5, careerTitle);
  f.topOffers = top(day.offers, 5, [&](const std::string& id) {
    const Offer* o = catalogue.offer(id);
    return o ? o->title : id;
  });
  f.leadsPerOrg = top(rankRows(orgs, orgs.size()), orgs.size(), [&](const std::string& id) {
    const Organisation* o = catalogue.organisation(id);
    return o ? o->name : id;
  });
  return f;
}

}  // namespace vitrine
