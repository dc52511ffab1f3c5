// Reading the 100-byte SQLite header: magic string, then application_id at offset 68.
#include "file_kind.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "messages.h"
#include "schema.h"

namespace vitrine {
namespace fs = std::filesystem;

namespace {

// Up to `limit` + 1 bytes of a regular file: checked by name before opening (so that a device is
// never opened), then by descriptor (O_NONBLOCK: a FIFO swapped in between does not block).
FileRead readAtMost(const fs::path& path, uintmax_t limit, std::string& out) {
  out.clear();
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (!fs::exists(st))
    return ec && ec != std::errc::no_such_file_or_directory ? FileRead::Unreadable
                                                            : FileRead::Missing;
  if (!fs::is_regular_file(st)) return FileRead::NotAFile;
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return errno == ENOENT ? FileRead::Missing : FileRead::Unreadable;
  struct stat sb {};
  FileRead result = FileRead::Ok;
  if (::fstat(fd, &sb) != 0) {
    result = FileRead::Unreadable;
  } else if (!S_ISREG(sb.st_mode)) {
    result = FileRead::NotAFile;
  } else {
    char buf[1 << 16];
    for (;;) {  // by read(), not st_size: a file growing while read still stops at the limit
      const uintmax_t room = limit + 1 - out.size();
      const ssize_t n = ::read(fd, buf, static_cast<size_t>(std::min<uintmax_t>(sizeof buf, room)));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) result = FileRead::Unreadable;
      if (n <= 0) break;
      out.append(buf, static_cast<size_t>(n));
      if (out.size() > limit) break;
    }
  }
  ::close(fd);
  return result;
}

}  // namespace

FileRead readRegularFile(const fs::path& path, uintmax_t limit, std::string& out) {
  FileRead r = readAtMost(path, limit, out);
  if (r == FileRead::Ok && out.size() > limit) r = FileRead::TooLarge;
  if (r != FileRead::Ok) out.clear();
  return r;
}

std::string notAFileWord(const fs::file_status& status) {
  switch (status.type()) {
    case fs::file_type::directory:
      return tr(M::kind_folder);
    case fs::file_type::fifo:
      return tr(M::kind_fifo);
    case fs::file_type::socket:
      return tr(M::kind_socket);
    default:
      return tr(M::kind_device);
  }
}

std::string notAFileWord(const fs::path& path) {
  std::error_code ec;
  return notAFileWord(fs::status(path, ec));
}

FileKind fileKind(const std::filesystem::path& path, uint32_t* appId) {
  std::string head;
  switch (readAtMost(path, 99, head)) {
    case FileRead::Missing:
      return FileKind::Missing;
    case FileRead::NotAFile:
      return FileKind::NotAFile;
    case FileRead::Ok:
      break;
    default:
      return FileKind::NotSqlite;
  }
  if (head.empty()) return FileKind::Empty;
  if (head.size() < 100) return FileKind::NotSqlite;
  const auto* h = reinterpret_cast<const unsigned char*>(head.data());
  if (std::memcmp(h, "SQLite format 3", 16) != 0) return FileKind::NotSqlite;
  const uint32_t id =
      (uint32_t{h[68]} << 24) | (uint32_t{h[69]} << 16) | (uint32_t{h[70]} << 8) | h[71];
  if (appId) *appId = id;
  if (id == static_cast<uint32_t>(schema::kApplicationId)) return FileKind::Pack;
  if (id == static_cast<uint32_t>(schema::kStoreApplicationId)) return FileKind::Store;
  return id == 0 ? FileKind::Unmarked : FileKind::Foreign;
}

}  // namespace vitrine
