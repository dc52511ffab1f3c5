// vitrine_bench: the headless benchmarks (frames, search, store); scripts/bench runs it repeatedly.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "benches.h"

namespace {

const char* kUsage =
    "usage: vitrine_bench frames|search|store --pack <file.kpack> --dir <scratch-dir>\n"
    "                     [--quick] [--submissions N]\n"
    "Prints one \"key value\" line per measure (milliseconds unless the key says otherwise).\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string what = argv[1];
  vitrine::bench::Options o;
  o.dir = ".";
  for (int i = 2; i < argc; ++i) {
    std::string k = argv[i];
    bool more = i + 1 < argc;
    if (k == "--pack" && more)
      o.pack = argv[++i];
    else if (k == "--dir" && more)
      o.dir = argv[++i];
    else if (k == "--submissions" && more)
      o.submissions = std::atoi(argv[++i]);
    else if (k == "--quick")
      o.quick = true;
    else {
      std::cerr << kUsage;
      return 2;
    }
  }
  if (what == "frames" && !o.pack.empty()) return vitrine::bench::benchFrames(o);
  if (what == "search" && !o.pack.empty()) return vitrine::bench::benchSearch(o);
  if (what == "store") return vitrine::bench::benchStore(o);
  std::cerr << kUsage;
  return 2;
}
