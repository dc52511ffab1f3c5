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
// the default language; `translations` holds the other languages, field by field.
inline constexpr const char* kCreate = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organisations(id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
  city TEXT, region TEXT, country TEXT, website TEXT, contact TEXT, logo TEXT, description TEXT);
CREATE TABLE careers(id TEXT PRIMARY KEY, title TEXT NOT NULL, pitch TEXT NOT NULL, diploma TEXT,
  level TEXT, duration TEXT, routes TEXT, where_work TEXT, image TEXT, body TEXT, tags TEXT,
  audiences TEXT, testimonial TEXT, testimonial_name TEXT, testimonial_role TEXT, domain TEXT);
CREATE TABLE offers(id TEXT PRIMARY KEY, organisation TEXT NOT NULL REFERENCES organisations(id),
  service TEXT NOT NULL, careers TEXT, title TEXT NOT NULL, description TEXT, city TEXT,
  region TEXT, years TEXT, start_date TEXT NOT NULL, end_date TEXT NOT NULL, places INTEGER,
  deadline TEXT, country TEXT, welcome TEXT, apply_url TEXT, tasks TEXT, weeks INTEGER,
  languages TEXT, programme TEXT, documents TEXT, how_to_apply TEXT);
CREATE TABLE events(id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT NOT NULL,
  organisation TEXT REFERENCES organisations(id), date TEXT NOT NULL, start_time TEXT,
  end_time TEXT, city TEXT, place TEXT, url TEXT, description TEXT);
CREATE TABLE schools(id TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT, region TEXT,
  country TEXT, website TEXT, careers TEXT, diplomas TEXT);
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

// meta keys that describe the build, not the content: left out of the hash.
inline constexpr const char* kUnhashedMeta = "'build_time', 'builder_version', 'content_hash'";

}  // namespace vitrine::schema
