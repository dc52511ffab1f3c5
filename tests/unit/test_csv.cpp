// CSV files as editors' spreadsheets save them are read field for field, with the right line
// numbers.
#include <doctest.h>

#include "csv.h"

using vitrine::csv::parse;
using Fields = std::vector<std::string>;

TEST_CASE("the delimiter is the one the header uses: semicolon or comma") {
  auto semi = parse("id;name;city\na;CPAS de Liège;Liège\n");
  CHECK(semi.delimiter == ';');
  REQUIRE(semi.rows.size() == 2);
  CHECK(semi.rows[1].fields == Fields{"a", "CPAS de Liège", "Liège"});

  auto comma = parse("id,name\nb,\"Hospice général; Genève\"\n");
  CHECK(comma.delimiter == ',');
  REQUIRE(comma.rows.size() == 2);
  CHECK(comma.rows[1].fields == Fields{"b", "Hospice général; Genève"});
}

TEST_CASE("a UTF-8 BOM from Excel does not end up in the first column name") {
  auto t = parse("\xEF\xBB\xBFid;kind\nx;cpas\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].fields[0] == "id");
  CHECK(t.delimiter == ';');
}

TEST_CASE("Windows line endings are not kept in the last field") {
  auto t = parse("id;name\r\na;Namur\r\nb;Ath\r\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].fields == Fields{"a", "Namur"});
  CHECK(t.rows[2].fields == Fields{"b", "Ath"});
  CHECK(t.rows[2].line == 3);
}

TEST_CASE("quoted fields keep delimiters, doubled quotes and newlines") {
  std::string text =
      "id;description;city\n"
      "a;\"Atelier « budget »; collectif\";Liège\n"
      "b;\"Il a dit \"\"bonjour\"\"\";Namur\n"
      "c;\"Ligne un\r\nligne deux\nligne trois\";Ath\n"
      "d;après;Mons\n";
  auto t = parse(text);
  REQUIRE(t.error.empty());
  REQUIRE(t.rows.size() == 5);
  CHECK(t.rows[1].fields[1] == "Atelier « budget »; collectif");
  CHECK(t.rows[2].fields[1] == "Il a dit \"bonjour\"");
  CHECK(t.rows[3].fields[1] == "Ligne un\nligne deux\nligne trois");
  CHECK(t.rows[3].line == 4);
  // The record after a three-line field starts on line 7: errors there must say so.
  CHECK(t.rows[4].line == 7);
  CHECK(t.rows[4].fields == Fields{"d", "après", "Mons"});
}

TEST_CASE("blank lines are skipped but still counted") {
  auto t = parse("id;name\n\na;x\n   \n;;\nb;y\n\n");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].line == 3);
  CHECK(t.rows[2].line == 6);
  CHECK(t.rows[2].fields == Fields{"b", "y"});
}

TEST_CASE("spaces around unquoted fields are dropped, inside quotes kept") {
  auto t = parse("id; name;city  \na  ;\"  espace  \"  ;Liège \n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].fields[1] == "name");
  CHECK(t.rows[0].fields[2] == "city");
  CHECK(t.rows[1].fields == Fields{"a", "  espace  ", "Liège"});
}

TEST_CASE("empty fields and a missing final newline are fine") {
  auto t = parse("id;deadline;country\na;;\nb;2027-01-15;CA");
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].fields == Fields{"a", "", ""});
  CHECK(t.rows[2].fields == Fields{"b", "2027-01-15", "CA"});
}

TEST_CASE("an unterminated quote is reported with the line where it opens") {
  auto t = parse("id;title\na;ok\nb;\"jamais fermé\nc;suite\n");
  CHECK_FALSE(t.error.empty());
  CHECK(t.errorLine == 3);
}

TEST_CASE("text after a closing quote is an error at its line, and the text is kept") {
  auto t = parse("id;title\na;ok\nb;\"Travail de rue\" à Charleroi-Nord\nc;suite\n");
  REQUIRE(t.issues.size() == 1);
  CHECK(t.issues[0].kind == vitrine::csv::Issue::Kind::TextAfterQuote);
  CHECK(t.issues[0].line == 3);
  CHECK(t.issues[0].text == "\"Travail de rue\" à Charleroi-Nord");
  CHECK(t.errorLine == 3);
  REQUIRE(t.rows.size() == 4);  // nothing swallowed: the next row is still a row
  CHECK(t.rows[2].fields[1] == "Travail de rue à Charleroi-Nord");
  CHECK(t.rows[3].fields == Fields{"c", "suite"});
}

TEST_CASE("a quote closed rows later: the cell that swallowed them is flagged where it starts") {
  auto t = parse("id;title;city\na;\"début;Ath\nb;x;Mons\nc;y\";Namur\n");
  REQUIRE_FALSE(t.issues.empty());
  CHECK(t.issues[0].kind == vitrine::csv::Issue::Kind::CellHoldsRow);
  CHECK(t.issues[0].line == 2);
  CHECK(t.issues[0].count == 4);
  CHECK_FALSE(t.issues[0].error());
}

TEST_CASE("a quoted cell of many lines gets a warning at its first line") {
  auto t = parse("id;text\na;\"1\n2\n3\n4\n5\n6\n7\"\nb;x\n");
  REQUIRE(t.issues.size() == 1);
  CHECK(t.issues[0].kind == vitrine::csv::Issue::Kind::LongQuotedCell);
  CHECK(t.issues[0].line == 2);
  CHECK(t.issues[0].endLine == 8);
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[2].line == 9);
}

TEST_CASE("Excel's sep= line names the delimiter and is not a record; lines keep their numbers") {
  auto t = parse("sep=,\r\nid,name;x\r\na,b;c\r\n");
  CHECK(t.sepLine);
  CHECK(t.delimiter == ',');
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].line == 2);
  CHECK(t.rows[0].fields == Fields{"id", "name;x"});
  CHECK(t.rows[1].line == 3);
}

TEST_CASE("Excel's « Texte Unicode » is tab-separated") {
  auto t = parse("id\ttitle\tcity\na\tAccueil; nuit\tAth\n");
  CHECK(t.delimiter == '\t');
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].fields == Fields{"a", "Accueil; nuit", "Ath"});
}
