// The kiosk's fonts are baked with content/glyphs.h's ranges only: every sentence of the visitor
// interface, in every language, and every sentence the staff screens show, in French and English,
// must be drawable with them (anything else shows as « ? »).
#include <doctest.h>

#include <string>

#include "base_messages.h"
#include "glyphs.h"
#include "packs_messages.h"
#include "staff_messages.h"
#include "store_messages.h"
#include "ui_strings.h"

namespace {

// The code points of UTF-8 `s`; U+FFFD for a broken sequence.
std::u32string codePoints(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80           ? 1
                     : (c >> 5) == 0x6  ? 2
                     : (c >> 4) == 0xE  ? 3
                     : (c >> 3) == 0x1E ? 4
                                        : 0;
    if (n == 0 || i + n > s.size()) {
      out += U'\uFFFD';
      ++i;
      continue;
    }
    char32_t cp = n == 1 ? c : c & (0x7F >> n);
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += n;
  }
  return out;
}

}  // namespace

TEST_CASE("every visitor sentence in every language is drawn with the baked glyphs") {
  using vitrine::ui::Lang;
  for (Lang lang : {Lang::Fr, Lang::Nl, Lang::De, Lang::En}) {
    for (int k = 0; k < static_cast<int>(vitrine::ui::S::Count); ++k) {
      const std::string text = vitrine::ui::tr(static_cast<vitrine::ui::S>(k), lang);
      for (char32_t cp : codePoints(text)) {
        if (cp == U'\n') continue;
        INFO(vitrine::ui::langCode(lang) << " string " << k << ": " << text);
        CHECK(vitrine::glyphs::drawable(cp));
      }
    }
  }
}

namespace {

void checkDrawable(const char* table, size_t k, const std::string& text) {
  for (char32_t cp : codePoints(text)) {
    if (cp == U'\n') continue;
    INFO(table << " sentence " << k << ": " << text);
    CHECK(vitrine::glyphs::drawable(cp));
  }
}

template <size_t N>
void checkTable(const char* name, const vitrine::msg::Sentence (&table)[N]) {
  for (size_t k = 0; k < N; ++k) {
    checkDrawable(name, k, table[k].fr);
    checkDrawable(name, k, table[k].en);
  }
}

}  // namespace

TEST_CASE("every sentence the staff screens show, in French and English, is drawable") {
  checkTable("staff", vitrine::staffmsg::kTable);  // the staff pages themselves
  checkTable("packs", vitrine::packsmsg::kTable);  // the packs folder's events and refusals
  checkTable("store", vitrine::storemsg::kTable);  // the visitor file's and export's errors
  checkTable("base", vitrine::basemsg::kTable);    // the clock check
  namespace msg = vitrine::msg;                    // the pack errors (Pack::open)
  for (size_t k = 0; k < static_cast<size_t>(msg::Id::Count_); ++k)
    for (msg::Lang lang : {msg::Lang::Fr, msg::Lang::En})
      checkDrawable("content", k, msg::text(lang, static_cast<msg::Id>(k)));
}

TEST_CASE("the typography French and Dutch editors type is drawable") {
  for (char32_t cp : codePoints("«\u00A0é\u00A0» ’ – — … • œ Œ ç ë ï ÿ € ™ \u202F? ß č ł"))
    CHECK(vitrine::glyphs::drawable(cp));
  for (char32_t cp : codePoints("♦→😀\uF0A7")) CHECK_FALSE(vitrine::glyphs::drawable(cp));
}
