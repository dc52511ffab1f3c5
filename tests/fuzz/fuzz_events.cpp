// libFuzzer: any bytes as events.csv (the agenda: kinds, dates, times, organisations), read by the
// real source reader.
#include "agenda_sources.h"
#include "fuzz_sources.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return vitrine::fuzz::readOneSource("events.csv", vitrine::sources::readEvents, data, size);
}
