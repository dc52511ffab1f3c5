// What Excel and Notepad save: UTF-8 is detected line by line, Windows-1252 becomes proper UTF-8.
#include <doctest.h>

#include "csv.h"
#include "encoding.h"

using namespace vitrine;

namespace {

std::string convert(const std::string& in) {
  std::string out;
  REQUIRE(cp1252ToUtf8(in, out));
  return out;
}

}  // namespace

TEST_CASE("the first byte that is not UTF-8 is found on its line") {
  CHECK(firstNonUtf8Line("") == 0);
  CHECK(firstNonUtf8Line("Éducateur·rice « spécialisé·e » – œuvre €\n") == 0);
  CHECK(firstNonUtf8Line("id;name\nx;Gen\xE8ve\n") == 2);
  CHECK(firstNonUtf8Line("a\nb\nc\xC3") == 3);             // cut in the middle of a character
  CHECK(firstNonUtf8Line("\xE2\x82\n") == 1);              // truncated three-byte sequence
  CHECK(firstNonUtf8Line("ok\n\xF0\x9F\x98\x80\n") == 0);  // an emoji is fine
  // Byte runs shaped like UTF-8 that RFC 3629 forbids: other encodings, or a broken converter.
  CHECK(firstNonUtf8Line("ok\nd\xC0\xA9j\xC3\xA0") == 2);     // an overlong « © »
  CHECK(firstNonUtf8Line("\xE0\x80\xAF") == 1);               // an overlong « / »
  CHECK(firstNonUtf8Line("a\xED\xA0\xBD\xED\xB8\x80") == 1);  // an emoji as two surrogates (CESU-8)
  CHECK(firstNonUtf8Line("\xF4\x90\x80\x80") == 1);           // past U+10FFFF
  CHECK(firstNonUtf8Line("\xF8\x88\x80\x80\x80") == 1);       // a five-byte form
  CHECK(firstNonUtf8Line("\xF4\x8F\xBF\xBF \xEF\xBF\xBD") == 0);  // U+10FFFF, U+FFFD
}

TEST_CASE("French letters and punctuation typed in Excel come out as UTF-8") {
  CHECK(convert("Gen\xE8ve") == "Genève");
  CHECK(convert("\xC9"
                "ducateur") == "Éducateur");
  CHECK(convert("\xE0 \xE2 \xE7 \xE9 \xE8 \xEA \xEB \xEE \xEF \xF4 \xF9 \xFB \xFC \xFF") ==
        "à â ç é è ê ë î ï ô ù û ü ÿ");
  CHECK(convert("\xAB guillemets \xBB") == "« guillemets »");
  CHECK(convert("\x9C"
                "uvre \x8C"
                "uvre") == "œuvre Œuvre");
  CHECK(convert("l\x92"
                "accueil \x96 10 \x80 \x85") == "l’accueil – 10 € …");
  CHECK(convert("\x93"
                "cit\xE9"
                "\x94 \x84"
                "x\x93 \x91"
                "y\x92") == "“cité” „x“ ‘y’");
  CHECK(convert("\x95 \x97 \x99 \x8A\x9A \x8E\x9E \x9F \x83 \x86\x87 \x89 \x8B\x9B \x88 \x98") ==
        "• — ™ Šš Žž Ÿ ƒ †‡ ‰ ‹› ˆ ˜");
  CHECK(convert("\xA0\xB0\xB2") == "\xC2\xA0°²");
  CHECK(convert("plain ASCII;1;2\r\n") == "plain ASCII;1;2\r\n");
}

TEST_CASE("bytes Windows-1252 leaves undefined mean another encoding: refused") {
  std::string out;
  for (char undefined : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
    CHECK_FALSE(cp1252ToUtf8(std::string("ab") + undefined, out));
  }
}

TEST_CASE("a converted Excel file parses like one saved as CSV UTF-8") {
  std::string excel = "id;name;city\r\ncpas-liege;CPAS de Li\xE8ge;Li\xE8ge\r\n";
  csv::Table t = csv::parse(convert(excel));
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].fields == std::vector<std::string>{"cpas-liege", "CPAS de Liège", "Liège"});
}

TEST_CASE("UTF-16 from Excel and Notepad, with or without BOM, becomes UTF-8") {
  const std::string le = std::string("\xFF\xFE", 2) + std::string("i\0d\0\t\0\xE9\0\n\0", 10);
  DecodedText d = decodeText(le);
  CHECK(d.from == Encoding::Utf16Le);
  CHECK(d.text == "id\té\n");
  const std::string be = std::string("\0i\0d\0\t\0\xE9\0\n\x20\xAC", 12);
  d = decodeText(be);
  CHECK(d.from == Encoding::Utf16Be);
  CHECK(d.text == "id\té\n€");
}

TEST_CASE("8-bit files: Windows-1252 unless only ISO-8859-15 makes sense of € and œ") {
  DecodedText d = decodeText(
      "Gen\xE8ve \x80 l\x92"
      "accueil");
  CHECK(d.from == Encoding::Cp1252);
  CHECK(d.text == "Genève € l’accueil");
  d = decodeText("10 \xA4, c\xBDur");
  CHECK(d.from == Encoding::Iso885915);
  CHECK(d.text == "10 €, cœur");
}

TEST_CASE("a UTF-8 file with a Windows-1252 line is refused at that line, not converted") {
  DecodedText d = decodeText("id;name\nx;Liège\ny;Gen\xE8ve\n");
  CHECK(d.mixedLine == 3);
  CHECK(d.from == Encoding::Unknown);
}

TEST_CASE("conversion accidents in UTF-8 text are found at their line") {
  auto flaws = findTextFlaws("ok\nAccueil dâ€™urgence Ã  Ath\nx\x01y\nFrais : 10 ¤\n");
  REQUIRE(flaws.size() == 3);
  CHECK(flaws[0].kind == TextFlaw::Kind::DoubleEncoded);
  CHECK(flaws[0].line == 2);
  CHECK(flaws[0].found == "dâ€™urgence");
  CHECK(flaws[0].repaired == "d’urgence");
  CHECK(flaws[1].kind == TextFlaw::Kind::Control);
  CHECK(flaws[1].line == 3);
  CHECK(flaws[1].found == "U+0001");
  CHECK(flaws[2].kind == TextFlaw::Kind::CurrencySign);
  CHECK(flaws[2].line == 4);
  CHECK(repairDoubleEncoding("Ã‰ducateur spÃ©cialisÃ©") == "Éducateur spécialisé");
  // Real French is left alone: no false alarm on accents, guillemets, tabs or line ends.
  CHECK(findTextFlaws("Éducateur·rice « spécialisé·e » – œuvre € à Liège\tÂge\r\n").empty());
}
