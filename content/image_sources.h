// Images named by the sources (career illustrations, organisation logos): checked, resized, stored.
#pragma once

#include <string>

#include "pack_sources.h"
#include "source_files.h"

namespace vitrine::sources {

inline constexpr int kLogoMinSide = 64;  // logos are drawn small, next to an organisation's name

// Only a plain name inside images/ (a pack must not pick up files from elsewhere); reports and
// returns false otherwise.
bool checkImageName(Reader& r, const std::string& file, int line, const std::string& name);
// Decodes every image in r.imageRefs once; with `encode`, fits it in kImageMaxW x kImageMaxH and
// stores it as PNG in s.images.
void readImages(Reader& r, Sources& s, bool encode);

}  // namespace vitrine::sources
