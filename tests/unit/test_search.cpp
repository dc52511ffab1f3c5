// Search as a visitor types it, on the FTS5 table of a real pack: without accents, in pieces,
// ranked by title first, in the visitor's language, and whatever is typed, never an error.
#include <sqlite3.h>

#include "search.h"
#include "sqlite.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

// Two careers (fr + a Dutch translation of one), offers that mention "éducateur" only in their
// text, and two offers whose text is the same so that their rank ties.
fs::path buildSearchPack(const TempDir& tmp) {
  fs::path src = tmp.path / "src";
  writeSources(src);  // fr, nl; careers educateur-specialise and assistant-social
  writeFile(src / "careers/educateur-specialise.nl.txt",
            "title: Orthopedagoog\npitch: Jongeren helpen hun plaats te vinden.\n\n"
            "## Taken\n- Het dagelijks leven delen in de leefgroep.\n");
  writeFile(src / "offers.csv",
            std::string(kOffersHeader) +
                "dettes;cpas-ath;Service social général;;Stage en médiation de dettes;"
                "Avec un éducateur de rue.;Ath;Wallonie;;2027-02-08;2027-05-21;;;;;\n"
                "zebre;hets;Logement;;Zèbre;Budget et dossiers.;Genève;Genève;;"
                "2027-02-08;2027-05-21;;2027-01-10;;;\n"
                "abeille;hets;Logement;;Abeille;Budget et dossiers.;Genève;Genève;;"
                "2027-02-08;2027-05-21;;2027-01-20;;;\n");
  fs::path out = tmp.path / "search.kpack";
  auto d = buildPack(src, out, SourceOptions{"2026-11-23"});
  INFO(allOf(d));
  REQUIRE(errorCount(d) == 0);
  return out;
}

std::vector<std::string> ids(const Pack& pack, const std::vector<SearchHit>& hits) {
  std::vector<std::string> out;
  for (const auto& h : hits)
    out.push_back(h.kind == SearchHit::Kind::Career ? pack.catalogue().careers[h.index].id
                                                    : pack.catalogue().offers[h.index].id);
  return out;
}

bool has(const std::vector<std::string>& v, const std::string& id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

}  // namespace

TEST_CASE("typed words become quoted prefixes: nothing a visitor types is FTS5 syntax") {
  CHECK(SearchIndex::matchExpression("Éduc spé") == "\"educ\"* AND \"spe\"*");
  CHECK(SearchIndex::matchExpression("éducateur·rice") == "\"educateur\"* AND \"rice\"*");
  CHECK(SearchIndex::matchExpression("Œuvre œuvre") == "\"oeuvre\"*");  // folded, once
  CHECK(SearchIndex::matchExpression("\"educ\" NEAR(x*) -y") ==
        "\"educ\"* AND \"near\"* AND \"x\"* AND \"y\"*");
  CHECK(SearchIndex::matchExpression(" \"*-()^:+ ").empty());
  CHECK(SearchIndex::matchExpression("").empty());
}

TEST_CASE("typing without accents or capitals finds accented titles, word by word") {
  TempDir tmp;
  auto pack = Pack::open(buildSearchPack(tmp));
  SearchIndex index(*pack);
  CHECK(ids(*pack, index.find("educateur spe")) ==
        std::vector<std::string>{"educateur-specialise"});
  for (const char* q : {"educateur", "Éducateur", "ÉDUCATEUR", "éducateur", "EDUCATEUR"}) {
    CAPTURE(q);
    auto found = ids(*pack, index.find(q));
    REQUIRE_FALSE(found.empty());
    CHECK(found[0] == "educateur-specialise");
  }
  CHECK(ids(*pack, index.find("MEDIATION")) == std::vector<std::string>{"dettes"});
  CHECK(ids(*pack, index.find("rice")).front() == "educateur-specialise");  // "éducateur·rice"
  CHECK(has(ids(*pack, index.find("coeur")), "educateur-specialise"));      // "avec cœur"
  CHECK(has(ids(*pack, index.find("cœur")), "educateur-specialise"));
  CHECK(has(ids(*pack, index.find("ath")), "dettes"));  // the organisation's city
  CHECK(has(ids(*pack, index.find("geneve")), "zebre"));
  CHECK(index.find("zzz").empty());
  CHECK(index.find("   ").empty());
}

