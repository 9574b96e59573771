// Scores the stated relations (docs/stated_relations.md) against
// tests/fixtures/stated_relations/stated.tsv: sentences written in the style
// of reports, letters and decisions and taken from corpus/ and the real
// documents, each statement labelled by reading it, never from extractor
// output; a third of them state nothing (the citing document's own acts,
// drafts, proposals, plans, negations, plain citations). Prints precision
// and recall and every miss, and holds both above the level reached; then
// a few focused cases and the JSON form.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "lexgraph/citation_extractor.h"
#include "lexgraph/extraction.h"
#include "lexgraph/extraction_json.h"
#include "test_support.h"

namespace lexgraph {
namespace {

struct Row {
  std::string sentence, subject, relation, object, effective, source;
};

std::string Unescape(const std::string& field) {
  std::string out;
  for (std::size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 1 < field.size() && field[i + 1] == 'n') {
      out += '\n';
      ++i;
    } else {
      out += field[i];
    }
  }
  return out;
}

std::vector<Row> ReadRows() {
  std::ifstream in(std::string(LEXGRAPH_SOURCE_DIR) +
                   "/tests/fixtures/stated_relations/stated.tsv");
  std::vector<Row> rows;
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    std::vector<std::string> f;
    std::size_t start = 0;
    for (std::size_t tab; (tab = line.find('\t', start)) != std::string::npos; start = tab + 1)
      f.push_back(line.substr(start, tab - start));
    f.push_back(line.substr(start));
    if (f.size() < 6) continue;
    rows.push_back({Unescape(f[0]), f[1], f[2], f[3], f[4], f[5]});
  }
  return rows;
}

// The index of the citation whose span holds the `occurrence`-th
// occurrence of `mention` ("Luật Thi đua#2"); nullopt when none does.
std::optional<std::size_t> CitationAt(const std::string& sentence, const Extraction& e,
                                      std::string mention) {
  int occurrence = 1;
  if (auto hash = mention.rfind('#'); hash != std::string::npos) {
    occurrence = std::stoi(mention.substr(hash + 1));
    mention.resize(hash);
  }
  std::size_t at = std::string::npos;
  for (int k = 0; k < occurrence; ++k)
    at = sentence.find(mention, at == std::string::npos ? 0 : at + 1);
  if (at == std::string::npos) return std::nullopt;
  for (std::size_t i = 0; i < e.citations.size(); ++i)
    if (e.citations[i].begin < at + mention.size() && at < e.citations[i].end) return i;
  return std::nullopt;
}

std::string Show(const Extraction& e, const StatedRelation& r) {
  auto name = [&](std::size_t i) {
    const Citation& c = e.citations[i];
    return c.symbol ? *c.symbol : c.name.value_or("?");
  };
  return (r.subject ? name(*r.subject) : std::string("-")) + " " +
         std::string(RelationName(r.relation)) + " " + name(r.object) + " " +
         r.effective.value_or("-");
}

