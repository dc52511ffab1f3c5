// Writing a file so that a crash or a pulled USB stick never leaves it half-written.
#pragma once

#include <filesystem>
#include <string>

namespace vitrine {

// Writes `data` to <target>.tmp (mode 0600: exports hold contact details), fsyncs it, renames it
// over `target` and fsyncs the directory. On failure returns false, removes the temporary file
// and sets `error` to a French sentence naming the file and the system's reason. A directory
// fsync that fails is a failure too: the new file is there but might not survive a power cut.
bool writeFileAtomically(const std::filesystem::path& target, const std::string& data,
                         std::string& error);

// Reads a whole file back (to verify an export); false when it cannot be read.
bool readWholeFile(const std::filesystem::path& file, std::string& out);

}  // namespace vitrine
