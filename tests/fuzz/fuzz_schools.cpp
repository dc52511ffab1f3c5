// libFuzzer: any bytes as schools.csv (where to train, the careers each leads to), read by the real
// source reader.
#include "agenda_sources.h"
#include "fuzz_sources.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return vitrine::fuzz::readOneSource("schools.csv", vitrine::sources::readSchools, data, size);
}
