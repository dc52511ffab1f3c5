// Search as you type: SearchIndex::find() per keystroke on the pack's FTS5 table, and the time to
// prepare the index (its statement) when a pack is opened.
#include <cstdio>
#include <string>
#include <vector>

#include "benches.h"
#include "measure.h"
#include "pack.h"
#include "search.h"

namespace vitrine::bench {

int benchSearch(const Options& o) {
  std::unique_ptr<Pack> pack;
  try {
    pack = Pack::open(o.pack);
  } catch (const PackError& e) {
    std::fprintf(stderr, "vitrine_bench: %s\n", e.what());
    return 1;
  }
  double t0 = threadCpuMs();
  SearchIndex index(*pack);
  emit("search.index_build_ms", threadCpuMs() - t0);
  // The first query in a language also maps that language's rows to catalogue indexes (once per
  // pack and language switch, like the catalogue's own re-sort): measured apart from keystrokes.
  t0 = threadCpuMs();
  index.find("a");
  emit("search.first_query_ms", threadCpuMs() - t0);

  // What visitors type, one key at a time (UTF-8 characters kept whole), misses included.
  const std::vector<std::string> queries = {"éducateur spécialisé",
                                            "stage liège",
                                            "médiation de dettes",
                                            "assistant social",
                                            "accompagner famille",
                                            "protection jeunesse",
                                            "zzz",
                                            "insertion mons"};
  std::vector<double> ms;
  size_t found = 0;
  const int rounds = o.quick ? 1 : 5;
  for (int round = 0; round < rounds; ++round)
    for (const auto& q : queries)
      for (size_t len = 1; len <= q.size(); ++len) {
        if (len < q.size() && (static_cast<unsigned char>(q[len]) & 0xC0) == 0x80) continue;
        std::string typed = q.substr(0, len);
        double start = threadCpuMs();
        auto hits = index.find(typed);
        ms.push_back(threadCpuMs() - start);
        found += hits.size();
      }
  emitDistribution("search.keystroke", ms);
  emit("search.keystrokes", static_cast<double>(ms.size()));
  emit("search.hits_per_keystroke", ms.empty() ? 0.0 : double(found) / double(ms.size()));
  return 0;
}

}  // namespace vitrine::bench
