#include "document_query.h"

#include <unordered_map>

#include "lexgraph/reference_parser.h"

namespace lexgraph {
namespace {

IndexedDocument DocumentOf(ReportRecord&& record) {
  IndexedDocument d;
  static_cast<ReportRecord&>(d) = std::move(record);
  return d;
}

// Records by path, files of one content made one document.
std::vector<IndexedDocument> DocumentsOf(std::vector<ReportRecord> records) {
  std::vector<IndexedDocument> documents;
  std::unordered_map<std::string, std::size_t> by_content;
  for (ReportRecord& record : records) {
    auto [it, first] = by_content.emplace(record.content_hash, documents.size());
    if (first)
      documents.push_back(DocumentOf(std::move(record)));
    else
      documents[it->second].copies.push_back(std::move(record.path));
  }
  return documents;
}

}  // namespace

std::vector<IndexedDocument> FindDocuments(IndexReader& reader, std::string_view doc) {
  std::vector<IndexedDocument> found = DocumentsOf(reader.graph().ReportsAtPath(doc));
  if (!found.empty()) return found;
  ParsedReference parsed = ParseReference(doc);
  if (!parsed.ok()) return found;
  return DocumentsOf(reader.graph().ReportsWithKey(parsed.reference->key));
}

std::vector<OutgoingCitation> CitationsOf(IndexReader& reader, const IndexedDocument& document) {
  std::vector<OutgoingCitation> citations;
  for (const auto& [mention, authority] : reader.graph().CitationsOf(document.id)) {
    OutgoingCitation& c = citations.emplace_back();
    c.ordinal = mention.ordinal;
    c.relation = mention.relation;
    c.pinpoint = mention.pinpoint;
    c.heading = mention.heading;
    c.sentence = mention.sentence;
    c.mention_begin = mention.mention_begin;
    c.mention_end = mention.mention_end;
    c.span_begin = mention.span_begin;
    c.span_end = mention.span_end;
    c.identity = authority.identity;
    c.type = authority.type;
    c.symbol = authority.symbol;
    c.name = authority.name;
    c.issuer = authority.issuer;
    c.date = authority.date;
    c.corpus_path = authority.corpus_path;
  }
  return citations;
}

std::vector<CitingReport> CitingReportsOf(IndexReader& reader, const IndexedDocument& document) {
  std::vector<CitingReport> reports;
  reader.graph().ForEachMentionOfReport(
      document.id, [&](const ReportSummary& report, const MentionRecord& mention) {
        AppendCiting(report, mention, reports);
      });
  return reports;
}

DocumentText TextOf(IndexReader& reader, const IndexedDocument& document,
                    std::uintmax_t max_bytes) {
  std::optional<std::string> root = reader.graph().CorpusRoot();
  if (!root) return {"", "missing"};
  RereadFile file = ReadIndexedFile(root, document.path, document.content_hash, max_bytes);
  if (file.state == "missing" || file.state == "too large") return {"", file.state};
  if (!file.decoded.ok()) return {"", "missing"};
  return {std::move(file.decoded.text), file.state};
}

}  // namespace lexgraph
