// kioskctl: the command-line tool for editors, staff and organisations.
#include <iostream>

#include "ctl.h"

namespace {

constexpr const char* kUsage =
    "usage: kioskctl <command> ...\n"
    "  pack build <sources-dir> -o <file.kpack>   build a content pack, errors as file:line\n"
    "  pack check <sources-dir>                   every problem at once, as file:line\n"
    "  pack info <file.kpack>                     show what a pack holds\n"
    "  pack diff <old.kpack> <new.kpack>          careers and offers added, removed, changed\n"
    "  pack sign <file.kpack> --key <name.sign.secret>   sign a pack for kiosks that trust you\n"
    "  keys new --publisher -o <dir> [--name <name>]     a publisher's signing key pair\n"
    "  keys new --org <id> -o <dir>                an organisation's sealing key pair\n"
    "  leads export --store <visitors.db> [--org <id>] [--format csv|json] [--delimiter ';']\n"
    "               [-o <file>]\n"
    "  leads export ... --key <org.secret>        an organisation's sealed leads, opened\n"
    "  leads open <org.sealed> --key <org.secret> a staff USB export file, opened\n"
    "  leads merge <store>... -o <store>          merge several kiosks' leads and statistics\n"
    "  leads erase --store <visitors.db> <e-mail|phone>   right to erasure\n"
    "  leads purge --store <visitors.db> --older-than <days>\n"
    "  stats report <visitors.db> -o <report.html|report.png>\n"
    "  pin set|check|status --store <visitors.db>  staff PIN, read on standard input\n"
    "  site export <file.kpack> -o <dir>           the careers and offers as a static web page\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  std::string group = argv[1];
  vitrine::ctl::Args rest(argv + 2, argv + argc);
  if (group == "pack") return vitrine::ctl::pack(rest);
  if (group == "leads") return vitrine::ctl::leads(rest);
  if (group == "stats") return vitrine::ctl::stats(rest);
  if (group == "pin") return vitrine::ctl::pin(rest);
  if (group == "site") return vitrine::ctl::site(rest);
  if (group == "keys") return vitrine::ctl::keys(rest);
  std::cerr << kUsage;
  return 2;
}
