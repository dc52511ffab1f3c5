// The pack's column tables (content/pack_columns.h): they match schema v3 as packs already built
// have it, and every column carries its own model field through a pack and back.
#include "pack_columns.h"
#include "test_pack_fixtures.h"

using namespace vitrine;
using namespace vitrine::testing;

namespace {

// Schema v3's content tables exactly as kioskctl wrote them before the column tables existed
// (schema.h at 1794bec). Packs in the field have these columns: the tables must keep them.
constexpr const char* kShippedV3 = R"sql(
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
)sql";

// name, type, not null, primary key, foreign key target of every column, in order.
std::vector<std::string> describe(sql::Database& db, const std::string& table) {
  std::vector<std::string> out;
  auto st = db.prepare(
      "SELECT c.name, c.type, c.\"notnull\", c.pk, coalesce(f.\"table\", '') FROM "
      "pragma_table_info(?1) c LEFT JOIN pragma_foreign_key_list(?1) f ON f.\"from\" = c.name "
      "ORDER BY c.cid");
  st.bind(1, table);
  while (st.step())
    out.push_back(st.text(0) + " " + st.text(1) + " " + st.text(2) + " " + st.text(3) + " " +
                  st.text(4));
  return out;
}

// One row whose every column holds its own value ("101", "102"... or 101, 102... for INTEGER
// columns: numbers survive the text, list, years and body codecs unchanged), read through the
// table's own read functions.
template <class Row>
Row distinctRow(sql::Database& db, const columns::Table<Row>& t) {
  std::string select;
  for (size_t i = 0; i < t.columns.size(); ++i) {
    const std::string v = std::to_string(101 + i);
    select += (i ? ", " : "") +
              (std::string(t.columns[i].sql).rfind("INTEGER", 0) == 0 ? v : "'" + v + "'");
  }
  auto st = db.prepare("SELECT " + select);
  REQUIRE(st.step());
  Row row{};
  for (size_t i = 0; i < t.columns.size(); ++i) t.columns[i].read(row, st, static_cast<int>(i));
  return row;
}

// What each column of the table stores for `row`, as "name=value" lines.
template <class Row>
std::string stored(sql::Database& db, const columns::Table<Row>& t, const Row& row) {
  std::string out;
  auto st = db.prepare("SELECT ?");
  for (const auto& c : t.columns) {
    c.write(row, st, 1);
    REQUIRE(st.step());
    std::string v = st.text(0);
    if (!v.empty() && v.back() == '\n') v.pop_back();  // a career body ends its last line
    out += std::string(c.name) + "=" + v + "\n";
    st.reset();
  }
  return out;
}

template <class Row>
void checkRoundTrip(sql::Database& db, const columns::Table<Row>& t) {
  const Row original = distinctRow(db, t);
  std::string expected;
  for (size_t i = 0; i < t.columns.size(); ++i)
    expected += std::string(t.columns[i].name) + "=" + std::to_string(101 + i) + "\n";
  // Two columns wired to one field, or a column that reads into no field, lose a value here.
  CHECK(stored(db, t, original) == expected);
  columns::insertRows(db, t, std::vector<Row>{original});
  const std::vector<Row> back = columns::readRows(db, t);
  REQUIRE(back.size() == 1);
  CHECK(stored(db, t, back[0]) == expected);
}

}  // namespace

TEST_CASE("the column tables have schema v3's columns as packs already built store them") {
  TempDir dir;
  sql::Database shipped(dir.path / "shipped.sqlite", sql::Mode::ReadWriteCreate);
  shipped.exec(kShippedV3);
  sql::Database made(dir.path / "made.sqlite", sql::Mode::ReadWriteCreate);
  made.exec(columns::createContentTables());
  for (const char* table : {"organisations", "careers", "offers", "events", "schools"}) {
    CAPTURE(table);
    CHECK(describe(made, table) == describe(shipped, table));
    CHECK(describe(made, table).size() >= 8);
  }
  // And a pack kioskctl builds has them too.
  writeSources(dir.path / "src");
  REQUIRE(errorCount(buildPack(dir.path / "src", dir.path / "p.kpack")) == 0);
  sql::Database pack(dir.path / "p.kpack", sql::Mode::ReadOnly);
  for (const char* table : {"organisations", "careers", "offers", "events", "schools"})
    CHECK(describe(pack, table) == describe(shipped, table));
}

TEST_CASE("every column of every content table carries its own field into a pack and back") {
  TempDir dir;
  sql::Database db(dir.path / "rows.sqlite", sql::Mode::ReadWriteCreate);
  db.exec(columns::createContentTables());
  checkRoundTrip(db, columns::kOrganisationsTable);
  checkRoundTrip(db, columns::kCareersTable);
  checkRoundTrip(db, columns::kOffersTable);
  checkRoundTrip(db, columns::kEventsTable);
  checkRoundTrip(db, columns::kSchoolsTable);
}

namespace {
struct Note {
  std::string id;
  std::vector<std::string> tags;
  int weight = 0;
  std::string added;  // the new field: one member, one line in the table below
};
constexpr columns::Column<Note> kNotes[] = {
    columns::text<&Note::id>("id", "TEXT PRIMARY KEY"),
    columns::list<&Note::tags>("tags", "TEXT"),
    columns::integer<&Note::weight>("weight", "INTEGER"),
    columns::text<&Note::added>("added", "TEXT", /*optional=*/true),
};
constexpr columns::Table<Note> kNotesTable{"notes", kNotes};
}  // namespace

TEST_CASE("a field added to a table is one line: created, written and read back") {
  TempDir dir;
  sql::Database db(dir.path / "notes.sqlite", sql::Mode::ReadWriteCreate);
  db.exec(columns::createSql(kNotesTable));
  columns::insertRows(db, kNotesTable, std::vector<Note>{{"a", {"x", "y"}, 3, "new"}});
  auto rows = columns::readRows(db, kNotesTable);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].id == "a");
  CHECK(rows[0].tags == std::vector<std::string>{"x", "y"});
  CHECK(rows[0].weight == 3);
  CHECK(rows[0].added == "new");
  db.exec("DELETE FROM notes");
  checkRoundTrip(db, kNotesTable);
}

TEST_CASE("an optional column a pack was built without reads as empty") {
  TempDir dir;
  sql::Database db(dir.path / "old.sqlite", sql::Mode::ReadWriteCreate);
  db.exec(
      "CREATE TABLE notes(id TEXT PRIMARY KEY, tags TEXT, weight INTEGER);"
      "INSERT INTO notes VALUES('a', 'x|y', 3);");
  auto rows = columns::readRows(db, kNotesTable);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].weight == 3);
  CHECK(rows[0].added.empty());
}
