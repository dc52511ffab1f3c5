// kioskctl sub-commands; each takes the arguments after its group name and returns an exit code.
#pragma once

#include <string>
#include <vector>

namespace vitrine::ctl {

using Args = std::vector<std::string>;

int pack(const Args& args);   // pack build <sources> -o <file.kpack> | pack info <file.kpack>
int leads(const Args& args);  // leads export | merge | erase | purge
int stats(const Args& args);  // stats report <store> -o report.html|png
int pin(const Args& args);    // pin set | check | status --store <visitors.db> (PIN on stdin)
int site(const Args& args);   // site export <file.kpack> -o <dir>: a static web page
int keys(const Args& args);   // keys new --publisher -o <dir> [--name <name>]: signing keys

}  // namespace vitrine::ctl
