// `kioskctl stats report` as HTML or PNG from one set of figures, and `kioskctl leads merge`
// carrying the anonymous statistics without counting anything twice.
#include <doctest.h>

#include <cstdlib>
#include <ctime>
#include <optional>

#include "image.h"
#include "messages_language.h"
#include "report_figures.h"
#include "report_png.h"
#include "sqlite.h"
#include "stats.h"
#include "store.h"
#include "test_store_helpers.h"
#include "theme.h"

namespace fs = std::filesystem;
using storetest::runCtl;
using storetest::runLeads;
using storetest::TempDir;
using vitrine::StatEvent;
using vitrine::VisitorStore;

namespace {

// Reports read hours on this machine's clock: each test says which time zone that is. POSIX rules
// rather than zone names, so no time zone database is needed.
class ScopedTimeZone {
 public:
  explicit ScopedTimeZone(const char* rule) {
    if (const char* tz = std::getenv("TZ")) saved_ = tz;
    setenv("TZ", rule, 1);
    tzset();
  }
  ~ScopedTimeZone() {
    if (saved_) setenv("TZ", saved_->c_str(), 1);
    else unsetenv("TZ");
    tzset();
  }

 private:
  std::optional<std::string> saved_;
};

// A kiosk's store holding exactly `events` (stamped as given, unlike Stats::record's "now").
void storeWith(const fs::path& db, const std::string& kiosk, std::vector<StatEvent> events) {
  VisitorStore store(db, kiosk, "salon");
  vitrine::sql::Database raw(db, vitrine::sql::Mode::ReadWriteCreate);
  vitrine::sql::Transaction tx(raw);
  vitrine::ensureEventsTable(raw);
  int n = 0;
  for (auto& e : events) {
    e.kioskId = kiosk;
    e.id = kiosk + "/" + std::to_string(++n);
  }
  vitrine::insertEvents(raw, events);
  tx.commit();
}

// Three sessions at 9h, one at 14h (UTC, and so in the tests that use UTC as the local time); five touches in cell (3,2), one in (10,7).
std::vector<StatEvent> dayOfEvents() {
  std::vector<StatEvent> e;
  for (const char* at : {"2026-11-23T09:05:00Z", "2026-11-23T09:30:00Z", "2026-11-23T09:59:00Z",
                         "2026-11-23T14:10:00Z"})
    e.push_back({at, "session_start", "", 0});
  for (int i = 0; i < 5; ++i) e.push_back({"2026-11-23T09:06:00Z", "touch", "3,2", 0});
  e.push_back({"2026-11-23T14:11:00Z", "touch", "10,7", 0});
  e.push_back({"2026-11-23T09:07:00Z", "career_view", "educateur-specialise", 0});
  e.push_back({"2026-11-23T09:08:00Z", "search", "puériculture", 0});
  e.push_back({"2026-11-23T09:09:00Z", "rating", "", 3});
  e.push_back({"2026-11-23T09:10:00Z", "form_submit", "", 0});
  return e;
}

vitrine::ui::Palette palette() {
  return vitrine::ui::color::kStandard;
}

// The colour at the centre of a box of the report, as 0xAABBGGRR like the palette.
uint32_t colourAt(const vitrine::Image& img, float x, float y) {
  const size_t at =
      (static_cast<size_t>(y) * static_cast<size_t>(img.width) + static_cast<size_t>(x)) * 4;
  return uint32_t{img.rgba[at]} | uint32_t{img.rgba[at + 1]} << 8 |
         uint32_t{img.rgba[at + 2]} << 16 | uint32_t{img.rgba[at + 3]} << 24;
}

vitrine::Image readPng(const fs::path& file) {
  std::string bytes = storetest::fileBytes(file);
  std::string error;
  vitrine::Image img =
      vitrine::decodeImage(std::vector<uint8_t>(bytes.begin(), bytes.end()), error);
  INFO(error);
  REQUIRE_FALSE(img.empty());
  return img;
}

}  // namespace

