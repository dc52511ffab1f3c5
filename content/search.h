// Search as you type over careers and offers: accent- and case-insensitive word prefixes, ranked.
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace vitrine {

struct SearchHit {
  enum class Kind { Career, Offer } kind;
  size_t index;  // into Catalogue::careers or Catalogue::offers
  int score;
};

class SearchIndex {
 public:
  explicit SearchIndex(const Catalogue& catalogue);
  // Every word of `query` must start a word of the item ("educ spe" finds "Éducateur·rice
  // spécialisé·e"). Titles weigh more than the rest; ties keep catalogue order.
  std::vector<SearchHit> find(const std::string& query, size_t limit = 50) const;

 private:
  struct Entry {
    SearchHit::Kind kind;
    size_t index;
    std::string title, rest;  // folded, words separated by single spaces, with a leading space
  };
  std::vector<Entry> entries_;
};

}  // namespace vitrine
