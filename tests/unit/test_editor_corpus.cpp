// The editor corpus (tests/data/editor_corpus): files saved by Excel, LibreOffice, Notepad and
// phones; each case asserts the records read, every message with its file:line, and what the pack
// then holds. No case may end with 0 errors and content other than what the editor typed.
#include <stb/stb_image_write.h>
#include <sys/stat.h>

#include <functional>

#include "pack_sources.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(VITRINE_SOURCE_DIR) / "tests/data/editor_corpus";

// What the editor typed in base/offers.csv (make_corpus.py's ROWS).
[[maybe_unused]] const char* kTitle1 = "Accueil d’urgence – « Le Phare »";
[[maybe_unused]] const char* kDescription1 =
    "Accompagner les résidents ; 10 € de frais, une œuvre commune.";
[[maybe_unused]] const char* kTitle2 = "Travail de rue à Charleroi-Nord";
[[maybe_unused]] const char* kTitle3 = "Œuvrer pour l’insertion";

struct Outcome {
  std::unique_ptr<TempDir> tmp = std::make_unique<TempDir>();
  std::vector<Diagnostic> diags;
  std::map<std::string, size_t> records;
  std::unique_ptr<Pack> pack;  // only when the build wrote it

  std::string all() const { return allOf(diags); }
  size_t errors() const { return errorCount(diags); }
  size_t warnings() const { return warningCount(diags); }
  const Catalogue& cat() const { return pack->catalogue(); }
  // Exactly this diagnostic (start of str(): "file:line: severity: message...") is there.
  bool has(const std::string& text) const {
    return std::any_of(diags.begin(), diags.end(),
                       [&](const Diagnostic& d) { return d.str().rfind(text, 0) == 0; });
  }
};

// base/ overlaid with cases/<name>/, then `tweak`, then what `pack check` and `pack build` do.
Outcome run(const std::string& name, const std::function<void(const fs::path&)>& tweak = {}) {
  Outcome o;
  fs::path src = o.tmp->path / "src";
  fs::copy(kCorpus / "base", src, fs::copy_options::recursive);
  if (!name.empty())
    fs::copy(kCorpus / "cases" / name, src,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  if (tweak) tweak(src);
  const SourceOptions options{"2026-11-23", false};
  Sources s = readSources(src, o.diags, options);
  o.records = s.recordsRead;
  std::vector<Diagnostic> built = buildPack(src, o.tmp->path / "out.kpack", {"2026-11-23"});
  CHECK(allOf(built) == o.all());  // check and build say the same
  if (errorCount(built) == 0) o.pack = Pack::open(o.tmp->path / "out.kpack");
  return o;
}

// The three offers of base/offers.csv, exactly as typed.
void holdsTypedOffers(const Outcome& o,
                      const std::string& description2 = "Première ligne, le soir.") {
  REQUIRE(o.pack);
  const Catalogue& c = o.cat();
  REQUIRE(c.offers.size() == 3);
  REQUIRE(c.offer("hg-1"));
  REQUIRE(c.offer("rue-1"));
  REQUIRE(c.offer("ilv-1"));
  CHECK(c.offer("hg-1")->title == kTitle1);
  CHECK(c.offer("hg-1")->description == kDescription1);
  CHECK(c.offer("hg-1")->service == "Hébergement");
  CHECK(c.offer("hg-1")->start == "2027-02-08");
  CHECK(c.offer("rue-1")->title == kTitle2);
  CHECK(c.offer("rue-1")->description == description2);
  CHECK(c.offer("ilv-1")->title == kTitle3);
  CHECK(c.offer("ilv-1")->description == "Ateliers « CV » et entretiens.");
}

// A case saved another way that reads without a message: three offers, exactly as typed.
void readsAsTyped(const std::string& name,
                  const std::string& description2 = "Première ligne, le soir.") {
  auto o = run(name);
  INFO(o.all());
  CHECK(o.diags.empty());
  CHECK(o.records.at("offers.csv") == 3);
  holdsTypedOffers(o, description2);
}

std::string jpeg(int w, int h, int orientation) {
  std::vector<uint8_t> rgb(static_cast<size_t>(w) * h * 3);
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {  // left half red, right half blue, as the sensor saw it
      uint8_t* p = &rgb[(static_cast<size_t>(y) * w + x) * 3];
      p[0] = x < w / 2 ? 220 : 20;
      p[1] = 20;
      p[2] = x < w / 2 ? 20 : 220;
    }
  std::string out;
  stbi_write_jpg_to_func(
      [](void* ctx, void* data, int size) {
        static_cast<std::string*>(ctx)->append(static_cast<const char*>(data), size);
      },
      &out, w, h, 3, rgb.data(), 90);
  if (orientation == 0) return out;
  // A phone's APP1 segment: Exif, big-endian TIFF, one IFD entry Orientation (0x0112) = SHORT.
  const unsigned char app1[] = {
      0xFF, 0xE1, 0x00, 0x22, 'E', 'x', 'i', 'f', 0,    0,
      'M',  'M',  0x00, 0x2A, 0,   0,   0,   8,  // TIFF header, IFD at 8
      0x00, 0x01,                                // one entry
      0x01, 0x12, 0x00, 0x03, 0,   0,   0,   1,   0x00, static_cast<unsigned char>(orientation),
      0,    0,    0,    0,    0,   0};  // no next IFD
  out.insert(2, reinterpret_cast<const char*>(app1), sizeof app1);
  return out;
}

void careerImage(const fs::path& src, const std::string& name) {
  writeFile(src / "careers/assistant-social.txt",
            "title: Assistant·e de service social\npitch: Accompagner.\ndomain: accompagnement\n"
            "image: " +
                name + "\n\nAu CPAS.\n");
}

}  // namespace

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

