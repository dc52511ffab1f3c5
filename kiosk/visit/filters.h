// Which offers a visitor's filters keep: the list and the career page count with the same rule.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "session.h"

namespace vitrine {

// Offers matching the filters, in the pack's order; `home` is the kiosk's country.
std::vector<const Offer*> filteredOffers(const Catalogue& cat, const OfferFilters& f,
                                         std::string_view home);
// How many offers name `careerId` among their careers.
int offersForCareer(const Catalogue& cat, const std::string& careerId);

}  // namespace vitrine
