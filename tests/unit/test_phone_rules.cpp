// Phone numbers read by the visitor's country: the postal code's format, the kiosk's country.
#include <doctest.h>

#include "validation.h"

using vitrine::phoneCountry;
using vitrine::phoneCountryFor;
using vitrine::toE164;

TEST_CASE("a national number becomes E.164 in each of the kiosk's countries") {
  CHECK(toE164("06 12 34 56 78", "FR") == "+33612345678");
  CHECK(toE164("0470 12 34 56", "BE") == "+32470123456");
  CHECK(toE164("079 123 45 67", "CH") == "+41791234567");
  CHECK(toE164("621 123 456", "LU") == "+352621123456");  // no trunk 0 in Luxembourg
  CHECK(toE164("06 12345678", "NL") == "+31612345678");
  CHECK(toE164("0151 23456789", "DE") == "+4915123456789");
  CHECK(toE164("+33 6 12 34 56 78", "BE") == "+33612345678");  // an international form wins
  CHECK(toE164("0033 6 12 34 56 78", "BE") == "+33612345678");
  CHECK(toE164("06 12 34 56 78", "XX").empty());
}

TEST_CASE("a prefix with no number after it is no phone number (found by fuzz_validation)") {
  // `kioskctl leads erase 00` must not look for the phone « + », nor `0` for « +32 ».
  CHECK(toE164("00", "BE").empty());
  CHECK(toE164("00 ", "FR").empty());
  CHECK(toE164("0", "BE").empty());
  CHECK(toE164("0", "DE").empty());
  CHECK(toE164("+", "BE").empty());
  CHECK(toE164("001", "BE") == "+1");  // what follows the prefix is kept, however short
}

TEST_CASE(
    "the postal code's format tells the country, the kiosk's own first among those that fit") {
  CHECK(phoneCountryFor("75011", "BE") == "FR");  // five digits: France before Germany
  CHECK(phoneCountryFor("75011", "DE") == "DE");  // ... unless the kiosk stands in Germany
  CHECK(phoneCountryFor("01000", "CH") == "FR");
  CHECK(phoneCountryFor("5000", "BE") == "BE");  // four digits: the kiosk's own country
  CHECK(phoneCountryFor("1201", "CH") == "CH");
  CHECK(phoneCountryFor("1000", "FR") == "BE");  // four digits in France: a Belgian
  CHECK(phoneCountryFor("1012 AB", "BE") == "NL");
  CHECK(phoneCountryFor("L-1234", "BE") == "LU");
  CHECK(phoneCountryFor("", "FR") == "FR");  // nothing typed: the kiosk's country
  CHECK(phoneCountryFor("", "XX") == "BE");
}

TEST_CASE("--country is read in any case, and only the countries the form knows") {
  CHECK(phoneCountry("BE") == "BE");
  CHECK(phoneCountry("be") == "BE");
  CHECK(phoneCountry("Fr") == "FR");
  for (const char* bad : {"", "XX", "BEL", "b", " BE", "BE\n", "\xC3\x89S"}) {
    CAPTURE(bad);
    CHECK(phoneCountry(bad) == "");
  }
}
