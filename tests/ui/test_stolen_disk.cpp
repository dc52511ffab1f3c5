// A stolen kiosk reveals no one: the real App takes 100 submissions, then every byte it left on
// the disk (visitor file, WAL, shm, log, temporary files) is searched for every personal value.
#include <stdlib.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <random>
#include <set>

#include "consent.h"
#include "demo_keys.h"
#include "log.h"
#include "sealing.h"
#include "store.h"
#include "temp_dir.h"
#include "ui_driver.h"
#include "validation.h"

using vitrine::ScreenId;
using vitrine::test::Driver;
namespace fs = std::filesystem;

namespace {

struct Visitor {
  std::string firstName, email, phone, postalCode, message;
  std::set<std::string> orgs;  // the boxes ticked
};

// Distinct, realistic-looking values none of which can occur by chance in ids or timestamps.
Visitor makeVisitor(int i) {
  static const char* syllables[] = {"zé", "ma", "lo", "ïs", "ra", "né", "ti", "bou", "ça", "ky"};
  Visitor v;
  std::string name = std::string(syllables[i % 10]) + syllables[(i / 10) % 10] + "line";
  name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  v.firstName = name + (i % 3 == 0 ? "-Œdile" : "");
  v.email = "visiteur.x" + std::to_string(1000 + i) + "@exemple-borne.be";
  v.phone = "0470 " + std::to_string(300 + i) + " " + std::to_string(410 + i % 90);
  const char a = static_cast<char>('A' + i % 26), b = static_cast<char>('A' + (i / 26) % 26);
  v.postalCode = std::string("G") + a + "R " + std::to_string(i % 10) + b + "Q";
  v.message = "Stage de fin d'études n°" + std::to_string(i) + " près de Liège, merci !";
  return v;
}

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}
std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// UTF-16 (little- or big-endian) of a UTF-8 string (BMP only: our values).
std::string utf16(const std::string& s, bool bigEndian) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    unsigned cp = c;
    size_t n = 1;
    if (c >= 0xE0) {
      cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu);
      n = 3;
    } else if (c >= 0xC0) {
      cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu);
      n = 2;
    }
    const char hi = static_cast<char>(cp >> 8), lo = static_cast<char>(cp & 0xFF);
    out += bigEndian ? hi : lo;
    out += bigEndian ? lo : hi;
    i += n;
  }
  return out;
}

// Every file under `dir`, recursively, with its bytes.
std::map<fs::path, std::string> everyFile(const fs::path& dir) {
  std::map<fs::path, std::string> out;
  for (const auto& f : fs::recursive_directory_iterator(dir))
    if (f.is_regular_file()) out[f.path()] = vitrine::test::fileBytes(f.path());
  return out;
}

