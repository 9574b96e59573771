// The index answers what issue "the indexer" asks of it, read through
// IndexReader as the query tool will: text typed with or without
// diacritics, phrases, either tone placement, "which reports cite X" from
// Xapian alone, dates as a value range, and the graph linking reports.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "index_reader_internals.h"
#include "lexgraph/index_builder.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/index_terms.h"
#include "lexgraph/text_terms.h"
#include "sqlite_db.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

constexpr const char* kReportA = R"(UBND TỈNH QUẢNG TRỊ
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH

Số: 45/BC-SVHTTDL

Quảng Trị, ngày 10 tháng 3 năm 2021

BÁO CÁO
Kết quả thực hiện công tác văn hoá năm 2020

Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, Sở đã tham mưu Uỷ ban nhân dân tỉnh chỉ đạo phát triển văn hoá cơ sở.
)";

constexpr const char* kReportB = R"(UBND TỈNH QUẢNG TRỊ
SỞ TÀI CHÍNH

Số: 12/BC-STC

Quảng Trị, ngày 20 tháng 6 năm 2019

BÁO CÁO
Tình hình sử dụng hóa đơn điện tử

Căn cứ Nghị định số 119/2018/NĐ-CP ngày 12/9/2018 của Chính phủ quy định về hóa đơn điện tử khi bán hàng hóa, cung cấp dịch vụ; giá hoa quả trên địa bàn ổn định.
)";

// An OCR'd scan that lost its diacritics.
constexpr const char* kReportC = R"(UBND TINH QUANG TRI
SO NOI VU

So: 7/BC-SNV

Quang Tri, ngay 2 thang 4 nam 2018

BAO CAO
Ket qua hoc tap va lam theo

Thuc hien Chi thi so 05-CT/TW ngay 15/5/2016 cua Bo Chinh tri, So Noi vu bao cao van hoa co so.
)";

class IndexSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    char pattern[] = "/tmp/index_search_test-XXXXXX";
    root_ = new fs::path(mkdtemp(pattern));
    fs::create_directories(*root_ / "corpus" / "quang-tri");
    Write("quang-tri/svhttdl-45-bc-2021.md", kReportA);
    Write("quang-tri/stc-12-bc-2019.md", kReportB);
    Write("quang-tri/snv-7-bc-2018.md", kReportC);
    BuildOptions options;
    options.corpus = *root_ / "corpus";
    options.index = *root_ / "index";
    BuildSummary summary = BuildIndex(options);
    ASSERT_EQ(summary.indexed, 3u);
  }
  static void TearDownTestSuite() {
    fs::remove_all(*root_);
    delete root_;
  }
  static void Write(const std::string& relative, const char* text) {
    std::ofstream(*root_ / "corpus" / relative) << text;
  }

  // The terms a word typed by a user stands for: its exact term when typed
  // with diacritics; else every spelling of its folded form.
  static std::vector<std::string> Spellings(Xapian::Database& db, const std::string& word) {
    auto terms = WordTermsOf(word);
    EXPECT_EQ(terms.size(), 1u) << word;
    const auto& [folded, exact] = terms[0];
    if (!exact.empty() && exact != folded) return {exact};
    std::vector<std::string> spellings{folded};
    for (auto it = db.synonyms_begin(folded); it != db.synonyms_end(folded); ++it)
      spellings.push_back(*it);
    return spellings;
  }

  // A phrase: the OR of the phrases of the spellings that exist (Xapian
  // 1.4 runs phrases over single terms only).
  static Xapian::Query Phrase(Xapian::Database& db, const std::vector<std::string>& words) {
    std::vector<std::vector<std::string>> choices;
    for (const std::string& word : words) choices.push_back(Spellings(db, word));
    std::vector<Xapian::Query> phrases;
    std::vector<std::string> current;
    std::function<void(std::size_t)> expand = [&](std::size_t i) {
      if (i == choices.size()) {
        phrases.emplace_back(Xapian::Query::OP_PHRASE, current.begin(), current.end());
        return;
      }
      for (const std::string& term : choices[i]) {
        if (!db.term_exists(term)) continue;
        current.push_back(term);
        expand(i + 1);
        current.pop_back();
      }
    };
    expand(0);
    return Xapian::Query(Xapian::Query::OP_OR, phrases.begin(), phrases.end());
  }

  static Xapian::Query Word(Xapian::Database& db, const std::string& word) {
    std::vector<std::string> spellings = Spellings(db, word);
    return Xapian::Query(Xapian::Query::OP_SYNONYM, spellings.begin(), spellings.end());
  }

  // Paths of the live documents matching `query`.
  static std::set<std::string> Matching(IndexReader& reader, const Xapian::Query& query) {
    std::set<std::string> paths;
    reader.ReadXapian([&](Xapian::Database& db) {
      paths.clear();
      Xapian::Enquire enquire(db);
      enquire.set_query(query);
      Xapian::MSet matches = enquire.get_mset(0, 100, nullptr, reader.LiveDecider());
      for (auto it = matches.begin(); it != matches.end(); ++it) {
        std::string data = it.get_document().get_data();
        std::size_t start = data.find("\"path\":\"") + 8;
        paths.insert(data.substr(start, data.find('"', start) - start));
      }
      return 0;
    });
    return paths;
  }

  static fs::path* root_;
};