TEST_CASE("the PNG report shows the hours with sessions and where the touches were") {
  ScopedTimeZone utc("UTC0");
  TempDir dir;
  const fs::path db = dir.path / "visitors.db", png = dir.path / "rapport.png";
  storeWith(db, "borne-a", dayOfEvents());
  auto r = runCtl(vitrine::ctl::stats, {"report", db.string(), "-o", png.string()});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const vitrine::Image img = readPng(png);
  CHECK(img.width == vitrine::reportpng::kWidth);
  CHECK(img.height == vitrine::reportpng::kHeight);

  // A bar stands on the baseline for 9h and 14h, none for the hours nobody came.
  using vitrine::reportpng::hourSlot;
  for (int hour : {9, 14}) {
    auto slot = hourSlot(hour);
    CAPTURE(hour);
    CHECK(colourAt(img, slot.x + slot.w / 2, slot.y + slot.h - 2) == palette().teal);
  }
  for (int hour : {3, 10, 13, 23}) {
    auto slot = hourSlot(hour);
    CAPTURE(hour);
    CHECK(colourAt(img, slot.x + slot.w / 2, slot.y + slot.h - 2) == palette().cream);
  }
  // 9h has three times the sessions of 14h: its bar is the taller one.
  auto barTop = [&](int hour) {
    auto slot = hourSlot(hour);
    float y = slot.y + slot.h - 2;
    while (y > slot.y && colourAt(img, slot.x + slot.w / 2, y - 1) == palette().teal) --y;
    return y;
  };
  CHECK(barTop(9) < barTop(14) - 100);

  // The hottest cell of the heatmap is where the five touches were, in the deepest colour.
  using vitrine::reportpng::heatCell;
  auto centre = [&](int col, int row) {
    auto b = heatCell(col, row);
    return colourAt(img, b.x + b.w / 2, b.y + b.h / 2);
  };
  CHECK(centre(3, 2) == palette().terracottaDeep);
  CHECK(centre(10, 7) != palette().terracottaDeep);
  CHECK(centre(10, 7) != palette().sand);  // touched once: shaded, lighter
  CHECK(centre(0, 0) == palette().sand);   // never touched
}

TEST_CASE("the HTML and PNG reports count from the same figures; other names are refused") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  ScopedTimeZone utc("UTC0");
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  storeWith(db, "borne-a", dayOfEvents());
  auto figures = vitrine::reportFigures(VisitorStore::openForReading(db).events(), db.string());
  CHECK(figures.sessions == 4);
  CHECK(figures.sessionsByHour[9] == 3);
  CHECK(figures.sessionsByHour[14] == 1);
  CHECK(figures.touches[2][3] == 5);
  CHECK(figures.hottestTouches() == 5);
  CHECK(figures.ratings[2] == 1);
  CHECK(figures.formsSent == 1);
  REQUIRE(figures.misses.size() == 1);
  CHECK(figures.misses[0].first == "puériculture");

  auto html =
      runCtl(vitrine::ctl::stats, {"report", db.string(), "-o", (dir.path / "r.html").string()});
  REQUIRE(html.status == 0);
  const std::string page = storetest::fileBytes(dir.path / "r.html");
  CHECK(page.find("<h2>Recherches sans résultat</h2>") != std::string::npos);
  CHECK(page.find(">puériculture</text>") != std::string::npos);
  CHECK(page.find(">09h</text>") != std::string::npos);

  auto bad =
      runCtl(vitrine::ctl::stats, {"report", db.string(), "-o", (dir.path / "r.pdf").string()});
  CHECK(bad.status == 2);
  CHECK(bad.err.find(".html ou .png") != std::string::npos);
  CHECK_FALSE(fs::exists(dir.path / "r.pdf"));
}

TEST_CASE("reports count days and hours on the local clock, as the stand manager reads it") {
  ScopedTimeZone brussels("CET-1CEST,M3.5.0,M10.5.0/3");  // winter: UTC+1
  std::vector<StatEvent> events;
  events.push_back({"2026-11-23T09:05:00Z", "session_start", "", 0});  // 10h05 in Brussels
  events.push_back({"2026-11-23T23:30:00Z", "session_start", "", 0});  // 00h30 the next day
  const auto figures = vitrine::reportFigures(events, "test");
  CHECK(figures.sessionsByHour[10] == 1);
  CHECK(figures.sessionsByHour[0] == 1);
  CHECK(figures.sessionsByHour[9] == 0);
  CHECK(figures.sessionsByHour[23] == 0);
  CHECK(figures.firstDay == "2026-11-23");
  CHECK(figures.lastDay == "2026-11-24");
}

