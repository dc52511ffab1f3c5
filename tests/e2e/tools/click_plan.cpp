// Plans real clicks for an end-to-end test: replays a journey on the headless app (same code,
// same layout, same fonts as the kiosk at that screen size) and prints where each tap landed,
// "x y name" per line, for xdotool to click on the real kiosk.
//   click_plan <pack> <width> <height> <step>...
// A step is a touch target's name ("field.email"), "first:<prefix>" (the first target whose
// name starts with it), or "type:<text>" (one key per UTF-8 character, " " is the space bar).
#include <cstdio>
#include <iostream>
#include <string>

#include "app.h"
#include "null_platform.h"

namespace {

size_t utf8Len(unsigned char c) {
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

bool tap(vitrine::App& app, vitrine::platform::NullPlatform& p, const std::string& name) {
  app.settle(10);
  auto at = app.hits().find(name);
  if (!at) {
    std::cerr << "click_plan: no target \"" << name << "\" on screen "
              << static_cast<int>(app.screen()) << "\n";
    return false;
  }
  std::printf("%d %d %s\n", static_cast<int>(at->x), static_cast<int>(at->y), name.c_str());
  p.pointer(at->x, at->y, false);
  p.pointer(at->x, at->y, true);
  p.pointer(at->x, at->y, false);
  while (p.pendingInput()) app.frame();
  app.settle(10);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: click_plan <pack> <width> <height> <step>...\n";
    return 2;
  }
  const auto dir = std::filesystem::temp_directory_path() / "vitrine-click-plan";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  vitrine::AppConfig config;
  config.packPath = argv[1];
  config.storePath = dir / "visitors.db";
  config.fontDir = VITRINE_FONT_DIR;
  vitrine::platform::NullPlatform platform(std::stoi(argv[2]), std::stoi(argv[3]));
  int status = 0;
  {
    vitrine::App app(platform, config);
    app.settle();
    for (int i = 4; i < argc && status == 0; ++i) {
      const std::string step = argv[i];
      if (step.rfind("type:", 0) == 0) {
        const std::string text = step.substr(5);
        for (size_t k = 0; k < text.size() && status == 0;) {
          const size_t n = utf8Len(static_cast<unsigned char>(text[k]));
          const std::string ch = text.substr(k, n);
          if (!tap(app, platform, ch == " " ? "key:space" : "key:" + ch)) status = 1;
          k += n;
        }
      } else if (step.rfind("first:", 0) == 0) {
        std::string found;
        app.settle(10);
        for (const auto& name : app.hits().names())
          if (name.rfind(step.substr(6), 0) == 0) {
            found = name;
            break;
          }
        if (found.empty() || !tap(app, platform, found)) status = 1;
      } else if (!tap(app, platform, step)) {
        status = 1;
      }
    }
  }
  std::filesystem::remove_all(dir);
  return status;
}