fs::path* IndexSearchTest::root_ = nullptr;

const std::string kA = "quang-tri/svhttdl-45-bc-2021.md";
const std::string kB = "quang-tri/stc-12-bc-2019.md";
const std::string kC = "quang-tri/snv-7-bc-2018.md";

TEST_F(IndexSearchTest, WordTypedWithoutDiacriticsFindsEverySpelling) {
  IndexReader reader(*root_ / "index");
  // "hoa": hoá (A, old tone placement), hóa and hoa (B), hoa (C, lost marks).
  EXPECT_EQ(Matching(reader, Word(reader.xapian(), "hoa")), (std::set{kA, kB, kC}));
  EXPECT_EQ(Matching(reader, Word(reader.xapian(), "uy")), (std::set{kA}));
}

TEST_F(IndexSearchTest, WordTypedWithDiacriticsIsExact) {
  IndexReader reader(*root_ / "index");
  EXPECT_EQ(Matching(reader, Word(reader.xapian(), "hóa")), (std::set{kA, kB}));
  EXPECT_TRUE(Matching(reader, Word(reader.xapian(), "hòa")).empty());
  EXPECT_EQ(Matching(reader, Word(reader.xapian(), "đơn")), (std::set{kB}));
}

TEST_F(IndexSearchTest, EitherTonePlacementFindsTheOther) {
  IndexReader reader(*root_ / "index");
  // A writes "văn hoá" and "Uỷ ban"; typed the new way, or the old way.
  EXPECT_EQ(Matching(reader, Word(reader.xapian(), "hoá")), (std::set{kA, kB}));
  EXPECT_EQ(Matching(reader, Word(reader.xapian(), "Ủy")), (std::set{kA}));
  EXPECT_EQ(Matching(reader, Word(reader.xapian(), "uỷ")), (std::set{kA}));
}

TEST_F(IndexSearchTest, PhrasesWithAndWithoutDiacritics) {
  IndexReader reader(*root_ / "index");
  Xapian::Database& db = reader.xapian();
  EXPECT_EQ(Matching(reader, Phrase(db, {"văn", "hóa", "cơ", "sở"})), (std::set{kA}));
  EXPECT_EQ(Matching(reader, Phrase(db, {"van", "hoa", "co", "so"})), (std::set{kA, kC}));
  EXPECT_EQ(Matching(reader, Phrase(db, {"hóa", "đơn", "điện", "tử"})), (std::set{kB}));
  // The words are all in A, but not in this order.
  EXPECT_TRUE(Matching(reader, Phrase(db, {"hóa", "văn"})).empty());
}

TEST_F(IndexSearchTest, WhichReportsCiteADirectiveFromXapianAlone) {
  IndexReader reader(*root_ / "index");
  std::string cites(terms::kCites);
  EXPECT_EQ(Matching(reader, Xapian::Query(cites + "sym:5-ct/tw")), (std::set{kA, kC}));
  EXPECT_EQ(Matching(reader, Xapian::Query(cites + "sym:119/2018/nd-cp")), (std::set{kB}));
  std::string cites_as(terms::kCitesAs);
  EXPECT_EQ(Matching(reader, Xapian::Query(cites_as + "basis:sym:119/2018/nd-cp")), (std::set{kB}));
  EXPECT_EQ(Matching(reader, Xapian::Query(cites_as + "implements:sym:5-ct/tw")),
            (std::set{kA, kC}));
}

TEST_F(IndexSearchTest, DatesAreARangeAndYearsAndTypesAreTerms) {
  IndexReader reader(*root_ / "index");
  Xapian::Query since_2019(Xapian::Query::OP_VALUE_GE, terms::kDateSlot, "20190101");
  EXPECT_EQ(Matching(reader, since_2019), (std::set{kA, kB}));
  EXPECT_EQ(Matching(reader, Xapian::Query(std::string(terms::kYear) + "2018")), (std::set{kC}));
  EXPECT_EQ(Matching(reader, Xapian::Query(std::string(terms::kType) + "bao cao")),
            (std::set{kA, kB, kC}));
  EXPECT_EQ(Matching(reader, Xapian::Query(std::string(terms::kProvince) + "quang tri")),
            (std::set{kA, kB, kC}));
}