TEST(StatedRelations, LabelledSentences) {
  std::vector<Row> rows = ReadRows();
  std::map<std::string, std::vector<const Row*>> by_sentence;
  std::vector<std::string> order;
  for (const Row& row : rows) {
    if (!by_sentence.contains(row.sentence)) order.push_back(row.sentence);
    by_sentence[row.sentence].push_back(&row);
  }
  ASSERT_GE(order.size(), 80u) << "the set should hold 80+ labelled sentences";
  int negatives = 0;
  for (const auto& [sentence, labelled] : by_sentence) negatives += labelled[0]->relation == "none";
  ASSERT_GE(negatives, 30) << "the set should hold 30+ sentences that state nothing";

  int tp = 0, fp = 0, fn = 0;
  std::map<std::string, std::pair<int, int>> by_source;  // group -> sentences right, sentences
  std::string misses;
  for (const std::string& sentence : order) {
    Extraction e = testing::ExtractText(sentence);
    std::vector<bool> matched(e.stated_relations.size(), false);
    int sentence_misses = 0;
    std::string source = by_sentence[sentence][0]->source;
    for (const Row* row : by_sentence[sentence]) {
      if (row->relation == "none") continue;
      std::optional<std::size_t> object = CitationAt(sentence, e, row->object);
      std::optional<std::size_t> subject;
      if (row->subject != "-") subject = CitationAt(sentence, e, row->subject);
      bool found = false;
      for (std::size_t k = 0; k < e.stated_relations.size() && object; ++k) {
        const StatedRelation& r = e.stated_relations[k];
        if (matched[k] || r.object != *object || RelationName(r.relation) != row->relation)
          continue;
        if ((row->subject == "-") != !r.subject) continue;
        if (r.subject && r.subject != subject) continue;
        if (r.effective.value_or("-") != row->effective) continue;
        matched[k] = found = true;
        break;
      }
      if (found) {
        ++tp;
      } else {
        ++fn;
        ++sentence_misses;
        misses += "  missed: " + row->subject + " " + row->relation + " " + row->object + " " +
                  row->effective + " [" + row->source + "]\n";
      }
    }
    for (std::size_t k = 0; k < e.stated_relations.size(); ++k) {
      if (matched[k]) continue;
      ++fp;
      ++sentence_misses;
      misses += "  extra: " + Show(e, e.stated_relations[k]) + " [" + source + "]\n";
    }
    if (sentence_misses) misses += "      " + sentence + "\n";
    std::string group = source.substr(0, source.find(':'));
    by_source[group].first += sentence_misses == 0;
    by_source[group].second += 1;
  }
  double precision = tp + fp ? double(tp) / (tp + fp) : 1.0;
  double recall = tp + fn ? double(tp) / (tp + fn) : 1.0;
  std::printf("stated relations: %zu sentences (%d stating nothing), %d statements labelled\n",
              order.size(), negatives, tp + fn);
  std::printf("  found right %d, extra %d, missed %d: precision %.3f, recall %.3f\n", tp, fp, fn,
              precision, recall);
  for (const auto& [group, counts] : by_source)
    std::printf("  from %s: %d/%d sentences wholly right\n", group.c_str(), counts.first,
                counts.second);
  std::printf("%s", misses.c_str());
  // Reached: 118 of 119 found, none extra (the miss, anaphora, is in the
  // fixture's README). The bars allow no further slip.
  EXPECT_GE(precision, 1.0);
  EXPECT_GE(recall, 0.99);
}

const StatedRelation* Only(const Extraction& e) {
  EXPECT_EQ(e.stated_relations.size(), 1u) << testing::Describe(e);
  return e.stated_relations.size() == 1 ? &e.stated_relations[0] : nullptr;
}

std::string SymbolOf(const Extraction& e, std::size_t i) {
  return i < e.citations.size() ? e.citations[i].symbol.value_or("") : "";
}

TEST(StatedRelations, ListObjectGivesOneRecordEach) {
  Extraction e = testing::ExtractText(
      "Nghị định số 138/2020/NĐ-CP thay thế Nghị định số 24/2010/NĐ-CP và Nghị định số "
      "161/2018/NĐ-CP.");
  ASSERT_EQ(e.stated_relations.size(), 2u) << testing::Describe(e);
  for (const StatedRelation& r : e.stated_relations) {
    ASSERT_TRUE(r.subject);
    EXPECT_EQ(SymbolOf(e, *r.subject), "138/2020/NĐ-CP");
    EXPECT_EQ(r.relation, Relation::kReplaces);
  }
  EXPECT_EQ(SymbolOf(e, e.stated_relations[0].object), "24/2010/NĐ-CP");
  EXPECT_EQ(SymbolOf(e, e.stated_relations[1].object), "161/2018/NĐ-CP");
  // Both mentions of the statement only cite: the replacing is the decree's.
  for (const Citation& c : e.citations) EXPECT_EQ(c.relation, Relation::kCites) << c.text;
}

