// The headless benchmarks of vitrine_bench; each prints "key value" lines and returns an exit code.
#pragma once

#include <filesystem>

namespace vitrine::bench {

struct Options {
  std::filesystem::path pack;  // the content pack to measure with
  std::filesystem::path dir;   // scratch directory on the disk to measure (the store's fsyncs)
  bool quick = false;          // fewer samples: proves it runs, in seconds
  int submissions = 10000;     // store: submissions in a row
};

int benchFrames(const Options& o);
int benchSearch(const Options& o);
int benchStore(const Options& o);

}  // namespace vitrine::bench
