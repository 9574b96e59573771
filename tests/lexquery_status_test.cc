// lexquery status, the validity part of show, and --in-force, as a user
// runs them: on the index of corpus/, whose decisions replace and amend
// one another, and on small corpora written here for the cases corpus/
// lacks (two documents said to replace one, a proposal, a plan replaced).
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "lexquery_fixture.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace lexgraph::testing {
namespace {

using Json = nlohmann::json;

class LexqueryStatusTest : public LexqueryTest {
 protected:
  // The `status REF --format json` answer's documents, by identity.
  static std::map<std::string, Json> Statuses(const std::string& ref,
                                              const std::string& index = Index()) {
    Outcome run =
        Execute({LEXQUERY_PATH, "--index", index, "status", ref, "--format", "json"}, Scratch());
    EXPECT_EQ(run.status, 0) << run.err;
    std::map<std::string, Json> statuses;
    if (run.status != 0) return statuses;
    Json answer = Json::parse(run.out);  // kept: a loop over a temporary's part would dangle
    for (const Json& d : answer["documents"]) statuses[d["identity"]] = d;
    return statuses;
  }

  // The one document REF names in `index`.
  static Json OnlyStatus(const std::string& ref, const std::string& index = Index()) {
    std::map<std::string, Json> statuses = Statuses(ref, index);
    EXPECT_EQ(statuses.size(), 1u) << ref;
    return statuses.empty() ? Json() : statuses.begin()->second;
  }

  // Writes the files of a corpus of one province's decisions and plans
  // under Scratch()/NAME, builds it, and gives its index.
  static std::string BuildCorpus(const std::string& name,
                                 const std::map<std::string, std::string>& files) {
    fs::path corpus = Scratch() / (name + "-corpus") / "quang-nam";
    fs::create_directories(corpus);
    for (const auto& [file, text] : files) WriteFile(corpus / file, text);
    std::string index = (Scratch() / (name + "-index")).string();
    Outcome build = Execute(
        {LEXINDEX_PATH, "build", corpus.parent_path().string(), "--index", index, "--quiet"},
        Scratch());
    EXPECT_EQ(build.status, 0) << build.err;
    return index;
  }