TEST(StatedRelations, PassiveWithAgent) {
  Extraction e = testing::ExtractText(
      "Thực hiện Thông tư 80/2021/TT-BTC (đã được sửa đổi, bổ sung bởi Thông tư "
      "13/2023/TT-BTC), Chi cục Thuế đã hướng dẫn người nộp thuế.");
  const StatedRelation* r = Only(e);
  ASSERT_TRUE(r);
  ASSERT_TRUE(r->subject);
  EXPECT_EQ(SymbolOf(e, *r->subject), "13/2023/TT-BTC");
  EXPECT_EQ(SymbolOf(e, r->object), "80/2021/TT-BTC");
  EXPECT_EQ(r->relation, Relation::kAmends);
  EXPECT_FALSE(r->effective);
}

// A report's lead-in over a list: one record per item, no subject, the
// lead-in's date; the documents inside an item's title are not listed.
TEST(StatedRelations, ListUnderALeadIn) {
  const std::string text =
      "II. KẾT QUẢ RÀ SOÁT\n\nTừ ngày 15/3/2023, các văn bản sau đây không còn hiệu lực:\n"
      "a) Quyết định số 19/2016/QĐ-UBND ngày 04/5/2016 của UBND tỉnh ban hành Quy định kèm\n"
      "theo Quyết định số 02/2010/QĐ-UBND;\n"
      "b) Chỉ thị số 07/CT-UBND ngày 11/8/2017 của UBND tỉnh.\n\n"
      "Sở tiếp tục rà soát.\n";
  Extraction e = testing::ExtractText(text);
  ASSERT_EQ(e.stated_relations.size(), 2u) << testing::Describe(e);
  std::vector<std::string> objects;
  for (const StatedRelation& r : e.stated_relations) {
    EXPECT_FALSE(r.subject);
    EXPECT_EQ(r.relation, Relation::kRepeals);
    EXPECT_EQ(r.effective, "2023-03-15");
    EXPECT_EQ(text.substr(r.begin, r.end - r.begin), r.text);
    EXPECT_TRUE(r.text.starts_with("Từ ngày 15/3/2023")) << r.text;
    objects.push_back(SymbolOf(e, r.object));
  }
  EXPECT_EQ(objects, (std::vector<std::string>{"19/2016/QĐ-UBND", "07/CT-UBND"}));
  // The citing decision's own lead-in states nothing.
  EXPECT_TRUE(testing::ExtractText("Các văn bản sau đây hết hiệu lực kể từ ngày Quyết định "
                                   "này có hiệu lực:\n1. Quyết định số 19/2016/QĐ-UBND;\n"
                                   "2. Chỉ thị số 07/CT-UBND.\n")
                  .stated_relations.empty());
}

TEST(StatedRelations, NoSubjectAndEffectiveDate) {
  const std::string text =
      "Báo cáo cho biết Chỉ thị số 03/2015/CT-UBND ngày 10/3/2015 hết hiệu lực thi hành kể từ "
      "ngày 01/7/2021.";
  Extraction e = testing::ExtractText(text);
  const StatedRelation* r = Only(e);
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->subject);
  EXPECT_EQ(r->relation, Relation::kRepeals);
  EXPECT_EQ(SymbolOf(e, r->object), "03/2015/CT-UBND");
  // The date from which it applies, not the directive's signing date.
  EXPECT_EQ(r->effective, "2021-07-01");
  // The span holds the statement and is exactly its bytes.
  EXPECT_LE(r->begin, e.citations[r->object].begin);
  EXPECT_GE(r->end, e.citations[r->object].end);
  EXPECT_EQ(text.substr(r->begin, r->end - r->begin), r->text);
  EXPECT_NE(r->text.find("01/7/2021"), std::string::npos) << r->text;
}

void ExpectNoStatement(std::initializer_list<const char*> texts) {
  for (const char* text : texts)
    EXPECT_TRUE(testing::ExtractText(text).stated_relations.empty()) << text;
}

