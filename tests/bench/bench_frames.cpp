// Headless frame cost: UI CPU time of App::frame() on every screen (null platform, no GPU).
#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "app.h"
#include "benches.h"
#include "measure.h"
#include "null_platform.h"

namespace vitrine::bench {
namespace {

// Times one frame on this thread's CPU clock: what the UI code costs, whatever the machine load.
double timedFrame(App& app) {
  double t0 = threadCpuMs();
  app.frame();
  return threadCpuMs() - t0;
}

// Still frames, then drags down the middle of the screen (scrolls lists, moves nothing else).
std::vector<double> sampleScreen(App& app, platform::NullPlatform& platform, int stillFrames,
                                 int drags) {
  std::vector<double> ms;
  app.settle();
  for (int i = 0; i < 5; ++i) app.frame();  // warm-up: first-time layout of this screen
  for (int i = 0; i < stillFrames; ++i) ms.push_back(timedFrame(app));
  for (int d = 0; d < drags; ++d) {
    const float x = 960, y0 = 900;
    platform.pointer(x, y0, false);
    platform.pointer(x, y0, true);
    for (int s = 1; s <= 30; ++s) platform.pointer(x, y0 - 20.0f * s, true);
    platform.pointer(x, y0 - 600, false);
    while (platform.pendingInput()) ms.push_back(timedFrame(app));
    for (int i = 0; i < 10; ++i) ms.push_back(timedFrame(app));  // fling / settling frames
  }
  return ms;
}

}  // namespace

int benchFrames(const Options& o) {
  platform::NullPlatform platform(1920, 1080);
  AppConfig config;
  config.packPath = o.pack;
  config.storePath = o.dir / "frames-visitors.db";
  config.fontDir = VITRINE_FONT_DIR;
  config.idleSeconds = 1e9;  // the virtual clock runs fast: never let the idle reset kick in
  App app(platform, config);
  if (!app.startupError().empty()) {
    std::fprintf(stderr, "vitrine_bench: %s\n", app.startupError().c_str());
    return 1;
  }
  const Catalogue& cat = app.catalogue();
  const int still = o.quick ? 30 : 120, drags = o.quick ? 2 : 8;
  std::vector<double> all;
  double worstP99 = 0;  // the target applies to every screen, so the worst one decides
  auto measure = [&](const char* name) {
    auto ms = sampleScreen(app, platform, still, drags);
    emitDistribution(std::string("frames.") + name, ms);
    worstP99 = std::max(worstP99, percentile(ms, 99));
    all.insert(all.end(), ms.begin(), ms.end());
  };
  measure("attract");
  app.navigate(ScreenId::Home);
  measure("home");
  app.navigate(ScreenId::Careers);
  measure("careers");
  if (!cat.careers.empty()) {
    app.session().careerId = cat.careers[cat.careers.size() / 2].id;
    app.navigate(ScreenId::CareerDetail);
    measure("career");
  }
  app.navigate(ScreenId::Offers);
  measure("offers");
  if (!cat.offers.empty()) {
    app.session().offerId = cat.offers[cat.offers.size() / 2].id;
    app.navigate(ScreenId::OfferDetail);
    measure("offer");
  }
  app.session().search = "educ";
  app.navigate(ScreenId::Search);
  measure("search");
  app.session().form.firstName = "Amélie";
  app.navigate(ScreenId::Form);
  measure("form");
  app.navigate(ScreenId::Thanks);
  measure("thanks");
  emitDistribution("frames.all", all);
  emit("frames.worst_screen_p99_ms", worstP99);
  emit("frames.count", static_cast<double>(all.size()));
  return 0;
}

}  // namespace vitrine::bench
