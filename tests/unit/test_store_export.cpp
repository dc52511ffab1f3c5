// What an organisation receives from `kioskctl leads export`: only its leads, every field exact.
#include <doctest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "csv.h"
#include "messages_language.h"
#include "pack_builder.h"
#include "store.h"
#include "test_store_helpers.h"

using storetest::fileBytes;
using storetest::runLeads;
using storetest::TempDir;
using vitrine::StoredLead;
using vitrine::Submission;
using vitrine::VisitorStore;

namespace {

// A strict little JSON reader (RFC 8259), enough to prove the export parses and to read it back.
struct Json {
  enum Type { Null, Bool, Number, String, Array, Object } type = Null;
  std::string text;  // String value, or the Number / Bool literal
  std::vector<Json> items;
  std::vector<std::pair<std::string, Json>> members;

  const Json& operator[](const std::string& key) const {
    for (const auto& [k, v] : members)
      if (k == key) return v;
    FAIL("no member " << key);
    return *this;
  }
  std::vector<std::string> strings() const {
    std::vector<std::string> out;
    for (const auto& i : items) out.push_back(i.text);
    return out;
  }
};

class JsonReader {
 public:
  explicit JsonReader(const std::string& s) : s_(s) {}
  Json document() {
    Json v = value();
    space();
    if (i_ != s_.size()) fail("text after the document");
    return v;
  }
  std::string error;

 private:
  const std::string& s_;
  size_t i_ = 0;

  void fail(const std::string& why) {
    if (error.empty()) error = why + " at byte " + std::to_string(i_);
    i_ = s_.size();
  }
  void space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }
  bool eat(char c) {
    space();
    if (i_ < s_.size() && s_[i_] == c) return ++i_, true;
    return false;
  }
  bool literal(const std::string& word) {
    if (s_.compare(i_, word.size(), word) != 0) return false;
    i_ += word.size();
    return true;
  }
  Json value() {
    space();
    Json v;
    if (i_ >= s_.size()) return fail("unexpected end"), v;
    char c = s_[i_];
    if (c == '{') {
      ++i_;
      v.type = Json::Object;
      if (eat('}')) return v;
      do {
        space();
        std::string key = string();
        if (!eat(':')) fail("':' expected");
        v.members.emplace_back(key, value());
      } while (eat(','));
      if (!eat('}')) fail("'}' expected");
    } else if (c == '[') {
      ++i_;
      v.type = Json::Array;
      if (eat(']')) return v;
      do v.items.push_back(value());
      while (eat(','));
      if (!eat(']')) fail("']' expected");
    } else if (c == '"') {
      v.type = Json::String;
      v.text = string();
    } else if (literal("null")) {
      v.type = Json::Null;
    } else if (literal("true") || literal("false")) {
      v.type = Json::Bool;
    } else {
      fail("unexpected character");
    }
    return v;
  }
  unsigned hex4() {
    if (i_ + 4 > s_.size()) return fail("short \\u escape"), 0;
    unsigned v = static_cast<unsigned>(std::stoul(s_.substr(i_, 4), nullptr, 16));
    i_ += 4;
    return v;
  }
  static void appendUtf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  std::string string() {
    std::string out;
    if (i_ >= s_.size() || s_[i_] != '"') return fail("string expected"), out;
    for (++i_; i_ < s_.size(); ++i_) {
      unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') return ++i_, out;
      if (c < 0x20) return fail("raw control character in a string"), out;
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (++i_ >= s_.size()) break;
      switch (s_[i_]) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          ++i_;
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && literal("\\u"))
            cp = 0x10000 + ((cp - 0xD800) << 10) + (hex4() - 0xDC00);
          appendUtf8(out, cp);
          --i_;
          break;
        }
        default:
          return fail("bad escape"), out;
      }
    }
    fail("unterminated string");
    return out;
  }
};

Json parseJson(const std::string& text) {
  JsonReader r(text);
  Json j = r.document();
  INFO(r.error);
  REQUIRE(r.error.empty());
  return j;
}

// Text that has broken exporters: long, emoji, right-to-left, quotes, SQL, control characters.
Submission hostile(const std::string& tag) {
  Submission s;
  s.profile = "student:2";
  s.careerIds = {"educateur-specialise", "mediateur-social"};
  s.offerIds = {"cpas-namur-isp"};
  s.consent = true;
  s.consentOrgIds = {"cpas-namur", "henallux"};
  s.consentVersion = "2025-01 « stages »";
  s.personal.firstName = "  Zoé-Françoise « Œdipe » l’Hôte 🎓👩🏽‍🎓 " + tag;
  s.personal.email = "zoe." + tag + "+stage@exemple.be";
  s.personal.phone = "+32470123456";
  s.personal.postalCode = "=1+2";
  s.personal.message = "مرحبا بالعالم שָׁלוֹם עוֹלָם\u200F ; \"cité\" , 'x'\r\n" +
                       std::string("'); DROP TABLE submissions;-- SELECT * FROM personal;\n") +
                       "tab\there, bell\a, nul[" + std::string(1, '\0') + "] " +
                       std::string(10000, 'x') + " fin ";
  return s;
}

