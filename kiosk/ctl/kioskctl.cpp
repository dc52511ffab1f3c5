// kioskctl: the command-line tool for editors, staff and organisations.
#include <iostream>
#include <string>

#include "ctl.h"
#include "ctl_messages.h"

namespace {

using vitrine::CM;
using vitrine::tr;

bool isHelp(const std::string& a) {
  return a == "--help" || a == "-h";
}

// GNU --help: asked anywhere before a lone "--", it wins over every other argument.
bool wantsHelp(const vitrine::ctl::Args& args) {
  for (const std::string& a : args) {
    if (a == "--") return false;
    if (isHelp(a)) return true;
  }
  return false;
}

// The usage lines of `group` (and of `verb` when it is one of the group's), with their
// continuation lines. Empty when the group is unknown.
std::string usageOf(const std::string& group, const std::string& verb) {
  std::string all, one;
  bool inGroup = false, inVerb = false;
  size_t start = 0;
  const std::string text = tr(CM::usage_top);
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    const std::string line = text.substr(start, end - start + 1);
    start = end + 1;
    if (line.rfind("  ", 0) != 0) continue;  // the first line
    const bool continuation = line.size() > 3 && line[2] == ' ';
    if (!continuation) {
      inGroup = line.rfind("  " + group + " ", 0) == 0;
      std::string verbs = inGroup ? line.substr(group.size() + 3) : "";
      verbs = verbs.substr(0, verbs.find(' '));
      inVerb = false;
      for (size_t b = 0; inGroup && !verb.empty() && b <= verbs.size();) {
        size_t e = verbs.find('|', b);
        if (e == std::string::npos) e = verbs.size();
        if (verbs.substr(b, e - b) == verb) inVerb = true;
        b = e + 1;
      }
    }
    const std::string shown = continuation ? "         " + line : "  kioskctl " + line.substr(2);
    if (inGroup) all += shown;
    if (inVerb) one += shown;
  }
  if (all.empty()) return "";
  return tr(CM::usage_heading) + "\n" + (one.empty() ? all : one);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << tr(CM::usage_top);
    return 2;
  }
  std::string group = argv[1];
  vitrine::ctl::Args rest(argv + 2, argv + argc);
  if (group == "--version" && rest.empty()) {  // GNU: name, package, version
    std::cout << "kioskctl (Vitrine) " << VITRINE_VERSION << "\n";
    return 0;
  }
  if (isHelp(group)) {
    std::cout << tr(CM::usage_top);
    return 0;
  }
  if (wantsHelp(rest)) {
    const std::string verb = rest.empty() || isHelp(rest[0]) ? "" : rest[0];
    const std::string usage = usageOf(group, verb);
    if (usage.empty()) {
      std::cerr << tr(CM::unknown_group, {group}) << "\n" << tr(CM::usage_top);
      return 2;
    }
    std::cout << usage;
    return 0;
  }
  if (group == "pack") return vitrine::ctl::pack(rest);
  if (group == "leads") return vitrine::ctl::leads(rest);
  if (group == "stats") return vitrine::ctl::stats(rest);
  if (group == "pin") return vitrine::ctl::pin(rest);
  if (group == "site") return vitrine::ctl::site(rest);
  if (group == "keys") return vitrine::ctl::keys(rest);
  std::cerr << tr(CM::usage_top);
  return 2;
}
