// The editor corpus (tests/data/editor_corpus): files saved by Excel, LibreOffice, Notepad and
// phones; each case asserts the records read, every message with its file:line, and what the pack
// then holds. No case may end with 0 errors and content other than what the editor typed.
// Text here: encodings, quotes, spreadsheet habits, ids, characters; pictures and files in
// test_editor_files.cpp.
#include "editor_corpus.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

TEST_CASE("the base pack builds without a message and holds what was typed") {
  auto o = run("");
  INFO(o.all());
  CHECK(o.diags.empty());
  CHECK(o.records == std::map<std::string, size_t>{
                         {"careers/", 1}, {"offers.csv", 3}, {"organisations.csv", 2}});
  holdsTypedOffers(o);
}

TEST_CASE("encodings Excel, LibreOffice and Notepad save are read as typed") {
  SUBCASE("Excel « CSV UTF-8 »: BOM, CRLF, a description on two lines") {
    readsAsTyped("utf8-bom-crlf", "Première ligne, le soir.\nDeuxième ligne : « la rue ».");
  }
  SUBCASE("LibreOffice « Texte CSV » with every text cell in quotes") {
    readsAsTyped("libreoffice-quote-all");
  }
  SUBCASE("Excel « Texte Unicode »: UTF-16 LE with BOM, tab-separated") {
    readsAsTyped("excel-unicode-utf16le", "Première ligne, le soir.\nDeuxième ligne : « la rue ».");
  }
  SUBCASE("UTF-16 BE without BOM, tab-separated") {
    readsAsTyped("utf16be-nobom");
  }
  SUBCASE("Notepad « Unicode » career file") {
    auto o = run("notepad-unicode-career");
    INFO(o.all());
    CHECK(o.diags.empty());
    REQUIRE(o.pack);
    REQUIRE(o.cat().career("assistant-social"));
    CHECK(o.cat().career("assistant-social")->pitch ==
          "Accompagner les personnes vers leurs droits – avec cœur.");
  }
  SUBCASE("Excel's plain « CSV »: Windows-1252, converted with one warning") {
    auto o = run("excel-csv-cp1252");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:1: warning: converted from Windows-1252; save as \"CSV UTF-8\""));
    holdsTypedOffers(o);
  }
  SUBCASE("ISO-8859-15: € and œ are read as such, not ¤ and ½") {
    auto o = run("iso-8859-15");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:1: warning: converted from ISO-8859-15 (€ and œ read as such)"));
    REQUIRE(o.pack);
    REQUIRE(o.cat().offers.size() == 2);
    CHECK(o.cat().offer("hg-1")->description == kDescription1);
    CHECK(o.cat().offer("ilv-1")->title == "Œuvrer pour le cœur du quartier");
  }
}

TEST_CASE("garbled text is refused at its line, never shown as mojibake") {
  SUBCASE("a UTF-8 file with one line pasted from Windows-1252") {
    auto o = run("mixed-utf8-cp1252");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("offers.csv:3: error: this line is Windows-1252 while the rest of the file is "
              "UTF-8"));
    CHECK_FALSE(o.pack);
  }
  SUBCASE("double-encoded UTF-8: the repaired word is suggested") {
    auto o = run("double-encoded");
    INFO(o.all());
    CHECK(o.errors() == 3);
    CHECK(
        o.has("offers.csv:2: error: accents encoded twice (\"HÃ©bergement\"): did you mean "
              "\"Hébergement\"?"));
    CHECK(
        o.has("offers.csv:4: error: accents encoded twice (\"Å’uvrer\"): did you mean "
              "\"Œuvrer\"?"));
    CHECK_FALSE(o.pack);
  }
  SUBCASE("control characters from a wrong character set on export") {
    auto o = run("wrong-charset-controls");
    INFO(o.all());
    CHECK(o.errors() == 2);
    CHECK(o.has("offers.csv:2: error: control character U+0092 in the text"));
    CHECK(o.has("offers.csv:4: error: control character U+008C in the text"));
    CHECK_FALSE(o.pack);
  }
  SUBCASE("a ¤ where a € was meant is a warning at its line") {
    auto o = run("currency-sign");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:2: warning: \"¤\" (currency sign): a € lost in a conversion?"));
  }
}

