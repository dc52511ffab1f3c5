// Readers for the optional sources: events.csv, schools.csv and quiz.csv.
#pragma once

#include "model.h"
#include "source_files.h"

namespace vitrine::sources {

// Each file is optional: a pack without it simply has no events, schools or quiz.
void readEvents(Reader& r, Catalogue& cat);
void readSchools(Reader& r, Catalogue& cat);
void readQuiz(Reader& r, Catalogue& cat);

}  // namespace vitrine::sources
