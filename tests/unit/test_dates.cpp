// Dates on offers read naturally in the visitor's language, and odd values are shown as they are.
#include <doctest.h>

#include "screens/screens.h"

using vitrine::ui::formatDate;
using vitrine::ui::Lang;

TEST_CASE("a stage period reads in the visitor's language") {
  CHECK(formatDate("2027-02-01") == "1 févr. 2027");
  CHECK(formatDate("2027-08-15", Lang::Fr) == "15 août 2027");
  CHECK(formatDate("2027-03-01", Lang::Nl) == "1 mrt. 2027");
  CHECK(formatDate("2027-03-01", Lang::De) == "1. März 2027");
  CHECK(formatDate("2027-12-24", Lang::En) == "24 Dec 2027");
}

TEST_CASE("a date the pack did not give as YYYY-MM-DD is shown unchanged") {
  CHECK(formatDate("") == "");
  CHECK(formatDate("printemps 2027") == "printemps 2027");
  CHECK(formatDate("2027-13-01") == "2027-13-01");
  CHECK(formatDate("2027-00-10", Lang::Nl) == "2027-00-10");
}
