// Canonical serialisation of a pack's rows into SHA-256: type tag, length, bytes for each value.
#include "content_hash.h"

#include <sqlite3.h>

#include "schema.h"
#include "sha256.h"
#include "sqlite.h"

namespace vitrine {
namespace {

// A length prefix keeps ("ab","c") and ("a","bc") apart.
void put(Sha256& h, char tag, const void* data, size_t size) {
  uint8_t head[9] = {static_cast<uint8_t>(tag)};
  for (int i = 0; i < 8; ++i) head[1 + i] = static_cast<uint8_t>(uint64_t(size) >> (8 * i));
  h.update(head, sizeof head);
  if (size > 0) h.update(data, size);
}

bool hasTable(sql::Database& db, const char* name) {
  auto st = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  st.bind(1, std::string_view(name));
  return st.step();
}

}  // namespace

std::string contentHash(sql::Database& db) {
  Sha256 h;
  for (const auto& t : schema::kHashed) {
    if (!hasTable(db, t.name)) continue;  // an older pack: hashed exactly as it was built
    std::string q = std::string("SELECT * FROM ") + t.name;
    if (std::string(t.name) == "meta")
      q += std::string(" WHERE key NOT IN (") + schema::kUnhashedMeta + ")";
    q += std::string(" ORDER BY ") + t.orderBy;
    put(h, 'T', t.name, std::char_traits<char>::length(t.name));
    // Raw statement: the wrapper does not expose column types, which the hash must include.
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(db.handle(), q.c_str(), -1, &s, nullptr) != SQLITE_OK) {
      sqlite3_finalize(s);
      throw sql::Error(sqlite3_errcode(db.handle()), sqlite3_errmsg(db.handle()));
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
      put(h, 'R', nullptr, 0);
      for (int c = 0, n = sqlite3_column_count(s); c < n; ++c) {
        switch (sqlite3_column_type(s, c)) {
          case SQLITE_NULL:
            put(h, 'n', nullptr, 0);
            break;
          case SQLITE_INTEGER: {
            std::string v = std::to_string(sqlite3_column_int64(s, c));
            put(h, 'i', v.data(), v.size());
            break;
          }
          case SQLITE_BLOB:
            put(h, 'b', sqlite3_column_blob(s, c), static_cast<size_t>(sqlite3_column_bytes(s, c)));
            break;
          default:  // text (a pack stores no floats)
            put(h, 't', sqlite3_column_text(s, c), static_cast<size_t>(sqlite3_column_bytes(s, c)));
        }
      }
    }
    int code = sqlite3_errcode(db.handle());
    sqlite3_finalize(s);
    if (rc != SQLITE_DONE) throw sql::Error(code, "cannot read " + std::string(t.name));
  }
  return h.hex();
}

}  // namespace vitrine
