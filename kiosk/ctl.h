// kioskctl sub-commands; each takes the arguments after its group name and returns an exit code.
#pragma once

#include <string>
#include <vector>

namespace vitrine::ctl {

using Args = std::vector<std::string>;

int pack(const Args& args);   // pack build <sources> -o <file.kpack> | pack info <file.kpack>
int leads(const Args& args);  // leads export --store <db> [--format csv] [-o <file>]

}  // namespace vitrine::ctl
