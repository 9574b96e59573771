#include "document_query.h"

#include "content_hash.h"
#include "file_bytes.h"
#include "lexgraph/document_decoder.h"
#include "lexgraph/reference_parser.h"
#include "sqlite_db.h"

namespace lexgraph {
namespace {

constexpr const char* kDocumentColumns =
    "SELECT id, path, symbol, type, date, issuer, place, title, signer, identity, recipients"
    " FROM documents ";

IndexedDocument ReadDocument(sqlite::Statement& row) {
  IndexedDocument d;
  d.id = row.Int(0);
  d.path = row.Text(1);
  d.symbol = row.OptionalText(2);
  d.type = row.OptionalText(3);
  d.date = row.OptionalText(4);
  d.issuer = row.OptionalText(5);
  d.place = row.OptionalText(6);
  d.title = row.OptionalText(7);
  d.signer = row.OptionalText(8);
  d.identity = row.OptionalText(9);
  std::string recipients = row.Text(10);
  for (std::size_t start = 0; !recipients.empty() && start <= recipients.size();) {
    std::size_t end = std::min(recipients.find('\n', start), recipients.size());
    d.recipients.push_back(recipients.substr(start, end - start));
    start = end + 1;
  }
  return d;
}

std::vector<IndexedDocument> ReadAll(sqlite::Statement& rows) {
  std::vector<IndexedDocument> documents;
  while (rows.Step()) documents.push_back(ReadDocument(rows));
  return documents;
}

}  // namespace

std::vector<IndexedDocument> FindDocuments(IndexReader& reader, std::string_view doc) {
  std::string by_path = std::string(kDocumentColumns) +
                        "WHERE path = ?1 OR (length(path) > length(?1) AND"
                        " substr(path, length(path) - length(?1)) = '/' || ?1) ORDER BY path";
  sqlite::Statement paths(reader.graph(), by_path.c_str());
  paths.Bind(1, doc);
  std::vector<IndexedDocument> found = ReadAll(paths);
  if (!found.empty()) return found;
  ParsedReference parsed = ParseReference(doc);
  if (!parsed.ok()) return found;
  std::string by_key = std::string(kDocumentColumns) +
                       "WHERE identity >= ?1 || '|' AND identity < ?1 || '}' ORDER BY path";
  sqlite::Statement keys(reader.graph(), by_key.c_str());
  keys.Bind(1, parsed.reference->key);
  return ReadAll(keys);
}

std::vector<OutgoingCitation> CitationsOf(IndexReader& reader, const IndexedDocument& document) {
  sqlite::Statement rows(
      reader.graph(),
      "SELECT c.ordinal, c.relation, c.pinpoint, s.heading, c.sentence, c.mention_begin,"
      " c.mention_end, a.identity, a.type, a.symbol, a.name, a.issuer, a.date, ad.path,"
      " c.span_begin, c.span_end"
      " FROM citations c JOIN authorities raw ON raw.id = c.authority_id"
      " JOIN authorities a ON a.id = coalesce(raw.same_as, raw.id)"
      " LEFT JOIN documents ad ON ad.id = a.document_id"
      " LEFT JOIN sections s ON s.document_id = c.document_id AND s.ordinal = c.section"
      " WHERE c.document_id = ?1 ORDER BY c.ordinal");
  rows.Bind(1, document.id);
  std::vector<OutgoingCitation> citations;
  while (rows.Step()) {
    OutgoingCitation& c = citations.emplace_back();
    c.ordinal = rows.Int(0);
    c.relation = RelationFromName(rows.Text(1)).value_or(Relation::kCites);
    c.pinpoint = rows.OptionalText(2);
    c.heading = rows.OptionalText(3);
    c.sentence = rows.Text(4);
    c.mention_begin = static_cast<std::size_t>(rows.Int(5));
    c.mention_end = static_cast<std::size_t>(rows.Int(6));
    c.identity = rows.Text(7);
    c.type = rows.OptionalText(8);
    c.symbol = rows.OptionalText(9);
    c.name = rows.OptionalText(10);
    c.issuer = rows.OptionalText(11);
    c.date = rows.OptionalText(12);
    c.corpus_path = rows.OptionalText(13);
    c.span_begin = static_cast<std::size_t>(rows.Int(14));
    c.span_end = static_cast<std::size_t>(rows.Int(15));
  }
  return citations;
}

std::vector<CitingReport> CitingReportsOf(IndexReader& reader, const IndexedDocument& document) {
  const std::string sql = std::string("SELECT") + kCitingRowColumns +
                          " FROM citations c JOIN documents d ON d.id = c.document_id"
                          " WHERE c.authority_id IN (SELECT value FROM json_each(?1))"
                          " ORDER BY d.date IS NULL, d.date, d.path, c.ordinal";
  sqlite::Statement rows(reader.graph(), sql.c_str());
  rows.Bind(1, AuthorityIds(reader).OfDocument(document.id));
  std::vector<CitingReport> reports;
  while (rows.Step()) AppendCitingRow(rows, 0, reports);
  return reports;
}

DocumentText TextOf(IndexReader& reader, const IndexedDocument& document,
                    std::uintmax_t max_bytes) {
  sqlite::Statement row(reader.graph(),
                        "SELECT (SELECT value FROM meta WHERE key = 'corpus_root'), content_hash"
                        " FROM documents WHERE id = ?1");
  row.Bind(1, document.id);
  if (!row.Step() || row.IsNull(0)) return {"", "missing"};
  RereadFile file = ReadIndexedFile(row.Text(0), document.path, row.Text(1), max_bytes);
  if (file.state == "missing" || file.state == "too large") return {"", file.state};
  if (!file.decoded.ok()) return {"", "missing"};
  return {std::move(file.decoded.text), file.state};
}

RereadFile ReadIndexedFile(const std::optional<std::string>& root, const std::string& path,
                           const std::string& hash, std::uintmax_t max_bytes) {
  RereadFile result;
  result.decoded.error = "not read";
  const std::filesystem::path file = std::filesystem::path(root.value_or("")) / path;
  std::error_code ec;
  const std::uintmax_t size = std::filesystem::file_size(file, ec);
  if (!root || ec) {
    result.state = "missing";
    return result;
  }
  if (size > max_bytes) {
    result.state = "too large";
    return result;
  }
  std::string error;
  std::optional<std::string> content = ReadFileBytes(file, size, error);
  if (!content) {
    result.state = "missing";
    return result;
  }
  if (ContentHash(*content) != hash) result.state = "changed";
  result.decoded = DecodeDocument(*content, path);
  return result;
}

}  // namespace lexgraph
