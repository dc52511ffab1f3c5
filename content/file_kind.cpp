// Reading the 100-byte SQLite header: magic string, then application_id at offset 68.
#include "file_kind.h"

#include <cstring>
#include <fstream>

#include "schema.h"

namespace vitrine {

FileKind fileKind(const std::filesystem::path& path, uint32_t* appId) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return FileKind::Missing;
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size == 0) return FileKind::Empty;
  std::ifstream in(path, std::ios::binary);
  unsigned char h[100] = {};
  if (!in.read(reinterpret_cast<char*>(h), sizeof h)) return FileKind::NotSqlite;
  if (std::memcmp(h, "SQLite format 3", 16) != 0) return FileKind::NotSqlite;
  const uint32_t id =
      (uint32_t{h[68]} << 24) | (uint32_t{h[69]} << 16) | (uint32_t{h[70]} << 8) | h[71];
  if (appId) *appId = id;
  if (id == static_cast<uint32_t>(schema::kApplicationId)) return FileKind::Pack;
  if (id == static_cast<uint32_t>(schema::kStoreApplicationId)) return FileKind::Store;
  return id == 0 ? FileKind::Unmarked : FileKind::Foreign;
}

}  // namespace vitrine