TEST_CASE("quotes: nothing is swallowed or glued without an error at the right line") {
  SUBCASE("a quote never closed: error where it opens; the two rows before are read") {
    auto o = run("unclosed-quote");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:4: error: a quote (\") opened on this line is never closed"));
    CHECK(o.records.at("offers.csv") == 2);
    CHECK_FALSE(o.pack);
  }
  SUBCASE("\"Travail de rue\" à Charleroi-Nord: text after the closing quote") {
    auto o = run("text-after-quote");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("offers.csv:3: error: text after a closing quote (\"\"Travail de rue\" à "
              "Charleroi-Nord\")"));
    CHECK_FALSE(o.pack);
  }
  SUBCASE("a quote closed rows later by another cell's quote") {
    auto o = run("quote-swallows-rows");
    INFO(o.all());
    CHECK(o.has("offers.csv:3: warning: a quoted cell holds a line break and 30 separators"));
    CHECK(o.has("offers.csv:5: error: text after a closing quote"));
    CHECK(o.errors() == 1);
    CHECK_FALSE(o.pack);
  }
}

TEST_CASE("Excel's habits: trailing columns, sep=, lock files, French dates, odd spaces") {
  SUBCASE("empty unnamed columns at the end of every row: one warning, content intact") {
    auto o = run("trailing-columns");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:1: warning: 4 column(s) without a name and empty on every row"));
    holdsTypedOffers(o);
  }
  SUBCASE("an unnamed column holding text is an error naming the row") {
    auto o = run("unnamed-column-filled");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:1: error: column 17 has no name but holds text (line 3)"));
    CHECK_FALSE(o.pack);
  }
  SUBCASE("sep=; first line: honoured, and lines still counted as in the file") {
    auto o = run("sep-line");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:4: warning: the deadline (2026-10-01) is already past"));
    CHECK(o.records.at("offers.csv") == 2);
    REQUIRE(o.pack);
    CHECK(o.cat().offer("hg-1")->title == kTitle1);
  }
  SUBCASE("lock, hidden and backup files beside the careers are not careers") {
    auto o = run("lock-files");
    INFO(o.all());
    CHECK(o.diags.empty());
    CHECK(o.records.at("careers/") == 1);
    REQUIRE(o.pack);
    CHECK(o.cat().careers.size() == 1);
  }
  SUBCASE("DD/MM/YYYY dates: read day first, one warning per column") {
    auto o = run("french-dates");
    INFO(o.all());
    CHECK(o.diags.size() == 3);
    CHECK(
        o.has("offers.csv:2: warning: column start: DD/MM/YYYY dates read day first "
              "(08/02/2027 = 2027-02-08)"));
    CHECK(o.has("offers.csv:2: warning: column end:"));
    CHECK(o.has("offers.csv:2: warning: column deadline:"));
    REQUIRE(o.pack);
    CHECK(o.cat().offer("hg-1")->start == "2027-02-08");
    CHECK(o.cat().offer("hg-1")->deadline == "2027-01-15");
    CHECK(o.cat().offer("ilv-1")->end == "2027-04-30");
  }
  SUBCASE("events.csv dates day first: one warning for the column") {
    auto o = run("events-french-dates");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("events.csv:2: warning: column date: DD/MM/YYYY dates read day first "
              "(14/03/2027 = 2027-03-14)"));
    CHECK(o.records.at("events.csv") == 2);
    REQUIRE(o.pack);
    REQUIRE(o.cat().events.size() == 2);
    for (const Event& e : o.cat().events) {
      if (e.id == "po-ath") CHECK(e.date == "2027-03-14");
      if (e.id == "info-rue") CHECK(e.date == "2027-04-02");
      if (e.id == "info-rue") CHECK(e.title == "Séance d’information : travail de rue");
    }
  }
  SUBCASE("other date formats are refused with the formats to use") {
    auto o = run("bad-dates");
    INFO(o.all());
    CHECK(o.errors() == 3);
    CHECK(
        o.has("offers.csv:2: error: invalid start date \"8/2/27\" (use YYYY-MM-DD like "
              "2027-02-08, or DD/MM/YYYY)"));
    CHECK(o.has("offers.csv:3: error: invalid start date \"2027/03/01\""));
    CHECK(o.has("offers.csv:4: error: invalid end date \"04/30/2027\""));
  }
  SUBCASE("non-breaking spaces around column names are dropped") {
    auto o = run("nbsp-around-header");
    INFO(o.all());
    CHECK(o.diags.empty());
    holdsTypedOffers(o);
  }
  SUBCASE("a non-breaking space before a career file's colon (French typing) is dropped") {
    auto o = run("", [](const fs::path& src) {
      writeFile(src / "careers/assistant-social.txt",
                "title\xC2\xA0: Assistant·e de service social\npitch\xE2\x80\xAF: Accompagner."
                "\ndomain: accompagnement\n\nAu CPAS.\n");
    });
    INFO(o.all());
    CHECK(o.diags.empty());
    REQUIRE(o.pack);
    CHECK(o.cat().career("assistant-social")->title == "Assistant·e de service social");
  }
  SUBCASE("a non-breaking space inside a column name is said so") {
    auto o = run("nbsp-inside-header");
    INFO(o.all());
    CHECK(
        o.has("offers.csv:1: error: unknown column \"apply\xC2\xA0url\": it holds a non-breaking "
              "space; retype its name"));
    CHECK(o.errors() == 1);
  }
}

