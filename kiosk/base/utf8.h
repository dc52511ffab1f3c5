// UTF-8 helpers shared by the keyboard, the form rules and the exports.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace vitrine {

// Characters (code points) in valid UTF-8 text; continuation bytes are not counted.
size_t utf8Length(std::string_view s);
// Removes the last whole character.
void utf8PopBack(std::string& s);

}  // namespace vitrine
