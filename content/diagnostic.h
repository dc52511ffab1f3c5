// A problem found in pack sources, printed as `file:line: error|warning: message`.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "messages.h"

namespace vitrine {

struct Diagnostic {
  // Errors stop a build; warnings (a past deadline, a missing translation...) are printed and the
  // pack is still written, because the kiosk copes with them.
  // A note says what the kiosk will not show because an optional column is absent.
  enum class Severity { Error, Warning, Note };

  std::string file;  // path relative to the sources folder
  int line = 0;      // 1-based; 0 when the problem concerns the whole file
  std::string message;
  Severity severity = Severity::Error;
  // The language the message was written in: its severity word is printed in the same one.
  msg::Lang lang = msg::language();

  bool error() const { return severity == Severity::Error; }
  bool warning() const { return severity == Severity::Warning; }
  std::string str() const {
    std::string where = line > 0 ? file + ":" + std::to_string(line) : file;
    M word = error() ? M::sev_error : warning() ? M::sev_warning : M::sev_note;
    return where + ": " + msg::text(lang, word) + ": " + message;
  }
};

inline size_t errorCount(const std::vector<Diagnostic>& diags) {
  return static_cast<size_t>(
      std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.error(); }));
}

inline size_t warningCount(const std::vector<Diagnostic>& diags) {
  return static_cast<size_t>(
      std::count_if(diags.begin(), diags.end(), [](const Diagnostic& d) { return d.warning(); }));
}

}  // namespace vitrine
