// The columns of a .kpack's content tables, each named once with its SQL type and the model field
// it holds. The builder's CREATE TABLE and INSERT and the reader's SELECT and row read are all
// made from these tables: a new field is one line here (and its member in model.h).
#pragma once

#include <cstdint>
#include <cstdlib>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "model.h"
#include "sqlite.h"
#include "text_util.h"

namespace vitrine::columns {

// One column of a pack table holding rows of type Row. `write` binds the row's value at `index`
// of an INSERT; `read` sets the row's field from `column` of a SELECT.
template <class Row>
struct Column {
  const char* name;
  const char* sql;  // type and constraints, as in CREATE TABLE
  void (*write)(const Row& row, sql::Statement& st, int index);
  void (*read)(Row& row, const sql::Statement& st, int column);
  // Added after schema 3's first packs were built: a pack without it still opens, the field
  // read as empty.
  bool optional = false;
};

template <class Row>
struct Table {
  const char* name;
  std::span<const Column<Row>> columns;
};

namespace detail {
template <class T>
struct MemberOf;
template <class R, class V>
struct MemberOf<V R::*> {
  using Row = R;
};
template <auto M>
using RowOf = typename MemberOf<decltype(M)>::Row;
}  // namespace detail

// A text field stored as is.
template <auto M>
constexpr Column<detail::RowOf<M>> text(const char* name, const char* sql, bool optional = false) {
  using Row = detail::RowOf<M>;
  return {name, sql, [](const Row& r, sql::Statement& st, int i) { st.bind(i, r.*M); },
          [](Row& r, const sql::Statement& st, int i) { r.*M = st.text(i); }, optional};
}
// A list of words stored `|`-joined.
template <auto M>
constexpr Column<detail::RowOf<M>> list(const char* name, const char* sql) {
  using Row = detail::RowOf<M>;
  return {name, sql, [](const Row& r, sql::Statement& st, int i) { st.bind(i, joinList(r.*M)); },
          [](Row& r, const sql::Statement& st, int i) { r.*M = splitList(st.text(i)); }};
}
// An int field stored as INTEGER.
template <auto M>
constexpr Column<detail::RowOf<M>> integer(const char* name, const char* sql) {
  using Row = detail::RowOf<M>;
  return {name, sql,
          [](const Row& r, sql::Statement& st, int i) { st.bind(i, static_cast<int64_t>(r.*M)); },
          [](Row& r, const sql::Statement& st, int i) { r.*M = static_cast<int>(st.integer(i)); }};
}

// One column a line.
// clang-format off
inline constexpr Column<Organisation> kOrganisations[] = {
    text<&Organisation::id>("id", "TEXT PRIMARY KEY"),
    text<&Organisation::kind>("kind", "TEXT NOT NULL"),
    text<&Organisation::name>("name", "TEXT NOT NULL"),
    text<&Organisation::city>("city", "TEXT"),
    text<&Organisation::region>("region", "TEXT"),
    text<&Organisation::country>("country", "TEXT"),
    text<&Organisation::website>("website", "TEXT"),
    text<&Organisation::contact>("contact", "TEXT"),
    text<&Organisation::logo>("logo", "TEXT"),
    text<&Organisation::description>("description", "TEXT", /*optional=*/true),
};

inline constexpr Column<Career> kCareers[] = {
    text<&Career::id>("id", "TEXT PRIMARY KEY"),
    text<&Career::title>("title", "TEXT NOT NULL"),
    text<&Career::pitch>("pitch", "TEXT NOT NULL"),
    text<&Career::diploma>("diploma", "TEXT"),
    text<&Career::level>("level", "TEXT"),
    text<&Career::duration>("duration", "TEXT"),
    list<&Career::routes>("routes", "TEXT"),
    text<&Career::where>("where_work", "TEXT"),
    text<&Career::image>("image", "TEXT"),
    // The editor's Markdown-like text, normalised, parsed again when the pack is opened.
    {"body", "TEXT",
     [](const Career& k, sql::Statement& st, int i) { st.bind(i, formatBody(k.body)); },
     [](Career& k, const sql::Statement& st, int i) { k.body = parseBody(st.text(i)); }},
    list<&Career::tags>("tags", "TEXT"),
    list<&Career::audiences>("audiences", "TEXT"),
    text<&Career::testimonial>("testimonial", "TEXT"),
    text<&Career::testimonialName>("testimonial_name", "TEXT"),
    text<&Career::testimonialRole>("testimonial_role", "TEXT"),
    text<&Career::domain>("domain", "TEXT"),
};

inline constexpr Column<Offer> kOffers[] = {
    text<&Offer::id>("id", "TEXT PRIMARY KEY"),
    text<&Offer::organisation>("organisation", "TEXT NOT NULL REFERENCES organisations(id)"),
    text<&Offer::service>("service", "TEXT NOT NULL"),
    list<&Offer::careers>("careers", "TEXT"),
    text<&Offer::title>("title", "TEXT NOT NULL"),
    text<&Offer::description>("description", "TEXT"),
    text<&Offer::city>("city", "TEXT"),
    text<&Offer::region>("region", "TEXT"),
    // Study years as `|`-joined numbers.
    {"years", "TEXT",
     [](const Offer& o, sql::Statement& st, int i) {
       std::vector<std::string> years;
       for (int y : o.years) years.push_back(std::to_string(y));
       st.bind(i, joinList(years));
     },
     [](Offer& o, const sql::Statement& st, int i) {
       for (const auto& y : splitList(st.text(i))) o.years.push_back(std::atoi(y.c_str()));
     }},
    text<&Offer::start>("start_date", "TEXT NOT NULL"),
    text<&Offer::end>("end_date", "TEXT NOT NULL"),
    integer<&Offer::places>("places", "INTEGER"),
    text<&Offer::deadline>("deadline", "TEXT"),
    text<&Offer::country>("country", "TEXT"),
    list<&Offer::welcome>("welcome", "TEXT"),
    text<&Offer::applyUrl>("apply_url", "TEXT"),
    list<&Offer::tasks>("tasks", "TEXT"),
    integer<&Offer::weeks>("weeks", "INTEGER"),
    list<&Offer::languages>("languages", "TEXT"),
    text<&Offer::programme>("programme", "TEXT"),
    list<&Offer::documents>("documents", "TEXT"),
    text<&Offer::howToApply>("how_to_apply", "TEXT"),
};

inline constexpr Column<Event> kEvents[] = {
    text<&Event::id>("id", "TEXT PRIMARY KEY"),
    text<&Event::kind>("kind", "TEXT NOT NULL"),
    text<&Event::title>("title", "TEXT NOT NULL"),
    text<&Event::organisation>("organisation", "TEXT REFERENCES organisations(id)"),
    text<&Event::date>("date", "TEXT NOT NULL"),
    text<&Event::startTime>("start_time", "TEXT"),
    text<&Event::endTime>("end_time", "TEXT"),
    text<&Event::city>("city", "TEXT"),
    text<&Event::place>("place", "TEXT"),
    text<&Event::url>("url", "TEXT"),
    text<&Event::description>("description", "TEXT"),
};

inline constexpr Column<School> kSchools[] = {
    text<&School::id>("id", "TEXT PRIMARY KEY"),
    text<&School::name>("name", "TEXT NOT NULL"),
    text<&School::city>("city", "TEXT"),
    text<&School::region>("region", "TEXT"),
    text<&School::country>("country", "TEXT"),
    text<&School::website>("website", "TEXT"),
    list<&School::careers>("careers", "TEXT"),
    text<&School::diplomas>("diplomas", "TEXT"),
};
// clang-format on

inline constexpr Table<Organisation> kOrganisationsTable{"organisations", kOrganisations};
inline constexpr Table<Career> kCareersTable{"careers", kCareers};
inline constexpr Table<Offer> kOffersTable{"offers", kOffers};
inline constexpr Table<Event> kEventsTable{"events", kEvents};
inline constexpr Table<School> kSchoolsTable{"schools", kSchools};

// "CREATE TABLE name(col TYPE, ...);"
template <class Row>
std::string createSql(const Table<Row>& t) {
  std::string sql = std::string("CREATE TABLE ") + t.name + "(";
  for (size_t i = 0; i < t.columns.size(); ++i)
    sql += (i ? ", " : "") + std::string(t.columns[i].name) + " " + t.columns[i].sql;
  return sql + ");\n";
}

// The CREATE TABLE statements of the five content tables (schema.h's kCreate has the others).
inline std::string createContentTables() {
  return createSql(kOrganisationsTable) + createSql(kCareersTable) + createSql(kOffersTable) +
         createSql(kEventsTable) + createSql(kSchoolsTable);
}

// Every row of `rows` into the table, in order, through one prepared INSERT.
template <class Row>
void insertRows(sql::Database& db, const Table<Row>& t, const std::vector<Row>& rows) {
  std::string names, marks;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    names += (i ? ", " : "") + std::string(t.columns[i].name);
    marks += i ? ",?" : "?";
  }
  auto st =
      db.prepare(std::string("INSERT INTO ") + t.name + "(" + names + ") VALUES(" + marks + ")");
  for (const Row& row : rows) {
    for (size_t i = 0; i < t.columns.size(); ++i)
      t.columns[i].write(row, st, static_cast<int>(i) + 1);
    st.run();
    st.reset();
  }
}

// Every row of the table, in storage order. An optional column the pack lacks reads as empty; any
// other missing column is an sql::Error (a damaged pack).
template <class Row>
std::vector<Row> readRows(sql::Database& db, const Table<Row>& t) {
  std::string select;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    std::string name = t.columns[i].name;
    if (t.columns[i].optional) {
      auto has = db.prepare("SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
      has.bind(1, std::string_view(t.name)).bind(2, name);
      if (!has.step()) name = "''";
    }
    select += (i ? ", " : "") + name;
  }
  std::vector<Row> rows;
  auto st = db.prepare("SELECT " + select + " FROM " + t.name);
  while (st.step()) {
    Row row{};
    for (size_t i = 0; i < t.columns.size(); ++i) t.columns[i].read(row, st, static_cast<int>(i));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace vitrine::columns
