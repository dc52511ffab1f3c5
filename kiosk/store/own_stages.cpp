// An organisation's export shows only its own stages: the visitor's interest in another
// organisation's offers is not its business (the careers are shared, the stages are not).
#include <algorithm>

#include "store.h"

namespace vitrine {

size_t keepOwnStages(std::vector<StoredLead>& leads, const std::string& orgId,
                     const OfferOwner& owner) {
  size_t dropped = 0;
  for (StoredLead& l : leads) {
    auto& offers = l.submission.offerIds;
    const auto mine = std::remove_if(offers.begin(), offers.end(), [&](const std::string& id) {
      return !owner || owner(id) != orgId;
    });
    dropped += static_cast<size_t>(offers.end() - mine);
    offers.erase(mine, offers.end());
  }
  return dropped;
}

}  // namespace vitrine
