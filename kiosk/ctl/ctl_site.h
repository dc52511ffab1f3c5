// Shared by the static site's pages (ctl_site.cpp: index.html, ctl_site_quiz.cpp: quiz.html).
#pragma once

#include <map>
#include <ostream>
#include <string>

#include "model.h"

namespace vitrine::ctl {

struct ImageInfo {
  int width = 0, height = 0;
  std::string file;  // name written in images/: the pack stores PNG, so it ends in .png
};

// Text for HTML content and attribute values.
std::string esc(const std::string& s);

// quiz.html: the pack's quiz, one question at a time, then three careers linking to index.html.
// Everything is inline (data, style after `style`, script): it works offline from the folder.
void quizPage(std::ostream& html, const Catalogue& cat,
              const std::map<std::string, ImageInfo>& images, const char* style);

}  // namespace vitrine::ctl