TEST(StatedRelations, WhatTheDocumentDoesItselfIsNoStatement) {
  ExpectNoStatement({
      "Quyết định này thay thế Quyết định số 27/2014/QĐ-UBND ngày 10/9/2014 của UBND tỉnh.",
      "Bãi bỏ Quyết định số 12/2016/QĐ-UBND ngày 05/4/2016 của UBND tỉnh.",
      "Quyết định số 5/2014/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực.",
      "Quyết định số 12/2016/QĐ-UBND được thay thế bằng Quyết định này.",
  });
}

TEST(StatedRelations, DraftsProposalsPlansAndNegationsAreNoStatement) {
  ExpectNoStatement({
      "Sở Tư pháp đang xây dựng dự thảo Quyết định thay thế Quyết định số 24/2019/QĐ-UBND.",
      "Sở Nội vụ đề nghị UBND tỉnh bãi bỏ Quyết định số 12/2016/QĐ-UBND.",
      "Nghị định số 15/2022/NĐ-CP sẽ thay thế Nghị định số 34/2013/NĐ-CP.",
      "Quyết định số 41/2019/QĐ-UBND chưa được sửa đổi, bổ sung.",
      "Nghị định số 138/2020/NĐ-CP không thay thế Nghị định số 161/2018/NĐ-CP.",
  });
}

TEST(StatedRelations, JsonForm) {
  const std::string text =
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
      "Quyết định số 12/2016/QĐ-UBND đã được thay thế bằng Quyết định số 30/2021/QĐ-UBND từ "
      "ngày 01/8/2021; Quyết định số 5/2014/QĐ-UBND đã hết hiệu lực.\n";
  Extraction e = testing::ExtractText(text);
  nlohmann::ordered_json line = nlohmann::ordered_json::parse(ExtractionToJsonLine("a.txt", e));
  // Added after "citations"; the fields before it are unchanged.
  std::vector<std::string> keys;
  for (const auto& [key, value] : line.items()) keys.push_back(key);
  EXPECT_EQ(keys, (std::vector<std::string>{"path", "document", "citations", "stated_relations"}));
  const auto& citations = line["citations"];
  const auto& stated = line["stated_relations"];
  ASSERT_EQ(stated.size(), 2u) << stated.dump();
  auto symbol = [&](const nlohmann::ordered_json& index) {
    return citations[index.get<std::size_t>()]["symbol"].get<std::string>();
  };
  const auto& first = stated[0];
  std::vector<std::string> fields;
  for (const auto& [key, value] : first.items()) fields.push_back(key);
  EXPECT_EQ(fields, (std::vector<std::string>{"subject", "relation", "object", "effective", "span",
                                              "text"}));
  EXPECT_EQ(symbol(first["subject"]), "30/2021/QĐ-UBND");
  EXPECT_EQ(first["relation"], "replaces");
  EXPECT_EQ(symbol(first["object"]), "12/2016/QĐ-UBND");
  EXPECT_EQ(first["effective"], "2021-08-01");
  std::size_t b = first["span"][0], end = first["span"][1];
  EXPECT_EQ(text.substr(b, end - b), first["text"].get<std::string>());
  const auto& second = stated[1];
  EXPECT_TRUE(second["subject"].is_null());
  EXPECT_EQ(second["relation"], "repeals");
  EXPECT_EQ(symbol(second["object"]), "5/2014/QĐ-UBND");
  EXPECT_TRUE(second["effective"].is_null());
  // A text that states nothing has an empty array, not a missing field.
  nlohmann::json none = nlohmann::json::parse(
      ExtractionToJsonLine("b.txt", testing::ExtractText("Căn cứ Nghị định số 30/2020/NĐ-CP;")));
  EXPECT_EQ(none["stated_relations"], nlohmann::json::array());
}

}  // namespace
}  // namespace lexgraph
