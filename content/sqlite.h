// Small RAII layer over SQLite: a connection, prepared statements, transactions, errors with codes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace vitrine::sql {

// Any SQLite failure; carries the (extended) result code so callers can tell disk-full from corrupt.
class Error : public std::runtime_error {
 public:
  Error(int code, const std::string& what) : std::runtime_error(what), code_(code) {}
  int code() const { return code_; }

 private:
  int code_;
};

enum class Mode { ReadOnly, ReadWriteCreate };

class Statement;

class Database {
 public:
  Database(const std::filesystem::path& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql);
  sqlite3* handle() const { return db_; }
  int64_t lastInsertRowid() const;
  int changes() const;

 private:
  sqlite3* db_ = nullptr;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement& operator=(Statement&&) = delete;

  // Binding is 1-based like SQLite; returns *this for chaining.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, const std::vector<uint8_t>& blob);
  Statement& bindNull(int index);

  bool step();  // true while a row is available
  void run();   // step to completion, for statements without rows
  void reset();

  std::string text(int column) const;
  int64_t integer(int column) const;
  std::vector<uint8_t> blob(int column) const;
  bool isNull(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Rolls back unless commit() was called and returned.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace vitrine::sql