TEST_CASE("search as you type: every prefix of a word already finds it") {
  TempDir tmp;
  auto pack = Pack::open(buildSearchPack(tmp));
  SearchIndex index(*pack);
  for (const char* typed : {"é", "e", "ed", "édu", "educ", "éduca", "educateu", "éducateur"}) {
    CAPTURE(typed);
    CHECK(has(ids(*pack, index.find(typed)), "educateur-specialise"));
  }
  for (const char* typed : {"s", "st", "sta", "stag", "stage"}) {
    CAPTURE(typed);
    CHECK(has(ids(*pack, index.find(typed)), "dettes"));
  }
  CHECK(index.find("educateurs").empty());  // a longer word than any in the pack
}

TEST_CASE("a title match ranks above a match in the text; ties keep catalogue order") {
  TempDir tmp;
  auto pack = Pack::open(buildSearchPack(tmp));
  SearchIndex index(*pack);
  // The career has "Éducateur" in its title, the offer only in its description.
  CHECK(ids(*pack, index.find("educateur")) ==
        std::vector<std::string>{"educateur-specialise", "dettes"});
  // Same text, same rank: the offer with the sooner deadline first, as the offers list reads.
  CHECK(ids(*pack, index.find("budget")) == std::vector<std::string>{"zebre", "abeille"});
  CHECK(ids(*pack, index.find("budget", 1)) == std::vector<std::string>{"zebre"});
  CHECK(index.find("budget", 0).empty());
}

TEST_CASE("search follows the pack's language without being built again") {
  TempDir tmp;
  auto pack = Pack::open(buildSearchPack(tmp));
  SearchIndex index(*pack);
  CHECK(index.find("orthopedagoog").empty());  // French visitors do not match Dutch words
  pack->setLanguage("nl");
  REQUIRE(pack->catalogue().language == "nl");
  CHECK(ids(*pack, index.find("orthoped")) == std::vector<std::string>{"educateur-specialise"});
  CHECK(ids(*pack, index.find("leefgroep")) == std::vector<std::string>{"educateur-specialise"});
  // Untranslated texts are searched in French, as they are shown.
  CHECK(has(ids(*pack, index.find("assistant")), "assistant-social"));
  CHECK(index.find("specialise").empty());  // the career's Dutch title replaced the French one
  pack->setLanguage("fr");
  CHECK(has(ids(*pack, index.find("specialise")), "educateur-specialise"));
  CHECK(index.find("orthopedagoog").empty());
}

TEST_CASE("hostile or broken queries give results or nothing, never an error") {
  TempDir tmp;
  auto pack = Pack::open(buildSearchPack(tmp));
  SearchIndex index(*pack);
  const std::vector<std::string> queries = {"\"",
                                            "\"educ",
                                            "educ\"",
                                            "educ*",
                                            "*",
                                            "**",
                                            "-",
                                            "-educ",
                                            "educ -",
                                            "NEAR(",
                                            "NEAR(educ",
                                            "NEAR(educ stage, 2)",
                                            "AND",
                                            "OR",
                                            "NOT",
                                            "educ OR",
                                            "educ AND NOT",
                                            "(",
                                            ")",
                                            "{title}:",
                                            "title:educ",
                                            "^educ",
                                            "educ:",
                                            "'",
                                            "'; DROP TABLE search; --",
                                            "\\",
                                            "%",
                                            "_",
                                            std::string("educ\0spe", 8),
                                            std::string(1, '\0'),
                                            "\xff\xfe",
                                            "\xc3",
                                            "\xe2\x80",
                                            "😀",
                                            "😀 educ",
                                            std::string(10000, 'a'),
                                            std::string(10000, '"'),
                                            std::string(10000, '*')};
  for (const auto& q : queries) {
    CAPTURE(q.substr(0, 40));
    CHECK_NOTHROW(index.find(q));
  }
  std::string words;  // 10,000 characters of distinct words
  for (int i = 0; words.size() < 10000; ++i) words += "w" + std::to_string(i) + " ";
  CHECK_NOTHROW(index.find(words));
  // Quoting keeps the visitor's words: syntax around them is only separators.
  CHECK(has(ids(*pack, index.find("\"educ")), "educateur-specialise"));
  CHECK(has(ids(*pack, index.find("-educ*")), "educateur-specialise"));
  CHECK(has(ids(*pack, index.find(std::string("educ\0spe", 8))), "educateur-specialise"));
  // Random bytes, fixed seed.
  uint32_t s = 12345;
  for (int i = 0; i < 300; ++i) {
    std::string q;
    for (int k = 0; k < 1 + i % 40; ++k) {
      s = s * 1103515245u + 12345u;
      q += static_cast<char>(s >> 16);
    }
    CHECK_NOTHROW(index.find(q));
  }
}