  // A document of the UBND of Quảng Nam with this number, type line, date
  // and body.
  static std::string Document(const std::string& number, const std::string& type,
                              const std::string& day_month_year, const std::string& body) {
    return "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "TỈNH QUẢNG NAM Độc lập - Tự do - Hạnh phúc\n\n"
           "Số: " +
           number + " Quảng Nam, " + day_month_year + "\n\n" + type + "\nVề việc thử nghiệm\n\n" +
           body + "\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nLê Văn Dũng\n";
  }
};

// Hà Tĩnh's 41/2019/QĐ-UBND says "... và thay thế Quyết định số
// 32/2015/QĐ-UBND": replaced, by it, dated by its signing, with its sentence.
TEST_F(LexqueryStatusTest, ADecisionThatReplacesAnotherEndsIt) {
  Json status = OnlyStatus("Quyết định 32/2015/QĐ-UBND");
  const Json& v = status["validity"];
  EXPECT_EQ(v["state"], "replaced") << v.dump(2);
  ASSERT_EQ(v["changes"].size(), 1u);
  const Json& c = v["changes"][0];
  EXPECT_EQ(c["relation"], "replaces");
  EXPECT_EQ(c["by"], "Quyết định 41/2019/QĐ-UBND");
  EXPECT_EQ(c["by_path"], "ha-tinh/ubnd-41-qd-2019.md");
  EXPECT_EQ(c["source"], "own");
  EXPECT_EQ(c["since"], "2019-11-14");
  EXPECT_EQ(c["since_kind"], "signed");
  EXPECT_FALSE(c["partial"].get<bool>());
  EXPECT_NE(c["sentence"].get<std::string>().find("thay thế Quyết định số 32/2015/QĐ-UBND"),
            std::string::npos);
  EXPECT_EQ(c["report"]["path"], "ha-tinh/ubnd-41-qd-2019.md");

  Outcome table = Query({"status", "Quyết định 32/2015/QĐ-UBND"});
  EXPECT_EQ(table.status, 0);
  EXPECT_NE(table.out.find("Hiệu lực: đã bị thay thế"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("bị thay thế bởi Quyết định 41/2019/QĐ-UBND, từ 14/11/2019"),
            std::string::npos)
      << table.out;
}

// Quảng Trị's 25/2021/QĐ-UBND amends 41/2019/QĐ-UBND, replaces its
// Phụ lục I and repeals Điều 8 of the Quy định it issued: parts only, so
// the decision is amended, still in force. Hà Tĩnh's decision of the
// same symbol is untouched.
TEST_F(LexqueryStatusTest, ReplacingOrRepealingAPartAmends) {
  std::map<std::string, Json> statuses = Statuses("Quyết định 41/2019/QĐ-UBND");
  ASSERT_EQ(statuses.size(), 2u);
  const Json* quang_tri = nullptr;
  const Json* ha_tinh = nullptr;
  for (const auto& [identity, d] : statuses)
    (identity.find("quang tri") != std::string::npos ? quang_tri : ha_tinh) = &d;
  ASSERT_TRUE(quang_tri && ha_tinh);
  EXPECT_EQ((*ha_tinh)["validity"]["state"], "in_force");
  EXPECT_TRUE((*ha_tinh)["validity"]["changes"].empty());
  const Json& v = (*quang_tri)["validity"];
  EXPECT_EQ(v["state"], "amended") << v.dump(2);
  std::set<std::string> seen;
  for (const Json& c : v["changes"]) {
    EXPECT_EQ(c["by"], "Quyết định 25/2021/QĐ-UBND");
    std::string relation = c["relation"];
    seen.insert(relation);
    if (relation != "amends") EXPECT_TRUE(c["partial"].get<bool>()) << c.dump(2);
    if (relation == "replaces") EXPECT_EQ(c["pinpoint"], "Phụ lục I");
  }
  EXPECT_EQ(seen, (std::set<std::string>{"amends", "replaces", "repeals"}));
  // The decision amends 41/2019 in its title and again in its article: one
  // change, said twice. A report of the Sở states it too ("(đã được sửa
  // đổi, bổ sung tại Quyết định số 25/2021/QĐ-UBND ...)").
  ASSERT_EQ(v["changes"].size(), 4u) << v.dump(2);
  std::set<std::string> stated_in;
  for (const Json& c : v["changes"]) {
    if (c["relation"] == "amends" && c["source"] == "own") EXPECT_EQ(c["mentions"], 2) << c.dump(2);
    if (c["source"] == "stated") stated_in.insert(c["report"]["path"].get<std::string>());
  }
  EXPECT_EQ(stated_in, std::set<std::string>{"quang-tri/skhcn-156-bc-2021.md"});
}

// Cà Mau's tax office writes that Thông tư 105/2020/TT-BTC "có hiệu lực từ
// ngày 01/01/2021 và thay thế Thông tư số 95/2016/TT-BTC": a statement of
// another document's act, dated by the date it gives.
TEST_F(LexqueryStatusTest, AReportStatingAReplacementIsEvidence) {
  Json status = OnlyStatus("Thông tư 95/2016/TT-BTC");
  const Json& v = status["validity"];
  EXPECT_EQ(v["state"], "replaced") << v.dump(2);
  ASSERT_EQ(v["changes"].size(), 1u);
  const Json& c = v["changes"][0];
  EXPECT_EQ(c["source"], "stated");
  EXPECT_EQ(c["by"], "Thông tư 105/2020/TT-BTC");
  EXPECT_EQ(c["since"], "2021-01-01");
  EXPECT_EQ(c["since_kind"], "effective");
  EXPECT_EQ(c["report"]["path"], "ca-mau/ct-1254-cv-2021.md");
  std::string sentence = c["sentence"];
  EXPECT_EQ(sentence.rfind("Ngày 03/12/2020, Bộ Tài chính ban hành", 0), 0u) << sentence;
  const std::string end = "của Bộ Tài chính.";  // and not the next sentence
  ASSERT_GE(sentence.size(), end.size());
  EXPECT_EQ(sentence.substr(sentence.size() - end.size()), end) << sentence;
  // The statement does not make the letter itself the replacing document.
  Json letter = QueryJson({"show", "ca-mau/ct-1254-cv-2021.md"});
  EXPECT_EQ(letter["validity"]["state"], "in_force");
}

// "Nghị định 107/2021/NĐ-CP sửa đổi, bổ sung Nghị định 61/2018/NĐ-CP",
// said in a decision's grounds and in a notice: amended, twice attested.
TEST_F(LexqueryStatusTest, AnAmendmentStatedByTwoReportsIsOneStory) {
  Json status = OnlyStatus("Nghị định 61/2018/NĐ-CP");
  const Json& v = status["validity"];
  EXPECT_EQ(v["state"], "amended") << v.dump(2);
  std::set<std::string> reports;
  for (const Json& c : v["changes"]) {
    EXPECT_EQ(c["by"], "Nghị định 107/2021/NĐ-CP");
    EXPECT_EQ(c["source"], "stated");
    reports.insert(c["report"]["path"]);
  }
  EXPECT_EQ(reports, (std::set<std::string>{"ca-mau/ubnd-1520-qd-2022.md",
                                            "thua-thien-hue/ubnd-215-tb-2023.md"}));
}

TEST_F(LexqueryStatusTest, ADocumentNothingChangesIsInForceAsFarAsTheIndexKnows) {
  Json status = OnlyStatus("Chỉ thị 05-CT/TW");
  EXPECT_EQ(status["validity"]["state"], "in_force");
  EXPECT_TRUE(status["validity"]["changes"].empty());
  Outcome table = Query({"status", "chi thi 5-ct/tw"});
  EXPECT_EQ(table.status, 0);
  EXPECT_NE(table.out.find("còn hiệu lực (theo những gì chỉ mục biết"), std::string::npos)
      << table.out;
}

TEST_F(LexqueryStatusTest, ExitStatusSaysWhatHappened) {
  Outcome unknown = Query({"status", "Nghị định 999/2099/NĐ-CP"});
  EXPECT_EQ(unknown.status, 1);
  EXPECT_NE(unknown.err.find("the index knows nothing of 999/2099/NĐ-CP"), std::string::npos)
      << unknown.err;
  EXPECT_EQ(Query({"status", "xin chào"}).status, 2);
  Outcome csv = Query({"status", "Quyết định 32/2015/QĐ-UBND", "--format", "csv"});
  EXPECT_EQ(csv.status, 0);
  EXPECT_EQ(csv.out.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(csv.out.find(",replaced,replaces,Quyết định 41/2019/QĐ-UBND,2019-11-14,signed,own,0,"),
            std::string::npos)
      << csv.out;
}

// show gives a report's own status: Hà Tĩnh's decision 41/2019 is in
// force; Quảng Trị's is amended by 25/2021.
TEST_F(LexqueryStatusTest, ShowSaysWhetherTheReportIsInForce) {
  Json shown = QueryJson({"show", "quang-tri/ubnd-41-qd-2019.md"});
  EXPECT_EQ(shown["validity"]["state"], "amended") << shown["validity"].dump(2);
  Outcome table = Query({"show", "quang-tri/ubnd-41-qd-2019.md"});
  EXPECT_NE(table.out.find("Hiệu lực: còn hiệu lực, đã được sửa đổi, bổ sung"), std::string::npos)
      << table.out;
  EXPECT_EQ(QueryJson({"show", "ha-tinh/ubnd-41-qd-2019.md"})["validity"]["state"], "in_force");
}

// Two decisions each say they replace 10/2015: the index cannot tell
// which, and says so. A Tờ trình presenting a draft that would replace
// 11/2015 changes nothing.
TEST_F(LexqueryStatusTest, ConflictingEvidenceIsShownAndAProposalChangesNothing) {
  std::string index = BuildCorpus(
      "conflict",
      {{"qd-20.md",
        Document("20/2018/QĐ-UBND", "QUYẾT ĐỊNH", "ngày 05 tháng 3 năm 2018",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2018 và thay thế "
                 "Quyết định số 10/2015/QĐ-UBND ngày 12/5/2015 của UBND tỉnh.")},
       {"qd-22.md",
        Document("22/2018/QĐ-UBND", "QUYẾT ĐỊNH", "ngày 20 tháng 4 năm 2018",
                 "Điều 3. Quyết định này thay thế Quyết định số 10/2015/QĐ-UBND ngày 12/5/2015 "
                 "của UBND tỉnh.")},
       {"tt-05.md",
        Document("05/TTr-UBND", "TỜ TRÌNH", "ngày 02 tháng 6 năm 2018",
                 "Ủy ban nhân dân tỉnh kính trình Hội đồng nhân dân tỉnh dự thảo Quyết định thay "
                 "thế Quyết định số 11/2015/QĐ-UBND ngày 12/5/2015 của UBND tỉnh.")}});
  Json ten = OnlyStatus("Quyết định 10/2015/QĐ-UBND", index);
  EXPECT_EQ(ten["validity"]["state"], "conflicting") << ten.dump(2);
  EXPECT_EQ(ten["validity"]["changes"].size(), 2u);
  std::string conflict = ten["validity"]["conflict"];
  EXPECT_NE(conflict.find("Quyết định 20/2018/QĐ-UBND"), std::string::npos) << conflict;
  EXPECT_NE(conflict.find("Quyết định 22/2018/QĐ-UBND"), std::string::npos) << conflict;
  Json eleven = OnlyStatus("Quyết định 11/2015/QĐ-UBND", index);
  EXPECT_EQ(eleven["validity"]["state"], "in_force") << eleven.dump(2);
}

// A letter saying a decision "đã hết hiệu lực" names no document that
// ended it: repealed, with no "by", and the letter is not taken for the
// document that repealed it.
TEST_F(LexqueryStatusTest, NoLongerInForceWithNoDocumentNamed) {
  std::string index = BuildCorpus(
      "expired",
      {{"cv-321.md", Document("321/UBND-KTTH", "V/v rà soát văn bản", "ngày 14 tháng 7 năm 2020",
                              "Quyết định số 05/2014/QĐ-UBND ngày 10/3/2014 của UBND tỉnh đã hết "
                              "hiệu lực. Đề nghị các sở, ngành không áp dụng.")}});
  Json status = OnlyStatus("Quyết định 05/2014/QĐ-UBND", index);
  const Json& v = status["validity"];
  EXPECT_EQ(v["state"], "repealed") << v.dump(2);
  ASSERT_EQ(v["changes"].size(), 1u) << v.dump(2);
  EXPECT_TRUE(v["changes"][0]["by"].is_null());
  EXPECT_EQ(v["changes"][0]["source"], "stated");
  EXPECT_TRUE(v["changes"][0]["since"].is_null());
  Outcome table =
      Execute({LEXQUERY_PATH, "--index", index, "status", "Quyết định 05/2014/QĐ-UBND"}, Scratch());
  EXPECT_NE(table.out.find("• hết hiệu lực, không rõ từ ngày nào"), std::string::npos) << table.out;
}

// A decision repeals 30/2020 whole; a report says a part of it was
// repealed before, in the passive: one full repeal, not two documents
// ending it.
TEST_F(LexqueryStatusTest, ARepealInPartIsNoConflictWithARepealInFull) {
  std::string index = BuildCorpus(
      "in-part",
      {{"qd-40.md", Document("40/2023/QĐ-UBND", "QUYẾT ĐỊNH", "ngày 12 tháng 9 năm 2023",
                             "Điều 2. Bãi bỏ Quyết định số 30/2020/QĐ-UBND ngày 05/6/2020 của "
                             "UBND tỉnh.")},
       {"bc-45.md", Document("45/BC-UBND", "BÁO CÁO", "ngày 20 tháng 4 năm 2022",
                             "Quyết định số 30/2020/QĐ-UBND ngày 05/6/2020 của UBND tỉnh đã được "
                             "bãi bỏ một phần bởi Quyết định số 12/2021/QĐ-UBND ngày 10/3/2021 "
                             "của UBND tỉnh.")}});
  Json status = OnlyStatus("Quyết định 30/2020/QĐ-UBND", index);
  const Json& v = status["validity"];
  EXPECT_EQ(v["state"], "repealed") << v.dump(2);
  ASSERT_EQ(v["changes"].size(), 2u) << v.dump(2);
  for (const Json& c : v["changes"]) {
    bool stated = c["source"] == "stated";
    EXPECT_EQ(c["partial"].get<bool>(), stated) << c.dump(2);
    EXPECT_EQ(c["by"], stated ? "Quyết định 12/2021/QĐ-UBND" : "Quyết định 40/2023/QĐ-UBND");
  }
}

// A plan replaced by a later one: `cites --in-force` and `search
// --in-force` hide it; without the flag both plans come.
TEST_F(LexqueryStatusTest, InForceHidesReportsKnownReplaced) {
  std::string index = BuildCorpus(
      "in-force",
      {{"kh-14.md", Document("14/KH-UBND", "KẾ HOẠCH", "ngày 10 tháng 3 năm 2017",
                             "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, "
                             "Ủy ban nhân dân tỉnh ban hành kế hoạch học tập tư tưởng.")},
       {"kh-20.md", Document("20/KH-UBND", "KẾ HOẠCH", "ngày 08 tháng 4 năm 2019",
                             "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị, "
                             "Ủy ban nhân dân tỉnh ban hành kế hoạch học tập tư tưởng.\n\n"
                             "Kế hoạch này thay thế Kế hoạch số 14/KH-UBND ngày 10/3/2017 của "
                             "Ủy ban nhân dân tỉnh.")}});
  auto cited_by = [&](bool in_force) {
    std::vector<std::string> args = {LEXQUERY_PATH,      "--index",  index, "cites",
                                     "Chỉ thị 05-CT/TW", "--format", "json"};
    if (in_force) args.push_back("--in-force");
    Outcome run = Execute(args, Scratch());
    EXPECT_EQ(run.status, 0) << run.err;
    return Paths(Json::parse(run.out));
  };
  EXPECT_EQ(cited_by(false), (std::set<std::string>{"quang-nam/kh-14.md", "quang-nam/kh-20.md"}));
  EXPECT_EQ(cited_by(true), (std::set<std::string>{"quang-nam/kh-20.md"}));
  auto found = [&](bool in_force) {
    std::vector<std::string> args = {LEXQUERY_PATH,      "--index",  index, "search",
                                     "học tập tư tưởng", "--format", "json"};
    if (in_force) args.push_back("--in-force");
    Outcome run = Execute(args, Scratch());
    EXPECT_EQ(run.status, 0) << run.err;
    std::set<std::string> paths;
    Json answer = Json::parse(run.out);
    for (const Json& hit : answer["hits"]) paths.insert(hit["path"]);
    return paths;
  };
  EXPECT_EQ(found(false), (std::set<std::string>{"quang-nam/kh-14.md", "quang-nam/kh-20.md"}));
  EXPECT_EQ(found(true), (std::set<std::string>{"quang-nam/kh-20.md"}));
  Json plan = OnlyStatus("Kế hoạch 14/KH-UBND", index);
  EXPECT_EQ(plan["validity"]["state"], "replaced") << plan.dump(2);
}

}  // namespace
}  // namespace lexgraph::testing