TEST_CASE("phone photos: EXIF orientation applied, plain words for broken files, near names") {
  SUBCASE("a portrait photo stored sideways with orientation 6 comes out upright") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "phone.jpg");
      writeFile(src / "images/phone.jpg", jpeg(300, 200, 6));
    });
    INFO(o.all());
    CHECK(o.diags.empty());
    REQUIRE(o.pack);
    std::string error;
    Image img = decodeImage(o.pack->imageBytes("phone.jpg"), error);
    REQUIRE(img.width == 200);
    REQUIRE(img.height == 300);
    // A quarter turn clockwise: what was the left (red) is now the top.
    const uint8_t* top = &img.rgba[(static_cast<size_t>(20) * 200 + 100) * 4];
    const uint8_t* bottom = &img.rgba[(static_cast<size_t>(280) * 200 + 100) * 4];
    CHECK(top[0] > 180);
    CHECK(top[2] < 80);
    CHECK(bottom[2] > 180);
    CHECK(bottom[0] < 80);
  }
  SUBCASE("a truncated photo: « image truncated or damaged », no decoder jargon") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "phone.jpg");
      writeFile(src / "images/phone.jpg", jpeg(300, 200, 0).substr(0, 300));
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("images/phone.jpg: error: image truncated or damaged: open it in a photo tool"));
  }
  SUBCASE("a name that differs by case or extension: did you mean") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "photo.jpg");
      writeFile(src / "images/Photo.JPG", jpeg(300, 200, 0));
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("careers/assistant-social.txt:4: error: image not found: images/photo.jpg (did "
              "you mean images/Photo.JPG?)"));
  }
}

TEST_CASE("only regular files inside the sources folder are read, within a size limit") {
  SUBCASE("a link to /dev/zero") {
    auto o = run("", [](const fs::path& src) {
      fs::remove(src / "offers.csv");
      fs::create_symlink("/dev/zero", src / "offers.csv");
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(
        o.has("offers.csv: error: symbolic link to /dev/zero, outside the sources folder: "
              "refused"));
  }
  SUBCASE("a FIFO in place of a photo (reading it would hang)") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "photo.png");
      fs::create_directories(src / "images");
      REQUIRE(::mkfifo((src / "images/photo.png").c_str(), 0600) == 0);
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("images/photo.png: error: not a regular file (named pipe)"));
  }
  SUBCASE("a link inside the folder is fine") {
    auto o = run("", [](const fs::path& src) {
      fs::create_directories(src / "data");
      fs::rename(src / "offers.csv", src / "data/offers.csv");
      fs::create_symlink("data/offers.csv", src / "offers.csv");
    });
    INFO(o.all());
    CHECK(o.diags.empty());
    holdsTypedOffers(o);
  }
  SUBCASE("a broken link where an optional file goes: an error, not silently no agenda") {
    auto o = run("", [](const fs::path& src) {
      fs::create_symlink("agenda-2027.csv", src / "events.csv");  // renamed since, or never copied
    });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("events.csv: error: symbolic link to agenda-2027.csv, which leads to no file"));
  }
  SUBCASE("a loop of links is a broken link too") {
    auto o = run("", [](const fs::path& src) { fs::create_symlink("quiz.csv", src / "quiz.csv"); });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("quiz.csv: error: symbolic link to quiz.csv, which leads to no file"));
  }
  SUBCASE("a careers folder linked outside: refused by name, not an empty folder") {
    TempDir elsewhere;
    auto o = run("", [&](const fs::path& src) {
      fs::rename(src / "careers", elsewhere.path / "careers");
      fs::create_symlink(elsewhere.path / "careers", src / "careers");
    });
    INFO(o.all());
    REQUIRE(!o.diags.empty());
    CHECK(o.diags.front().file == "careers/");
    CHECK(o.has("careers/: error: symbolic link to " + (elsewhere.path / "careers").string() +
                ", outside the sources folder: nothing in it is read"));
  }
  SUBCASE("an unreadable image two careers share is reported once") {
    auto o = run("", [](const fs::path& src) {
      careerImage(src, "photo.png");
      fs::copy_file(src / "careers/assistant-social.txt", src / "careers/educateur.txt");
      fs::create_directories(src / "images");
      fs::create_symlink("/dev/zero", src / "images/photo.png");
    });
    INFO(o.all());
    size_t about = 0;
    for (const auto& d : o.diags) about += d.file == "images/photo.png";
    CHECK(about == 1);
    CHECK(o.has("images/photo.png: error: symbolic link to /dev/zero, outside the sources folder"));
  }
  SUBCASE("a file over the limit is named with its size") {
    auto o = run("", [](const fs::path& src) { fs::resize_file(src / "offers.csv", 17u << 20); });
    INFO(o.all());
    CHECK(o.diags.size() == 1);
    CHECK(o.has("offers.csv: error: file too large (17825792 bytes, at most 16777216)"));
  }
  SUBCASE("a 2 MB column name is echoed cut short") {
    auto o = run("", [](const fs::path& src) {
      std::string offers = readFile(src / "offers.csv");
      writeFile(src / "offers.csv", std::string(2u << 20, 'x') + ";" + offers);
    });
    const std::string start = o.all().substr(0, 2000);
    INFO(start);
    REQUIRE(o.diags.size() >= 1);
    CHECK(o.has("offers.csv:1: error: unknown column \"xxxxxxxx"));
    for (const auto& d : o.diags) CHECK(d.str().size() < 400);
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
