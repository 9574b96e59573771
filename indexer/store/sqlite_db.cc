#include "sqlite_db.h"

#include <sys/resource.h>

#include <cstring>

#include "lexgraph/index_error.h"

namespace lexgraph::sqlite {
namespace {

// SQLite says only "disk I/O error" for a write the system refused, and
// keeps no errno for it (sqlite3_system_errno is 0 after a failed WAL
// write): a file size limit (EFBIG) then reads like a failing disk. Say
// what the system said when SQLite kept it, and the limit when one is set.
std::string SystemCause(sqlite3* db) {
  int extended = sqlite3_extended_errcode(db);
  int primary = extended & 0xff;
  if (primary != SQLITE_IOERR && primary != SQLITE_FULL && primary != SQLITE_CANTOPEN) return "";
  if (int error = sqlite3_system_errno(db); error != 0)
    return std::string(" (") + std::strerror(error) + ")";
  struct rlimit limit {};
  if (extended == SQLITE_IOERR_WRITE && ::getrlimit(RLIMIT_FSIZE, &limit) == 0 &&
      limit.rlim_cur != RLIM_INFINITY)
    return " (a write was refused: this process may not write files larger than " +
           std::to_string(limit.rlim_cur) + " bytes, ulimit -f)";
  return "";
}

}  // namespace

Database::Database(const std::string& path, Mode mode) : path_(path) {
  int flags =
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw IndexError(IndexError::Kind::kStorage, path + ": cannot open: " + message);
  }
  // A reader waits for a writer's commit instead of failing at once.
  sqlite3_busy_timeout(db_, 10000);
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::InterruptAfter(std::chrono::steady_clock::time_point deadline) {
  deadline_ = deadline;
  interrupted_ = false;
  // Called every 1,000 virtual machine steps (some microseconds): reading
  // the clock that often costs nothing measurable.
  sqlite3_progress_handler(
      db_, 1000,
      [](void* self) -> int {
        auto* db = static_cast<Database*>(self);
        if (std::chrono::steady_clock::now() < db->deadline_) return 0;
        db->interrupted_ = true;
        return 1;
      },
      this);
}

void Database::CheckDeadline(const char* sql) {
  if (deadline_ == std::chrono::steady_clock::time_point::max() ||
      deadline_ == std::chrono::steady_clock::time_point() ||
      std::chrono::steady_clock::now() < deadline_)
    return;
  interrupted_ = true;
  throw IndexError(IndexError::Kind::kStorage,
                   path_ + ": cannot run \"" + sql + "\": interrupted (past the deadline)");
}

void Database::Fail(const std::string& what) {
  throw IndexError(IndexError::Kind::kStorage,
                   path_ + ": " + what + ": " + sqlite3_errmsg(db_) + SystemCause(db_));
}

void Database::Exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = (error ? error : "unknown error") + SystemCause(db_);
    sqlite3_free(error);
    throw IndexError(IndexError::Kind::kStorage, path_ + ": " + message);
  }
}

int Database::UserVersion() {
  Statement statement(*this, "PRAGMA user_version");
  int version = statement.Step() ? static_cast<int>(statement.Int(0)) : 0;
  statement.Reset();
  return version;
}

Statement::Statement(Database& db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
      SQLITE_OK)
    db.Fail(std::string("cannot prepare \"") + sql + "\"");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) db_.Fail("bind");
  return *this;
}

Statement& Statement::Bind(int index, std::string_view value) {
  if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK)
    db_.Fail("bind");
  return *this;
}

Statement& Statement::Bind(int index, const std::optional<std::string>& value) {
  return value ? Bind(index, std::string_view(*value)) : BindNull(index);
}

Statement& Statement::BindNull(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) db_.Fail("bind");
  return *this;
}

bool Statement::Step() {
  if (!sqlite3_stmt_busy(stmt_)) db_.CheckDeadline(sqlite3_sql(stmt_));  // starting
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  sqlite3_reset(stmt_);
  if (rc != SQLITE_DONE) db_.Fail(std::string("cannot run \"") + sqlite3_sql(stmt_) + "\"");
  return false;
}

void Statement::Run() {
  while (Step()) {
  }
  sqlite3_clear_bindings(stmt_);
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::Int(int column) { return sqlite3_column_int64(stmt_, column); }

std::string Statement::Text(int column) {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  if (!text) return "";
  return std::string(reinterpret_cast<const char*>(text),
                     static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::optional<std::string> Statement::OptionalText(int column) {
  if (IsNull(column)) return std::nullopt;
  return Text(column);
}

bool Statement::IsNull(int column) { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

}  // namespace lexgraph::sqlite
