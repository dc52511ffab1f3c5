// What changed between two packs: careers, offers and events added, removed, or changed field by
// field.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace vitrine {

class Pack;

struct PackChange {
  enum class Kind { Added, Removed, Changed } kind;
  std::string table;  // career | offer | event | organisation
  std::string id;
  std::string title;                // in the new pack (the old one when removed)
  std::vector<std::string> fields;  // for Changed: the fields whose value differs
};

// Changes in id order within each table: careers, offers, events, organisations.
std::vector<PackChange> diffCatalogues(const Catalogue& before, const Catalogue& after);
// The same over every language of `after`: a translation that changed shows as a field such as
// `title@nl` (only when the default-language field itself did not change).
std::vector<PackChange> diffPacks(Pack& before, Pack& after);
// One line per change: "+ career foo "Title"", "~ offer bar: deadline, places".
std::string formatChange(const PackChange& c);

}  // namespace vitrine
