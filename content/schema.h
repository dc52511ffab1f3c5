// The SQL of a .kpack (schema v3), shared by the builder and the reader; content/README.md
// documents every table for people who open a pack with the sqlite3 tool.
#pragma once

namespace vitrine::schema {

// PRAGMA application_id of every .kpack ("VTRP"), so that `file` and Pack::open can tell a pack
// from any other SQLite database.
inline constexpr int kApplicationId = 0x56545250;
// PRAGMA application_id of every visitor store ("VTRS", kiosk/store.cpp): each kind of file
// refuses the other before writing anything (content/file_kind.h).
inline constexpr int kStoreApplicationId = 0x56545253;

// Lists (routes, years, careers, welcome) are stored as `|`-joined text, the career body as the
// editor's original Markdown-like text, parsed again when the pack is opened. Text columns hold
// the default language; `translations` holds the other languages, field by field. The content
// tables (organisations, careers, offers, events, schools) are not here: their columns are listed
// once, with the model field each holds, in pack_columns.h, which makes their CREATE TABLE.
inline constexpr const char* kCreate = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE quiz_questions(id TEXT PRIMARY KEY, position INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE quiz_answers(id TEXT PRIMARY KEY, question TEXT NOT NULL REFERENCES quiz_questions(id),
  position INTEGER NOT NULL, text TEXT NOT NULL, image TEXT);
CREATE TABLE quiz_weights(answer TEXT NOT NULL REFERENCES quiz_answers(id),
  career TEXT NOT NULL REFERENCES careers(id), weight INTEGER NOT NULL, PRIMARY KEY(answer, career));
CREATE TABLE translations(tbl TEXT NOT NULL, id TEXT NOT NULL, field TEXT NOT NULL,
  lang TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(tbl, id, field, lang));
CREATE TABLE images(id TEXT PRIMARY KEY, width INTEGER NOT NULL, height INTEGER NOT NULL,
  data BLOB NOT NULL);
CREATE TABLE thumbnails(id TEXT PRIMARY KEY REFERENCES images(id), width INTEGER NOT NULL,
  height INTEGER NOT NULL, data BLOB NOT NULL);
CREATE VIRTUAL TABLE search USING fts5(kind UNINDEXED, id UNINDEXED, lang UNINDEXED, title, body,
  tokenize = "unicode61 remove_diacritics 2", prefix = '1 2 3');
)sql";

// `search` (FTS5) holds one row per career and offer per pack language, in the order the kiosk
// lists them (careers then offers, each in catalogue order), its text folded by foldAccents().
// It is derived from the tables above, so the content hash leaves it out: a damaged index can
// only make search miss or find the wrong ids, which the kiosk looks up in the hashed catalogue.

// Every table the content hash covers, with the order that makes it canonical. A table a pack
// does not have is left out of its hash: packs built before `thumbnails` existed still verify.
struct HashedTable {
  const char* name;
  const char* orderBy;
};
inline constexpr HashedTable kHashed[] = {{"meta", "key"},
                                          {"organisations", "id"},
                                          {"careers", "id"},
                                          {"offers", "id"},
                                          {"events", "id"},
                                          {"schools", "id"},
                                          {"quiz_questions", "id"},
                                          {"quiz_answers", "id"},
                                          {"quiz_weights", "answer, career"},
                                          {"translations", "tbl, id, field, lang"},
                                          {"images", "id"},
                                          {"thumbnails", "id"}};

// The other tables a pack holds: the search index with the tables SQLite's FTS5 makes for it,
// and the publisher's `signature` (`kioskctl pack sign`, kiosk/packs/pack_signature.cpp), which
// signs the content hash and so stands outside it. Anything else in a pack (a table, a view, a
// trigger) was added after the build: it is refused.
inline constexpr const char* kOutsideHash[] = {"search",         "search_data",    "search_idx",
                                               "search_content", "search_docsize", "search_config",
                                               "signature"};

// meta keys that describe the build, not the content: left out of the hash.
inline constexpr const char* kUnhashedMeta = "'build_time', 'builder_version', 'content_hash'";

}  // namespace vitrine::schema
