// Search as a visitor types it: without accents, in pieces, and ranked by title first.
#include <doctest.h>

#include "search.h"

using vitrine::SearchHit;

namespace {

vitrine::Catalogue catalogue() {
  vitrine::Catalogue c;
  c.organisations.push_back({"cpas-liege", "cpas", "CPAS de Liège", "Liège", "Wallonie", "BE", ""});
  c.careers.push_back({"es", "Éducateur·rice spécialisé·e", "Accompagner des jeunes", "DEES", "6",
                       "3 ans", {}, "Foyers", "", {}});
  c.careers.push_back({"ass", "Assistant·e de service social", "Aider les familles", "DEASS", "6",
                       "3 ans", {}, "CPAS", "", {}});
  vitrine::Offer o;
  o.id = "o1";
  o.organisation = "cpas-liege";
  o.title = "Stage en médiation de dettes";
  o.service = "Service social général";
  o.description = "Avec un éducateur de rue";
  c.offers.push_back(o);
  return c;
}

}  // namespace

TEST_CASE("typing without accents finds accented titles, word by word, as prefixes") {
  auto c = catalogue();
  vitrine::SearchIndex index(c);
  auto hits = index.find("educ spe");
  REQUIRE(hits.size() == 1);
  CHECK(hits[0].kind == SearchHit::Kind::Career);
  CHECK(c.careers[hits[0].index].id == "es");
  CHECK(index.find("MEDIATION").size() == 1);
  CHECK(index.find("liege").size() == 1);  // an offer is found by its organisation's city name
  CHECK(index.find("rice").size() == 1);   // the middle dot splits inclusive forms
  CHECK(index.find("zzz").empty());
  CHECK(index.find("   ").empty());
}

TEST_CASE("a title match ranks above a match in the description") {
  auto c = catalogue();
  vitrine::SearchIndex index(c);
  auto hits = index.find("educateur");
  REQUIRE(hits.size() == 2);
  CHECK(hits[0].kind == SearchHit::Kind::Career);  // title
  CHECK(hits[1].kind == SearchHit::Kind::Offer);   // only in the description
}
