// Unit tests of what the interest form accepts, and of the keyboard's UTF-8 editing.
#include <doctest.h>

#include "keyboard.h"
#include "validation.h"

using vitrine::FormState;
using vitrine::validateForm;
using vitrine::ui::S;

TEST_CASE("e-mail and phone checks accept what visitors really type") {
  CHECK(vitrine::looksLikeEmail("zoe@exemple.be"));
  CHECK(vitrine::looksLikeEmail("jean-luc.dupont+stage@hets.ch"));
  CHECK_FALSE(vitrine::looksLikeEmail("zoe@exemple"));
  CHECK_FALSE(vitrine::looksLikeEmail("@exemple.be"));
  CHECK_FALSE(vitrine::looksLikeEmail("zoe@@exemple.be"));
  CHECK_FALSE(vitrine::looksLikeEmail("zoe @exemple.be"));
  CHECK(vitrine::looksLikePhone("0470 12 34 56"));      // Belgian mobile
  CHECK(vitrine::looksLikePhone("+33 6 12 34 56 78"));  // French, international
  CHECK(vitrine::looksLikePhone("022 345 67 89"));      // Geneva
  CHECK_FALSE(vitrine::looksLikePhone("12345"));
  CHECK_FALSE(vitrine::looksLikePhone("04 70 abc"));
}

TEST_CASE("contact details without a ticked box send anonymously; a box needs a contact") {
  FormState f;
  CHECK_FALSE(validateForm(f).has_value());  // interest only, nothing personal: fine
  f.email = "zoe@exemple.be";
  CHECK_FALSE(validateForm(f).has_value());  // anonymous: the e-mail is simply not kept
  f.consentOrgs.insert("cpas-tournai");
  CHECK_FALSE(validateForm(f).has_value());
  f.email.clear();
  CHECK(validateForm(f) == S::NeedContact);
  f.phone = "0470";
  CHECK(validateForm(f) == S::BadPhone);
}

TEST_CASE("backspace removes whole accented characters and upper case covers accents") {
  std::string s = "Zoé œ";
  vitrine::ui::utf8PopBack(s);
  CHECK(s == "Zoé ");
  vitrine::ui::utf8PopBack(s);
  vitrine::ui::utf8PopBack(s);
  CHECK(s == "Zo");
  CHECK(vitrine::ui::utf8Length("élève") == 5);
  CHECK(vitrine::ui::utf8Upper("é") == "É");
  CHECK(vitrine::ui::utf8Upper("œ") == "Œ");
  CHECK(vitrine::ui::utf8Upper("q") == "Q");
}

TEST_CASE("phone numbers are normalised to E.164 the way each country writes them") {
  CHECK(vitrine::toE164("0470 12 34 56", "BE") == "+32470123456");
  CHECK(vitrine::toE164("06 12 34 56 78", "FR") == "+33612345678");
  CHECK(vitrine::toE164("022 345 67 89", "CH") == "+41223456789");
  CHECK(vitrine::toE164("+33 6 12 34 56 78", "BE") == "+33612345678");
  CHECK(vitrine::toE164("0041 22 345 67 89", "BE") == "+41223456789");
  CHECK(vitrine::toE164("470123456", "BE").empty());
}