// The hits of every personal value, in every form a forensic search would try.
std::vector<std::string> hits(const fs::path& dir, const std::vector<Visitor>& visitors) {
  auto files = everyFile(dir);
  std::map<fs::path, std::string> folded;  // case-folded search: every file's bytes lowered too
  for (const auto& [path, bytes] : files) folded[path] = lower(bytes);
  std::vector<std::string> found;
  for (const auto& v : visitors) {
    std::vector<std::string> values = {v.firstName,  v.email,   v.phone,
                                       v.postalCode, v.message, vitrine::toE164(v.phone, "BE")};
    for (const auto& value : values) {
      for (const std::string& form : {value, lower(value), upper(value), utf16(value, false),
                                      utf16(value, true), utf16(lower(value), false)}) {
        for (const auto& [path, bytes] : files)
          if (bytes.find(form) != std::string::npos ||
              folded[path].find(lower(form)) != std::string::npos)
            found.push_back(path.filename().string() + ": " + value);
      }
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

void submit(Driver& d, const Visitor& v, const std::vector<std::string>& offers, std::mt19937& rng,
            std::set<std::string>& ticked) {
  d.tap("attract");
  d.app.session().offers = offers;  // Ma sélection, as "Ça m'intéresse" would fill it
  d.tap("selection");
  REQUIRE(d.app.screen() == ScreenId::Form);
  d.tap("profile:jobseeker");
  auto& form = d.app.session().form;
  form.firstName = v.firstName;
  form.email = v.email;
  form.phone = v.phone;
  form.postalCode = v.postalCode;
  form.message = v.message;
  d.tap("form.next");
  REQUIRE(form.step == 2);
  auto targets = vitrine::ui::consentTargets(d.app.catalogue(), d.app.session());
  REQUIRE_FALSE(targets.empty());
  std::shuffle(targets.begin(), targets.end(), rng);
  const size_t n = 1 + rng() % targets.size();
  for (size_t k = 0; k < n; ++k) {
    d.tap("consent:" + targets[k]->id);
    ticked.insert(targets[k]->id);
  }
  d.tap("send");
  REQUIRE(d.app.screen() == ScreenId::Thanks);
  d.platform.advance(200);  // the visitor walks away: idle reset to the attract loop
  d.app.frame();
  d.app.settle(10);
  REQUIRE(d.app.screen() == ScreenId::Attract);
}

}  // namespace

TEST_CASE(
    "stolen disk: 100 visitors' contact details are nowhere in clear; each key opens its own") {
  const fs::path dir = vitrine::test::freshDir("stolen");
  fs::create_directories(dir / "tmp");
  ::setenv("SQLITE_TMPDIR", (dir / "tmp").c_str(), 1);
  ::setenv("TMPDIR", (dir / "tmp").c_str(), 1);
  vitrine::log::Options logOptions;
  logOptions.file = dir / "kiosk.log";
  logOptions.echoToStderr = false;
  vitrine::log::init("kiosk", logOptions);

  std::mt19937 rng(1717);
  std::vector<Visitor> visitors;
  {
    Driver d(vitrine::test::demoConfig(dir));
    const auto& offers = d.app.catalogue().offers;
    for (int i = 0; i < 100; ++i) {
      Visitor v = makeVisitor(i);
      std::vector<std::string> chosen;
      for (int k = 0; k < 1 + i % 3; ++k) chosen.push_back(offers[rng() % offers.size()].id);
      submit(d, v, chosen, rng, v.orgs);
      CHECK(d.app.session().form.email.empty());
      visitors.push_back(v);
    }
    // Stolen while running: the WAL and shm are there.
    CHECK(fs::exists(dir / "visitors.db-wal"));
    CHECK(hits(dir, visitors) == std::vector<std::string>{});
  }
  vitrine::log::init("kiosk", logOptions);      // flushed and closed
  CHECK(fs::file_size(dir / "kiosk.log") > 0);  // the kiosk did log: nothing personal in it
  CHECK(hits(dir, visitors) == std::vector<std::string>{});
  {
    // The search itself works: one value in UTF-16, upper case, in a stray file is found.
    std::ofstream stray(dir / "tmp" / "stray.bin", std::ios::binary);
    stray << utf16(upper(visitors[42].email), true);
  }
  CHECK(hits(dir, visitors) == std::vector<std::string>{"stray.bin: " + visitors[42].email});
  fs::remove(dir / "tmp" / "stray.bin");

  // At each organisation's office: its key opens exactly the visitors who ticked its box.
  auto store = vitrine::VisitorStore::openForReading(dir / "visitors.db");
  REQUIRE(store.leads().size() == 100);
  std::set<std::string> orgs;
  for (const auto& v : visitors) orgs.insert(v.orgs.begin(), v.orgs.end());
  REQUIRE(orgs.size() >= 5);
  for (const auto& org : orgs) {
    CAPTURE(org);
    auto leads = vitrine::test::openedLeadsFor(store, org);
    std::set<std::string> got, expected;
    for (const auto& l : leads) {
      const auto& p = l.submission.personal;
      got.insert(p.email);
      const auto it = std::find_if(visitors.begin(), visitors.end(),
                                   [&](const Visitor& v) { return v.email == p.email; });
      REQUIRE(it != visitors.end());
      CHECK(p.firstName == it->firstName);
      CHECK(p.phone == vitrine::toE164(it->phone, "BE"));
      CHECK(p.postalCode == it->postalCode);
      CHECK(p.message == it->message);
    }
    for (const auto& v : visitors)
      if (v.orgs.count(org)) expected.insert(v.email);
    CHECK(got == expected);
    // Another organisation's key opens none of them.
    const std::string other = org == *orgs.begin() ? *orgs.rbegin() : *orgs.begin();
    auto sealed = store.leadsFor(org);
    CHECK(vitrine::openLeads(sealed, org,
                             vitrine::readOrgSecretKey(vitrine::test::demoSecretKey(other))) ==
          static_cast<int>(sealed.size()));
    for (const auto& l : sealed) CHECK(l.submission.personal.email.empty());
  }
  vitrine::test::removeDir(dir);
}
