// Soak: the real App on the null platform, driven for N frames by random taps, drags, typing and
// pauses; prints resident memory and open files, and fails if either keeps growing after warm-up.
#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "app.h"
#include "null_platform.h"
#include "pack_builder.h"
#include "store.h"

namespace {

struct Options {
  long frames = 20000;
  long reportEvery = 10000;
  long warmup = -1;            // frames before the baseline is taken; -1 = a quarter of the run
  long maxRssGrowthKb = 16384;  // allowed growth of resident memory after warm-up
  unsigned seed = 1;
};

const char* kUsage =
    "usage: soak [--frames N] [--report-every N] [--warmup N] [--max-rss-growth-kb K] [--seed S]\n";

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    if (i + 1 >= argc) throw std::invalid_argument(k + " needs a value");
    long v = std::stol(argv[++i]);
    if (k == "--frames") o.frames = v;
    else if (k == "--report-every") o.reportEvery = v;
    else if (k == "--warmup") o.warmup = v;
    else if (k == "--max-rss-growth-kb") o.maxRssGrowthKb = v;
    else if (k == "--seed") o.seed = static_cast<unsigned>(v);
    else throw std::invalid_argument("unknown option " + k);
  }
  if (o.frames <= 0 || o.reportEvery <= 0) throw std::invalid_argument("counts must be positive");
  if (o.warmup < 0) o.warmup = o.frames / 4;
  return o;
}

long rssKb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmRSS:", 0) == 0) return std::atol(line.c_str() + 6);
  return -1;
}

int openFds() {
  int n = 0;
  if (DIR* d = opendir("/proc/self/fd")) {
    while (dirent* e = readdir(d))
      if (e->d_name[0] != '.') ++n;
    closedir(d);
  }
  return n - 1;  // the directory handle we are reading with
}

// A random visitor: most of the time taps something the app drew (a HitMap target), sometimes
// scrolls, types on the on-screen keyboard, taps blindly, or walks away for a while.
class Visitor {
 public:
  Visitor(vitrine::platform::NullPlatform& platform, vitrine::App& app, unsigned seed)
      : platform_(platform), app_(app), rng_(seed) {}

  // Queues the next gesture; returns how long the visitor may "think" before it (seconds).
  double act() {
    int roll = pick(100);
    // "text:" entries are labels registered for tests to read, not things a finger can use.
    std::vector<std::string> names, keys;
    for (const auto& n : app_.hits().names()) {
      if (n.rfind("text:", 0) != 0) names.push_back(n);
      if (n.rfind("key:", 0) == 0) keys.push_back(n);
    }
    if (roll < 25 && !names.empty()) {
      tapTarget(leastTapped(names));
    } else if (roll < 50 && !names.empty()) {
      tapTarget(names[pick(static_cast<int>(names.size()))]);
    } else if (roll < 65) {
      drag();
    } else if (roll < 78 && !keys.empty()) {
      int n = 3 + pick(12);
      for (int i = 0; i < n; ++i) tapTarget(keys[pick(static_cast<int>(keys.size()))]);
    } else if (roll < 88) {
      tapAt(static_cast<float>(pick(1920)), static_cast<float>(pick(1080)));
    } else if (roll < 93) {
      return 3600.0;  // walks away: the idle warning and the reset happen on their own
    }
    return 0.05 * pick(10);
  }

 private:
  int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng_); }

  void tapAt(float x, float y) {
    platform_.pointer(x, y, false);
    platform_.pointer(x, y, true);
    platform_.pointer(x, y, false);
  }

  // Explores: the visible target tapped least so far (a screen reached once gets its buttons tried).
  const std::string& leastTapped(const std::vector<std::string>& names) {
    const std::string* best = &names.front();
    for (const auto& n : names)
      if (tapped_[n] < tapped_[*best]) best = &n;
    return *best;
  }

  void tapTarget(const std::string& name) {
    ++tapped_[name];
    if (auto c = app_.hits().find(name)) tapAt(c->x, c->y);
  }

  void drag() {
    float x = static_cast<float>(100 + pick(1720)), y = static_cast<float>(100 + pick(880));
    float dy = static_cast<float>(pick(1200) - 600);
    int steps = 2 + pick(15);
    platform_.pointer(x, y, false);
    platform_.pointer(x, y, true);
    for (int i = 1; i <= steps; ++i) platform_.pointer(x, y + dy * i / steps, true);
    platform_.pointer(x, y + dy, false);
  }

  vitrine::platform::NullPlatform& platform_;
  vitrine::App& app_;
  std::mt19937 rng_;
  std::map<std::string, long> tapped_;
};