// What a CSV reader gives back for a cell: a formula-looking cell carries an apostrophe in front
// (CSV injection guard), and content/csv.h reads a CRLF inside a quoted cell as one '\n'.
std::string asExported(const std::string& cell) {
  std::string out =
      !cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos ? "'" : "";
  for (size_t i = 0; i < cell.size(); ++i)
    if (!(cell[i] == '\r' && i + 1 < cell.size() && cell[i + 1] == '\n')) out += cell[i];
  return out;
}

std::string joined(const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

struct ThreeVisitors {
  TempDir dir;
  std::filesystem::path db = dir.path / "visitors.db";
  std::string both, henalluxOnly, none;
  ThreeVisitors() {
    VisitorStore store(db, "borne-1", "Cité des métiers Genève 2026");
    Submission a = hostile("a");
    both = store.save(a, "demo-2026");
    Submission b = hostile("b");
    b.consentOrgIds = {"henallux"};
    henalluxOnly = store.save(b, "demo-2026");
    Submission c = hostile("c");  // typed contact details, then ticked nothing
    c.consent = false;
    c.consentOrgIds = {};
    none = store.save(c, "demo-2026");
  }
};

}  // namespace

TEST_CASE("--org exports only the leads that consented to that organisation, and only theirs") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  ThreeVisitors v;
  const auto out = v.dir.path / "cpas.csv";
  auto r =
      runLeads({"export", "--store", v.db.string(), "--org", "cpas-namur", "-o", out.string()});
  REQUIRE(r.status == 0);
  CHECK(r.err.find("1 fiche(s) exportée(s) pour l'organisation « cpas-namur »") !=
        std::string::npos);
  const std::string csvText = fileBytes(out);
  // Contact details on a shared kiosk PC: the export is for its owner only.
  namespace fs = std::filesystem;
  CHECK((fs::status(out).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
        fs::perms::none);
  auto t = vitrine::csv::parse(csvText);
  REQUIRE(t.error.empty());
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[1].fields[0] == v.both);
  CHECK(t.rows[1].fields[11] == "zoe.a+stage@exemple.be");
  // Nothing of the other visitors, not even somewhere in the bytes.
  CHECK(csvText.find("zoe.b") == std::string::npos);
  CHECK(csvText.find("zoe.c") == std::string::npos);

  r = runLeads({"export", "--store", v.db.string(), "--org", "henallux", "--format", "json"});
  REQUIRE(r.status == 0);
  Json j = parseJson(r.out);
  REQUIRE(j.items.size() == 2);
  CHECK(j.items[0]["id"].text == v.both);
  CHECK(j.items[1]["id"].text == v.henalluxOnly);
  for (const auto& lead : j.items) {
    // The receiver sees its own consent, not which other organisations the visitor chose.
    CHECK(lead["consent"]["organisations"].strings() == std::vector<std::string>{"henallux"});
    CHECK(lead["contact"].type == Json::Object);
  }
  CHECK(r.out.find("zoe.c") == std::string::npos);
  CHECK(r.out.find("cpas-namur\"") == std::string::npos);

  // A typo in the id is an error, not an empty file sent to an organisation.
  r = runLeads({"export", "--store", v.db.string(), "--org", "inconnue", "--format", "json"});
  CHECK(r.status != 0);
  CHECK(r.out.empty());
  CHECK(r.err.find("« inconnue » inconnue") != std::string::npos);
  // ...and it names the ids that would have worked.
  CHECK(r.err.find("Organisations connues : cpas-namur, henallux") != std::string::npos);
}

