// kiosk: opens the window and runs the visitor UI; --tour takes a screenshot of every screen.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <string>

#include "app.h"
#include "instance_lock.h"
#include "platform.h"

namespace {

struct Args {
  vitrine::AppConfig app;
  vitrine::platform::Options window;
  std::string tourDir;
  bool startHome = false;  // --start-screen home: skip the attract loop (benchmarks, demos)
};

const char* kUsage =
    "usage: kiosk --pack <file.kpack> [--store <visitors.db>] [--windowed] [--size WxH]\n"
    "             [--idle <seconds>] [--event <tag>] [--kiosk-id <id>] [--country BE|FR|CH]\n"
    "             [--fonts <dir>] [--keyboard azerty|qwertz|qwerty] [--start-screen attract|home]\n"
    "             --packs <dir>  instead of --pack: runs current.kpack, switches new ones safely\n"
    "             [--tour <dir>]   take a screenshot of every screen into <dir> and exit\n";

Args parse(int argc, char** argv) {
  Args a;
  a.app.fontDir = VITRINE_FONT_DIR;
  a.app.storePath = "visitors.db";
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw std::invalid_argument(k + " needs a value");
      return argv[++i];
    };
    if (k == "--pack") a.app.packPath = value();
    else if (k == "--packs") a.app.packsDir = value();  // current.kpack + safe updates
    else if (k == "--store") a.app.storePath = value();
    else if (k == "--fonts") a.app.fontDir = value();
    else if (k == "--idle") a.app.idleSeconds = std::stod(value());
    else if (k == "--event") a.app.eventTag = value();
    else if (k == "--kiosk-id") a.app.kioskId = value();
    else if (k == "--country") a.app.country = value();
    else if (k == "--keyboard") a.app.keyboard = value();  // azerty | qwertz | qwerty
    else if (k == "--windowed") a.window.fullscreen = false;
    else if (k == "--tour") a.tourDir = value();
    else if (k == "--start-screen") {
      std::string v = value();
      if (v != "attract" && v != "home") throw std::invalid_argument("--start-screen: attract|home");
      a.startHome = v == "home";
    }
    else if (k == "--size") {
      std::string v = value();
      if (std::sscanf(v.c_str(), "%dx%d", &a.window.width, &a.window.height) != 2)
        throw std::invalid_argument("--size wants WIDTHxHEIGHT, e.g. 1920x1080");
    } else {
      throw std::invalid_argument("unknown option " + k);
    }
  }
  if (a.app.packPath.empty() == a.app.packsDir.empty())
    throw std::invalid_argument("give either --pack <file> or --packs <dir>");
  return a;
}

void shoot(vitrine::App& app, vitrine::platform::Platform& platform, const std::string& dir,
           const std::string& name) {
  app.settle();
  std::string error;
  std::string path = dir + "/" + name + ".png";
  if (platform.saveScreenshot(path, error))
    std::cout << path << "\n";
  else
    std::cerr << "screenshot failed: " << error << "\n";
}

// A scripted visit through every screen, for the README and for a first look without a screen.
int tour(vitrine::App& app, vitrine::platform::Platform& platform, const std::string& dir) {
  using vitrine::ScreenId;
  auto& s = app.session();
  const auto& cat = app.catalogue();
  shoot(app, platform, dir, "01-attract");
  app.navigate(ScreenId::Home);
  shoot(app, platform, dir, "02-home");
  app.navigate(ScreenId::Careers);
  shoot(app, platform, dir, "03-careers");
  if (!cat.careers.empty()) {
    s.careerId = cat.careers.front().id;
    s.careers.push_back(s.careerId);
    app.navigate(ScreenId::CareerDetail);
    shoot(app, platform, dir, "04-career");
  }
  app.navigate(ScreenId::Offers);
  shoot(app, platform, dir, "05-offers");
  if (!cat.offers.empty()) {
    s.offerId = cat.offers.front().id;
    s.offers.push_back(s.offerId);
    app.navigate(ScreenId::OfferDetail);
    shoot(app, platform, dir, "06-offer");
  }
  s.form.profile = "student";
  s.form.firstName = "Amélie";
  s.form.email = "amelie.dubois@exemple.be";
  s.form.active = vitrine::Field::Email;
  app.navigate(ScreenId::Form);
  shoot(app, platform, dir, "07-form");
  s.lastSubmissionHadContact = true;
  app.navigate(ScreenId::Thanks);
  shoot(app, platform, dir, "08-thanks");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  try {
    args = parse(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "kiosk: " << e.what() << "\n" << kUsage;
    return 2;
  }
  try {
    if (!args.tourDir.empty()) args.window.fullscreen = false;
    // Two kiosks on one store would fight over the screen and the file: the second one leaves.
    std::filesystem::path lockFile = args.app.storePath;
    lockFile += ".lock";
    vitrine::InstanceLock lock(lockFile);
    if (!lock.held()) {
      std::cerr << "kiosk: " << lock.error() << "\n";
      return 3;
    }
    auto platform = vitrine::platform::makeGlfwPlatform(args.window);
    vitrine::App app(*platform, args.app);
    if (!args.tourDir.empty()) return tour(app, *platform, args.tourDir);
    if (args.startHome) app.navigate(vitrine::ScreenId::Home);
    double wait = 0.0;
    // Lockdown: in fullscreen a close request from the window system is ignored.
    for (;;) {
      if (!platform->waitForEvents(wait) && !args.window.fullscreen) return 0;
      wait = app.frame();
    }
  } catch (const std::exception& e) {
    std::cerr << "kiosk: " << e.what() << "\n";
    return 1;
  }
}
