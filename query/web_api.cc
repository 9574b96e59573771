#include "web_api.h"

#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "cites_output.h"
#include "cites_query.h"
#include "coverage_output.h"
#include "coverage_query.h"
#include "document_output.h"
#include "document_query.h"
#include "graph_output.h"
#include "graph_query.h"
#include "lexgraph/index_error.h"
#include "lexgraph/reference_parser.h"
#include "lexgraph/text_decoder.h"
#include "requests.h"
#include "search_expression.h"
#include "search_output.h"
#include "search_query.h"
#include "status_output.h"
#include "status_query.h"
#include "top_query.h"

namespace lexgraph {
namespace {

using Json = nlohmann::ordered_json;

ApiResponse JsonResponse(const Json& answer) {
  ApiResponse response;
  // Compact: a browser or a program reads it, and it is a fifth smaller.
  response.body = answer.dump(-1, ' ', false, Json::error_handler_t::replace);
  return response;
}

// The parameters of one request, read and checked; keeps the first
// refusal, so that a handler reads them all and then asks ok() once.
class ParamReader {
 public:
  ParamReader(const ApiParams& params, const ApiLimits& limits)
      : params_(params), limits_(limits) {}

  bool ok() const { return !error_; }
  ApiResponse Error() const { return ErrorResponse(400, *error_); }
  void Refuse(std::string message) {
    if (!error_) error_ = std::move(message);
  }

  // The value of `name` as NFC UTF-8; "" when absent. `required`: absent
  // or blank is refused.
  std::string Text(const std::string& name, bool required = false) {
    auto it = params_.find(name);
    if (it == params_.end() || it->second.find_first_not_of(" \t\r\n") == std::string::npos) {
      if (required) Refuse("missing parameter " + name);
      return "";
    }
    const std::string& value = it->second;
    if (value.size() > limits_.max_parameter_bytes) {
      Refuse(name + ": longer than " + std::to_string(limits_.max_parameter_bytes) + " bytes");
      return "";
    }
    DecodedText text = DecodeText(value, {TextEncoding::kUtf8});
    if (!text.ok() || text.invalid_sequences > 0) {
      Refuse(name + ": not UTF-8 text");
      return "";
    }
    return text.text;
  }

  // A whole number in [min, max]; `fallback` when absent.
  std::size_t Count(const std::string& name, std::size_t fallback, std::size_t min,
                    std::size_t max) {
    std::string text = Text(name);
    if (text.empty()) return fallback;
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
      Refuse(name + ": not a whole number: " + text);
    } else if (value < min || value > max) {
      Refuse(name + ": must be from " + std::to_string(min) + " to " + std::to_string(max));
    } else {
      return value;
    }
    return fallback;
  }

  // Refuses a request that requests.h's check refused, naming the field
  // as the parameter it came in ("q" for a search's query).
  void Refuse(const RequestError& error) {
    Refuse(error.Sentence(
        [](const std::string& field) { return field == "query" ? std::string("q") : field; },
        ": "));
  }

  // The typed request, or nothing when the check refused it (kept as the
  // request's refusal).
  template <typename T>
  std::optional<T> Take(Checked<T> checked) {
    if (auto* error = std::get_if<RequestError>(&checked)) {
      Refuse(*error);
      return std::nullopt;
    }
    return std::move(std::get<T>(checked));
  }

  // A whole number whose bounds the request's check knows (requests.h).
  int Number(const std::string& name, int fallback) {
    return static_cast<int>(Count(name, static_cast<std::size_t>(fallback), 0, 1000000));
  }

  // The filters the citing reports or hits share, as asked.
  template <typename Asked>
  void ReadFilter(Asked& asked) {
    asked.type = Text("type");
    asked.issuer = Text("issuer");
    asked.from = Text("from");
    asked.to = Text("to");
    asked.in_force = Flag("in_force");
  }

  // Whether the flag `name` is set ("1"; "0" or absent: not).
  bool Flag(const std::string& name) { return OneOf(name, {"0", "1"}) == "1"; }

  // One of `allowed` (the first when absent).
  std::string OneOf(const std::string& name, const std::vector<std::string>& allowed) {
    std::string text = Text(name);
    if (text.empty()) return allowed.front();
    for (const std::string& a : allowed)
      if (text == a) return text;
    std::string list;
    for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
    Refuse(name + ": use one of " + list);
    return allowed.front();
  }

