// The file-system calls that decide what survives a power cut, behind one seam tests can replace.
#pragma once

#include <sys/types.h>

namespace vitrine {

// open/write/fsync/close/rename/unlink with the system's meaning: -1 and errno on failure.
// Atomic file writes and the pack switch go through it, so that a test can replay them on a
// simulated disk and cut the power between any two calls (tests/support/powercut_fs.h).
class FileSystemOps {
 public:
  virtual ~FileSystemOps() = default;
  virtual int open(const char* path, int flags, mode_t mode) = 0;
  virtual ssize_t write(int fd, const void* data, size_t size) = 0;
  virtual int fsync(int fd) = 0;
  virtual int close(int fd) = 0;
  virtual int rename(const char* from, const char* to) = 0;
  virtual int unlink(const char* path) = 0;
};

// The system calls, unless a test installed a simulated disk.
FileSystemOps& fileSystem();
// Tests only: routes the calls through `ops` (nullptr: back to the system calls).
void setFileSystemForTesting(FileSystemOps* ops);

// Writes all of `size` bytes (retrying short writes and EINTR); false with errno set.
bool writeAll(FileSystemOps& fsys, int fd, const void* data, size_t size);
// fsync of a file or, with O_DIRECTORY in `flags`, of a directory; false with errno set.
bool syncPath(FileSystemOps& fsys, const char* path, int flags);

}  // namespace vitrine