int soak(const Options& o, const std::filesystem::path& dir) {
  auto problems = vitrine::buildPack(VITRINE_SOURCE_DIR "/content/demo", dir / "demo.kpack");
  for (const auto& d : problems) std::fprintf(stderr, "soak: %s\n", d.str().c_str());
  if (!problems.empty()) return 1;
  vitrine::AppConfig config;
  config.packPath = dir / "demo.kpack";
  config.storePath = dir / "visitors.db";
  config.fontDir = VITRINE_FONT_DIR;
  config.kioskId = "soak";
  config.eventTag = "soak";

  vitrine::platform::NullPlatform platform(1920, 1080);
  vitrine::App app(platform, config);
  Visitor visitor(platform, app, o.seed);
  std::set<std::string> visited;
  long baseRss = -1, peakRss = 0;
  int baseFds = -1;
  double wait = 0.0;
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // progress shows as it happens, even in a log file
  std::printf("soak: %ld frames, seed %u, warm-up %ld frames\n", o.frames, o.seed, o.warmup);
  std::printf("%10s %10s %6s\n", "frame", "rss_kb", "fds");
  for (long frame = 1; frame <= o.frames; ++frame) {
    if (!platform.pendingInput()) wait = std::min(wait, visitor.act());
    // Screens are re-laid out on a rotated display now and then (fonts are re-baked too).
    if (frame % 25000 == 0) platform.resize(frame % 50000 ? 1080 : 1920, frame % 50000 ? 1920 : 1080);
    platform.waitForEvents(wait);
    wait = app.frame();
    visited.insert(vitrine::screenName(app.screen()));
    if (frame == o.warmup) {
      baseRss = rssKb();
      baseFds = openFds();
    }
    if (frame >= o.warmup) peakRss = std::max(peakRss, rssKb());
    if (frame % o.reportEvery == 0 || frame == o.frames)
      std::printf("%10ld %10ld %6d\n", frame, rssKb(), openFds());
  }
  std::fflush(stdout);
  long endRss = rssKb();
  int endFds = openFds();
  std::string screens;
  for (const auto& s : visited) screens += (screens.empty() ? "" : " ") + s;
  std::printf("screens visited (%zu): %s\n", visited.size(), screens.c_str());
  // Submissions the random visitor confirmed: the store was written to, not just read.
  if (vitrine::VisitorStore* store = app.store())
    std::printf("submissions saved: %zu\n", store->leads().size());
  std::printf("rss after warm-up %ld kB, at end %ld kB (growth %+ld kB, peak %ld kB); fds %d -> %d\n",
              baseRss, endRss, endRss - baseRss, peakRss, baseFds, endFds);
  int failures = 0;
  if (endRss - baseRss > o.maxRssGrowthKb) {
    std::printf("FAIL: resident memory grew by %ld kB after warm-up (limit %ld kB)\n",
                endRss - baseRss, o.maxRssGrowthKb);
    ++failures;
  }
  if (endFds > baseFds) {
    std::printf("FAIL: open file descriptors grew from %d to %d\n", baseFds, endFds);
    ++failures;
  }
  // A random visitor that never gets past the home screen would prove nothing.
  if (o.frames >= 20000 && visited.size() < 6) {
    std::printf("FAIL: only %zu screens reached; the soak does not exercise the app\n",
                visited.size());
    ++failures;
  }
  if (!failures) std::printf("soak: OK\n");
  return failures ? 1 : 0;
}

}  // namespace

// Under ASan, freed memory sits in a quarantine of up to 256 MB before reuse, so resident memory
// climbs for minutes and says nothing about leaks. A small quarantine still catches use-after-free
// of recent frees and lets RSS settle after warm-up. ASAN_OPTIONS from the environment wins.
extern "C" const char* __asan_default_options() { return "quarantine_size_mb=8"; }

int main(int argc, char** argv) {
  Options o;
  try {
    o = parse(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "soak: %s\n%s", e.what(), kUsage);
    return 2;
  }
  std::random_device rd;
  auto dir = std::filesystem::temp_directory_path() / ("vitrine-soak-" + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  int rc = 1;
  try {
    rc = soak(o, dir);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "soak: %s\n", e.what());
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return rc;
}