TEST_CASE("ids and career file names follow the documented slug rule") {
  SUBCASE("accents, capitals, spaces and | in ids: the slug to use is given") {
    auto o = run("bad-ids");
    INFO(o.all());
    CHECK(o.errors() == 3);
    CHECK(
        o.has("offers.csv:2: error: invalid id \"hg-hébergement-2\": lower-case ASCII letters, "
              "digits and - only; use hg-hebergement-2"));
    CHECK(o.has("offers.csv:3: error: invalid id \"Rue 1\""));
    CHECK(
        o.has("offers.csv:4: error: invalid id \"ilv|2\": lower-case ASCII letters, digits and "
              "- only; use ilv-2"));
  }
  SUBCASE("a Windows Explorer copy of a career file is an error, not a second career") {
    auto o = run("explorer-copy");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("careers/Copie de assistant-social.txt: error: \"Copie de assistant-social\" is "
              "not a valid career id: rename the file copie-de-assistant-social.txt"));
    CHECK(o.records.at("careers/") == 1);
    CHECK_FALSE(o.pack);
  }
}

TEST_CASE("one error per root cause, notes for what the kiosk will not show") {
  SUBCASE("offers naming an organisation whose line failed: one summary line") {
    auto o = run("organisation-failed");
    INFO(o.all());
    CHECK(o.diags.size() == 2);
    CHECK(o.has("organisations.csv:3: error: 8 fields instead of 7"));
    CHECK(
        o.has("offers.csv:3: error: 4 row(s) (3, 4, 5, 6) name organisation "
              "\"cpas-charleroi\", whose line organisations.csv:3 has an error: fix it first"));
  }
  SUBCASE("offers naming a career whose file failed: one summary line") {
    auto o = run("career-failed");
    INFO(o.all());
    CHECK(o.diags.size() == 2);
    CHECK(
        o.has("careers/assistant-social.txt:5: error: this line is Windows-1252 while the rest "
              "of the file is UTF-8"));
    CHECK(
        o.has("offers.csv:2: error: 3 row(s) (2, 3, 4) name career \"assistant-social\", "
              "whose file careers/assistant-social.txt could not be read: fix it first"));
  }
  SUBCASE("the same error on many rows: five, then how many more") {
    auto o = run("repeated-errors");
    INFO(o.all());
    CHECK(o.diags.size() == 6);
    CHECK(o.has("offers.csv:6: error: unknown career \"educateur\""));
    CHECK_FALSE(o.has("offers.csv:7:"));
    CHECK(o.has("offers.csv: error: 7 more problem(s) of the same kind in this file, not shown"));
    CHECK(o.records.at("offers.csv") == 12);
  }
  SUBCASE("a header-only offers.csv warns: the Stages screen would be empty") {
    auto o = run("header-only");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:1: warning: no offers, only the header line"));
    REQUIRE(o.pack);
    CHECK(o.cat().offers.empty());
  }
  SUBCASE("no apply_url column: a note, the pack is written without QR codes") {
    auto o = run("no-apply-url");
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv:1: note: no apply_url column: no offer shows a QR code to apply"));
    CHECK(o.errors() + o.warnings() == 0);
    REQUIRE(o.pack);
    CHECK(o.cat().offer("hg-1")->applyUrl.empty());
    CHECK(o.cat().offer("hg-1")->title == kTitle1);
  }
}

