// The editors' string table: every sentence exists in French and English with the same values,
// the locale picks the language, and echoed values stay short and printable.
#include <doctest.h>

#include <cstdlib>

#include "messages.h"

using namespace vitrine;
using msg::Lang;

TEST_CASE("every message has French and English text with the same placeholders") {
  for (int i = 0; i < static_cast<int>(M::Count_); ++i) {
    auto id = static_cast<M>(i);
    std::string fr =
        msg::text(Lang::Fr, id, {"<1>", "<2>", "<3>", "<4>", "<5>", "<6>", "<7>", "<8>", "<9>"});
    std::string en =
        msg::text(Lang::En, id, {"<1>", "<2>", "<3>", "<4>", "<5>", "<6>", "<7>", "<8>", "<9>"});
    INFO("message #" << i << ": " << fr << " / " << en);
    CHECK_FALSE(fr.empty());
    CHECK_FALSE(en.empty());
    CHECK(fr.find('{') == std::string::npos);  // no placeholder beyond {9} or misspelt
    for (char k = '1'; k <= '9'; ++k) {
      std::string p = std::string("<") + k + ">";
      CHECK((fr.find(p) != std::string::npos) == (en.find(p) != std::string::npos));
    }
  }
}

TEST_CASE("the locale decides: French for fr*, English for any other, French when unset") {
  msg::resetLanguage();
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  ::unsetenv("LANG");
  CHECK(msg::language() == Lang::Fr);
  ::setenv("LANG", "C.UTF-8", 1);
  CHECK(msg::language() == Lang::En);
  CHECK(tr(M::sev_error) == "error");
  ::setenv("LANG", "fr_BE.UTF-8", 1);
  CHECK(msg::language() == Lang::Fr);
  CHECK(tr(M::sev_error) == "erreur");
  ::setenv("LC_MESSAGES", "en_GB.UTF-8", 1);  // more specific than LANG
  CHECK(msg::language() == Lang::En);
  ::setenv("LC_ALL", "fr_CH.UTF-8", 1);  // overrides both
  CHECK(msg::language() == Lang::Fr);
  msg::setLanguage(Lang::En);  // an explicit choice wins over the environment
  CHECK(msg::language() == Lang::En);
  msg::resetLanguage();
}

TEST_CASE("values are echoed short and printable") {
  CHECK(msg::echo("Liège") == "Liège");
  CHECK(msg::echo(std::string(100, 'x')) == std::string(40, 'x') + "…" + std::string(40, 'x'));
  CHECK(msg::echo(std::string(80, 'x')) == std::string(80, 'x'));  // exactly the limit: whole
  std::string named;  // 100 stray bytes: each is one character, named, and the value still cut
  for (int i = 0; i < 40; ++i) named += "<0xC3>";
  CHECK(msg::echo(std::string(50, 'e') + std::string(50 * 2, '\xC3')) ==
        std::string(40, 'e') + "…" + named);
  // A long path keeps its start and its file name; accents at the cut stay whole characters.
  const std::string path = "/media/vitrine/" + std::string(120, 'd') + "é/visiteurs-salon.db";
  const std::string shown = msg::echo(path);
  CHECK(shown.rfind("/media/vitrine/ddd", 0) == 0);
  const std::string end = "dé/visiteurs-salon.db";
  CHECK(shown.compare(shown.size() - end.size(), end.size(), end) == 0);
  CHECK(shown.find("…") != std::string::npos);
  CHECK(msg::echo(std::string(200, '\xA9')).size() == 40 * 6 + 3 + 40 * 6);  // stray bytes
  CHECK(msg::echo(std::string(100, 'x'), 1) == "x…");
  CHECK(msg::echo("a\tb\x01") == "a<U+0009>b<U+0001>");
  // Bytes that are not UTF-8 (a Latin-1 file name on a USB stick, a sequence cut short) and C1
  // controls are named, so a message is always valid, printable UTF-8.
  CHECK(msg::echo("Li\xE8ge.csv") == "Li<0xE8>ge.csv");
  CHECK(msg::echo("\xC3") == "<0xC3>");
  CHECK(msg::echo("\xED\xA0\x80") == "<0xED><0xA0><0x80>");  // a UTF-16 surrogate
  CHECK(msg::echo("a\xC2\x85z") == "a<U+0085>z");
  CHECK(msg::echo("été ✓ €") == "été ✓ €");
  std::string huge(5u << 20, 'c');
  CHECK(msg::text(Lang::En, M::unknown_column, {huge}).size() < 120);
}