TEST_CASE("FTS5 runs on the pack as the kiosk opens it: read-only, defensive, untrusted schema") {
  TempDir tmp;
  auto pack = Pack::open(buildSearchPack(tmp));
  sqlite3* h = pack->database().handle();
  int defensive = -1, trusted = -1;
  sqlite3_db_config(h, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
  sqlite3_db_config(h, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
  CHECK(defensive == 1);
  CHECK(trusted == 0);
  CHECK(sqlite3_db_readonly(h, "main") == 1);
  SearchIndex index(*pack);
  CHECK_FALSE(index.find("educ").empty());
}

TEST_CASE("a damaged or missing search table never crashes the kiosk") {
  TempDir tmp;
  fs::path good = buildSearchPack(tmp);
  // The index is outside the content hash: these packs still open, their catalogue intact.
  auto tamper = [&](const char* name, const char* sql) {
    fs::path p = tmp.path / name;
    fs::copy_file(good, p);
    sql::Database db(p, sql::Mode::ReadWriteCreate);
    db.exec(sql);
    return p;
  };
  {
    auto pack =
        Pack::open(tamper("ids.kpack", "UPDATE search SET id = 'nope' WHERE kind = 'career'"));
    SearchIndex index(*pack);
    CHECK(ids(*pack, index.find("educateur")) == std::vector<std::string>{"dettes"});
  }
  {
    auto pack = Pack::open(tamper("blocks.kpack", "UPDATE search_data SET block = x'00ff00ff'"));
    SearchIndex index(*pack);
    CHECK_NOTHROW(index.find("educateur"));
    CHECK_NOTHROW(index.find("e"));
  }
  {
    auto pack = Pack::open(tamper("dropped.kpack", "DROP TABLE search"));
    SearchIndex index(*pack);
    CHECK(index.find("educateur").empty());
    CHECK(pack->catalogue().careers.size() == 2);
  }
}

TEST_CASE("a query matching too many items to rank lists title matches first, in list order") {
  TempDir tmp;
  fs::path src = tmp.path / "src";
  writeSources(src);
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Un stage au CPAS pour commencer.\n"
            "domain: accompagnement\n\nCorps.\n");
  std::string csv = kOffersHeader;
  const int n = static_cast<int>(SearchIndex::kRankedMax) + 100;
  for (int i = 0; i < n; ++i) {
    char row[200];
    std::snprintf(row, sizeof row,
                  "s-%04d;cpas-ath;Logement;;Stage %04d;Un stage au service logement.;Ath;;;"
                  "2027-02-08;2027-05-21;;2027-01-%02d;;;\n",
                  i, n - i, 1 + i % 28);
    csv += row;
  }
  writeFile(src / "offers.csv", csv);
  fs::path out = tmp.path / "many.kpack";
  auto d = buildPack(src, out, SourceOptions{"2026-11-23"});
  INFO(allOf(d));
  REQUIRE(errorCount(d) == 0);
  auto pack = Pack::open(out);
  SearchIndex index(*pack);
  const Catalogue& c = pack->catalogue();
  for (const char* typed : {"st", "sta", "stage"}) {  // no title but the offers' starts with "st"
    CAPTURE(typed);
    auto hits = index.find(typed);
    REQUIRE(hits.size() == 50);
    for (size_t i = 0; i < hits.size(); ++i) {  // the offers list's first 50, in its order
      CHECK(hits[i].kind == SearchHit::Kind::Offer);
      CHECK(hits[i].index == i);
    }
    // The career says "stage" only in its pitch: after every title match.
    auto all = index.find(typed, static_cast<size_t>(n) + 1);
    REQUIRE(all.size() == static_cast<size_t>(n) + 1);
    CHECK(all.back().kind == SearchHit::Kind::Career);
    CHECK(c.careers[all.back().index].id == "assistant-social");
  }
  auto one = index.find("stage 0007");  // one match: ranked as usual
  REQUIRE(one.size() == 1);
  CHECK(c.offers[one[0].index].title == "Stage 0007");
}