TEST_F(IndexSearchTest, GraphHoldsOneAuthorityForAllMentionsOfADirective) {
  IndexReader reader(*root_ / "index");
  sqlite::Statement count(IndexReaderInternals::Graph(reader),
                          "SELECT a.identity, count(*) FROM citations c JOIN authorities a"
                          " ON a.id = c.authority_id WHERE a.citation_key = 'sym:5-ct/tw'"
                          " GROUP BY a.id");
  ASSERT_TRUE(count.Step());
  EXPECT_EQ(count.Text(0), "sym:5-ct/tw|2016|");
  EXPECT_EQ(count.Int(1), 2);
  EXPECT_FALSE(count.Step());
}

TEST_F(IndexSearchTest, EachCitationKnowsWhereItsMentionIsInItsSentence) {
  IndexReader reader(*root_ / "index");
  sqlite::Statement rows(IndexReaderInternals::Graph(reader),
                         "SELECT c.sentence, c.mention_begin, c.mention_end, a.citation_key"
                         " FROM citations c JOIN authorities a ON a.id = c.authority_id");
  int checked = 0;
  while (rows.Step()) {
    std::string sentence = rows.Text(0);
    auto begin = static_cast<std::size_t>(rows.Int(1));
    auto end = static_cast<std::size_t>(rows.Int(2));
    ASSERT_LE(begin, end);
    ASSERT_LE(end, sentence.size());
    std::string mention = sentence.substr(begin, end - begin);
    if (rows.Text(3) == "sym:5-ct/tw") {
      EXPECT_NE(mention.find("05-CT/TW"), std::string::npos) << sentence;
      EXPECT_TRUE(mention.starts_with("Chỉ thị") || mention.starts_with("Chi thi")) << mention;
      ++checked;
    }
  }
  EXPECT_EQ(checked, 2);
}

// A document in Xapian that SQLite does not list (a batch a build has
// committed to Xapian only, or what a killed build left) is never found.
TEST_F(IndexSearchTest, XapianDocumentsTheSnapshotDoesNotListAreNotFound) {
  {
    IndexReader reader(*root_ / "index");
    EXPECT_EQ(reader.LiveDecider(), nullptr);  // nothing to check per match
  }
  fs::path copy = *root_ / "stray-index";
  fs::copy(*root_ / "index", copy, fs::copy_options::recursive);
  fs::path shard;
  for (const auto& entry : fs::directory_iterator(copy / "xapian"))
    if (entry.is_directory()) shard = entry.path();
  ASSERT_FALSE(shard.empty());
  {
    Xapian::WritableDatabase db(shard.string(), Xapian::DB_OPEN);
    Xapian::Document stray;
    stray.add_posting("văn", 1);
    stray.add_boolean_term(std::string(terms::kCites) + "sym:5-ct/tw");
    stray.add_value(terms::kVersionSlot, "stray.md\n0");
    stray.set_data(R"({"path":"stray.md"})");
    db.add_document(stray);
    db.commit();
  }
  IndexReader reader(copy);
  ASSERT_NE(reader.LiveDecider(), nullptr);
  std::set<std::string> found = Matching(reader, Xapian::Query("văn"));
  EXPECT_FALSE(found.empty());
  EXPECT_EQ(found.count("stray.md"), 0u);
  EXPECT_EQ(
      Matching(reader, Xapian::Query(std::string(terms::kCites) + "sym:5-ct/tw")),
      (std::set<std::string>{"quang-tri/svhttdl-45-bc-2021.md", "quang-tri/snv-7-bc-2018.md"}));
}

TEST_F(IndexSearchTest, IndexOfAnotherSchemaVersionIsRefused) {
  fs::path copy = *root_ / "old-index";
  fs::copy(*root_ / "index", copy, fs::copy_options::recursive);
  {
    sqlite::Database db((copy / "graph.sqlite").string(), sqlite::Database::Mode::kReadWriteCreate);
    db.Exec("PRAGMA user_version = 99");
  }
  try {
    IndexReader reader(copy);
    FAIL() << "opened an index of version 99";
  } catch (const IndexError& e) {
    EXPECT_EQ(e.kind(), IndexError::Kind::kVersion);
    EXPECT_NE(std::string(e.what()).find("version 99"), std::string::npos) << e.what();
  }
  BuildOptions options;
  options.corpus = *root_ / "corpus";
  options.index = copy;
  EXPECT_THROW(BuildIndex(options), IndexError);
}

}  // namespace
}  // namespace lexgraph
