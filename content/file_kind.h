// Which kind of Vitrine file a path holds, read from its SQLite header alone: no SQLite
// connection is opened, so nothing (no journal, no WAL switch) can be written to a wrong file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace vitrine {

// How reading a file someone named went. Only regular files are ever opened: a FIFO would block
// the reader for ever, /dev/zero never ends, a device may act on being opened.
enum class FileRead {
  Ok,
  Missing,     // nothing there (or a link leading nowhere)
  NotAFile,    // a folder, device, FIFO or socket
  TooLarge,    // more than the limit asked for
  Unreadable,  // no permission, or an input/output error
};

// The whole of `path` in `out` when it is a regular file of at most `limit` bytes.
FileRead readRegularFile(const std::filesystem::path& path, uintmax_t limit, std::string& out);

// What stands at `path` when it is not a regular file, in the messages' language: « dossier »,
// « périphérique », « tube nommé », « socket ».
std::string notAFileWord(const std::filesystem::path& path);
std::string notAFileWord(const std::filesystem::file_status& status);

enum class FileKind {
  Missing,    // no such file
  NotAFile,   // a folder, device, FIFO or socket: never opened
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
