// SHA-256 (FIPS 180-4), small and dependency-free: the content hash of a pack.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace vitrine {

class Sha256 {
 public:
  Sha256();
  void update(const void* data, size_t size);
  void update(std::string_view s) { update(s.data(), s.size()); }
  std::array<uint8_t, 32> digest();  // finishes the hash; call once
  std::string hex();                 // digest() as 64 lower-case hex digits

 private:
  void block(const uint8_t* p);
  uint32_t h_[8];
  uint8_t buf_[64];
  size_t used_ = 0;
  uint64_t total_ = 0;
};

}  // namespace vitrine
