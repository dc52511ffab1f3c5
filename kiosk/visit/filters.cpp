// Which offers a visitor's filters keep: the list and the career page count with the same rule.
#include "filters.h"

#include <algorithm>

namespace vitrine {

std::vector<const Offer*> filteredOffers(const Catalogue& cat, const OfferFilters& f,
                                         std::string_view home) {
  std::vector<const Offer*> out;
  for (const Offer& o : cat.offers)
    if (f.matches(o, cat, home)) out.push_back(&o);
  return out;
}

int offersForCareer(const Catalogue& cat, const std::string& careerId) {
  // Counted without building a list: the career detail screen asks every frame.
  int n = 0;
  for (const Offer& o : cat.offers)
    n += std::find(o.careers.begin(), o.careers.end(), careerId) != o.careers.end() ? 1 : 0;
  return n;
}

}  // namespace vitrine
