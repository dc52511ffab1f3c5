// The visitor file the kiosk creates is private from birth, whichever code opens it first.
#include <doctest.h>
#include <sys/stat.h>

#include "app_settings.h"
#include "ui_driver.h"

namespace fs = std::filesystem;

namespace {

unsigned modeOf(const fs::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

}  // namespace

TEST_CASE("the kiosk's visitor file, its WAL and shm are 0600 under umask 022") {
  const mode_t old = ::umask(022);
  auto dir = vitrine::test::freshDir("private");
  vitrine::AppConfig config = vitrine::test::demoConfig(dir);
  vitrine::applySavedSettings(config);  // what main() does first: the settings read the file
  {
    vitrine::test::Driver d(config);
    d.tap("attract");  // a visit: statistics are written when the UI rests
    d.tap("home.careers");
    d.app.settle();
    const fs::path db = config.storePath;
    CHECK(modeOf(db) == 0600);
    CHECK(modeOf(db.string() + "-wal") == 0600);
    CHECK(modeOf(db.string() + "-shm") == 0600);
  }
  ::umask(old);
  vitrine::test::removeDir(dir);
}
