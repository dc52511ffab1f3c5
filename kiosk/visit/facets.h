// The filter chips' rules, for the lists and their counts alike: one rule for every group.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <algorithm>
#include <iterator>
#include <unordered_map>

#include "model.h"
#include "session.h"

namespace vitrine {

// Counts for K facets (chip groups). A chip counts the items that pass every other facet's
// choice and carry the chip's value: what the list shows once that chip is chosen (values add
// up within a facet, facets narrow each other). Keys are views of the items' own strings or of
// literals, so counting allocates nothing per item.
//
// `Facets` answers, for facet k: open(k) (nothing chosen in it), chosen(k, value), and
// values(item, k, emit), calling emit(std::string_view) once per distinct value of the item.
template <size_t K>
class FacetCounts {
 public:
  using Counts = std::unordered_map<std::string_view, int>;

  // Counts `item`; returns whether it passes every facet (it belongs in the list).
  template <typename Item, typename Facets>
  bool add(const Item& item, const Facets& facets) {
    size_t misses = 0, missed = K;
    for (size_t k = 0; k < K; ++k) {
      bool in = facets.open(k);
      if (!in) facets.values(item, k, [&](std::string_view v) { in = in || facets.chosen(k, v); });
      if (!in) ++misses, missed = k;
    }
    if (misses > 1) return false;  // fails two facets: no single chip brings it back
    for (size_t k = 0; k < K; ++k)
      if (misses == 0 || k == missed)
        facets.values(item, k, [&](std::string_view v) { ++counts_[k][v]; });
    return misses == 0;
  }

  int count(size_t k, std::string_view value) const {
    auto it = counts_[k].find(value);
    return it == counts_[k].end() ? 0 : it->second;
  }
  const Counts& of(size_t k) const { return counts_[k]; }

 private:
  std::array<Counts, K> counts_;
};

// The seasons an offer may start in, as the period chips show them.
inline constexpr const char* kSeasons[] = {"winter", "spring", "summer", "autumn"};

// The offers' chip groups for FacetCounts, in the order of `kOfferFacetNames`.
constexpr const char* kOfferFacetNames[] = {"service", "region", "period", "year", "international"};
constexpr std::string_view kYearValues[] = {"", "1", "2", "3"};

// « À l'étranger »: a stage outside the kiosk's country (`home`, ISO alpha-2), wherever that
// comes from: the offer's own country, else its organisation's; an exchange programme (Erasmus+,
// Québec) is always a stage abroad. An unknown `home` counts only what is explicitly elsewhere.
inline bool stageAbroad(const Offer& o, const Organisation* org, std::string_view home) {
  if (!o.programme.empty()) return true;
  std::string_view where = !o.country.empty() ? std::string_view(o.country)
                           : org                ? std::string_view(org->country)
                                                : std::string_view();
  if (home.empty()) return !o.country.empty();
  return !where.empty() && where != home;
}

struct OfferFacets {
  const OfferFilters& f;
  const Catalogue& cat;
  std::string_view home;  // the kiosk's country (--country)
  bool open(size_t k) const {
    switch (k) {
      case 0: return f.services.empty();
      case 1: return f.regions.empty();
      case 2: return f.periods.empty();
      case 3: return f.year == 0;
      default: return !f.international;
    }
  }
  bool chosen(size_t k, std::string_view v) const {
    switch (k) {
      case 0: return f.services.count(v) > 0;
      case 1: return f.regions.count(v) > 0;
      case 2: return f.periods.count(v) > 0;
      case 3: return f.year >= 1 && f.year <= 3 && v == kYearValues[f.year];
      default: return true;  // the only value is "abroad"
    }
  }
  template <typename Emit>
  void values(const Offer& o, size_t k, Emit emit) const {
    switch (k) {
      case 0: emit(o.service); break;
      case 1: emit(o.region); break;
      case 2: {
        const std::string season = offerSeason(o);  // short: no allocation
        for (const char* known : kSeasons)
          if (season == known) emit(known);
        break;
      }
      case 3:
        for (auto it = o.years.begin(); it != o.years.end(); ++it)
          if (*it >= 1 && *it <= 3 && std::find(o.years.begin(), it, *it) == it)
            emit(kYearValues[*it]);
        break;
      default:
        if (stageAbroad(o, cat.organisation(o.organisation), home)) emit("1");
    }
  }
};

struct CareerFacets {
  const CareerFilters& f;
  const Choice& choice(size_t k) const {
    return k == 0 ? f.levels : k == 1 ? f.domains : f.audiences;
  }
  bool open(size_t k) const { return choice(k).empty(); }
  bool chosen(size_t k, std::string_view v) const { return choice(k).count(v) > 0; }
  template <typename Emit>
  void values(const Career& c, size_t k, Emit emit) const {
    if (k == 0 && !c.level.empty()) emit(c.level);
    if (k == 1 && !c.domain.empty()) emit(c.domain);  // no domain: not counted in the group
    if (k == 2)
      for (auto it = c.audiences.begin(); it != c.audiences.end(); ++it)
        if (!it->empty() && std::find(c.audiences.begin(), it, *it) == it) emit(*it);
  }
};

// Whether an item passes every facet of `rules` (what the list shows).
template <size_t K, typename Item, typename Facets>
bool passesAll(const Item& item, const Facets& rules) {
  for (size_t k = 0; k < K; ++k) {
    bool in = rules.open(k);
    if (!in) rules.values(item, k, [&](std::string_view v) { in = in || rules.chosen(k, v); });
    if (!in) return false;
  }
  return true;
}

}  // namespace vitrine
