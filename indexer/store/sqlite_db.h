// sqlite_db.h: a thin RAII layer over the SQLite C API, so that the graph
// store and the index reader say what they do rather than how to bind.
//
// Every failure throws IndexError(kStorage) with SQLite's message. A
// Database is used by one thread at a time; a Statement belongs to it.
#ifndef LEXGRAPH_INDEXER_SQLITE_DB_H_
#define LEXGRAPH_INDEXER_SQLITE_DB_H_

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lexgraph::sqlite {

class Database {
 public:
  enum class Mode { kReadOnly, kReadWriteCreate };
  Database(const std::string& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  void Exec(const std::string& sql);
  int UserVersion();
  // From `deadline` on, every statement running or started fails
  // (SQLITE_INTERRUPT, thrown as IndexError) until the next call; so
  // bounds the time one question may take. interrupted() says whether it did.
  void InterruptAfter(std::chrono::steady_clock::time_point deadline);
  bool interrupted() const { return interrupted_; }
  // Fails as an interrupted statement would when the deadline has passed:
  // SQLite's progress handler, which InterruptAfter installs, runs only
  // every thousand steps, which a short statement never takes.
  void CheckDeadline(const char* sql);
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }
  [[noreturn]] void Fail(const std::string& what);

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
  std::chrono::steady_clock::time_point deadline_;
  bool interrupted_ = false;
};

class Statement {
 public:
  Statement(Database& db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Bind by 1-based index; a nullopt binds NULL.
  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, std::string_view value);
  Statement& Bind(int index, const std::string& value) {
    return Bind(index, std::string_view(value));
  }
  Statement& Bind(int index, const char* value) { return Bind(index, std::string_view(value)); }
  Statement& Bind(int index, const std::optional<std::string>& value);
  Statement& BindNull(int index);
  // True while there is a row to read; resets itself after the last one.
  bool Step();
  // Runs a statement that returns no row, then resets it.
  void Run();
  void Reset();

  std::int64_t Int(int column);
  std::string Text(int column);  // "" for NULL
  std::optional<std::string> OptionalText(int column);
  bool IsNull(int column);

 private:
  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace lexgraph::sqlite

#endif  // LEXGRAPH_INDEXER_SQLITE_DB_H_
