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
  CHECK(msg::echo(std::string(100, 'x')) == std::string(80, 'x') + "…");
  CHECK(msg::echo(std::string(50, 'e') + std::string(50 * 2, '\xC3')).size() < 200);
  CHECK(msg::echo("a\tb\x01") == "a<U+0009>b<U+0001>");
  std::string huge(5u << 20, 'c');
  CHECK(msg::text(Lang::En, M::unknown_column, {huge}).size() < 120);
}
