// Atomic file writes (temporary file, fsync, rename, directory fsync) and read-back.
#include "atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include "base_messages.h"
#include "file_system.h"

namespace vitrine {

bool writeFileAtomically(const std::filesystem::path& target, const std::string& data,
                         std::string& error) {
  FileSystemOps& fsys = fileSystem();
  std::filesystem::path tmp = target;
  tmp += ".tmp";
  int fd = fsys.open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    error = tr(BM::cannot_create, {tmp.string(), std::strerror(errno)});
    return false;
  }
  bool ok = writeAll(fsys, fd, data.data(), data.size()) && fsys.fsync(fd) == 0;
  int savedErrno = errno;
  if (fsys.close(fd) != 0 && ok) {
    ok = false;
    savedErrno = errno;
  }
  if (ok && fsys.rename(tmp.c_str(), target.c_str()) == 0) {
    // The directory entry of a renamed file reaches the device only when the directory is
    // synced: until then a power cut can bring the old file back, so this is not a success.
    const std::filesystem::path dir = target.parent_path().empty() ? "." : target.parent_path();
    if (syncPath(fsys, dir.c_str(), O_DIRECTORY)) return true;
    error = tr(BM::folder_not_confirmed, {target.string(), std::strerror(errno)});
    return false;
  }
  if (ok) savedErrno = errno;
  error = tr(BM::write_error, {target.string(), std::strerror(savedErrno)});
  fsys.unlink(tmp.c_str());
  return false;
}

bool readWholeFile(const std::filesystem::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace vitrine
