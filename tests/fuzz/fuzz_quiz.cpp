// libFuzzer: any bytes as quiz.csv (questions, answers, weighted careers), read by the real source
// reader.
#include "agenda_sources.h"
#include "fuzz_sources.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return vitrine::fuzz::readOneSource("quiz.csv", vitrine::sources::readQuiz, data, size);
}
