// Counting today's sessions, views, ratings and pending leads for the staff figures screen.
#include "staff_figures.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

#include "model.h"

namespace vitrine {
namespace {

std::vector<Ranked> top(const std::map<std::string, int>& counts, size_t n,
                        const std::function<std::string(const std::string&)>& label) {
  std::vector<Ranked> out;
  for (const auto& [id, count] : counts) out.push_back({label(id), count});
  std::stable_sort(out.begin(), out.end(),
                   [](const Ranked& a, const Ranked& b) { return a.count > b.count; });
  if (out.size() > n) out.resize(n);
  return out;
}

}  // namespace

StaffFigures computeFigures(const std::vector<StatEvent>& events,
                            const std::vector<StoredLead>& leads, const Catalogue& catalogue,
                            std::time_t now) {
  StaffFigures f;
  std::tm today{};
  localtime_r(&now, &today);
  f.day = dayOf(today);
  std::map<std::string, int> careers, offers, orgs, proposed;
  for (const StatEvent& e : events) {
    std::tm at{};
    if (!localTimeOf(e, at) || dayOf(at) != f.day) continue;
    if (e.kind == "session_start") {
      ++f.sessions;
      ++f.perHour[static_cast<size_t>(std::clamp(at.tm_hour, 0, 23))];
    } else if (e.kind == "form_submit") {
      ++f.submissions;
    } else if (e.kind == "career_view") {
      ++careers[e.subject];
    } else if (e.kind == "offer_view") {
      ++offers[e.subject];
    } else if (e.kind == "quiz_start") {
      ++f.quizStarted;
    } else if (e.kind == "quiz_finish") {
      ++f.quizFinished;
    } else if (e.kind == "quiz_top") {
      ++proposed[e.subject];
    } else if (e.kind == "rating" && e.value >= 1 && e.value <= 3) {
      ++f.ratings[static_cast<size_t>(e.value - 1)];
    }
  }
  for (const StoredLead& l : leads) {
    for (const auto& id : l.submission.consentOrgIds) ++orgs[id];
    if (!l.submission.consentOrgIds.empty()) ++f.pendingLeads;
  }
  auto careerTitle = [&](const std::string& id) {
    const Career* c = catalogue.career(id);
    return c ? c->title : id;
  };
  f.topCareers = top(careers, 5, careerTitle);
  f.quizProposed = top(proposed, 5, careerTitle);
  f.topOffers = top(offers, 5, [&](const std::string& id) {
    const Offer* o = catalogue.offer(id);
    return o ? o->title : id;
  });
  f.leadsPerOrg = top(orgs, orgs.size(), [&](const std::string& id) {
    const Organisation* o = catalogue.organisation(id);
    return o ? o->name : id;
  });
  return f;
}

}  // namespace vitrine
