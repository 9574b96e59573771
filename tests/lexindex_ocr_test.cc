// `lexindex build` and `lexquery` on a corpus with scans, as an archivist
// meets them: scans are read by OCR and say so, the OCR cache spares every
// later build the work, and --no-ocr skips them with the reason. The scans
// are made by tests/ocr/make_scanned_fixtures (CTest runs it first).
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "process_support.h"

namespace lexgraph::testing {
namespace {

namespace fs = std::filesystem;

fs::path Scans() { return fs::path(LEXGRAPH_OCR_FIXTURES); }

class LexindexOcrTest : public ProcessTest {
 protected:
  // A corpus of one typed report and two scans: a two-frame TIFF and a PDF
  // whose second page is scanned.
  fs::path ScannedCorpus() {
    fs::path corpus = Path("corpus");
    fs::create_directories(corpus / "scans");
    fs::copy_file(fs::path(LEXGRAPH_SOURCE_DIR) / "corpus/quang-tri/skhcn-14-kh-2020.md",
                  corpus / "skhcn-14-kh-2020.md");
    fs::copy_file(Scans() / "scan-2pages.tif", corpus / "scans/so-ket.tif");
    fs::copy_file(Scans() / "mixed.pdf", corpus / "scans/so-ket-mixed.pdf");
    return corpus;
  }
  RunResult Query(const fs::path& index, std::vector<std::string> args) {
    args.insert(args.begin(), {"--index", index.string()});
    Started started = Start(LEXQUERY_PATH, args);
    return Finish(started);
  }
};

std::string LineWith(const std::string& text, std::string_view start) {
  for (const std::string& line : SplitLines(text))
    if (line.starts_with(start)) return line;
  return {};
}

TEST_F(LexindexOcrTest, ScansAreIndexedAndTheCacheSparesEveryRebuild) {
  fs::path corpus = ScannedCorpus(), index = Path("index");
  RunResult run = Build(corpus, index);
  ASSERT_EQ(run.exit_code, 0) << run.Describe();
  EXPECT_EQ(ReportsHeld(run.out), 3) << run.out;
  EXPECT_EQ(LineWith(run.out, "    read by OCR"),
            "    read by OCR             2 report(s), 3 page(s)")
      << run.out;
  EXPECT_TRUE(Contains(LineWith(run.out, "    by format"), "1 image")) << run.out;
  EXPECT_TRUE(fs::is_directory(index / "ocr-cache")) << "kept beside the stores";

  // The citation that runs over the page break, typed page to scanned page.
  RunResult cites = Query(index, {"cites", "Nghị định 30/2020/NĐ-CP"});
  EXPECT_EQ(cites.exit_code, 0) << cites.Describe();
  EXPECT_TRUE(Contains(cites.out, "scans/so-ket-mixed.pdf")) << cites.out;
  EXPECT_TRUE(Contains(cites.out, "scans/so-ket.tif")) << cites.out;

  // What was read by OCR says so, with its confidence, for checking by eye.
  RunResult show = Query(index, {"show", "scans/so-ket.tif"});
  EXPECT_EQ(show.exit_code, 0) << show.Describe();
  EXPECT_TRUE(Contains(show.out, "  bản quét:    đọc bằng OCR, độ tin cậy ")) << show.out;
  EXPECT_TRUE(Contains(show.out, "% (2 trang)")) << show.out;
  // The JSON of show is the API's /api/document, which the page draws.
  RunResult show_json = Query(index, {"show", "scans/so-ket.tif", "--format", "json"});
  EXPECT_TRUE(Contains(show_json.out, "\"ocr\": {\n      \"pages\": 2,\n      \"confidence\": "))
      << show_json.out;
  RunResult typed_json = Query(index, {"show", "skhcn-14-kh-2020.md", "--format", "json"});
  EXPECT_TRUE(Contains(typed_json.out, "\"ocr\": null")) << typed_json.out;
  RunResult scans = Query(index, {"scans"});
  EXPECT_EQ(scans.exit_code, 0) << scans.Describe();
  EXPECT_EQ(SplitLines(scans.out).size(), 3u) << scans.out;  // two scans and the count
  EXPECT_TRUE(Contains(scans.out, "2 bản quét")) << scans.out;
  RunResult none = Query(index, {"scans", "--below", "1"});
  EXPECT_EQ(none.exit_code, 1) << none.Describe();
  EXPECT_TRUE(Contains(none.err, "confidence below 1%")) << none.err;
  RunResult json = Query(index, {"scans", "--format", "json"});
  EXPECT_TRUE(Contains(json.out, "\"ocr\": {\n        \"pages\": 2,")) << json.out;
  EXPECT_TRUE(Contains(Dump(index), "  ocr_pages 1\n")) << "the mixed PDF's one scanned page";

  // The stores lost (a rebuild, a new schema): no page is read again.
  fs::remove_all(index / "xapian");
  fs::remove(index / "graph.sqlite");
  RunResult rebuilt = Build(corpus, index);
  ASSERT_EQ(rebuilt.exit_code, 0) << rebuilt.Describe();
  EXPECT_EQ(LineWith(rebuilt.out, "    read by OCR"),
            "    read by OCR             2 report(s), 3 page(s), 3 from the OCR cache")
      << rebuilt.out;

  // Another index, elsewhere, given the same cache.
  RunResult elsewhere =
      Build(corpus, Path("copy"), {"--ocr-cache", (index / "ocr-cache").string()});
  EXPECT_TRUE(Contains(LineWith(elsewhere.out, "    read by OCR"), "3 from the OCR cache"))
      << elsewhere.out;
}

// The number of files in the OCR cache folder `cache`.
int CacheEntries(const fs::path& cache) {
  int entries = 0;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(cache, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
    entries += it->path().extension() == ".json";
  return entries;
}

// Killed once the first scan's pages are cached: the next build reads the
// cached pages from the cache (they were written whole) and the rest by OCR.
TEST_F(LexindexOcrTest, KilledBuildLosesAtMostTheScansBeingRead) {
  fs::path corpus = ScannedCorpus(), index = Path("index");
  fs::copy_file(Scans() / "scan-300.pdf", corpus / "scans/bao-cao-86.pdf");
  Started build =
      Start(LEXINDEX_PATH, {"build", corpus.string(), "--index", index.string(), "--jobs", "1"});
  auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(ScaledSeconds(120));
  while (StillRunning(build) && CacheEntries(index / "ocr-cache") == 0 &&
         std::chrono::steady_clock::now() < give_up)
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  ::kill(build.pid, SIGKILL);
  Finish(build);
  const int cached = CacheEntries(index / "ocr-cache");
  ASSERT_GE(cached, 1) << "no scan was done before the kill";

  RunResult next = Build(corpus, index);
  ASSERT_EQ(next.exit_code, 0) << next.Describe();
  EXPECT_EQ(ReportsHeld(next.out), 4) << next.out;
  // What the killed build finished, the next one took from the cache (or
  // found committed already, when the killed build got as far).
  const std::string ocr = LineWith(next.out, "    read by OCR");
  EXPECT_TRUE(Contains(ocr, " from the OCR cache") || SummaryNumber(next.out, "unchanged") > 0)
      << next.out;
  EXPECT_EQ(CacheEntries(index / "ocr-cache"), 3);
  EXPECT_EQ(SummaryNumber(Build(corpus, index).out, "unchanged"), 4);
}

TEST_F(LexindexOcrTest, NoOcrSkipsScansWithTheReason) {
  fs::path corpus = ScannedCorpus(), index = Path("index");
  RunResult run = Build(corpus, index, {"--no-ocr", "--verbose"});
  EXPECT_EQ(run.exit_code, 0) << run.Describe();
  EXPECT_EQ(ReportsHeld(run.out), 2) << "the typed report, and the typed page of the mixed PDF";
  EXPECT_TRUE(Contains(run.out, "    scans/so-ket.tif: image: needs OCR, which is off (--no-ocr)"))
      << run.out;
  EXPECT_TRUE(Contains(run.out, "scans/so-ket-mixed.pdf: page 2 left out: scanned, and OCR is off"))
      << "the mixed PDF is indexed without its scanned page, and says so: " << run.out;
  EXPECT_EQ(LineWith(run.out, "    read by OCR"), "") << run.out;
  EXPECT_FALSE(fs::exists(index / "ocr-cache"));

  RunResult help = Run({"build", "--help"});
  EXPECT_TRUE(Contains(help.out, "--no-ocr")) << help.out;
  EXPECT_TRUE(Contains(help.out, "--ocr-cache")) << help.out;
}

TEST_F(LexindexOcrTest, MissingModelSkipsTheScanAndSaysWhatToInstall) {
  fs::path corpus = ScannedCorpus(), index = Path("index");
  RunResult run = Build(corpus, index, {"--ocr-lang", "xyz", "--verbose"});
  EXPECT_TRUE(Contains(run.out,
                       "scans/so-ket.tif: OCR read no text: the Tesseract model 'xyz' is "
                       "not installed"))
      << run.out;
  EXPECT_TRUE(Contains(run.out, "apt-get install tesseract-ocr-xyz; or pass --no-ocr")) << run.out;
}

}  // namespace
}  // namespace lexgraph::testing
