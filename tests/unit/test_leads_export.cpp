// The CSV an organisation opens in Excel/LibreOffice: readable accents, intact text, no formulas.
#include <doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "temp_dir.h"
#include "ctl.h"
#include "store.h"

namespace fs = std::filesystem;
using vitrine::leadsToCsv;
using vitrine::StoredLead;
using Table = std::vector<std::vector<std::string>>;

namespace {

const std::string kBom = "\xEF\xBB\xBF";

// A minimal RFC 4180 reader, as a spreadsheet would read the file: quoted cells may hold the
// delimiter, doubled quotes and line breaks; rows end with CRLF.
Table readCsv(const std::string& text, char delim) {
  Table rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string& cell = rows.back().back();
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == delim) {
      rows.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      cell += c;
    }
  }
  if (rows.back() == std::vector<std::string>(1)) rows.pop_back();  // after the last CRLF
  return rows;
}

StoredLead lead(const std::string& message) {
  StoredLead l;
  l.id = "6f1c2d3e-4a5b-4c6d-8e7f-001122334455";
  l.createdAt = "2025-03-14T09:30:00.000Z";
  l.kioskId = "borne-1";
  l.eventTag = "Cité des métiers";
  l.packId = "demo";
  l.submission.profile = "student";
  l.submission.careerIds = {"educateur-specialise", "mediateur-social"};
  l.submission.consent = true;
  l.submission.consentVersion = "2025-01";
  l.submission.personal = {"Zoé", "zoe@exemple.be", "0470 12 34 56", "5000", message};
  return l;
}

std::string body(const std::string& csv) {
  return csv.substr(kBom.size());
}

using vitrine::test::TempDir;
std::string fileText(const fs::path& p) { return vitrine::test::fileBytes(p); }

}  // namespace

TEST_CASE("Excel in French opens the file with accents and columns right") {
  std::string csv = leadsToCsv({lead("Bonjour, à bientôt !")});
  REQUIRE(csv.rfind(kBom, 0) == 0);  // without the BOM Excel shows "Ã©" instead of "é"
  CHECK(csv.find("\r\n") != std::string::npos);
  CHECK(csv.find('\n') == csv.find("\r\n") + 1);  // every line ends CRLF
  Table t = readCsv(body(csv), ';');
  REQUIRE(t.size() == 2);
  CHECK(t[0] == std::vector<std::string>{"id", "date", "kiosque", "événement", "pack", "profil",
                                         "métiers", "stages", "consentement",
                                         "version du consentement", "prénom", "e-mail", "téléphone",
                                         "code postal", "message"});
  REQUIRE(t[1].size() == 15);
  CHECK(t[1][3] == "Cité des métiers");
  CHECK(t[1][6] == "educateur-specialise, mediateur-social");
  CHECK(t[1][8] == "oui");
  CHECK(t[1][10] == "Zoé");
  CHECK(t[1][11] == "zoe@exemple.be");
  CHECK(t[1][14] == "Bonjour, à bientôt !");  // a comma needs no quoting with ';'
}

TEST_CASE("a message with ; quotes and line breaks stays one cell, exactly as typed") {
  const std::string typed = "Stage en MRS ; ISP \"si possible\"\r\nMerci\nœ ’ 🎓";
  for (char delim : {';', ',', '\t'}) {
    Table t = readCsv(body(leadsToCsv({lead(typed)}, delim)), delim);
    REQUIRE(t.size() == 2);
    REQUIRE(t[1].size() == 15);
    CHECK(t[1][14] == typed);
  }
}

