// Random UUID v4 identifiers for visitor records (no clock or MAC inside, so nothing traceable).
#pragma once

#include <string>

namespace vitrine {

// 36 lowercase characters, e.g. "1b4e28ba-2fa1-4d2e-883f-0016d3cca427". Throws std::runtime_error
// only if the operating system has no randomness to give, which a kiosk must not paper over.
std::string newUuidV4();

}  // namespace vitrine
