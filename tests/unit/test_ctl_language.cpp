// kioskctl speaks one language per run: every line of every verb (usage, errors, outcomes, the
// messages of the store, keys and packs it passes on) in French, or in English when the locale
// says so — never a French error followed by an English usage.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "language_mixing.h"
#include "messages.h"
#include "pack_builder.h"
#include "store.h"
#include "test_pack_fixtures.h"
#include "test_store_helpers.h"

using namespace storetest;
using vitrine::Submission;
using vitrine::VisitorStore;
namespace msg = vitrine::msg;
namespace ctl = vitrine::ctl;

namespace {

// What one run printed, and the values it may echo (paths, ids), which are not sentences.
struct Said {
  std::string what, text;
};

// `text` without what is not a sentence of ours: the echoed paths (from one of `echoed` to the
// end of the path), the option names (--store, -o), the system's and SQLite's own words.
std::string sentences(std::string text, const std::vector<std::string>& echoed) {
  for (const std::string& e : echoed)
    for (size_t at; !e.empty() && (at = text.find(e)) != std::string::npos;)
      text.replace(at, text.find_first_of(" \n\"»),", at) - at, " ");
  text = vitrine::test::withoutSystemWords(text);
  return std::regex_replace(text, std::regex("(^|[^A-Za-z])-{1,2}[A-Za-z][A-Za-z-]*"), "$1 ");
}

// Every marker of the other language found in `said`, named for the failure message: the shared
// ones (language_mixing.h), and the English usage's placeholders in a French run.
std::string mixing(msg::Lang lang, const std::string& said) {
  std::string found = vitrine::test::otherLanguage(lang, said);
  if (lang == msg::Lang::Fr)
    for (const char* s : {"usage:", "<visitors", "<file", "<dir>", "<days>", "<name", "<store>",
                          "<report", "<sources", "<old", "<new"})
      if (said.find(s) != std::string::npos) found += std::string(" ") + s;
  return found;
}

CtlRun withInput(const std::string& input, int (*command)(const ctl::Args&),
                 const ctl::Args& args) {
  std::istringstream in(input);
  auto* old = std::cin.rdbuf(in.rdbuf());
  CtlRun r = runCtl(command, args);
  std::cin.rdbuf(old);
  return r;
}

// A representative error and success of each verb, in the language set now. The working files
// are made afresh in `dir` (a success may depend on an earlier one: merge, then erase...).
std::vector<Said> everyVerb(const fs::path& dir, const fs::path& pack) {
  const std::string db = (dir / "visitors.db").string(), merged = (dir / "merged.db").string();
  fs::remove_all(dir);
  fs::create_directories(dir / "keys");
  { VisitorStore(db, "borne-1", "salon").save(consentingVisitor("lea@exemple.be"), "demo"); }
  const std::string text = (dir / "notes.txt").string();
  vitrine::testing::writeFile(text, "root:x:0:0:root:/root:/bin/bash\n");
  const std::string missing = (dir / "absent.db").string();
  std::vector<Said> s;
  auto add = [&](const std::string& what, const CtlRun& r) { s.push_back({what, r.out + r.err}); };
  // leads
  add("leads (nothing)", runLeads({}));
  add("leads unknown command", runLeads({"exporte"}));
  add("leads export without --store", runLeads({"export"}));
  add("leads export, unknown format", runLeads({"export", "--store", db, "--format", "xml"}));
  add("leads export, bad delimiter", runLeads({"export", "--store", db, "--delimiter", "|"}));
  add("leads export, bad country", runLeads({"export", "--store", db, "--country", "US"}));
  add("leads export, option without value", runLeads({"export", "--store"}));
  add("leads export, missing store", runLeads({"export", "--store", missing}));
  add("leads export, store is a pack", runLeads({"export", "--store", pack.string()}));
  add("leads export, store is a text file", runLeads({"export", "--store", text}));
  add("leads export, unknown org", runLeads({"export", "--store", db, "--org", "cpas-nemur"}));
  add("leads export, unknown org with pack",
      runLeads({"export", "--store", db, "--org", "cpas-nemur", "--pack", pack.string()}));
  add("leads export, unwritable",
      runLeads({"export", "--store", db, "-o", (dir / "absent" / "fiches.csv").string()}));
  add("leads export", runLeads({"export", "--store", db, "-o", (dir / "fiches.csv").string()}));
  add("leads open, one file", runLeads({"open", "--key", "a.secret"}));
  add("leads open, missing file",
      runLeads({"open", missing, "--key", (dir / "keys" / "x.secret").string()}));
  add("leads open, missing key",
      runLeads({"open", text, "--key", (dir / "keys" / "x.secret").string()}));
  add("leads merge without -o", runLeads({"merge", db}));
  add("leads merge, missing input", runLeads({"merge", missing, "-o", merged}));
  add("leads merge", runLeads({"merge", db, "-o", merged}));
  add("leads erase, two contacts", runLeads({"erase", "--store", merged, "a@b.be", "c@d.be"}));
  add("leads erase, missing store", runLeads({"erase", "--store", missing, "lea@exemple.be"}));
  add("leads erase", runLeads({"erase", "--store", merged, "lea@exemple.be"}));
  add("leads erase, a phone", runLeads({"erase", "--store", merged, "0470 12 34 56"}));
  add("leads purge without --older-than", runLeads({"purge", "--store", db}));
  add("leads purge, bad days", runLeads({"purge", "--store", db, "--older-than", "-3"}));
  add("leads purge", runLeads({"purge", "--store", db, "--older-than", "0"}));
  // keys
  add("keys (nothing)", runCtl(ctl::keys, {}));
  add("keys new, bad org id", runCtl(ctl::keys, {"new", "--org", "cpas namur", "-o", dir}));
  add("keys new --org", runCtl(ctl::keys, {"new", "--org", "cpas-namur", "-o", (dir / "keys")}));
  add("keys new --org again",
      runCtl(ctl::keys, {"new", "--org", "cpas-namur", "-o", dir / "keys"}));
  add("keys new, bad name",
      runCtl(ctl::keys, {"new", "--publisher", "-o", dir, "--name", "mon editeur"}));
  add("keys new --publisher", runCtl(ctl::keys, {"new", "--publisher", "-o", dir / "keys"}));
  add("leads open, not sealed",
      runLeads({"open", text, "--key", (dir / "keys" / "cpas-namur.secret").string()}));
  add("leads export --key, no lead",
      runLeads({"export", "--store", db, "--key", (dir / "keys" / "cpas-namur.secret").string(),
                "-o", (dir / "namur.csv").string()}));
  // pin
  add("pin (nothing)", runCtl(ctl::pin, {}));
  add("pin set without --store", withInput("4821\n", ctl::pin, {"set"}));
  add("pin set, extra argument", withInput("4821\n", ctl::pin, {"set", "--store", db, "x"}));
  add("pin check, not set", withInput("4821\n", ctl::pin, {"check", "--store", db}));
  add("pin set, too short", withInput("12\n", ctl::pin, {"set", "--store", db}));
  add("pin set, no input", withInput("", ctl::pin, {"set", "--store", db}));
  add("pin set", withInput("4821\n", ctl::pin, {"set", "--store", db}));
  add("pin check, right", withInput("4821\n", ctl::pin, {"check", "--store", db}));
  add("pin check, wrong", withInput("1111\n", ctl::pin, {"check", "--store", db}));
  add("pin status", runCtl(ctl::pin, {"status", "--store", db}));
  add("pin unknown command", runCtl(ctl::pin, {"reset", "--store", db}));
  add("pin set, store is a pack", withInput("4821\n", ctl::pin, {"set", "--store", pack}));
  // stats
  add("stats (nothing)", runCtl(ctl::stats, {}));
  add("stats unknown command", runCtl(ctl::stats, {"rapport"}));
  add("stats report, bad format",
      runCtl(ctl::stats, {"report", db, "-o", (dir / "report.pdf").string()}));
  add("stats report, missing store",
      runCtl(ctl::stats, {"report", missing, "-o", (dir / "report.html").string()}));
  add("stats report", runCtl(ctl::stats, {"report", db, "-o", (dir / "report.html").string()}));
  // pack and site
  add("pack (nothing)", runCtl(ctl::pack, {}));
  add("pack info, not a pack", runCtl(ctl::pack, {"info", text}));
  add("pack info, missing", runCtl(ctl::pack, {"info", missing}));
  add("pack info, a store", runCtl(ctl::pack, {"info", db}));
  add("pack sign, missing key",
      runCtl(ctl::pack, {"sign", pack.string(), "--key", (dir / "x.sign.secret").string()}));
  add("site (nothing)", runCtl(ctl::site, {}));
  add("site export, not a pack", runCtl(ctl::site, {"export", text, "-o", dir / "site"}));
  add("site export", runCtl(ctl::site, {"export", pack.string(), "-o", dir / "site"}));
  return s;
}

std::string kioskctl(const std::string& environment, const std::string& arguments) {
  const std::string command = "env -u LC_ALL -u LC_MESSAGES -u LANG -u LANGUAGE " + environment +
                              " '" VITRINE_KIOSKCTL "' " + arguments + " 2>&1 </dev/null";
  std::string out;
  if (FILE* p = popen(command.c_str(), "r")) {
    char buf[4096];
    for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
    pclose(p);
  }
  return out;
}

const char* const kHelps[] = {"",
                              "--help",
                              "-h",
                              "pack --help",
                              "pack build --help",
                              "pack check --help",
                              "pack info --help",
                              "pack diff --help",
                              "pack sign --help",
                              "leads --help",
                              "leads export --help",
                              "leads open --help",
                              "leads merge --help",
                              "leads erase --help",
                              "leads purge --help",
                              "keys --help",
                              "keys new --help",
                              "pin --help",
                              "pin set --help",
                              "pin check --help",
                              "pin status --help",
                              "stats --help",
                              "stats report --help",
                              "site --help",
                              "site export --help",
                              "nonsense --help",
                              "nonsense",
                              "leads export",
                              "leads",
                              "keys new",
                              "pin",
                              "stats",
                              "site",
                              "pack"};

}  // namespace

