#include "search_output.h"

#include <nlohmann/json.hpp>
#include <ostream>

#include "output_text.h"

namespace lexgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string FileNote(const SearchHit& hit) {
  if (hit.file_state == "missing") return "(the file is no longer in the indexed folder)";
  if (hit.file_state == "changed") return "(the file has changed since it was indexed)";
  return "";
}

std::string Count(const SearchResult& result) {
  std::string about = result.matches_exact ? "" : "about ";
  std::string count = about + std::to_string(result.matches) + " report(s)";
  // Said only when some report lacks a word: otherwise every one holds all.
  if (result.matches_every_word != result.matches)
    count += ", " + about + std::to_string(result.matches_every_word) + " holding every word";
  return count;
}

}  // namespace

void WriteSearchTable(std::ostream& out, const std::string& typed, const SearchRequest& request,
                      const SearchResult& result, bool terminal) {
  out << ToString(request.expression) << " — " << Count(result);
  if (result.matches > request.offset + result.hits.size())
    out << ", showing " << request.offset + 1 << "–" << request.offset + result.hits.size();
  out << "\n";
  if (typed != ToString(request.expression)) out << "(typed: " << typed << ")\n";
  std::size_t rank = request.offset;
  for (const SearchHit& hit : result.hits) {
    out << "\n"
        << ++rank << ". "
        << JoinNonEmpty({hit.symbol.value_or("(không số)"), hit.type.value_or(""),
                         VietnameseDate(hit.date), hit.issuer.value_or("")},
                        " · ")
        << "  [" << hit.percent << "%]\n";
    if (hit.title) out << "   " << *hit.title << "\n";
    out << "   " << hit.path << "\n";
    if (!hit.snippet.text.empty()) out << "   " << MarkedSnippet(hit.snippet, terminal) << "\n";
    if (std::string note = FileNote(hit); !note.empty()) out << "   " << note << "\n";
  }
}

nlohmann::ordered_json SearchJson(const std::string& typed, const SearchRequest& request,
                                  const SearchResult& result) {
  Json root;
  root["query"] = typed;
  root["parsed"] = ToString(request.expression);
  root["matches"] = result.matches;
  root["matches_exact"] = result.matches_exact;
  root["matches_every_word"] = result.matches_every_word;
  root["offset"] = request.offset;
  root["hits"] = Json::array();
  for (const SearchHit& hit : result.hits) {
    Json h = ReportSummaryJson(hit);
    h["weight"] = hit.weight;
    h["percent"] = hit.percent;
    h["snippet"] = hit.snippet.text;
    h["marks"] = Json::array();
    for (const auto& [b, e] : hit.snippet.marks) h["marks"].push_back({b, e});
    h["file"] = hit.file_state.empty() ? "as indexed" : hit.file_state;
    root["hits"].push_back(std::move(h));
  }
  return root;
}

void WriteSearchJson(std::ostream& out, const std::string& typed, const SearchRequest& request,
                     const SearchResult& result) {
  WriteJson(out, SearchJson(typed, request, result));
}

void WriteSearchCsv(std::ostream& out, const SearchRequest& request, const SearchResult& result) {
  out << kCsvByteOrderMark
      << CsvRow({"rank", "path", "symbol", "type", "date", "issuer", "title", "percent", "snippet",
                 "file"});
  std::size_t rank = request.offset;
  for (const SearchHit& hit : result.hits)
    out << CsvRow({std::to_string(++rank), hit.path, hit.symbol.value_or(""), hit.type.value_or(""),
                   hit.date.value_or(""), hit.issuer.value_or(""), hit.title.value_or(""),
                   std::to_string(hit.percent), MarkedSnippet(hit.snippet, /*terminal=*/false),
                   hit.file_state.empty() ? "as indexed" : hit.file_state});
}

}  // namespace lexgraph