TEST_CASE("cells that look like formulas are neutralised, other text is untouched") {
  std::vector<StoredLead> leads;
  for (const char* m : {"=SUM(A1)", "+33 6 12 34 56 78", "-x", "@x", "\tcmd", "a=b", "É-lo"})
    leads.push_back(lead(m));
  Table t = readCsv(body(leadsToCsv(leads)), ';');
  REQUIRE(t.size() == 8);
  CHECK(t[1][14] == "'=SUM(A1)");
  CHECK(t[2][14] == "'+33 6 12 34 56 78");
  CHECK(t[3][14] == "'-x");
  CHECK(t[4][14] == "'@x");
  CHECK(t[5][14] == "'\tcmd");
  CHECK(t[6][14] == "a=b");
  CHECK(t[7][14] == "É-lo");
}

TEST_CASE("a lead without consent is exported without any contact detail") {
  StoredLead l = lead("rappelez-moi");
  l.submission.consent = false;
  Table t = readCsv(body(leadsToCsv({l})), ';');
  REQUIRE(t.size() == 2);
  CHECK(t[1][8] == "non");
  for (size_t col = 10; col < 15; ++col) CHECK(t[1][col].empty());
}

TEST_CASE("kioskctl leads export writes the organisation's file from a real store") {
  TempDir dir;
  const fs::path db = dir.path / "visitors.db";
  {
    vitrine::VisitorStore store(db, "borne-1", "salon");
    vitrine::Submission s;
    s.profile = "jobseeker";
    s.consent = true;
    s.consentOrgIds = {"cpas-tournai"};
    s.personal.firstName = "Noël";
    s.personal.phone = "+32 470 00 00 00";
    store.save(s, "demo");
  }
  const fs::path out = dir.path / "leads.csv";
  REQUIRE(vitrine::ctl::leads(
              {"export", "--store", db.string(), "--format", "csv", "-o", out.string()}) == 0);
  CHECK_FALSE(fs::exists(dir.path / "leads.csv.tmp"));
  Table t = readCsv(body(fileText(out)), ';');
  REQUIRE(t.size() == 2);
  CHECK(t[1][10] == "Noël");
  CHECK(t[1][12] == "'+32 470 00 00 00");

  REQUIRE(vitrine::ctl::leads(
              {"export", "--store", db.string(), "--delimiter", ",", "-o", out.string()}) == 0);
  CHECK(readCsv(body(fileText(out)), ',')[1][10] == "Noël");

  // Mistakes in the command line are usage errors (2); a missing store is a failure (1).
  CHECK(vitrine::ctl::leads({"export", "--store", db.string(), "--format", "xlsx"}) == 2);
  CHECK(vitrine::ctl::leads({"export", "--store", db.string(), "--colour", "red"}) == 2);
  CHECK(vitrine::ctl::leads({"export"}) == 2);
  CHECK(vitrine::ctl::leads({"export", "--store", (dir.path / "nope.db").string()}) == 1);
  CHECK_FALSE(fs::exists(dir.path / "nope.db"));  // a typo never creates an empty store
}

TEST_CASE("postal code and phone are quoted text cells: 01000 and +32470123456 keep their form") {
  StoredLead l = lead("");
  l.submission.personal.postalCode = "01000";
  l.submission.personal.phone = "+32470123456";
  const std::string csv = body(leadsToCsv({l}));
  // Quoted, so LibreOffice's « champs entre guillemets comme texte » keeps them as typed (checked
  // with soffice --infilter=CSV:59,34,76,1,,1036,true); a stored E.164 number needs no apostrophe.
  CHECK(csv.find(";\"+32470123456\";\"01000\";") != std::string::npos);
  CHECK(csv.find("'+32470123456") == std::string::npos);
  Table t = readCsv(csv, ';');
  CHECK(t[1][12] == "+32470123456");
  CHECK(t[1][13] == "01000");
  // The header and empty cells stay as they were; other text still loses its formula power.
  CHECK(csv.rfind("id;date;", 0) == 0);
  l.submission.personal.postalCode.clear();
  l.submission.personal.phone = "+32 470 00 00 00";
  const std::string other = body(leadsToCsv({l}));
  CHECK(other.find(";\"'+32 470 00 00 00\";;") != std::string::npos);
}
