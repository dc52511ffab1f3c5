// vitrine_bench_background: wall time of each frame while heavy work is due, headless: a large
// pack dropped into the packs folder during a scripted visit, and a staff export to a USB folder
// whose every fsync is slowed (the file-system seam, tests/support/slow_fs.h). Prints "key value"
// lines (p50/p99/max in ms). Uses only App's public face, so that the same file measures the
// code before the work moved to workers (issue 21) and after.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "app.h"
#include "measure.h"
#include "null_platform.h"
#include "slow_fs.h"
#include "staff_pin.h"
#include "store.h"

namespace fs = std::filesystem;
using namespace vitrine;

namespace {

// One frame, its wall time; then the rest of `pace` seconds of real time passes (a kiosk draws
// about 20 frames a second while something moves), so that the workers run beside the frames
// as they would on the kiosk. The platform clock moves by `step`.
double timedFrame(App& app, platform::NullPlatform& p, double step, double pace = 0.05) {
  p.advance(step);
  const double t0 = bench::wallMs();
  app.frame();
  const double ms = bench::wallMs() - t0;
  if (ms < pace * 1000)
    std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(pace * 1000 - ms));
  return ms;
}

bool tapTarget(App& app, platform::NullPlatform& p, const std::string& name,
               std::vector<double>& ms) {
  auto c = app.hits().find(name);
  if (!c) return false;
  p.pointer(c->x, c->y, false);
  p.pointer(c->x, c->y, true);
  p.pointer(c->x, c->y, false);
  while (p.pendingInput()) ms.push_back(timedFrame(app, p, 0.016));
  return true;
}

void report(const std::string& key, const std::vector<double>& ms) {
  bench::emitDistribution(key, ms);
  bench::emit(key + "_frames", static_cast<double>(ms.size()));
}

// A visitor browses careers and offers while a big pack is copied into the folder; then the
// visitor leaves and the kiosk switches to it on the attract loop.
int packDrop(const fs::path& bigPack, const fs::path& smallPack, const fs::path& dir) {
  fs::remove_all(dir);
  fs::create_directories(dir / "packs");
  fs::copy_file(smallPack, dir / "packs" / "current.kpack");
  platform::NullPlatform p(1920, 1080);
  AppConfig c;
  c.packsDir = dir / "packs";
  c.storePath = dir / "visitors.db";
  c.fontDir = VITRINE_FONT_DIR;
  c.idleSeconds = 60;
  App app(p, c);
  app.settle();
  const std::string before = app.catalogue().meta.packId;
  std::vector<double> ms;
  tapTarget(app, p, "attract", ms);
  fs::copy_file(bigPack, dir / "packs" / "drop.kpack");
  // 15 s of visit at 20 frames a second: the folder is looked at every 3 s, so the pack is
  // checked in the middle; taps between Home and the careers list keep the visitor busy.
  for (int i = 0; i < 300; ++i) {
    if (i % 40 == 0) tapTarget(app, p, i % 80 == 0 ? "home.careers" : "back", ms);
    ms.push_back(timedFrame(app, p, 0.05));
  }
  std::vector<double> visit = ms;
  // The visitor leaves: idle reset, then the switch on the attract loop.
  for (int i = 0; i < 400 && app.catalogue().meta.packId == before; ++i)
    ms.push_back(timedFrame(app, p, 1.0));
  report("pack_drop_visit_frame_ms", visit);
  report("pack_drop_all_frame_ms", ms);
  bench::emit("pack_drop_switched", app.catalogue().meta.packId != before ? 1 : 0);
  return 0;
}

// Staff exports 40 leads (one file per organisation) to a folder whose fsyncs take `delayMs`.
int slowExport(const fs::path& pack, const fs::path& dir, int delayMs) {
  fs::remove_all(dir);
  fs::create_directories(dir / "usb");
  StaffPin(dir / "visitors.db").set("2468");
  platform::NullPlatform p(1920, 1080);
  AppConfig c;
  c.packPath = pack;
  c.storePath = dir / "visitors.db";
  c.exportDir = dir / "usb";
  c.fontDir = VITRINE_FONT_DIR;
  App app(p, c);
  app.settle();
  const auto& orgs = app.catalogue().organisations;
  for (int i = 0; i < 40; ++i) {
    Submission s;
    s.profile = "student";
    s.consent = true;
    s.consentOrgIds = {orgs[static_cast<size_t>(i) % orgs.size()].id};
    s.personal.email = "visiteur" + std::to_string(i) + "@exemple.be";
    app.store()->save(s, app.catalogue().meta.packId);
  }
  std::vector<double> ms;
  // The hidden gesture (long press top-left, then three corners), the PIN, the export page.
  p.pointer(10, 10, false);
  p.pointer(10, 10, true);
  app.frame();
  app.frame();
  p.advance(3.2);
  p.pointer(10, 10, true);
  p.pointer(10, 10, false);
  while (p.pendingInput()) app.frame();
  for (auto [x, y] : {std::pair{1910.f, 10.f}, {1910.f, 1070.f}, {10.f, 1070.f}}) {
    p.pointer(x, y, false);
    p.pointer(x, y, true);
    p.pointer(x, y, false);
    while (p.pendingInput()) app.frame();
  }
  app.settle(10);
  std::vector<double> unused;
  for (const char* key : {"key:2", "key:4", "key:6", "key:8"}) tapTarget(app, p, key, unused);
  if (app.screen() == ScreenId::StaffPin) tapTarget(app, p, "staff.pin.ok", unused);
  app.settle(10);
  if (!tapTarget(app, p, "staff.export", unused)) {
    std::fprintf(stderr, "bench: staff mode did not open (screen %d)\n",
                 static_cast<int>(app.screen()));
    return 1;
  }
  test::SlowFs stick(
      [&](const std::string& path) { return path.rfind((dir / "usb").string(), 0) == 0; },
      std::chrono::milliseconds(delayMs));
  const double t0 = bench::wallMs();
  tapTarget(app, p, "staff.export.to:0", ms);
  for (int i = 0; i < 2000 && app.staff().exportMessage().empty(); ++i)
    ms.push_back(timedFrame(app, p, 0.05));
  for (int i = 0; i < 5; ++i) ms.push_back(timedFrame(app, p, 0.05));
  bench::emit("export_wall_ms", bench::wallMs() - t0);
  bench::emit("export_fsyncs", stick.matchingFsyncs());
  bench::emit("export_ok", app.staff().lastExport().ok ? 1 : 0);
  report("export_slow_frame_ms", ms);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr,
                 "usage: vitrine_bench_background <big.kpack> <small.kpack> <scratch-dir> "
                 "<fsync-delay-ms>\n");
    return argc == 2 && std::string(argv[1]) == "--help" ? 0 : 2;
  }
  fs::path dir = argv[3];
  int rc = packDrop(argv[1], argv[2], dir / "drop");
  return rc ? rc : slowExport(argv[2], dir / "export", std::atoi(argv[4]));
}
