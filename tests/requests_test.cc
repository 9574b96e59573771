// requests.h: each question's one check, and the one sentence per mistake
// that the CLI and the web API each say in their own syntax.
#include "requests.h"

#include <gtest/gtest.h>

#include <string>

namespace lexgraph {
namespace {

std::string AsOption(const std::string& field) {
  if (field == "ref" || field == "query") return "";
  std::string option = "--" + field;
  for (char& c : option)
    if (c == '_') c = '-';
  return option;
}

template <typename T>
RequestError ErrorOf(const Checked<T>& checked) {
  const RequestError* error = std::get_if<RequestError>(&checked);
  EXPECT_NE(error, nullptr) << "the check accepted it";
  return error ? *error : RequestError{};
}

TEST(CheckCites, TypesWhatWasTyped) {
  CitesAsked asked;
  asked.ref = "chi thi 5-ct/tw";
  asked.relation = "thực hiện";
  asked.from = "2019";
  asked.to = "31/12/2020";
  asked.in_force = true;
  Checked<CitesRequest> checked = CheckCites(asked);
  ASSERT_TRUE(std::holds_alternative<CitesRequest>(checked)) << ErrorOf(checked).message;
  const CitesRequest& r = std::get<CitesRequest>(checked);
  EXPECT_EQ(r.reference.key, "sym:5-ct/tw");
  EXPECT_EQ(r.filter.relation, Relation::kImplements);
  EXPECT_EQ(r.filter.from, "2019-01-01");
  EXPECT_EQ(r.filter.to, "2020-12-31");
  EXPECT_TRUE(r.filter.in_force);
}

TEST(CheckCites, ImplementingAsksForImplementsAndABoundedChain) {
  CitesAsked asked;
  asked.ref = "Chỉ thị 05-CT/TW";
  asked.implementing = true;
  Checked<CitesRequest> checked = CheckCites(asked);
  ASSERT_TRUE(std::holds_alternative<CitesRequest>(checked));
  EXPECT_EQ(std::get<CitesRequest>(checked).filter.relation, Relation::kImplements);

  asked.relation = "basis";
  RequestError clash = ErrorOf(CheckCites(asked));
  EXPECT_EQ(clash.field, "relation");
  EXPECT_EQ(clash.Sentence(AsOption, " "),
            "--relation cannot be basis with --implementing, which lists the reports "
            "implementing the document");

  asked.relation.clear();
  asked.chain_depth = 11;
  EXPECT_EQ(ErrorOf(CheckCites(asked)).Sentence(AsOption, " "),
            "--chain-depth counts the links of a chain: 1 to 10");
}

// The same mistake reads the same from both clients, each naming the
// field its own way.
TEST(RequestError, OneSentenceInEachClientsSyntax) {
  CitesAsked asked;
  asked.ref = "Chỉ thị 05-CT/TW";
  asked.from = "2019-13";
  RequestError error = ErrorOf(CheckCites(asked));
  EXPECT_EQ(error.field, "from");
  std::string cli = error.Sentence(AsOption, " ");
  std::string api = error.Sentence([](const std::string& f) { return f; }, ": ");
  EXPECT_EQ(cli.rfind("--from 2019-13: not a date", 0), 0u) << cli;
  EXPECT_EQ(api.rfind("from: 2019-13: not a date", 0), 0u) << api;
  EXPECT_EQ(cli.substr(cli.find(' ')), api.substr(api.find(' ')));
}

TEST(CheckSearch, RefusesARelationWithoutTheDocumentAndAnEmptyQuery) {
  SearchAsked asked;
  asked.query = "thuế";
  asked.relation = "implements";
  EXPECT_EQ(ErrorOf(CheckSearch(asked)).Sentence(AsOption, " "),
            "--relation says how a report cites --cites: give --cites too");
  asked.cites = "Chỉ thị 05-CT/TW";
  Checked<CheckedSearch> ok = CheckSearch(asked);
  ASSERT_TRUE(std::holds_alternative<CheckedSearch>(ok));
  EXPECT_TRUE(std::get<CheckedSearch>(ok).request.cites.has_value());

  SearchAsked empty;
  empty.query = "...";
  RequestError error = ErrorOf(CheckSearch(empty));
  EXPECT_EQ(error.field, "query");
  EXPECT_EQ(error.Sentence(AsOption, " ").rfind("the query holds no word", 0), 0u);
}

TEST(CheckSearch, ReadsTheQueryAsNfc) {
  SearchAsked asked;
  asked.query =
      "ho\xCC\x80"
      "a";  // "hòa" with a combining grave accent
  Checked<CheckedSearch> checked = CheckSearch(asked);
  ASSERT_TRUE(std::holds_alternative<CheckedSearch>(checked));
  EXPECT_EQ(std::get<CheckedSearch>(checked).typed, "hòa");
}

TEST(CheckCoverage, ExpectNeedsTheIssuerTable) {
  CoverageAsked asked;
  asked.ref = "Chỉ thị 05-CT/TW";
  asked.by = "year";
  Checked<CoverageRequest> by_year = CheckCoverage(asked);
  ASSERT_TRUE(std::holds_alternative<CoverageRequest>(by_year));
  EXPECT_EQ(std::get<CoverageRequest>(by_year).by, CoverageBy::kYear);
  asked.expect = true;
  EXPECT_EQ(ErrorOf(CheckCoverage(asked)).Sentence(AsOption, " "),
            "--expect lists issuing bodies: use it with --by issuer");
  asked.by = "month";
  EXPECT_EQ(ErrorOf(CheckCoverage(asked)).field, "by");
}

TEST(CheckGraph, BoundsTheDepth) {
  GraphAsked asked;
  asked.ref = "Kế hoạch 45-KH/TU";
  asked.depth = 0;
  EXPECT_EQ(ErrorOf(CheckGraph(asked)).field, "depth");
  asked.depth = kMaxGraphDepth;
  EXPECT_TRUE(std::holds_alternative<GraphRequest>(CheckGraph(asked)));
}

TEST(CheckStatus, NeedsADocument) {
  EXPECT_EQ(ErrorOf(CheckStatus({"  "})).field, "ref");
  EXPECT_EQ(ErrorOf(CheckStatus({"xin chào"})).field, "ref");
  Checked<StatusRequest> ok = CheckStatus({"Thông tư 95/2016/TT-BTC"});
  ASSERT_TRUE(std::holds_alternative<StatusRequest>(ok));
  EXPECT_EQ(std::get<StatusRequest>(ok).typed, "Thông tư 95/2016/TT-BTC");
}

}  // namespace
}  // namespace lexgraph