 private:
  const ApiParams& params_;
  const ApiLimits& limits_;
  std::optional<std::string> error_;
};

// Counts of the reports of an answer by type, issuer and year, for the
// page's facets: each most frequent first, then by value; null for reports
// that have none.
class Facets {
 public:
  void Add(const std::optional<std::string>& type, const std::optional<std::string>& issuer,
           const std::optional<std::string>& date) {
    ++type_[type.value_or("")];
    ++issuer_[issuer.value_or("")];
    ++year_[date && date->size() >= 4 ? date->substr(0, 4) : ""];
  }

  Json ToJson() const {
    Json facets;
    facets["type"] = List(type_);
    facets["issuer"] = List(issuer_);
    facets["year"] = List(year_);
    return facets;
  }

 private:
  static Json List(const std::map<std::string, std::size_t>& counts) {
    std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    Json list = Json::array();
    for (const auto& [value, count] : sorted)
      list.push_back({{"value", value.empty() ? Json(nullptr) : Json(value)}, {"count", count}});
    return list;
  }

  std::map<std::string, std::size_t> type_, issuer_, year_;
};

// `reports` cut to [offset, offset + limit).
void Page(std::vector<CitingReport>& reports, std::size_t offset, std::size_t limit) {
  if (offset >= reports.size()) {
    reports.clear();
    return;
  }
  reports.erase(reports.begin(), reports.begin() + static_cast<std::ptrdiff_t>(offset));
  if (reports.size() > limit) reports.resize(limit);
}

// `first`'s members, then `rest`'s ("kind" before the answer's fields).
Json Merged(Json first, const Json& rest) {
  for (const auto& [key, value] : rest.items()) first[key] = value;
  return first;
}

// Keeps the authority whose identity is `identity` ("" keeps them all).
void KeepAuthority(std::vector<CitedAuthority>& found, const std::string& identity) {
  if (identity.empty()) return;
  std::erase_if(found, [&](const CitedAuthority& a) { return a.identity != identity; });
}

Json CitesQueryJson(IndexReader& reader, const std::string& typed, const Reference& reference,
                    const std::string& authority, const CitesFilter& filter, std::size_t offset,
                    std::size_t limit) {
  // The page of each document's reports, with their mentions...
  std::vector<CitedAuthority> found = FindCiting(reader, reference, filter, offset + limit);
  KeepAuthority(found, authority);
  for (CitedAuthority& a : found) Page(a.reports, offset, limit);
  // ...and all of them, without, for the facets and the count of distinct
  // reports (a report citing two of the documents REF names counts once).
  Facets facets;
  std::set<std::string> seen;
  for (const CitingReportOf& r : ListCitingReports(reader, reference, filter))
    if ((authority.empty() || r.identity == authority) && seen.insert(r.report.path).second)
      facets.Add(r.report.type, r.report.issuer, r.report.date);
  Json answer = Merged({{"kind", "cites"}}, CitesJson(typed, reference, found));
  answer["reports"] = seen.size();
  answer["offset"] = offset;
  answer["limit"] = limit;
  answer["facets"] = facets.ToJson();
  return answer;
}

ApiResponse SearchQueryAnswer(IndexReader& reader, SearchRequest request, const std::string& typed,
                              const ApiLimits& limits) {
  SearchRequest scan = request;
  scan.offset = 0;
  scan.limit = limits.facet_hits;
  scan.snippets = false;
  SearchResult scanned = Search(reader, scan);
  Facets facets;
  for (const SearchHit& hit : scanned.hits) facets.Add(hit.type, hit.issuer, hit.date);
  SearchResult result = Search(reader, request);
  Json answer = Merged({{"kind", "search"}}, SearchJson(typed, request, result));
  answer["limit"] = request.limit;
  answer["facets"] = facets.ToJson();
  // Facets count the best facet_hits hits only.
  answer["facets_complete"] = scanned.hits.size() < limits.facet_hits;
  return JsonResponse(answer);
}

}  // namespace

ApiResponse Guarded(const std::function<ApiResponse()>& answer) {
  try {
    return answer();
  } catch (const SnapshotMoved&) {
    throw;  // not a failure: the caller reads again from a newer snapshot
  } catch (const IndexError& e) {
    return ErrorResponse(500, e.what());
  } catch (const Xapian::Error& e) {
    return ErrorResponse(500, "index error: " + e.get_msg());
  } catch (const std::exception& e) {
    return ErrorResponse(500, std::string("internal error: ") + e.what());
  } catch (...) {
    return ErrorResponse(500, "internal error");
  }
}

ApiResponse ErrorResponse(int status, std::string_view message) {
  ApiResponse response = JsonResponse({{"error", std::string(message)}});
  response.status = status;
  return response;
}

