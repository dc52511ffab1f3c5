// Which kind of Vitrine file a path holds, read from its SQLite header alone: no SQLite
// connection is opened, so nothing (no journal, no WAL switch) can be written to a wrong file.
#pragma once

#include <cstdint>
#include <filesystem>

namespace vitrine {

enum class FileKind {
  Missing,    // no such file
  Empty,      // 0 bytes: SQLite makes a new database of it
  NotSqlite,  // something else (or unreadable)
  Pack,       // application_id = schema::kApplicationId
  Store,      // application_id = schema::kStoreApplicationId
  Unmarked,   // SQLite with application_id 0: a store from before the ids, or any database
  Foreign,    // SQLite with another program's application_id
};

// `appId` (optional) receives the header's application_id when the file is SQLite.
FileKind fileKind(const std::filesystem::path& path, uint32_t* appId = nullptr);

}  // namespace vitrine
