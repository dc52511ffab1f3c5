// UUID v4 from the kernel's CSPRNG (getrandom), falling back to std::random_device.
#include "uuid.h"

#include <sys/random.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <random>
#include <stdexcept>

namespace vitrine {
namespace {

using Bytes = std::array<uint8_t, 16>;

// getrandom() may return short or be interrupted; loop until the buffer is full.
bool fillFromKernel(Bytes& b) {
  size_t got = 0;
  while (got < b.size()) {
    ssize_t n = getrandom(b.data() + got, b.size() - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;  // e.g. ENOSYS on an old kernel: use the fallback
    }
    got += static_cast<size_t>(n);
  }
  return true;
}

void fillFromRandomDevice(Bytes& b) {
  std::random_device rd;
  for (size_t i = 0; i < b.size(); i += 4) {
    uint32_t v = rd();
    std::memcpy(b.data() + i, &v, 4);
  }
}

}  // namespace

std::string newUuidV4() {
  Bytes b{};
  if (!fillFromKernel(b)) fillFromRandomDevice(b);    // random_device throws if it has nothing
  b[6] = static_cast<uint8_t>((b[6] & 0x0F) | 0x40);  // version 4
  b[8] = static_cast<uint8_t>((b[8] & 0x3F) | 0x80);  // RFC 4122 variant
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(36);
  for (size_t i = 0; i < b.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += kHex[b[i] >> 4];
    out += kHex[b[i] & 0x0F];
  }
  return out;
}

}  // namespace vitrine
