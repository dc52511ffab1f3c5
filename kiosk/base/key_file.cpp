// Key files as kioskctl writes them: one line, created once with the mode asked for.
#include "key_file.h"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>

#include "base_messages.h"
#include "file_kind.h"

namespace vitrine {

std::string toHex(const uint8_t* data, size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.pop_back();
  return out;
}

bool fromHex(const std::string& hex, uint8_t* out, size_t size) {
  size_t len = 0;
  return hex.size() == size * 2 &&
         sodium_hex2bin(out, size, hex.data(), hex.size(), nullptr, &len, nullptr) == 0 &&
         len == size;
}

bool readKeyLine(const std::filesystem::path& file, const char* tag, uint8_t* key, size_t size,
                 std::string& name) {
  // A key file is a line and a comment: a FIFO, /dev/zero or a photo given as --key is not one.
  constexpr uintmax_t kMaxKeyFileBytes = 4096;
  std::string text, t, hex;
  if (readRegularFile(file, kMaxKeyFileBytes, text) != FileRead::Ok) return false;
  std::istringstream words(text.substr(0, text.find('\n')));
  if (!(words >> t >> hex) || t != tag || !fromHex(hex, key, size)) return false;
  std::getline(words >> std::ws, name);
  return true;
}

bool writeNewFile(const std::filesystem::path& file, const std::string& text, mode_t mode,
                  std::string& error) {
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) {
    error = tr(errno == EEXIST ? BM::cannot_create_key_kept : BM::cannot_create,
               {file.string(), std::strerror(errno)});
    return false;
  }
  const bool ok = ::fchmod(fd, mode) == 0 &&
                  ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                  ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) error = tr(BM::cannot_write, {file.string()});
  return ok;
}

}  // namespace vitrine
