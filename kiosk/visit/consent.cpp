// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#include "consent.h"

#include <algorithm>

namespace vitrine {

std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s) {
  std::vector<const Organisation*> out;
  auto add = [&out](const Organisation* o) {
    if (o && std::find(out.begin(), out.end(), o) == out.end()) out.push_back(o);
  };
  for (const auto& id : s.offers)
    if (const Offer* o = cat.offer(id)) add(cat.organisation(o->organisation));
  if (out.empty())
    for (const Organisation& o : cat.organisations)
      if (o.kind == "school" && out.size() < 4) add(&o);
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
