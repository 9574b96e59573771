// Decoding throughput per input format and encoding, against extraction of
// the same text, one core, in one run (the machines are noisy: compare the
// ratios).
//
//   build/bench/decode_benchmark --benchmark_repetitions=5
//
// Each input is the fixture report (tests/fixtures/formats/report.*) about
// sixty times over, ~110 KB of text: plain text in UTF-8, Windows-1258,
// TCVN3 and VNI (encoding detected, as `lexindex build` does), an HTML page
// with sixty articles, and Word and PDF files made from it by LibreOffice
// (bench/data, bench/make_format_data.sh). BM_Decode/<input> reports MB/s of
// the file's bytes; BM_Extract/<input> the extractor's MB/s on the text
// that decoding gave, so the two say which stage bounds a build.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "lexgraph/citation_extractor.h"
#include "lexgraph/document_decoder.h"

namespace {

namespace fs = std::filesystem;

const fs::path kSource = LEXGRAPH_SOURCE_DIR;
constexpr int kCopies = 60;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return s.str();
}

std::string Repeat(const std::string& text, int copies) {
  std::string out;
  for (int i = 0; i < copies; ++i) out += (i ? "\n" : "") + text;
  return out;
}

// The page with its article repeated: one long saved page.
std::string RepeatArticle(const std::string& page, int copies) {
  std::size_t begin = page.find("<article"), end = page.find("</article>");
  if (begin == std::string::npos || end == std::string::npos)
    throw std::runtime_error("no article");
  end += std::string_view("</article>").size();
  return page.substr(0, begin) + Repeat(page.substr(begin, end - begin), copies) + page.substr(end);
}

struct Input {
  std::string name;       // "text TCVN3"
  std::string file_name;  // for the format's extension
  std::string bytes;
  std::string text;  // decoded, for BM_Extract
};

std::vector<Input> LoadInputs() {
  const fs::path formats = kSource / "tests/fixtures/formats";
  std::vector<Input> inputs = {
      {"text UTF-8", "report.txt", Repeat(Slurp(formats / "report.txt"), kCopies), ""},
      {"text windows-1258", "report.txt", Repeat(Slurp(formats / "report-cp1258.txt"), kCopies),
       ""},
      {"text TCVN3", "report.txt", Repeat(Slurp(formats / "report-tcvn3.txt"), kCopies), ""},
      {"text VNI", "report.txt", Repeat(Slurp(formats / "report-vni.txt"), kCopies), ""},
      {"html", "report.html", RepeatArticle(Slurp(formats / "report.html"), kCopies), ""},
      {"docx", "report.docx", Slurp(kSource / "bench/data/report-x60.docx"), ""},
      {"pdf", "report.pdf", Slurp(kSource / "bench/data/report-x60.pdf"), ""},
  };
  for (Input& input : inputs) {
    lexgraph::DecodedText decoded = lexgraph::DecodeDocument(input.bytes, input.file_name);
    if (!decoded.ok()) throw std::runtime_error(input.name + ": " + decoded.error);
    input.text = std::move(decoded.text);
  }
  return inputs;
}

void BM_Decode(benchmark::State& state, const Input* input) {
  for (auto _ : state)
    benchmark::DoNotOptimize(lexgraph::DecodeDocument(input->bytes, input->file_name));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input->bytes.size()));
  state.counters["text_bytes"] = static_cast<double>(input->text.size());
}

void BM_Extract(benchmark::State& state, const Input* input) {
  static const lexgraph::CitationExtractor extractor;
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(input->text));
  // Per byte of the file, as BM_Decode: the two rates add as a build's do.
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input->bytes.size()));
}

}  // namespace

int main(int argc, char** argv) {
  static const std::vector<Input> inputs = LoadInputs();
  for (const Input& input : inputs) {
    benchmark::RegisterBenchmark(("BM_Decode/" + input.name).c_str(), BM_Decode, &input)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("BM_Extract/" + input.name).c_str(), BM_Extract, &input)
        ->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
