// IndexReader's snapshots while builds go on (index_reader.h): a reader
// follows Xapian forward until a build purges what its snapshot lists, then
// says so (SnapshotMoved) and ReadIndex reads again from a newer snapshot;
// a document missing without a purge is a damaged index; a compaction that
// replaced the shards under a reader is followed too. Xapian throws
// DatabaseModifiedError only when a writer happens to reuse the blocks a
// reader needs, so these tests make the reader meet it on purpose, at the
// moment under test, by throwing it from the read.
#include "lexgraph/index_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "index_reader_internals.h"
#include "lexgraph/index_builder.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_terms.h"
#include "sqlite_db.h"
#include "test_support.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;
using testing::WriteFile;

std::string Report(int number, const std::string& extra = "") {
  return "UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ\n\nSố: " + std::to_string(number) +
         "/BC-SNV\n\nQuảng Trị, ngày 10 tháng 3 năm 2021\n\nBÁO CÁO\nKết quả công tác năm 2020\n\n"
         "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, Sở báo cáo như sau.\n" +
         extra;
}

class IndexReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("index_reader_test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(corpus());
    for (int i = 1; i <= kReports; ++i)
      WriteFile(corpus() / (std::to_string(i) + ".md"), Report(i));
    Build();
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path corpus() const { return dir_ / "corpus"; }
  fs::path index() const { return dir_ / "index"; }

  void Build() {
    BuildOptions options;
    options.corpus = corpus();
    options.index = index();
    options.jobs = 2;
    BuildIndex(options);
  }

  // Changes `count` reports (from the first): the build deletes their old
  // versions from Xapian.
  void ChangeReports(int count) {
    for (int i = 1; i <= count; ++i)
      WriteFile(corpus() / (std::to_string(i) + ".md"),
                Report(i, "Bổ sung lần " + std::to_string(++edits_)));
  }

  // Every Xapian document of the snapshot (data and version: path and
  // content hash), sorted, read through ReadXapian; the
  // first read meets DatabaseModifiedError, as a reader does when a build
  // commits under it, so that it reopens Xapian first.
  static std::vector<std::string> ReadAllData(IndexReader& reader) {
    std::vector<Xapian::docid> ids;
    sqlite::Statement docids(IndexReaderInternals::Graph(reader),
                             "SELECT xapian_docid FROM documents");
    while (docids.Step()) ids.push_back(static_cast<Xapian::docid>(docids.Int(0)));
    bool modified = false;
    return reader.ReadXapian([&](Xapian::Database& db) {
      if (!modified) {
        modified = true;
        throw Xapian::DatabaseModifiedError("a build committed (as the test says)");
      }
      std::vector<std::string> data;
      for (Xapian::docid id : ids) {
        Xapian::Document doc = db.get_document(id);
        data.push_back(doc.get_data() + " " + doc.get_value(terms::kVersionSlot));
      }
      std::sort(data.begin(), data.end());
      return data;
    });
  }

  static constexpr int kReports = 12;
  fs::path dir_;
  int edits_ = 0;
};

TEST_F(IndexReaderTest, AReaderFollowsXapianUntilABuildPurgesItsSnapshot) {
  IndexReader reader(index());
  // No build since: reopening Xapian changes nothing it reads.
  EXPECT_EQ(ReadAllData(reader).size(), static_cast<std::size_t>(kReports));
  EXPECT_EQ(reader.xapian_reopened(), 1);

  ChangeReports(2);  // under a quarter of the index: no compaction
  Build();           // deletes the two old versions the reader lists
  EXPECT_THROW(ReadAllData(reader), SnapshotMoved);
}

TEST_F(IndexReaderTest, ReadIndexReadsAgainFromTheNewerSnapshot) {
  std::vector<std::string> before;
  {
    IndexReader reader(index());
    before = ReadAllData(reader);
  }
  int attempts = 0, calls = 0;
  std::vector<std::string> data = ReadIndex(
      index(),
      [&](IndexReader& reader) {
        if (++calls == 1) {
          ChangeReports(2);
          Build();  // ends while this read holds the older snapshot
        }
        return ReadAllData(reader);
      },
      &attempts);
  EXPECT_EQ(attempts, 2);
  ASSERT_EQ(data.size(), static_cast<std::size_t>(kReports));
  EXPECT_NE(data, before) << "two reports changed";
  // The second read is of the state after the build: a fresh reader agrees.
  IndexReader fresh(index());
  EXPECT_EQ(ReadAllData(fresh), data);
}

TEST_F(IndexReaderTest, AReaderFollowsACompactionThatReplacedItsShards) {
  IndexReader reader(index());
  ASSERT_TRUE(reader.Renew());
  ChangeReports(kReports);  // all of them: the build compacts the shards
  Build();
  EXPECT_FALSE(reader.Renew()) << "a reader of replaced shards is kept";
  // Reopening reads the old shards' folders, which are gone: the reader
  // opens the new set, sees the purge, and says so.
  EXPECT_THROW(ReadAllData(reader), SnapshotMoved);
  IndexReader fresh(index());
  EXPECT_EQ(ReadAllData(fresh).size(), static_cast<std::size_t>(kReports));
}

TEST_F(IndexReaderTest, ADocumentMissingWithoutAPurgeIsADamagedIndex) {
  IndexReader reader(index());
  {
    // Damage: a document the graph lists deleted from its shard, no build.
    bool damaged = false;
    for (const auto& entry : fs::directory_iterator(index() / "xapian")) {
      if (!entry.is_directory() || damaged) continue;
      Xapian::WritableDatabase shard(entry.path().string());
      if (shard.get_doccount() == 0) continue;  // a build thread may have indexed nothing
      shard.delete_document(*shard.postlist_begin(""));
      shard.commit();
      damaged = true;
    }
    ASSERT_TRUE(damaged) << "no shard holds a document";
  }
  try {
    ReadAllData(reader);
    ADD_FAILURE() << "a damaged index read without a word";
  } catch (const IndexError& e) {
    EXPECT_EQ(e.kind(), IndexError::Kind::kStorage);
    EXPECT_NE(std::string(e.what()).find("damaged"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace lexgraph