TEST_CASE("merging two kiosks twice adds their statistics once") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path a = dir.path / "borne-a.db", b = dir.path / "borne-b.db",
                 merged = dir.path / "stand.db";
  {  // events recorded by the kiosks themselves, and one lead each
    for (const auto& [path, kiosk, sessions] :
         {std::tuple{a, "borne-a", 3}, std::tuple{b, "borne-b", 2}}) {
      VisitorStore store(path, kiosk, "salon");
      vitrine::Submission s;
      s.profile = "pupil";
      store.save(s, "pack");
      vitrine::Stats stats(path, kiosk, "salon");
      for (int i = 0; i < sessions; ++i) stats.record(vitrine::EventKind::SessionStart);
      stats.record(vitrine::EventKind::Touch, "3,2");
    }
  }
  for (int round = 0; round < 2; ++round) {
    auto r = runLeads({"merge", a.string(), b.string(), "-o", merged.string()});
    INFO(r.err);
    REQUIRE(r.status == 0);
    if (round == 0) {
      CHECK(r.out.find(a.string() + " : 1 ajoutée(s), 0 déjà présente(s) ; statistiques : 4 "
                                    "évènement(s) ajouté(s), 0 déjà présent(s)") !=
            std::string::npos);
      CHECK(r.out.find("Statistiques : 7 évènement(s) ajouté(s), 0 déjà présent(s) ; 7 "
                       "évènement(s) en tout.") != std::string::npos);
    } else {
      CHECK(r.out.find("Statistiques : 0 évènement(s) ajouté(s), 7 déjà présent(s) ; 7 "
                       "évènement(s) en tout.") != std::string::npos);
    }
  }
  auto figures = vitrine::reportFigures(VisitorStore::openForReading(merged).events(), "");
  CHECK(figures.sessions == 3 + 2);
  CHECK(figures.touches[2][3] == 2);
  // Each event remembers the kiosk it came from.
  int fromB = 0;
  for (const auto& e : VisitorStore::openForReading(merged).events())
    fromB += e.kioskId == "borne-b";
  CHECK(fromB == 3);
}

TEST_CASE("events written before they had an id are merged once too, and keep their id") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const fs::path old = dir.path / "ancienne.db", merged = dir.path / "stand.db";
  {
    VisitorStore store(old, "borne-v", "salon");
    vitrine::sql::Database raw(old, vitrine::sql::Mode::ReadWriteCreate);
    // The events table as earlier versions created it (schema 2, beside the store's tables): no
    // id column.
    raw.exec(
        "DROP TABLE events; PRAGMA user_version = 2;"
        "CREATE TABLE events(at TEXT NOT NULL, kiosk_id TEXT, event_tag TEXT, kind TEXT NOT NULL, "
        "subject TEXT, value INTEGER NOT NULL DEFAULT 0);"
        "INSERT INTO events VALUES('2026-11-22T10:00:00Z', 'borne-v', 'salon', 'session_start', "
        "'', 0);"
        "INSERT INTO events VALUES('2026-11-22T10:00:00Z', 'borne-v', 'salon', 'session_start', "
        "'', 0);");
  }
  for (int round = 0; round < 2; ++round)
    REQUIRE(runLeads({"merge", old.string(), "-o", merged.string()}).status == 0);
  CHECK(vitrine::reportFigures(VisitorStore::openForReading(merged).events(), "").sessions == 2);
  // The kiosk itself, updated, gives its old rows the same ids: a later merge adds nothing.
  { vitrine::Stats migrated(old, "borne-v", "salon"); }
  auto r = runLeads({"merge", old.string(), "-o", merged.string()});
  CHECK(r.out.find("0 évènement(s) ajouté(s), 2 déjà présent(s)") != std::string::npos);
  CHECK(vitrine::reportFigures(VisitorStore::openForReading(merged).events(), "").sessions == 2);
}

