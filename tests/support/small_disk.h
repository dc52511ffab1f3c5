// A small tmpfs, to meet a real full or read-only medium (needs root; tests skip otherwise).
#pragma once

#include <sys/mount.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace vitrine::test {

struct SmallDisk {
  std::filesystem::path dir;
  bool mounted = false;
  explicit SmallDisk(const std::filesystem::path& where, const char* size = "4m") : dir(where) {
    std::filesystem::create_directories(dir);
    std::string opts = std::string("size=") + size + ",mode=0700";
    mounted = ::mount("tmpfs", dir.c_str(), "tmpfs", 0, opts.c_str()) == 0;
  }
  bool remount(unsigned long flags) {
    return ::mount("tmpfs", dir.c_str(), "tmpfs", MS_REMOUNT | flags, nullptr) == 0;
  }
  ~SmallDisk() {
    if (mounted) ::umount2(dir.c_str(), MNT_DETACH);
  }
  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;
};

// Writes zeros into `file` until the medium is full.
inline void fillUp(const std::filesystem::path& file) {
  std::ofstream out(file, std::ios::binary);
  const std::string chunk(4096, 'f');
  while (out.write(chunk.data(), static_cast<std::streamsize>(chunk.size())) && out.flush()) {
  }
}

}  // namespace vitrine::test
