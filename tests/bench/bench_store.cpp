// Visitor store: latency of one confirmed submission (a committed, fsync'd transaction).
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "benches.h"
#include "measure.h"
#include "store.h"

namespace vitrine::bench {

int benchStore(const Options& o) {
  std::filesystem::path db = o.dir / "store-bench.db";
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix, ec);
  Submission s;
  s.profile = "student:2";
  s.careerIds = {"career-0001", "career-0042"};
  s.offerIds = {"offer-17", "offer-256", "offer-4096"};
  s.consent = true;
  s.consentOrgIds = {"org-3", "org-17"};
  s.consentVersion = "synth-1";
  s.personal = {"Amélie", "amelie.dubois@exemple.be", "+32470123456", "4000", {}};
  std::vector<double> ms;
  const int n = o.quick ? 200 : o.submissions;
  try {
    VisitorStore store(db, "kiosk-bench", "Bench");
    double begin = wallMs();
    for (int i = 0; i < n; ++i) {
      // Wall clock on purpose: the visitor waits for the disk, not for our CPU.
      double t0 = wallMs();
      store.save(s, "vitrine-synth");
      ms.push_back(wallMs() - t0);
    }
    emit("store.total_s", (wallMs() - begin) / 1000.0);
  } catch (const StoreError& e) {
    std::fprintf(stderr, "vitrine_bench: %s\n", e.what());
    return 1;
  }
  emitDistribution("store.commit", ms);
  emit("store.submissions", static_cast<double>(ms.size()));
  std::error_code size_ec;
  emit("store.file_mb", static_cast<double>(std::filesystem::file_size(db, size_ec)) / 1048576.0);
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix, ec);
  return 0;
}

}  // namespace vitrine::bench
