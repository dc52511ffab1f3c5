// The system's file calls, and the switch that lets a test put a simulated disk in their place.
#include "file_system.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>

namespace vitrine {
namespace {

class SystemCalls final : public FileSystemOps {
 public:
  int open(const char* path, int flags, mode_t mode) override { return ::open(path, flags, mode); }
  ssize_t write(int fd, const void* data, size_t size) override { return ::write(fd, data, size); }
  int fsync(int fd) override { return ::fsync(fd); }
  int close(int fd) override { return ::close(fd); }
  int rename(const char* from, const char* to) override { return std::rename(from, to); }
  int unlink(const char* path) override { return ::unlink(path); }
};

SystemCalls gSystem;
FileSystemOps* gCurrent = &gSystem;

}  // namespace

FileSystemOps& fileSystem() {
  return *gCurrent;
}
void setFileSystemForTesting(FileSystemOps* ops) {
  gCurrent = ops ? ops : &gSystem;
}

bool writeAll(FileSystemOps& fsys, int fd, const void* data, size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = fsys.write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    p += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool syncPath(FileSystemOps& fsys, const char* path, int flags) {
  int fd = fsys.open(path, O_RDONLY | O_CLOEXEC | flags, 0);
  if (fd < 0) return false;
  const bool ok = fsys.fsync(fd) == 0;
  const int savedErrno = errno;
  fsys.close(fd);
  errno = savedErrno;
  return ok;
}

}  // namespace vitrine
