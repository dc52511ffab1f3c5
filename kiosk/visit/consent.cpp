// Who may contact the visitor: the one rule that decides which consent boxes are offered.
#include "consent.h"

#include <algorithm>

namespace vitrine {

bool canReceiveContacts(const Catalogue& cat, const Organisation& o) {
  return cat.meta.orgKeys.count(o.id) > 0 || !cat.meta.standKey.empty();
}

std::vector<const Organisation*> consentTargets(const Catalogue& cat, const VisitorSession& s) {
  std::vector<const Organisation*> out;
  // Contact details are only ever stored sealed: an organisation the pack gives no key (nor a
  // stand key) could not read them, so its box is not offered.
  auto add = [&out, &cat](const Organisation* o) {
    if (o && canReceiveContacts(cat, *o) && std::find(out.begin(), out.end(), o) == out.end())
      out.push_back(o);
  };
  for (const auto& id : s.offers)
    if (const Offer* o = cat.offer(id)) add(cat.organisation(o->organisation));
  if (out.empty())
    for (const Organisation& o : cat.organisations)
      if (o.kind == "school" && out.size() < 4) add(&o);
  return out;
}

}  // namespace vitrine
