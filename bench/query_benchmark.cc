// In-process latency of `lexquery cites` and `lexquery search`: one
// IndexReader opened once, as a server would, and each query asked many
// times; reports the median and the 99th percentile of single queries.
//
//   build/bench/query_benchmark --index DIR [benchmark flags]
//   (or LEXGRAPH_BENCH_INDEX=DIR)
//
// DIR is an index of the generated corpus, e.g. the 20,000 reports that
// bench/compare_query.sh builds in WORK/lexindex-index:
//
//   build/bench/corpus_generator --docs 20000 --seed 1 --out /tmp/gen20k
//   build/indexer/lexindex build /tmp/gen20k --index /tmp/gen20k-index
//   build/bench/query_benchmark --index /tmp/gen20k-index
//
// Each benchmark times every query alone (manual time), so the counters
// p50_ms and p99_ms are of single queries; "answer" is the number of
// reports in the result, to show that each query finds what it should.
// `cites` is timed with its JSON written to memory, as lexquery does, for
// the table's answer (BM_Cites: the count and the 20 newest reports) and
// the whole list (BM_CitesAll);
// `search` with its ten best hits and their snippets (files read again).
// BM_Api times the answers of `lexquery serve` without HTTP: with the
// reader held (the query and its JSON) and through HandleApi, which opens
// a reader per request, as the server does.
// BM_Status times `status` (the evidence and its JSON) of a directive
// cited by thousands and changed by none, and of decisions the generator
// replaced; BM_Cites/.../in force and BM_Search/.../in force the same
// questions as without --in-force, to compare in one run.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cites_output.h"
#include "cites_query.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"
#include "search_query.h"
#include "status_output.h"
#include "status_query.h"
#include "web_api.h"

namespace {

std::string& IndexPath() {
  static std::string path;
  return path;
}

lexgraph::IndexReader& Reader() {
  static std::unique_ptr<lexgraph::IndexReader> reader =
      std::make_unique<lexgraph::IndexReader>(IndexPath());
  return *reader;
}

// Runs `query` once per iteration, timing each alone, and sets the
// percentiles; `query` returns the size of its answer.
template <typename Query>
void TimeEach(benchmark::State& state, Query query) {
  std::vector<double> ms;
  std::size_t answer = query();  // warm: the first search reads the live set
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    answer = query();
    std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    state.SetIterationTime(took.count());
    ms.push_back(took.count() * 1e3);
  }
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) {
    return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * ms.size()))];
  };
  state.counters["p50_ms"] = at(0.50);
  state.counters["p99_ms"] = at(0.99);
  state.counters["answer"] = static_cast<double>(answer);
}

// `limit` 20 is what `lexquery cites` shows in its table (the count of all
// and the 20 newest); 0 is the whole list, as JSON and CSV export it.
void BM_Cites(benchmark::State& state, const std::string& typed, std::size_t limit, bool in_force) {
  lexgraph::Reference reference = *lexgraph::ParseReference(typed).reference;
  lexgraph::CitesFilter filter;
  filter.in_force = in_force;
  TimeEach(state, [&] {
    std::vector<lexgraph::CitedAuthority> found =
        lexgraph::FindCiting(Reader(), reference, filter, limit);
    std::ostringstream json;
    lexgraph::WriteCitesJson(json, typed, reference, found);
    std::size_t reports = 0;
    for (const auto& a : found) reports += a.reports_total;
    benchmark::DoNotOptimize(json.str().size());
    return reports;
  });
}

// "answer" is the number of documents whose status was read.
void BM_Status(benchmark::State& state, const std::string& typed) {
  lexgraph::Reference reference = *lexgraph::ParseReference(typed).reference;
  TimeEach(state, [&] {
    std::vector<lexgraph::DocumentStatus> statuses = lexgraph::FindStatus(Reader(), reference);
    std::ostringstream json;
    lexgraph::WriteStatusJson(json, typed, reference, statuses);
    benchmark::DoNotOptimize(json.str().size());
    std::size_t changes = 0;
    for (const auto& s : statuses) changes += s.changes.size();
    state.counters["changes"] = static_cast<double>(changes);
    return statuses.size();
  });
}

struct SearchCase {
  std::string query;
  std::string cites;  // --cites, if any
  std::string from;   // --from, ISO
  bool in_force = false;
};

// `every_word`: as before issue 21, every word must occur (no partial
// matches), to time both rankings in one run.
void BM_Search(benchmark::State& state, const SearchCase& c, bool every_word) {
  lexgraph::SearchRequest request;
  request.partial_matches = !every_word;
  request.expression = *lexgraph::ParseSearch(c.query).expression;
  if (!c.cites.empty()) request.cites = *lexgraph::ParseReference(c.cites).reference;
  request.filter.from = c.from;
  request.filter.in_force = c.in_force;
  TimeEach(state, [&] {
    lexgraph::SearchResult result = lexgraph::Search(Reader(), request);
    benchmark::DoNotOptimize(result.hits.data());
    return result.matches;
  });
}

struct ApiCase {
  std::string path;
  lexgraph::ApiParams params;
};

