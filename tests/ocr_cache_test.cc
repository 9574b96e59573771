// OcrCache: what is stored is found, whole or not at all.
#include "ocr_cache.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "test_support.h"

namespace lexgraph {
namespace {

namespace fs = std::filesystem;

class OcrCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ocr_cache_test-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  static OcrPage Page(int number, std::string text, int confidence = 90) {
    OcrPage page;
    page.number = number;
    page.text = std::move(text);
    page.confidence = confidence;
    return page;
  }
  fs::path dir_;
};

TEST_F(OcrCacheTest, StoredPagesAreFoundAndMerged) {
  OcrCache cache(dir_, "vie 300");
  const std::string key = cache.KeyOf("scan bytes");
  EXPECT_FALSE(cache.Find(key, {1}));
  ASSERT_EQ(cache.Store(key, {Page(1, "Số: 235/BC-SNV\n")}), "");
  OcrPage failed = Page(3, "", -1);
  failed.error = "OCR ran past 180 s: page skipped";
  ASSERT_EQ(cache.Store(key, {Page(2, "Nghị định số 30/2020/NĐ-CP\n"), failed}), "");
  std::optional<std::vector<OcrPage>> found = cache.Find(key, {3, 1});
  ASSERT_TRUE(found);
  ASSERT_EQ(found->size(), 2u);
  EXPECT_EQ((*found)[0].error, failed.error);
  EXPECT_EQ((*found)[1].text, "Số: 235/BC-SNV\n");
  EXPECT_TRUE((*found)[1].from_cache);
  EXPECT_FALSE(cache.Find(key, {1, 4})) << "all the pages asked, or none";
  // Written whole: no temporary file is left beside the entry.
  for (const auto& entry : fs::recursive_directory_iterator(dir_))
    EXPECT_NE(entry.path().extension(), ".tmp") << entry.path();
}

TEST_F(OcrCacheTest, OtherSettingsOrOtherBytesAreAnotherEntry) {
  OcrCache vie(dir_, "vie 300"), eng(dir_, "vie+eng 300");
  ASSERT_EQ(vie.Store(vie.KeyOf("scan"), {Page(1, "a\n")}), "");
  EXPECT_NE(vie.KeyOf("scan"), eng.KeyOf("scan"));
  EXPECT_NE(vie.KeyOf("scan"), vie.KeyOf("scan2"));
  EXPECT_FALSE(eng.Find(eng.KeyOf("scan"), {1}));
  EXPECT_TRUE(vie.Find(vie.KeyOf("scan"), {1}));
}

TEST_F(OcrCacheTest, DamagedEntryIsAMissAndIsRewritten) {
  OcrCache cache(dir_, "vie 300");
  const std::string key = cache.KeyOf("scan");
  ASSERT_EQ(cache.Store(key, {Page(1, "a\n")}), "");
  fs::path entry;
  for (const auto& file : fs::recursive_directory_iterator(dir_))
    if (file.is_regular_file()) entry = file.path();
  ASSERT_FALSE(entry.empty());
  std::string content = testing::Slurp(entry);
  testing::WriteFile(entry, content.substr(0, content.size() / 2));  // a torn write
  EXPECT_FALSE(cache.Find(key, {1}));
  ASSERT_EQ(cache.Store(key, {Page(1, "b\n")}), "");
  ASSERT_TRUE(cache.Find(key, {1}));
  EXPECT_EQ(cache.Find(key, {1})->front().text, "b\n");
}

TEST_F(OcrCacheTest, UnwritableFolderIsReportedNotThrown) {
  testing::WriteFile(dir_.string() + "-file", "x");
  OcrCache cache(dir_.string() + "-file", "vie 300");  // a file where the folder should be
  std::string error = cache.Store(cache.KeyOf("scan"), {Page(1, "a\n")});
  EXPECT_NE(error.find("cannot create"), std::string::npos) << error;
  fs::remove(dir_.string() + "-file");
}

}  // namespace
}  // namespace lexgraph
