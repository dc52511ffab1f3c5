// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#include "consent.h"

#include <algorithm>

namespace vitrine {
namespace {

// How many of `careers` a school trains for.
int trainsFor(const School& school, const std::vector<std::string>& careers) {
  int n = 0;
  for (const std::string& c : careers)
    n += std::find(school.careers.begin(), school.careers.end(), c) != school.careers.end();
  return n;
}

// Same country as the kiosk first, the rest after; the order within each part is kept.
void nearestFirst(std::vector<const Organisation*>& orgs, std::string_view home) {
  std::stable_partition(orgs.begin(), orgs.end(),
                        [home](const Organisation* o) { return o->country == home; });
}

}  // namespace

bool canReceiveContacts(const Catalogue& cat, const Organisation& o) {
  return cat.meta.orgKeys.count(o.id) > 0 || !cat.meta.standKey.empty();
}

std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s,
                                                std::string_view home) {
  std::vector<const Organisation*> hosts, schools;
  // Contact details are only ever stored sealed: an organisation the pack gives no key (nor a
  // stand key) could not read them, so its box is not offered.
  auto add = [&cat](std::vector<const Organisation*>& to, const Organisation* o) {
    if (o && canReceiveContacts(cat, *o) && std::find(to.begin(), to.end(), o) == to.end())
      to.push_back(o);
  };
  for (const auto& id : s.offers)
    if (const Offer* o = cat.offer(id)) add(hosts, cat.organisation(o->organisation));

  // Schools training for the chosen careers, those training for most of them first. A school
  // receives leads as the organisation with its id.
  std::vector<std::pair<int, const School*>> training;
  for (const School& school : cat.schools)
    if (int n = trainsFor(school, s.careers); n > 0) training.emplace_back(n, &school);
  std::stable_sort(training.begin(), training.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [n, school] : training) add(schools, cat.organisation(school->id));
  if (hosts.empty() && schools.empty())  // nothing chosen that names anyone: every school
    for (const Organisation& o : cat.organisations)
      if (o.kind == "school") add(schools, &o);

  nearestFirst(hosts, home);
  nearestFirst(schools, home);
  std::vector<const Organisation*> out = hosts;
  for (const Organisation* o : schools) add(out, o);
  return out;
}

ConsentNotice consentNotice(const Catalogue& cat, const std::string& lang) {
  const PackMeta& m = cat.meta;
  const std::string first = m.defaultLanguage.empty() ? "fr" : m.defaultLanguage;
  if (lang == first) return {m.consentText, first, false};
  if (auto it = m.consentTexts.find(lang); it != m.consentTexts.end() && !it->second.empty())
    return {it->second, lang, false};
  return {m.consentText, first, true};
}

std::string consentRecord(const Catalogue& cat, const std::string& lang) {
  return cat.meta.consentVersion + "@" + consentNotice(cat, lang).language;
}

}  // namespace vitrine
