// The SQL of a .kpack (schema v1), shared by the builder and the reader.
#pragma once

namespace vitrine::schema {

// PRAGMA application_id of every .kpack ("VTRP"), so that `file` and Pack::open can tell a pack
// from any other SQLite database.
inline constexpr int kApplicationId = 0x56545250;

// Lists (routes, years, careers, welcome) are stored as `|`-joined text, the career body as the
// editor's original Markdown-like text, parsed again when the pack is opened.
inline constexpr const char* kCreate = R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organisations(id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL,
  city TEXT, region TEXT, country TEXT, website TEXT);
CREATE TABLE careers(id TEXT PRIMARY KEY, title TEXT NOT NULL, pitch TEXT NOT NULL, diploma TEXT,
  level TEXT, duration TEXT, routes TEXT, where_work TEXT, image TEXT, body TEXT);
CREATE TABLE offers(id TEXT PRIMARY KEY, organisation TEXT NOT NULL REFERENCES organisations(id),
  service TEXT NOT NULL, careers TEXT, title TEXT NOT NULL, description TEXT, city TEXT,
  region TEXT, years TEXT, start_date TEXT NOT NULL, end_date TEXT NOT NULL, places INTEGER,
  deadline TEXT, country TEXT, welcome TEXT, apply_url TEXT);
CREATE TABLE images(id TEXT PRIMARY KEY, width INTEGER NOT NULL, height INTEGER NOT NULL,
  data BLOB NOT NULL);
)sql";

}  // namespace vitrine::schema