TEST_CASE("the HTML report shows the quiz's funnel, the careers it proposed and where runs stop") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  ScopedTimeZone utc("UTC0");
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  std::vector<StatEvent> e;
  const char* at = "2026-11-23T10:00:00Z";
  for (int i = 0; i < 4; ++i) e.push_back({at, "quiz_start", "", 0});
  e.push_back({at, "quiz_answer", "publics:publics.1", 0});
  e.push_back({at, "quiz_answer", "publics:publics.1", 0});
  e.push_back({at, "quiz_abandon", "lieux", 0});
  for (int i = 0; i < 3; ++i) e.push_back({at, "quiz_finish", "", 0});
  e.push_back({at, "quiz_top", "mediateur-social", 0});
  e.push_back({at, "quiz_top", "mediateur-social", 0});
  e.push_back({at, "quiz_top", "assistant-familial", 0});
  storeWith(db, "borne-a", e);
  auto figures = vitrine::reportFigures(VisitorStore::openForReading(db).events(), db.string());
  CHECK(figures.quizStarted == 4);
  CHECK(figures.quizFinished == 3);
  CHECK(figures.quizAbandoned == 1);
  REQUIRE(figures.quizProposed.size() == 2);
  CHECK(figures.quizProposed[0] == std::pair<std::string, int64_t>{"mediateur-social", 2});
  CHECK(figures.quizAbandonedAt[0].first == "lieux");
  CHECK(figures.quizAnswers[0] == std::pair<std::string, int64_t>{"publics:publics.1", 2});

  auto html =
      runCtl(vitrine::ctl::stats, {"report", db.string(), "-o", (dir.path / "r.html").string()});
  REQUIRE(html.status == 0);
  const std::string page = storetest::fileBytes(dir.path / "r.html");
  CHECK(page.find("<h2>Quiz « Quel métier pour moi ? »</h2>") != std::string::npos);
  CHECK(page.find(">Quiz terminés</text>") != std::string::npos);
  CHECK(page.find("<h2>Métiers proposés par le quiz</h2>") != std::string::npos);
  CHECK(page.find(">mediateur-social</text>") != std::string::npos);
  CHECK(page.find(">lieux</text>") != std::string::npos);
}

TEST_CASE("the reports speak the staff's language: French first, English by locale, never both") {
  ScopedTimeZone utc("UTC0");
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  storeWith(db, "borne-a", dayOfEvents());
  const vitrine::msg::Sentence headings[] = {
      {"<html lang=fr", "<html lang=en"},
      {"<h1>Statistiques anonymes de la borne</h1>", "<h1>Anonymous statistics of the kiosk</h1>"},
      {"<h2>Parcours</h2>", "<h2>Journey</h2>"},
      {">Formulaires envoyés</text>", ">Forms sent</text>"},
      {"<h2>Sessions par heure</h2>", "<h2>Sessions per hour</h2>"},
      {"<h2>Métiers les plus consultés</h2>", "<h2>Most viewed careers</h2>"},
      {"<h2>Recherches sans résultat</h2>", "<h2>Searches without results</h2>"},
      {">Ravi</text>", ">Delighted</text>"},
      {"<h2>Où les doigts touchent l’écran</h2>", "<h2>Where fingers touch the screen</h2>"},
      {" évènements, aucune donnée personnelle.", " events, no personal data."}};
  std::string pngs[2];
  for (const auto lang : {vitrine::msg::Lang::Fr, vitrine::msg::Lang::En}) {
    const vitrine::test::InLanguage in(lang);
    const bool fr = lang == vitrine::msg::Lang::Fr;
    const fs::path html = dir.path / (fr ? "fr.html" : "en.html");
    REQUIRE(runCtl(vitrine::ctl::stats, {"report", db.string(), "-o", html.string()}).status == 0);
    const std::string page = storetest::fileBytes(html);
    for (const vitrine::msg::Sentence& b : headings) {
      CAPTURE(b.fr);
      CHECK(page.find(fr ? b.fr : b.en) != std::string::npos);
      CHECK(page.find(fr ? b.en : b.fr) == std::string::npos);
    }
    const fs::path png = dir.path / (fr ? "fr.png" : "en.png");
    REQUIRE(runCtl(vitrine::ctl::stats, {"report", db.string(), "-o", png.string()}).status == 0);
    pngs[fr ? 0 : 1] = storetest::fileBytes(png);
  }
  CHECK(pngs[0] != pngs[1]);  // the PNG's words change with the language too
}
