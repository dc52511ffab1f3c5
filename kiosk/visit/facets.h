// Chip counts for the offers and careers screens: one rule for every group of filter chips.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <unordered_map>

namespace vitrine::ui {

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

}  // namespace vitrine::ui
