// FTS5 queries over the pack's `search` table, written by the pack builder (pack_builder.cpp).
#include "search.h"

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>

#include "pack.h"
#include "text_util.h"

namespace vitrine {
namespace {

// More words than anyone types on a kiosk keyboard; the rest of a pasted novel is ignored.
constexpr size_t kMaxWords = 16;

// Every statement takes the MATCH expression, this language's rowid range and a row limit. The
// rowid range selects the language without reading the rows' `lang` (FTS5 takes it from its own
// index), and only rowids come back: the rows themselves are mapped once per language (rows_).
constexpr const char* kCount =
    "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 "
    "LIMIT ?4)";
// Title weighs ten times the body; kind, id and lang are UNINDEXED but still take a weight.
constexpr const char* kRanked =
    "SELECT rowid FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 "
    "ORDER BY bm25(search, 0.0, 0.0, 0.0, 10.0, 1.0), rowid LIMIT ?4";
constexpr const char* kOrdered =
    "SELECT rowid FROM search WHERE search MATCH ?1 AND rowid BETWEEN ?2 AND ?3 "
    "ORDER BY rowid LIMIT ?4";

// The words of folded text: every non-alphanumeric ASCII byte is a separator, so are Latin-1 and
// general punctuation (lead bytes C2 and E2: · « » ’ – …) and 4-byte characters (emoji). The
// unicode61 tokenizer splits the indexed text at least there.
std::vector<std::string> words(const std::string& folded) {
  std::vector<std::string> out(1);
  for (size_t i = 0; i < folded.size();) {
    unsigned char c = static_cast<unsigned char>(folded[i]);
    size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    bool word =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 0xC3 && c != 0xE2 && c < 0xF0);
    if (word)
      out.back().append(folded, i, len);
    else if (!out.back().empty())
      out.emplace_back();
    i += len;
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

std::string SearchIndex::matchExpression(const std::string& query) {
  std::vector<std::string> seen;
  std::string match;
  for (const std::string& w : words(foldAccents(query))) {
    if (std::find(seen.begin(), seen.end(), w) != seen.end()) continue;
    if (seen.size() == kMaxWords) break;
    seen.push_back(w);
    match += (match.empty() ? "\"" : " AND \"") + w + "\"*";  // a word holds no quote: see words()
  }
  return match;
}

SearchIndex::SearchIndex(const Pack& pack) : pack_(pack) {
  try {
    sqlite3* db = pack.database().handle();
    count_.emplace(db, kCount);
    ranked_.emplace(db, kRanked);
    ordered_.emplace(db, kOrdered);
  } catch (const sql::Error&) {
    // No search table (a pack edited by hand): the search screen finds nothing, the rest works.
    count_.reset();
  }
}

// The search rows of the catalogue's language, as catalogue indexes. The builder wrote them in
// catalogue order; the kiosk still maps ids, because the index is derived data outside the
// content hash: a row naming an id the catalogue does not have is left out.
void SearchIndex::follow(const Catalogue& c) const {
  if (rowsLanguage_ == c.language) return;
  rowsLanguage_ = c.language;
  rows_.clear();
  std::unordered_map<std::string, size_t> careers, offers;
  for (size_t i = 0; i < c.careers.size(); ++i) careers.emplace(c.careers[i].id, i);
  for (size_t i = 0; i < c.offers.size(); ++i) offers.emplace(c.offers[i].id, i);
  try {
    auto st = pack_.database().prepare(
        "SELECT rowid, kind, id FROM search WHERE lang = ? ORDER BY rowid");
    st.bind(1, c.language);
    while (st.step()) {
      const bool career = st.text(1) == "career";
      const auto& ids = career ? careers : offers;
      auto it = ids.find(st.text(2));
      if (it == ids.end()) continue;
      rows_.push_back(
          {st.integer(0), {career ? SearchHit::Kind::Career : SearchHit::Kind::Offer, it->second}});
    }
  } catch (const sql::Error&) {
    rows_.clear();  // a damaged index: search finds nothing
  }
}

// Steps `st` for `match` in this language and appends the hits not found yet, up to `limit`.
void SearchIndex::collect(sql::Statement& st, const std::string& match, size_t limit,
                          std::vector<SearchHit>& hits) const {
  st.bind(1, match).bind(2, rows_.front().rowid).bind(3, rows_.back().rowid);
  st.bind(4, static_cast<int64_t>(limit + hits.size()));  // room for the hits it finds again
  while (hits.size() < limit && st.step()) {
    int64_t rowid = st.integer(0);
    auto it = std::lower_bound(rows_.begin(), rows_.end(), rowid,
                               [](const Row& r, int64_t id) { return r.rowid < id; });
    if (it == rows_.end() || it->rowid != rowid) continue;
    auto same = [&](const SearchHit& h) {
      return h.kind == it->hit.kind && h.index == it->hit.index;
    };
    if (std::none_of(hits.begin(), hits.end(), same)) hits.push_back(it->hit);
  }
  st.reset();
}

std::vector<SearchHit> SearchIndex::find(const std::string& query, size_t limit) const {
  std::vector<SearchHit> hits;
  const std::string match = matchExpression(query);
  if (match.empty() || !count_ || limit == 0) return hits;
  follow(pack_.catalogue());
  if (rows_.empty()) return hits;
  try {
    count_->bind(1, match).bind(2, rows_.front().rowid).bind(3, rows_.back().rowid);
    count_->bind(4, kRankedMax + 1);
    const bool few = count_->step() && count_->integer(0) <= kRankedMax;
    count_->reset();
    if (few) {
      collect(*ranked_, match, limit, hits);
    } else {
      collect(*ordered_, "{title} : (" + match + ")", limit, hits);
      collect(*ordered_, match, limit, hits);
    }
  } catch (const sql::Error&) {
    hits.clear();  // a damaged index: nothing found rather than a crash
  }
  count_->reset();
  ranked_->reset();
  ordered_->reset();
  return hits;
}

}  // namespace vitrine
