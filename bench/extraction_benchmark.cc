// Extraction throughput on the corpus text, one core.
//
//   build/bench/extraction_benchmark --benchmark_repetitions=5
//
// Each benchmark runs over every report of corpus/ (decoded once up front)
// and reports bytes/s of input text. The stages are measured apart so that a
// slowdown can be placed: decoding to NFC, folding, and the whole extraction.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "folded_text.h"
#include "lexgraph/citation_extractor.h"
#include "lexgraph/text_decoder.h"

namespace {

struct Corpus {
  std::vector<std::string> raw;      // file bytes
  std::vector<std::string> decoded;  // NFC text
  std::size_t bytes = 0;
};

const Corpus& LoadCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::string(LEXGRAPH_SOURCE_DIR) + "/corpus")) {
      if (entry.path().extension() != ".md") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      c.raw.push_back(s.str());
      c.decoded.push_back(lexgraph::DecodeText(c.raw.back()).text);
      c.bytes += c.raw.back().size();
    }
    return c;
  }();
  return corpus;
}

void BM_Decode(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state)
    for (const std::string& raw : corpus.raw) benchmark::DoNotOptimize(lexgraph::DecodeText(raw));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_Decode);

void BM_Fold(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  for (auto _ : state)
    for (const std::string& text : corpus.decoded)
      benchmark::DoNotOptimize(lexgraph::FoldedText(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_Fold);

void BM_Extract(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  lexgraph::CitationExtractor extractor;
  std::size_t citations = 0;
  for (auto _ : state) {
    for (const std::string& text : corpus.decoded) {
      lexgraph::Extraction e = extractor.Extract(text);
      citations += e.citations.size();
      benchmark::DoNotOptimize(e);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.counters["citations/iter"] =
      benchmark::Counter(static_cast<double>(citations) / static_cast<double>(state.iterations()));
  state.counters["files"] = static_cast<double>(corpus.decoded.size());
}
BENCHMARK(BM_Extract);

// Decoding and extraction together: what `lexindex extract` does per file.
void BM_DecodeAndExtract(benchmark::State& state) {
  const Corpus& corpus = LoadCorpus();
  lexgraph::CitationExtractor extractor;
  for (auto _ : state)
    for (const std::string& raw : corpus.raw)
      benchmark::DoNotOptimize(extractor.Extract(lexgraph::DecodeText(raw).text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
}
BENCHMARK(BM_DecodeAndExtract);

}  // namespace

BENCHMARK_MAIN();