TEST_CASE("a French-speaking editor reads every message in French") {
  msg::setLanguage(msg::Lang::Fr);
  auto dates = run("french-dates");
  auto ids = run("bad-ids");
  auto quote = run("unclosed-quote");
  auto copy = run("explorer-copy");
  msg::setLanguage(msg::Lang::En);  // printed later, the messages keep the language they had
  const std::string all = dates.all() + ids.all() + quote.all() + copy.all();
  INFO(all);
  CHECK(
      dates.has("offers.csv:2: avertissement: colonne start : dates JJ/MM/AAAA lues jour "
                "d'abord (08/02/2027 = 2027-02-08)"));
  CHECK(
      ids.has("offers.csv:2: erreur: identifiant « hg-hébergement-2 » invalide : minuscules "
              "ASCII, chiffres et - seulement ; utilisez hg-hebergement-2"));
  CHECK(
      quote.has("offers.csv:4: erreur: un guillemet (\") ouvert à cette ligne n'est jamais "
                "fermé"));
  CHECK(
      copy.has("careers/Copie de assistant-social.txt: erreur: « Copie de assistant-social » "
               "n'est pas un identifiant de métier valide : renommez le fichier "
               "copie-de-assistant-social.txt"));
  msg::setLanguage(msg::Lang::En);
}

TEST_CASE(
    "characters the kiosk cannot draw are named where they are typed; French spacing is fine") {
  auto o = run("", [](const fs::path& src) {
    writeFile(src / "careers/assistant-social.txt",
              "title: Assistant·e de service social\n"
              "pitch: Vous hésitez\u202F? Accompagner les personnes – avec cœur\u00A0!\n"
              "domain: accompagnement\n"
              "\n"
              "## Où ?\n"
              "\u2666 Au CPAS, à l\u2019accueil.\n"  // a Word bullet (♦)
              "\uF0A7 Au service social.\n"          // Wingdings' bullet, in the private use area
              "Ensuite \u2192 la formation, \uFB01nancée par la Région.\n");  // →; ﬁ: spelt fi
  });
  INFO(o.all());
  CHECK(o.errors() == 0);  // the pack is written: a « ? » is a flaw, not a broken pack
  CHECK(o.warnings() == 3);
  CHECK(
      o.has("careers/assistant-social.txt:6: warning: character \"\u2666\" (U+2666) the kiosk "
            "cannot draw: it would show as \"?\""));
  CHECK(o.has("careers/assistant-social.txt:7: warning: character \"\uF0A7\" (U+F0A7)"));
  CHECK(o.has("careers/assistant-social.txt:8: warning: character \"\u2192\" (U+2192)"));
}

TEST_CASE(
    "accents typed apart from their letter (a Mac, a PDF) are composed, soft hyphens (Word) "
    "dropped: drawn and found") {
  auto o = run("", [](const fs::path& src) {
    writeFile(src / "careers/assistant-social.txt",
              "title: Assistant\u00B7e de service social\n"
              "pitch: Accompagner les pe\u0301riodes di\uFB03ciles, avec c\u0153ur : c\u0327a "
              "com\u00ADpte.\n"
              "domain: accompagnement\n"
              "\n"
              "## O\u0300u ?\n"
              "Au CPAS, pre\u0300s de chez vous.\n");
  });
  INFO(o.all());
  CHECK(o.diags.empty());  // nothing the kiosk could not draw
  REQUIRE(o.pack);
  const Career* c = o.cat().career("assistant-social");
  REQUIRE(c);
  CHECK(c->pitch == "Accompagner les périodes difficiles, avec cœur : ça compte.");
}
