// Small measuring helpers for the benchmarks: CPU and wall clocks, percentiles, "key value" output.
#pragma once

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace vitrine::bench {

inline double clockMs(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
inline double threadCpuMs() {
  return clockMs(CLOCK_THREAD_CPUTIME_ID);
}
inline double wallMs() {
  return clockMs(CLOCK_MONOTONIC);
}

// Nearest-rank percentile (p in 0..100) of an unsorted sample; 0 for an empty one.
inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0.0;
  std::sort(v.begin(), v.end());
  size_t rank = static_cast<size_t>(p / 100.0 * static_cast<double>(v.size()) + 0.999999);
  return v[std::clamp<size_t>(rank, 1, v.size()) - 1];
}

// One result line: scripts/bench gathers these over several runs into its table.
inline void emit(const std::string& key, double value) {
  std::printf("%s %.4f\n", key.c_str(), value);
  std::fflush(stdout);
}

inline void emitDistribution(const std::string& key, const std::vector<double>& ms) {
  emit(key + ".p50_ms", percentile(ms, 50));
  emit(key + ".p99_ms", percentile(ms, 99));
  emit(key + ".max_ms", ms.empty() ? 0.0 : *std::max_element(ms.begin(), ms.end()));
}

}  // namespace vitrine::bench
