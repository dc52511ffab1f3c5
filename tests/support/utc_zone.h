// The tests that read local times (the staff figures' day, the clock editor) run in UTC, whatever
// the runner's zone: include this header once in the test's file.
#pragma once

#include <stdlib.h>
#include <time.h>

namespace vitrine::test {

struct UtcZone {
  UtcZone() {
    setenv("TZ", "UTC", 1);
    tzset();
  }
};
inline const UtcZone kUtc;

}  // namespace vitrine::test
