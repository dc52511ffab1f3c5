// The content hash of a pack: SHA-256 over every table in a canonical order, build facts excluded.
#pragma once

#include <string>

namespace vitrine {

namespace sql {
class Database;
}

// 64 hex digits; the same sources always give the same hash, whatever the build time or the
// page layout of the file.
std::string contentHash(sql::Database& db);

}  // namespace vitrine
