// kioskctl: the command-line tool for editors, staff and organisations.
#include <iostream>

#include "ctl.h"

namespace {

constexpr const char* kUsage =
    "usage: kioskctl <command> ...\n"
    "  pack build <sources-dir> -o <file.kpack>   build a content pack, errors as file:line\n"
    "  pack info <file.kpack>                     show what a pack holds\n"
    "  leads export --store <visitors.db> [--format csv] [--delimiter ';'] [-o <file>]\n";

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
  std::cerr << kUsage;
  return 2;
}
