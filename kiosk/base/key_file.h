// Key files as kioskctl writes them: "<tag> <hex> <name>" on the first line, created once (never
// overwritten) with the mode asked for. Shared by publishers' signing keys and organisations'
// sealing keys.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace vitrine {

std::string toHex(const uint8_t* data, size_t size);
// Exactly `size` bytes from 2 * size hexadecimal digits; false for anything else.
bool fromHex(const std::string& hex, uint8_t* out, size_t size);
// The key of a file whose first line is "<tag> <hex> [name]"; `name` gets the rest of the line.
bool readKeyLine(const std::filesystem::path& file, const char* tag, uint8_t* key, size_t size,
                 std::string& name);
// Creates `file` (failing if it exists) with exactly `mode` whatever the umask, writes `text` and
// syncs it. False with a French sentence in `error`.
bool writeNewFile(const std::filesystem::path& file, const std::string& text, mode_t mode,
                  std::string& error);

}  // namespace vitrine