ApiResponse QueryApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    std::string q = p.Text("q", /*required=*/true);
    std::size_t limit = p.Count("limit", limits.default_limit, 1, limits.max_limit);
    std::size_t offset = p.Count("offset", 0, 0, limits.max_offset);
    std::string authority = p.Text("authority");
    if (!p.ok()) return p.Error();
    if (ParseReference(q).ok()) {
      CitesAsked asked;
      asked.ref = q;
      p.ReadFilter(asked);
      std::optional<CitesRequest> request = p.Take(CheckCites(asked));
      if (!p.ok()) return p.Error();
      return JsonResponse(
          CitesQueryJson(reader, q, request->reference, authority, request->filter, offset, limit));
    }
    if (!authority.empty())
      return ErrorResponse(400, "authority narrows who cites a reference: q is no reference");
    SearchAsked asked;
    asked.query = q;
    p.ReadFilter(asked);
    std::optional<CheckedSearch> search = p.Take(CheckSearch(asked));
    if (!p.ok()) return p.Error();
    search->request.limit = limit;
    search->request.offset = offset;
    return SearchQueryAnswer(reader, std::move(search->request), search->typed, limits);
  });
}

ApiResponse CitesApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    CitesAsked asked;
    asked.ref = p.Text("ref", /*required=*/true);
    p.ReadFilter(asked);
    asked.relation = p.Text("relation");
    std::size_t limit = p.Count("limit", limits.default_limit, 1, limits.max_cites_limit);
    std::string authority = p.Text("authority");
    if (!p.ok()) return p.Error();
    std::optional<CitesRequest> request = p.Take(CheckCites(asked));
    if (!p.ok()) return p.Error();
    std::vector<CitedAuthority> found =
        FindCiting(reader, request->reference, request->filter, limit);
    KeepAuthority(found, authority);
    return JsonResponse(CitesJson(request->typed, request->reference, found));
  });
}

ApiResponse SearchApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    SearchAsked asked;
    asked.query = p.Text("q", /*required=*/true);
    p.ReadFilter(asked);
    asked.relation = p.Text("relation");
    asked.cites = p.Text("cites");
    std::size_t limit = p.Count("limit", 10, 1, limits.max_limit);
    std::size_t offset = p.Count("offset", 0, 0, limits.max_offset);
    if (!p.ok()) return p.Error();
    std::optional<CheckedSearch> search = p.Take(CheckSearch(asked));
    if (!p.ok()) return p.Error();
    search->request.limit = limit;
    search->request.offset = offset;
    return JsonResponse(
        SearchJson(search->typed, search->request, Search(reader, search->request)));
  });
}

ApiResponse DocumentApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    std::string id = p.Text("id", /*required=*/true);
    if (!p.ok()) return p.Error();
    // FindDocuments also reads symbols and the last parts of paths; an id
    // is exactly the path this API gave out.
    std::optional<IndexedDocument> document;
    for (IndexedDocument& d : FindDocuments(reader, id))
      if (d.path == id || std::find(d.copies.begin(), d.copies.end(), id) != d.copies.end())
        document = std::move(d);
    if (!document) return ErrorResponse(404, "no report of the index has the id " + id);
    std::vector<OutgoingCitation> cites = CitationsOf(reader, *document);
    Json answer = ShowJson(*document, cites, CitingReportsOf(reader, *document),
                           StatusOfReport(reader, *document));
    for (std::size_t i = 0; i < cites.size(); ++i) {
      answer["cites"][i]["span_begin"] = cites[i].span_begin;
      answer["cites"][i]["span_end"] = cites[i].span_end;
    }
    DocumentText text = TextOf(reader, *document, limits.max_document_bytes);
    answer["text"] = text.state == "" || text.state == "changed" ? Json(text.text) : Json(nullptr);
    answer["file"] = text.state.empty() ? "as indexed" : text.state;
    return JsonResponse(answer);
  });
}

ApiResponse CoverageApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    CoverageAsked asked;
    asked.ref = p.Text("ref", /*required=*/true);
    asked.by = p.OneOf("by", {"issuer", "year"});
    asked.relation = p.Text("relation");
    asked.from = p.Text("from");
    asked.to = p.Text("to");
    asked.chain_depth = p.Number("chain_depth", asked.chain_depth);
    bool csv = p.OneOf("format", {"json", "csv"}) == "csv";
    if (!p.ok()) return p.Error();
    std::optional<CoverageRequest> request = p.Take(CheckCoverage(asked));
    if (!p.ok()) return p.Error();
    const CoverageQuestion& question = request->question;
    Coverage coverage = FindCoverage(reader, question.reference, question.filter, request->by);
    if (!csv) return JsonResponse(CoverageJson(question, coverage, nullptr));
    std::ostringstream out;
    WriteCoverageCsv(out, coverage, nullptr);
    ApiResponse response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = out.str();
    response.attachment = "coverage.csv";
    return response;
  });
}