TEST_CASE("every verb of kioskctl says everything in French, or everything in English") {
  TempDir tmp;
  const fs::path pack = tmp.path / "demo.kpack";
  REQUIRE(vitrine::errorCount(vitrine::buildPack(VITRINE_SOURCE_DIR "/content/demo", pack)) == 0);
  for (msg::Lang lang : {msg::Lang::Fr, msg::Lang::En}) {
    msg::setLanguage(lang);
    const fs::path work = tmp.path / "work";
    for (const Said& s : everyVerb(work, pack)) {
      CAPTURE(s.what);
      CAPTURE(s.text);
      CHECK(!s.text.empty());
      CHECK(mixing(lang, sentences(s.text, {work.string(), pack.string()})) == "");
    }
  }
  msg::resetLanguage();
}

TEST_CASE("the kioskctl binary: --help of every command and verb, in the locale's language") {
  for (const char* args : kHelps) {
    CAPTURE(args);
    const std::string fr = kioskctl("LC_ALL=fr_BE.UTF-8", args);
    const std::string en = kioskctl("LC_ALL=C.UTF-8", args);
    CAPTURE(fr);
    CAPTURE(en);
    CHECK(fr.find("kioskctl") != std::string::npos);
    CHECK(en.find("kioskctl") != std::string::npos);
    CHECK(mixing(msg::Lang::Fr, sentences(fr, {})) == "");
    CHECK(mixing(msg::Lang::En, sentences(en, {})) == "");
  }
}

TEST_CASE("the kioskctl binary picks its language from LC_ALL, LC_MESSAGES, LANG; none: French") {
  const std::string french = kioskctl("", "leads export");
  CAPTURE(french);
  CHECK(french.find("--store est obligatoire") != std::string::npos);
  CHECK(french.find("usage :") != std::string::npos);
  const std::string english = "--store is required";
  CHECK(kioskctl("LANG=en_GB.UTF-8", "leads export").find(english) != std::string::npos);
  CHECK(kioskctl("LC_MESSAGES=C.UTF-8 LANG=fr_BE.UTF-8", "leads export").find(english) !=
        std::string::npos);
  CHECK(kioskctl("LC_ALL=fr_FR.UTF-8 LANG=en_GB.UTF-8", "leads export").find("obligatoire") !=
        std::string::npos);
  CHECK(kioskctl("LANG=fr_BE.UTF-8", "--help").find("usage :") != std::string::npos);
  CHECK(kioskctl("LANG=en_GB.UTF-8", "--help").find("usage:") != std::string::npos);
}
