// Headless UI test: a Dutch, German or English visitor walks every screen and reads no French,
// except the pack's content that the pack has not translated into their language. The text is
// read back from what each frame draws (drawn_text.h), whichever widget drew it.
#include <cctype>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "drawn_text.h"
#include "pack.h"
#include "sqlite.h"
#include "tour.h"
#include "ui_driver.h"
#include "ui_strings.h"

using vitrine::test::Driver;
using vitrine::ui::Lang;
using vitrine::ui::S;

namespace {

bool isWordByte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// `piece` in `text` as whole words (not inside a longer word).
bool hasWords(const std::string& text, const std::string& piece) {
  for (size_t at = text.find(piece); at != std::string::npos; at = text.find(piece, at + 1)) {
    const bool startOk = at == 0 || !isWordByte(text[at - 1]) || !isWordByte(piece.front());
    const size_t end = at + piece.size();
    const bool endOk = end == text.size() || !isWordByte(text[end]) || !isWordByte(piece.back());
    if (startOk && endOk) return true;
  }
  return false;
}

// The pieces of a French UI string between its placeholders (%d, %s) and plural/list bars,
// trimmed; the short ones, and those the other language says too, cannot tell French apart.
std::vector<std::string> frenchPieces(const std::string& fr, const std::string& other) {
  std::vector<std::string> pieces;
  std::string cur;
  auto flush = [&] {
    while (!cur.empty() && std::string(" :·.,!?()«»").find(cur.back()) != std::string::npos)
      cur.pop_back();
    size_t lead = 0;
    while (lead < cur.size() && std::string(" :·.,!?()«»").find(cur[lead]) != std::string::npos)
      ++lead;
    cur.erase(0, lead);
    if (cur.size() >= 5 && other.find(cur) == std::string::npos) pieces.push_back(cur);
    cur.clear();
  };
  for (size_t i = 0; i < fr.size(); ++i) {
    if (fr[i] == '%' && i + 1 < fr.size() && (fr[i + 1] == 'd' || fr[i + 1] == 's')) {
      flush();
      ++i;
    } else if (fr[i] == '|' || fr[i] == '\n') {
      flush();
    } else {
      cur += fr[i];
    }
  }
  flush();
  return pieces;
}

// The first words of a pack text (what a clipped or wrapped line starts with).
std::string opening(const std::string& text, int words = 4) {
  size_t at = 0;
  for (int w = 0; w < words && at != std::string::npos; ++w) at = text.find(' ', at + 1);
  return text.substr(0, at);
}

// French pack texts that the pack has in `lang` (a different text): they must not show. Read
// from the pack's own tables, not from the catalogue the kiosk makes of them.
std::vector<std::string> translatedFrench(vitrine::sql::Database& db, const std::string& lang) {
  std::vector<std::string> out;
  auto add = [&](const std::string& f, const std::string& o) {
    const std::string piece = opening(f);
    if (f != o && piece.size() >= 5 && !hasWords(o, piece)) out.push_back(piece);
  };
  auto title = db.prepare(
      "SELECT a.value, b.value FROM meta a, meta b "
      "WHERE a.key = 'title' AND b.key = 'title@' || ?");
  title.bind(1, lang);
  if (title.step()) add(title.text(0), title.text(1));
  auto rows = db.prepare(
      "SELECT tbl, id, field, value FROM translations WHERE lang = ? AND field IN "
      "('title', 'pitch', 'service', 'description', 'name') AND tbl IN "
      "('careers', 'offers', 'events', 'organisations')");
  rows.bind(1, lang);
  while (rows.step()) {
    auto base = db.prepare("SELECT " + rows.text(2) + " FROM " + rows.text(0) + " WHERE id = ?");
    base.bind(1, rows.text(1));
    if (base.step()) add(base.text(0), rows.text(3));
  }
  return out;
}

// The words of the pack's French texts that the pack has not translated into `lang`: French the
// visitor may see (the pack's fallback), so a UI string made only of them proves nothing.
std::set<std::string> untranslatedWords(vitrine::sql::Database& db, const std::string& lang) {
  std::set<std::string> words;
  auto addWords = [&](const std::string& text) {
    std::string w;
    for (char c : text + " ") {
      if (isWordByte(c)) {
        w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!w.empty()) {
        words.insert(w);
        w.clear();
      }
    }
  };
  std::set<std::string> translated;  // "tbl|id|field"
  auto tr = db.prepare("SELECT tbl, id, field FROM translations WHERE lang = ?");
  tr.bind(1, lang);
  while (tr.step()) translated.insert(tr.text(0) + "|" + tr.text(1) + "|" + tr.text(2));
  for (const char* tbl : {"organisations", "careers", "offers", "events", "schools",
                          "quiz_questions", "quiz_answers"}) {
    std::vector<std::string> cols;
    auto info = db.prepare(std::string("PRAGMA table_info(") + tbl + ")");
    while (info.step()) cols.push_back(info.text(1));
    if (cols.empty()) continue;
    auto rows = db.prepare(std::string("SELECT * FROM ") + tbl);
    while (rows.step())
      for (size_t c = 0; c < cols.size(); ++c)
        if (!translated.count(std::string(tbl) + "|" + rows.text(0) + "|" + cols[c]))
          addWords(rows.text(static_cast<int>(c)));
  }
  auto meta = db.prepare(
      "SELECT value FROM meta WHERE key = 'title' AND NOT EXISTS "
      "(SELECT 1 FROM meta WHERE key = 'title@' || ?)");
  meta.bind(1, lang);
  if (meta.step()) addWords(meta.text(0));
  return words;
}

// True when every word of `piece` is among `words`.
bool onlyWordsOf(const std::string& piece, const std::set<std::string>& words) {
  std::string w;
  for (char c : piece + " ") {
    if (isWordByte(c)) {
      w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!w.empty()) {
      if (!words.count(w)) return false;
      w.clear();
    }
  }
  return true;
}

// Every screen of the walk in `lang`: the French that shows, as "screen: words".
std::vector<std::string> frenchShown(Lang lang) {
  auto dir = vitrine::test::freshDir("languages");
  Driver d(vitrine::test::demoConfig(dir));
  auto pack = vitrine::Pack::open(vitrine::test::demoPack());
  const std::string code = vitrine::ui::langCode(lang);
  std::vector<std::string> forbidden = translatedFrench(pack->database(), code);
  const std::set<std::string> fallback = untranslatedWords(pack->database(), code);
  for (size_t k = 0; k < static_cast<size_t>(S::Count); ++k) {
    const std::string fr = vitrine::ui::tr(static_cast<S>(k), Lang::Fr);
    const std::string other = vitrine::ui::tr(static_cast<S>(k), lang);
    if (fr != other)
      for (auto& piece : frenchPieces(fr, other))
        if (!onlyWordsOf(piece, fallback)) forbidden.push_back(piece);
  }
  std::vector<std::string> shown;
  int screens = 0;
  d.app.session().lang = lang;
  vitrine::walkScreens(d.app, [&](const std::string& name) {
    ++screens;
    d.app.settle();
    d.app.frame();  // settle() may draw nothing once nothing moves: read a fresh frame
    const std::string text = vitrine::test::oneLine(vitrine::test::drawnText());
    INFO(name << " shows: " << text);
    if (getenv("SHOW_DRAWN")) MESSAGE(name << " shows: " << text);
    CHECK(text.size() > 20);  // the reader reads something on every screen
    for (const auto& piece : std::set<std::string>(forbidden.begin(), forbidden.end()))
      if (hasWords(text, piece)) shown.push_back(name + ": " + piece);
  });
  CHECK(screens >= 15);
  vitrine::test::removeDir(dir);
  return shown;
}

}  // namespace

TEST_CASE("the text read back from a frame is the text on the screen") {
  auto dir = vitrine::test::freshDir("drawn");
  Driver d(vitrine::test::demoConfig(dir));
  d.tap("attract");
  const std::string text = vitrine::test::oneLine(vitrine::test::drawnText());
  INFO(text);
  CHECK(hasWords(text, vitrine::ui::tr(S::HomeTitle, Lang::Fr)));
  CHECK(hasWords(text, "VITRINE · " + d.app.catalogue().meta.title));
  vitrine::test::removeDir(dir);
}

TEST_CASE("a Dutch visitor reads Dutch on every screen, the pack's content included") {
  for (const auto& s : frenchShown(Lang::Nl)) FAIL_CHECK("French on screen: " << s);
}

TEST_CASE("German and English visitors read no French but the pack's untranslated content") {
  for (Lang lang : {Lang::De, Lang::En})
    for (const auto& s : frenchShown(lang))
      FAIL_CHECK(std::string(vitrine::ui::langCode(lang)) << ", French on screen: " << s);
}
