// kioskctl's verbs' command lines read into plain values, touching no file: the verbs act on
// them, the tests and the fuzzer (tests/fuzz/fuzz_options.cpp) call them alone.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "ctl.h"

namespace vitrine::ctl {

// `leads <command> ...`: the options of every sub-command; each sub-command checks those it needs.
struct LeadsOptions {
  std::optional<std::filesystem::path> store, output, pack;
  std::string org, format = "csv", country = "BE";
  char delimiter = ';';
  std::optional<int> olderThanDays;
  std::vector<std::string> positional;
  std::vector<std::filesystem::path> keys;
};
// `args` starts with the sub-command (skipped). Returns an error text (the staff's language), or
// empty when every option was understood.
std::string parseLeadsOptions(const Args& args, LeadsOptions& o);

// `pack build <sources> -o <file.kpack>` and `pack sign <file.kpack> --key <secret>`: the
// positional path and the flagged one; nullopt when either is missing or something is extra.
struct PathAndFlag {
  std::string path, flagged;
};
std::optional<PathAndFlag> parsePathAndFlag(const Args& args, const std::string& flag);

// `pin set|check|status --store <file>`: the store, or an error text in `problem`.
std::optional<std::string> parsePinStore(const Args& args, std::string& problem);

// `keys new --publisher -o <dir> [--name <name>]` | `keys new --org <id> -o <dir>`.
struct KeysOptions {
  std::string dir, name = "publisher", org;
  bool publisher = false;
};
// False when the command line is not one of the two forms.
bool parseKeysOptions(const Args& args, KeysOptions& o);

}  // namespace vitrine::ctl
