// Folded-text search: each entry's words are prepared once, queries only scan strings.
#include "search.h"

#include <algorithm>

#include "text_util.h"

namespace vitrine {
namespace {

// " word word…": lower case, no accents, every non-alphanumeric byte a separator (the middle dot
// of "éducateur·rice" splits it, so "rice" and "educateur" both match).
std::string words(const std::string& text) {
  std::string folded = foldAccents(text), out = " ";
  for (size_t i = 0; i < folded.size();) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    // Letters left after folding (œ, ß…) are words; Latin-1 and general punctuation
    // (· « » ’ – …), lead bytes C2 and E2, separate words like spaces do.
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0xC3 && c != 0xE2);
    if (word)
      out.append(folded, i, len);
    else if (out.back() != ' ')
      out += ' ';
    i += len;
  }
  return out;
}

}  // namespace

SearchIndex::SearchIndex(const Catalogue& c) {
  for (size_t i = 0; i < c.careers.size(); ++i) {
    const Career& k = c.careers[i];
    entries_.push_back(
        {SearchHit::Kind::Career, i, words(k.title),
         words(k.pitch + " " + k.diploma + " " + k.where + " " + joinList(k.tags, ' '))});
  }
  for (size_t i = 0; i < c.offers.size(); ++i) {
    const Offer& o = c.offers[i];
    const Organisation* org = c.organisation(o.organisation);
    entries_.push_back({SearchHit::Kind::Offer, i, words(o.title),
                        words(o.service + " " + o.city + " " + o.region + " " + o.description +
                              " " + o.programme + " " + (org ? org->name : ""))});
  }
}

std::vector<SearchHit> SearchIndex::find(const std::string& query, size_t limit) const {
  std::vector<std::string> terms;
  for (const auto& w : splitList(words(query), ' ')) terms.push_back(" " + w);
  std::vector<SearchHit> hits;
  if (terms.empty()) return hits;
  for (const Entry& e : entries_) {
    int score = 0;
    for (const auto& t : terms) {
      if (e.title.find(t) != std::string::npos)
        score += 3;
      else if (e.rest.find(t) != std::string::npos)
        score += 1;
      else {
        score = 0;
        break;
      }
    }
    if (score > 0) hits.push_back({e.kind, e.index, score});
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

}  // namespace vitrine