ApiResponse GraphApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    GraphAsked asked;
    asked.ref = p.Text("ref", /*required=*/true);
    asked.depth = p.Number("depth", asked.depth);
    asked.relation = p.Text("relation");
    if (!p.ok()) return p.Error();
    std::optional<GraphRequest> request = p.Take(CheckGraph(asked));
    if (!p.ok()) return p.Error();
    CitationGraph graph = FindCitingGraph(reader, request->reference, request->options);
    return JsonResponse(GraphJson(request->typed, request->reference, request->options, graph));
  });
}

ApiResponse StatusApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    StatusAsked asked{p.Text("ref", /*required=*/true)};
    std::string authority = p.Text("authority");
    if (!p.ok()) return p.Error();
    std::optional<StatusRequest> request = p.Take(CheckStatus(asked));
    if (!p.ok()) return p.Error();
    std::vector<DocumentStatus> statuses = FindStatus(reader, request->reference);
    if (!authority.empty())
      std::erase_if(statuses,
                    [&](const DocumentStatus& s) { return s.document.identity != authority; });
    return JsonResponse(StatusJson(request->typed, request->reference, statuses));
  });
}

ApiResponse TopApi(IndexReader& reader, const ApiParams& params, const ApiLimits& limits) {
  return Guarded([&]() -> ApiResponse {
    ParamReader p(params, limits);
    TopAsked asked{p.Text("type"), p.Text("from"), p.Text("to")};
    std::size_t limit = p.Count("limit", limits.default_limit, 1, limits.max_limit);
    if (!p.ok()) return p.Error();
    std::optional<TopFilter> filter = p.Take(CheckTop(asked));
    if (!p.ok()) return p.Error();
    filter->limit = limit;
    return JsonResponse(TopJson(MostCited(reader, *filter)));
  });
}

namespace {

using Endpoint = ApiResponse (*)(IndexReader&, const ApiParams&, const ApiLimits&);

const std::map<std::string_view, Endpoint>& Endpoints() {
  static const std::map<std::string_view, Endpoint> kEndpoints = {
      {"/api/query", QueryApi},       {"/api/cites", CitesApi},       {"/api/search", SearchApi},
      {"/api/document", DocumentApi}, {"/api/coverage", CoverageApi}, {"/api/graph", GraphApi},
      {"/api/top", TopApi},           {"/api/status", StatusApi},
  };
  return kEndpoints;
}

Endpoint EndpointOf(std::string_view path) {
  auto it = Endpoints().find(path);
  return it == Endpoints().end() ? nullptr : it->second;
}

}  // namespace

bool IsApiPath(std::string_view path) { return EndpointOf(path) != nullptr; }

std::vector<std::string_view> ApiPaths() {
  std::vector<std::string_view> paths;
  for (const auto& [path, endpoint] : Endpoints()) paths.push_back(path);
  return paths;
}

ApiResponse AnswerApi(IndexReader& reader, std::string_view path, const ApiParams& params,
                      const ApiLimits& limits) {
  Endpoint endpoint = EndpointOf(path);
  if (!endpoint) return ErrorResponse(404, "no such endpoint");
  reader.SetDeadline(std::chrono::steady_clock::now() + limits.max_request_time);
  ApiResponse response = endpoint(reader, params, limits);
  if (response.status == 500 && reader.DeadlinePassed())
    return ErrorResponse(503, "no answer within " +
                                  std::to_string(limits.max_request_time.count()) +
                                  " ms: ask for less (a smaller depth, a date range, a type)");
  return response;
}

ApiResponse HandleApi(const std::filesystem::path& index, std::string_view path,
                      const ApiParams& params, const ApiLimits& limits) {
  if (!IsApiPath(path)) return ErrorResponse(404, "no such endpoint");
  return Guarded([&]() -> ApiResponse {
    // A fresh snapshot sees what a build has committed since.
    int reads = 0;
    ApiResponse response = ReadIndex(
        index, [&](IndexReader& reader) { return AnswerApi(reader, path, params, limits); },
        &reads);
    response.reads = reads;
    return response;
  });
}

}  // namespace lexgraph
