// A problem found in pack sources, printed as `file:line: message`.
#pragma once

#include <string>

namespace vitrine {

struct Diagnostic {
  std::string file;  // path relative to the sources folder
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  std::string message;

  std::string str() const {
    return line > 0 ? file + ":" + std::to_string(line) + ": " + message : file + ": " + message;
  }
};

}  // namespace vitrine
