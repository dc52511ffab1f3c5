// CSV as spreadsheets save it: what an editor's file must give back, field by field, line by line.
#include <doctest.h>

#include "csv.h"

using vitrine::csv::parse;

TEST_CASE("semicolon files from a French-locale spreadsheet, with BOM and CRLF") {
  auto t = parse("\xEF\xBB\xBFid;name\r\ncpas-tournai;CPAS de Tournai\r\n");
  CHECK(t.delimiter == ';');
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0].fields[0] == "id");  // the BOM is not part of the first column name
  CHECK(t.rows[1].fields[1] == "CPAS de Tournai");
  CHECK(t.rows[1].line == 2);
}

TEST_CASE("comma files and quoted fields with delimiters, doubled quotes and newlines") {
  auto t = parse("id,description,city\n"
                 "a,\"Entretiens, visites \"\"à domicile\"\"\nsur deux lignes\",Liège\n"
                 "b,simple,Namur\n");
  CHECK(t.delimiter == ',');
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1].fields[1] == "Entretiens, visites \"à domicile\"\nsur deux lignes");
  CHECK(t.rows[1].fields[2] == "Liège");
  CHECK(t.rows[2].line == 4);  // the record after a two-line cell starts on line 4
}

TEST_CASE("blank lines are skipped and trailing spaces trimmed outside quotes") {
  auto t = parse("id;name\n\nx  ;\" padded \"  \n\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].fields[0] == "x");
  CHECK(t.rows[1].fields[1] == " padded ");
  CHECK(t.rows[1].line == 3);
}

TEST_CASE("an unterminated quote is reported with the line where it opened") {
  auto t = parse("id;name\na;ok\nb;\"never closed\nc;more\n");
  CHECK_FALSE(t.error.empty());
  CHECK(t.errorLine == 3);
}

TEST_CASE("empty cells keep their place") {
  auto t = parse("a;b;c\n1;;3\n");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].fields.size() == 3);
  CHECK(t.rows[1].fields[1].empty());
}
