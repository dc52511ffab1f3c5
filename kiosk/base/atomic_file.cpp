// Atomic file writes (temporary file, fsync, rename, directory fsync) and read-back.
#include "atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>

namespace vitrine {
namespace {

// The directory entry of a renamed file reaches the device only when the directory is synced.
bool syncDirectory(const std::filesystem::path& file) {
  std::filesystem::path dir = file.parent_path().empty() ? "." : file.parent_path();
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return false;
  bool ok = ::fsync(fd) == 0;
  ::close(fd);
  return ok;
}

}  // namespace

bool writeFileAtomically(const std::filesystem::path& target, const std::string& data,
                         std::string& error) {
  std::filesystem::path tmp = target;
  tmp += ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  std::FILE* f = fd >= 0 ? ::fdopen(fd, "wb") : nullptr;
  if (!f) {
    const int openErrno = errno;
    if (fd >= 0) ::close(fd);
    error = "Impossible de créer « " + tmp.string() + " » : " + std::strerror(openErrno);
    return false;
  }
  bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
  ok = std::fflush(f) == 0 && ok;
  ok = ::fsync(fileno(f)) == 0 && ok;
  int savedErrno = errno;
  ok = std::fclose(f) == 0 && ok;
  if (ok && std::rename(tmp.c_str(), target.c_str()) == 0) {
    syncDirectory(target);
    return true;
  }
  if (ok) savedErrno = errno;
  error = "Erreur d'écriture de « " + target.string() + " » : " + std::strerror(savedErrno);
  std::remove(tmp.c_str());
  return false;
}

bool readWholeFile(const std::filesystem::path& file, std::string& out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace vitrine
