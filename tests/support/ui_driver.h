// A small UI driver for headless tests: builds the demo pack, runs the real App on the null
// platform, and taps named touch targets with a virtual finger.
#pragma once

#include <doctest.h>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "app.h"
#include "null_platform.h"
#include "pack_builder.h"
#include "screens/screens.h"

namespace vitrine::test {

inline std::filesystem::path freshDir(const std::string& tag) {
  std::random_device rd;
  auto dir = std::filesystem::temp_directory_path() /
             ("vitrine-" + tag + "-" + std::to_string(rd()) + std::to_string(rd()));
  std::filesystem::create_directories(dir);
  return dir;
}

// Removes a test's folder at its end. The app under test may still be writing there (the packs
// folder's poll, a statistics row, a WAL file), so a file may appear while the folder is emptied:
// cleaning up never fails a test (that is not what it checks); a few tries, then it is /tmp's.
inline void removeDir(const std::filesystem::path& dir) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    if (!ec) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

// The demo pack, built once per test process from content/demo.
inline std::filesystem::path demoPack() {
  static const std::filesystem::path pack = [] {
    auto p = freshDir("pack") / "demo.kpack";
    auto problems = buildPack(VITRINE_SOURCE_DIR "/content/demo", p);
    for (const auto& d : problems) MESSAGE(d.str());
    REQUIRE(errorCount(problems) == 0);  // a warning (e.g. a deadline now past) still builds
    return p;
  }();
  return pack;
}

// A kiosk on the demo pack with its visitor store in `dir`.
inline AppConfig demoConfig(const std::filesystem::path& dir) {
  AppConfig c;
  c.packPath = demoPack();
  c.storePath = dir / "visitors.db";
  return c;
}

// For Driver: the app's wall clock starts at noon (local time) on a fixed day and runs with the
// null platform's clock. A test that counts « today » then gives the same answer at any hour: on
// the real clock, the minutes it advances could carry its visits past midnight.
struct AtNoon {};

class Driver {
 public:
  explicit Driver(AppConfig config, int width = 1920, int height = 1080)
      : platform(width, height), app(platform, withFonts(std::move(config))) {
    app.settle();
  }
  Driver(AppConfig config, AtNoon)
      : platform(1920, 1080), app(platform, withFonts(atNoon(std::move(config), platform))) {
    app.settle();
  }

  // Press and release on a named target, like a quick finger tap.
  void tap(const std::string& name) {
    app.settle(10);
    auto c = app.hits().find(name);
    INFO("target: " << name << " on screen " << static_cast<int>(app.screen()));
    REQUIRE(c.has_value());
    platform.pointer(c->x, c->y, false);
    platform.pointer(c->x, c->y, true);
    platform.pointer(c->x, c->y, false);
    flush();
  }

  // Press at `from`, move by `dy` in steps, release: a scroll gesture.
  void drag(ImVec2 from, float dy, int steps = 12) {
    platform.pointer(from.x, from.y, false);
    platform.pointer(from.x, from.y, true);
    for (int i = 1; i <= steps; ++i) platform.pointer(from.x, from.y + dy * i / steps, true);
    platform.pointer(from.x, from.y + dy, false);
    flush();
  }

  void type(const std::string& keys) {  // each UTF-8 character is a key name
    for (size_t i = 0; i < keys.size();) {
      size_t len = 1;
      unsigned char c = static_cast<unsigned char>(keys[i]);
      if (c >= 0xF0)
        len = 4;
      else if (c >= 0xE0)
        len = 3;
      else if (c >= 0xC0)
        len = 2;
      tap("key:" + keys.substr(i, len));
      i += len;
    }
  }

  bool visible(const std::string& name) { return app.hits().find(name).has_value(); }

  // Both targets are on screen and `upper` is drawn higher than `lower` (list order).
  bool above(const std::string& upper, const std::string& lower) {
    auto a = app.hits().find(upper), b = app.hits().find(lower);
    INFO(upper << " above " << lower);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    return a->y < b->y;
  }

  void flush() {
    while (platform.pendingInput()) app.frame();
    app.settle(10);
  }

  platform::NullPlatform platform;
  App app;

 private:
  static AppConfig atNoon(AppConfig c, const platform::NullPlatform& p) {
    std::tm day{};
    day.tm_year = 2026 - 1900, day.tm_mon = 2, day.tm_mday = 10, day.tm_hour = 12;
    day.tm_isdst = -1;
    const double noon = static_cast<double>(std::mktime(&day)), start = p.now();
    c.wallClock = [&p, noon, start] { return noon + (p.now() - start); };
    return c;
  }
  static AppConfig withFonts(AppConfig c) {
    if (c.fontDir.empty()) c.fontDir = VITRINE_FONT_DIR;
    return c;
  }
};

// The hidden staff gesture on a 1920x1080 screen: a long press in the top-left corner, then
// taps top-right, bottom-right, bottom-left. The PIN pad follows when a PIN is set.
// A consenting student's lead for the pack's first organisation, saved straight into the store
// (as the form would); returns that organisation's id.
inline std::string saveLead(Driver& d, const std::string& email = "ines@exemple.be") {
  const auto& org = d.app.catalogue().organisations.front();
  Submission s;
  s.profile = "student";
  s.consent = true;
  s.consentOrgIds = {org.id};
  s.personal.firstName = "Inès";
  s.personal.email = email;
  d.app.store()->save(s, d.app.catalogue().meta.packId);
  return org.id;
}

// A visitor at the form's consent step, with the first stage (or every stage) chosen and `email`
// typed; returns the organisations it offers a consent box for (at least one).
inline std::vector<const Organisation*> toConsentStep(Driver& d,
                                                      const std::string& email = "zoe@exemple.be",
                                                      bool everyStage = false) {
  for (const auto& o : d.app.catalogue().offers) {
    d.app.session().offers.push_back(o.id);
    if (!everyStage) break;
  }
  d.app.session().form.email = email;
  d.app.navigate(ScreenId::Form);
  d.app.settle();
  d.tap("form.next");
  REQUIRE(d.app.session().form.step == 2);
  auto targets = ui::consentTargets(d.app.catalogue(), d.app.session());
  REQUIRE(!targets.empty());
  return targets;
}

inline void staffGesture(Driver& d) {
  auto& p = d.platform;
  p.pointer(10, 10, false);
  p.pointer(10, 10, true);
  d.app.frame();
  d.app.frame();
  p.advance(3.2);
  p.pointer(10, 10, true);
  p.pointer(10, 10, false);
  d.flush();
  for (ImVec2 c : {ImVec2(1910, 10), ImVec2(1910, 1070), ImVec2(10, 1070)}) {
    p.pointer(c.x, c.y, false);
    p.pointer(c.x, c.y, true);
    p.pointer(c.x, c.y, false);
    d.flush();
  }
}

// The hidden gesture, then the PIN (set beforehand with StaffPin(store).set(pin)).
inline void enterStaff(Driver& d, const std::string& pin = "2468") {
  staffGesture(d);
  REQUIRE(d.app.screen() == ScreenId::StaffPin);
  d.type(pin);
  d.tap("staff.pin.ok");
  REQUIRE(d.app.screen() == ScreenId::Staff);
}

}  // namespace vitrine::test
