// Search as you type over careers and offers, on the FTS5 table every pack carries (schema.h):
// accent- and case-insensitive word prefixes, ranked with titles weighing more.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model.h"
#include "sqlite.h"

namespace vitrine {

class Pack;

struct SearchHit {
  enum class Kind { Career, Offer } kind;
  size_t index;  // into Catalogue::careers or Catalogue::offers of the pack's current catalogue
};

class SearchIndex {
 public:
  static constexpr int64_t kRankedMax = 1000;

  // Prepares the query once, on the pack's read-only connection; `pack` must outlive the index.
  explicit SearchIndex(const Pack& pack);
  // In the language of pack.catalogue() (it follows Pack::setLanguage()): every word of `query`
  // must start a word of the item ("educ spe" finds "Éducateur·rice spécialisé·e"). Ranked by
  // bm25 with the title weighing ten times the rest; ties keep catalogue order, careers first. A
  // query that matches more than kRankedMax items (a letter or two, "stage") lists title matches
  // then the others, each in catalogue order: ranking thousands of rows costs more than a
  // keystroke may. Whatever the query, and whatever state the pack's index is in, returns hits or
  // nothing: never throws.
  std::vector<SearchHit> find(const std::string& query, size_t limit = 50) const;

  // The FTS5 MATCH expression for what a visitor typed: each word folded like the indexed text and
  // quoted as a prefix ("educ"* AND "spe"*), so that nothing typed is ever FTS5 syntax. Empty when
  // there is no word to look for.
  static std::string matchExpression(const std::string& query);

 private:
  struct Row {
    int64_t rowid;
    SearchHit hit;
  };
  void follow(const Catalogue& c) const;
  void collect(sql::Statement& st, const std::string& match, size_t limit,
               std::vector<SearchHit>& hits) const;

  const Pack& pack_;
  // find() is logically const; the statements it reuses and the rows it maps to are not.
  mutable std::optional<sql::Statement> count_, ranked_, ordered_;
  mutable std::string rowsLanguage_ = "\x01";  // the catalogue language rows_ was made for
  mutable std::vector<Row> rows_;  // that language's search rows, by rowid, as catalogue indexes
};

}  // namespace vitrine