TEST_CASE("--org with the pack: the careers and only that organisation's own stages") {
  const vitrine::test::InLanguage french(vitrine::msg::Lang::Fr);  // checks French sentences
  TempDir dir;
  const auto pack = dir.path / "demo.kpack";
  REQUIRE(vitrine::errorCount(vitrine::buildPack(VITRINE_SOURCE_DIR "/content/demo", pack)) == 0);
  const auto db = dir.path / "visitors.db";
  {
    VisitorStore store(db, "borne-1", "salon");
    Submission s = hostile("a");
    s.offerIds = {"namur-ssg-3", "tournai-ssg-3", "namur-isp-1"};  // CPAS de Namur, de Tournai
    s.consentOrgIds = {"cpas-namur", "cpas-tournai"};
    store.save(s, "vitrine-demo");
  }
  auto r = runLeads({"export", "--store", db.string(), "--org", "cpas-namur", "--pack",
                     pack.string(), "--format", "json"});
  REQUIRE(r.status == 0);
  Json j = parseJson(r.out);
  REQUIRE(j.items.size() == 1);
  CHECK(r.out.find("namur-ssg-3") != std::string::npos);
  CHECK(r.out.find("namur-isp-1") != std::string::npos);
  CHECK(r.out.find("tournai-ssg-3") == std::string::npos);  // Tournai's stage: not Namur's business
  CHECK(r.out.find("educateur-specialise") != std::string::npos);  // careers are shared

  const auto csvOut = dir.path / "tournai.csv";
  r = runLeads({"export", "--store", db.string(), "--org", "cpas-tournai", "--pack", pack.string(),
                "-o", csvOut.string()});
  REQUIRE(r.status == 0);
  const std::string text = fileBytes(csvOut);
  CHECK(text.find("tournai-ssg-3") != std::string::npos);
  CHECK(text.find("namur-") == std::string::npos);

  // Without the pack nobody can tell whose a stage is: none is listed, and stderr says why.
  r = runLeads({"export", "--store", db.string(), "--org", "cpas-namur", "--format", "json"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("ssg-3") == std::string::npos);
  CHECK(r.err.find("Stages omis") != std::string::npos);
  // An id the pack does not know is an error even if the store were empty for it.
  r = runLeads(
      {"export", "--store", db.string(), "--org", "cpas-nulle-part", "--pack", pack.string()});
  CHECK(r.status != 0);
}

TEST_CASE("the JSON export parses back to exactly what each visitor typed") {
  ThreeVisitors v;
  const auto out = v.dir.path / "all.json";
  REQUIRE(runLeads({"export", "--store", v.db.string(), "--format", "json", "-o", out.string()})
              .status == 0);
  CHECK_FALSE(std::filesystem::exists(v.dir.path / "all.json.tmp"));
  Json j = parseJson(fileBytes(out));
  REQUIRE(j.type == Json::Array);
  REQUIRE(j.items.size() == 3);
  const auto stored = VisitorStore::openForReading(v.db).leads();
  for (size_t i = 0; i < 3; ++i) {
    const Json& o = j.items[i];
    const StoredLead& l = stored[i];
    CHECK(o["id"].text == l.id);
    CHECK(o["created_at"].text == l.createdAt);
    CHECK(o["kiosk_id"].text == "borne-1");
    CHECK(o["event_tag"].text == "Cité des métiers Genève 2026");
    CHECK(o["pack_id"].text == "demo-2026");
    CHECK(o["profile"].text == "student:2");
    CHECK(o["careers"].strings() == l.submission.careerIds);
    CHECK(o["offers"].strings() == l.submission.offerIds);
    CHECK(o["consent"]["version"].text == "2025-01 « stages »");
  }
  const Submission typed = hostile("a");
  const Json& a = j.items[0];
  CHECK(a["consent"]["at"].text == stored[0].createdAt);
  CHECK(a["consent"]["organisations"].strings() == typed.consentOrgIds);
  CHECK(a["contact"]["first_name"].text == typed.personal.firstName);
  CHECK(a["contact"]["email"].text == typed.personal.email);
  CHECK(a["contact"]["phone"].text == typed.personal.phone);
  CHECK(a["contact"]["postal_code"].text == typed.personal.postalCode);
  CHECK(a["contact"]["message"].text == typed.personal.message);  // NUL, RTL, 10,000 x
  // The visitor who ticked nothing: interest kept, no contact, no consent date.
  CHECK(j.items[2]["contact"].type == Json::Null);
  CHECK(j.items[2]["consent"]["at"].type == Json::Null);
  CHECK(j.items[2]["consent"]["organisations"].items.empty());
}

TEST_CASE("the JSON of a known lead is exactly this text") {
  StoredLead l;
  l.id = "6f1c2d3e-4a5b-4c6d-8e7f-001122334455";
  l.createdAt = "2026-03-14T09:30:00.000Z";
  l.kioskId = "borne-1";
  l.eventTag = "Cité des métiers";
  l.packId = "demo";
  l.submission.profile = "parent";
  l.submission.careerIds = {"educateur-specialise"};
  l.submission.consent = true;
  l.submission.consentOrgIds = {"cpas-tournai"};
  l.submission.consentVersion = "v3";
  l.submission.personal = {"Noël \"Nono\"", "n@exemple.be", "", "7500",
                           std::string("a\\b\n\x01\x7f é ") + "\xff" + " 🎓"};
  StoredLead anonymous = l;
  anonymous.id = "00000000-0000-4000-8000-000000000000";
  anonymous.submission.consent = false;
  anonymous.submission.consentOrgIds = {};
  anonymous.submission.careerIds = {};
  const std::string want =
      "[\n"
      "  {\n"
      "    \"id\": \"6f1c2d3e-4a5b-4c6d-8e7f-001122334455\",\n"
      "    \"created_at\": \"2026-03-14T09:30:00.000Z\",\n"
      "    \"kiosk_id\": \"borne-1\",\n"
      "    \"event_tag\": \"Cité des métiers\",\n"
      "    \"pack_id\": \"demo\",\n"
      "    \"profile\": \"parent\",\n"
      "    \"careers\": [\"educateur-specialise\"],\n"
      "    \"offers\": [],\n"
      "    \"consent\": {\"version\": \"v3\", \"at\": \"2026-03-14T09:30:00.000Z\", "
      "\"organisations\": [\"cpas-tournai\"]},\n"
      "    \"contact\": {\"first_name\": \"Noël \\\"Nono\\\"\", \"email\": \"n@exemple.be\", "
      "\"phone\": \"\", \"postal_code\": \"7500\", "
      "\"message\": \"a\\\\b\\n\\u0001\x7f é \xEF\xBF\xBD 🎓\"}\n"
      "  },\n"
      "  {\n"
      "    \"id\": \"00000000-0000-4000-8000-000000000000\",\n"
      "    \"created_at\": \"2026-03-14T09:30:00.000Z\",\n"
      "    \"kiosk_id\": \"borne-1\",\n"
      "    \"event_tag\": \"Cité des métiers\",\n"
      "    \"pack_id\": \"demo\",\n"
      "    \"profile\": \"parent\",\n"
      "    \"careers\": [],\n"
      "    \"offers\": [],\n"
      "    \"consent\": {\"version\": \"v3\", \"at\": null, \"organisations\": []},\n"
      "    \"contact\": null\n"
      "  }\n"
      "]\n";
  CHECK(vitrine::leadsToJson({l, anonymous}) == want);
}

TEST_CASE("the CSV re-read by a CSV parser gives back every field exactly") {
  ThreeVisitors v;
  for (const std::string delim : {";", ","}) {
    INFO("delimiter " << delim);
    const auto out = v.dir.path / "all.csv";
    REQUIRE(runLeads({"export", "--store", v.db.string(), "--delimiter", delim, "-o", out.string()})
                .status == 0);
    auto t = vitrine::csv::parse(fileBytes(out));
    REQUIRE(t.error.empty());
    CHECK(t.delimiter == delim[0]);
    REQUIRE(t.rows.size() == 4);
    const auto stored = VisitorStore::openForReading(v.db).leads();
    for (size_t i = 0; i < 3; ++i) {
      const StoredLead& l = stored[i];
      const Submission& s = l.submission;
      const auto p = s.consent ? s.personal : Submission::Personal{};
      const std::vector<std::string> want = {l.id,
                                             l.createdAt,
                                             "borne-1",
                                             "Cité des métiers Genève 2026",
                                             "demo-2026",
                                             "student:2",
                                             joined(s.careerIds),
                                             joined(s.offerIds),
                                             s.consent ? "oui" : "non",
                                             s.consentVersion,
                                             asExported(p.firstName),
                                             asExported(p.email),
                                             p.phone,  // E.164: a text cell, no apostrophe
                                             asExported(p.postalCode),
                                             asExported(p.message)};
      const auto& got = t.rows[i + 1].fields;
      REQUIRE(got.size() == want.size());
      for (size_t c = 0; c < want.size(); ++c) {
        INFO("row " << i + 1 << ", column " << t.rows[0].fields[c]);
        CHECK(got[c] == want[c]);
      }
    }
    // The typed text itself, once more, to be sure the store kept it: 10,000 x, NUL, RTL.
    CHECK(t.rows[1].fields[14] == asExported(hostile("a").personal.message));
    CHECK(t.rows[1].fields[10] == hostile("a").personal.firstName);  // edge spaces kept
    CHECK(t.rows[1].fields[13] == "'=1+2");                          // not a formula
    CHECK(t.rows[3].fields[11].empty());                             // no consent, no e-mail
  }
}