void BM_Api(benchmark::State& state, const ApiCase& c, bool open_per_request) {
  TimeEach(state, [&] {
    lexgraph::ApiResponse response =
        open_per_request         ? lexgraph::HandleApi(IndexPath(), c.path, c.params)
        : c.path == "/api/cites" ? lexgraph::CitesApi(Reader(), c.params)
        : c.path == "/api/query" ? lexgraph::QueryApi(Reader(), c.params)
                                 : lexgraph::SearchApi(Reader(), c.params);
    if (response.status != 200) state.SkipWithError(response.body.c_str());
    return response.body.size();  // "answer": bytes of JSON
  });
}

void Register() {
  const std::vector<ApiCase> api = {
      {"/api/cites", {{"ref", "Chỉ thị 05-CT/TW"}}},
      {"/api/query", {{"q", "chi thi 05-ct/tw"}}},
      {"/api/search", {{"q", "cải cách hành chính"}}},
      {"/api/query", {{"q", "cải cách hành chính"}}},
  };
  for (const ApiCase& c : api)
    for (bool open : {false, true})
      benchmark::RegisterBenchmark(("BM_Api/" + c.path + "?" + c.params.begin()->second +
                                    (open ? " (reader per request)" : ""))
                                       .c_str(),
                                   BM_Api, c, open)
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond)
          ->Iterations(200);
  // The headline directive (cited by about one report in ten), a decree
  // and a law known by name, and a symbol of several provinces.
  for (std::size_t limit : {20, 0})
    for (const char* ref : {"Chỉ thị 05-CT/TW", "Nghị định 34/2016/NĐ-CP", "Luật Viên chức",
                            "Kế hoạch 49/KH-UBND", "Chỉ thị 99-CT/TW"})
      for (bool in_force : {false, true}) {
        if (in_force && std::string(ref) != "Chỉ thị 05-CT/TW") continue;
        benchmark::RegisterBenchmark(((limit ? "BM_Cites/" : "BM_CitesAll/") + std::string(ref) +
                                      (in_force ? " --in-force" : ""))
                                         .c_str(),
                                     BM_Cites, std::string(ref), limit, in_force)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(limit ? 300 : 30);
      }
  // Decisions of the generated provinces that later ones replace
  // (corpus_generator.cc: "Quyết định này ... thay thế"), and a directive.
  for (const char* ref : {"Chỉ thị 05-CT/TW", "Nghị định 34/2016/NĐ-CP", "Quyết định 29/QĐ-UBND",
                          "Quyết định 30/QĐ-SGDĐT"})
    benchmark::RegisterBenchmark(("BM_Status/" + std::string(ref)).c_str(), BM_Status,
                                 std::string(ref))
        ->UseManualTime()
        ->Unit(benchmark::kMillisecond)
        ->Iterations(300);
  const std::vector<SearchCase> searches = {
      {"cải cách hành chính", "", ""},
      {"cai cach hanh chinh", "", ""},
      {"\"thi đua, khen thưởng\"", "", ""},
      {"\"thi dua khen thuong\"", "", ""},
      {"tiết kiệm OR lãng phí -xăng", "", ""},
      {"hồ sơ trễ hẹn", "Chỉ thị 05-CT/TW", "2019-01-01"},
      {"ngân sách nhà nước", "", ""},
      {"cải cách hành chính", "", "", true},
      {"ngân sách nhà nước", "", "", true},
      // Words that few reports hold all of (issue 21): the partial matches
      // decide the page.
      {"thanh tra thue nam 2020", "", ""},
      {"phòng chống dịch covid", "", ""},
      // Syllables typed without diacritics that have many spellings ("co":
      // có, cơ, cô, cỏ, cổ, cờ...): the window reads the positions of each.
      {"co quan nha nuoc", "", ""},
      {"to chuc thuc hien", "", ""},
  };
  for (const SearchCase& c : searches)
    for (bool every_word : {false, true})
      benchmark::RegisterBenchmark(
          ("BM_Search/" + c.query + (c.cites.empty() ? "" : " --cites " + c.cites) +
           (c.from.empty() ? "" : " --from " + c.from) + (c.in_force ? " --in-force" : "") +
           (every_word ? " (every word only)" : ""))
              .c_str(),
          BM_Search, c, every_word)
          ->UseManualTime()
          ->Unit(benchmark::kMillisecond)
          ->Iterations(300);
}

}  // namespace

int main(int argc, char** argv) {
  if (const char* env = std::getenv("LEXGRAPH_BENCH_INDEX")) IndexPath() = env;
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--index" && i + 1 < argc)
      IndexPath() = argv[++i];
    else if (arg.starts_with("--index="))
      IndexPath() = arg.substr(8);
    else
      args.push_back(argv[i]);
  }
  if (IndexPath().empty()) {
    std::cerr
        << "query_benchmark: give the index to query: --index DIR (or LEXGRAPH_BENCH_INDEX);\n"
           "  see the comment at the top of bench/query_benchmark.cc to make one\n";
    return 2;
  }
  try {
    Reader();
  } catch (const std::exception& e) {
    std::cerr << "query_benchmark: " << e.what() << "\n";
    return 2;
  }
  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  Register();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
