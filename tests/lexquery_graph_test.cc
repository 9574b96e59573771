// `lexquery graph` run as a user runs it, on an index of corpus/: each depth
// against a breadth-first walk made of `cites` and `show` answers, the
// graph's shape (each report once, every edge between nodes), the four
// formats, a cycle, and the exit statuses.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "graph_output.h"
#include "lexquery_fixture.h"
#include "test_support.h"

namespace lexgraph::testing {
namespace {

namespace fs = std::filesystem;

class LexqueryGraphTest : public LexqueryTest {
 protected:
  static Json Graph(const std::string& ref, int depth, std::vector<std::string> more = {}) {
    more.insert(more.begin(), {"graph", ref, "--depth", std::to_string(depth)});
    return QueryJson(more);
  }

  // Node id -> path, or identity for a root outside the corpus.
  static std::map<std::string, std::string> Names(const Json& graph) {
    std::map<std::string, std::string> names;
    for (const Json& n : graph["nodes"])
      names[n["id"]] =
          n["path"].is_null() ? n["identity"].get<std::string>() : n["path"].get<std::string>();
    return names;
  }

  // The paths of the report nodes at each depth.
  static std::map<int, std::set<std::string>> ReportsByDepth(const Json& graph) {
    std::map<int, std::set<std::string>> by_depth;
    for (const Json& n : graph["nodes"])
      if (n["kind"] == "report") by_depth[n["depth"].get<int>()].insert(n["path"]);
    return by_depth;
  }

  // The reports `show` says cite the report at `path`.
  static std::set<std::string> CitedBy(const std::string& path) {
    Json show = QueryJson({"show", path});
    std::set<std::string> citing;
    for (const Json& r : show["cited_by"]) citing.insert(r["path"].get<std::string>());
    return citing;
  }
};

// The reference: breadth first from what `cites` answers, each next depth
// the reports `show` lists as citing one of the depth before, not yet seen.
TEST_F(LexqueryGraphTest, EachDepthIsTheReportsCitingTheDepthBefore) {
  for (const char* ref : {"Kế hoạch 45-KH/TU", "Chỉ thị 05-CT/TW", "41/2019/QĐ-UBND"}) {
    constexpr int kDepth = 4;
    Json cites = CitesJson({ref});
    std::set<std::string> seen;  // the roots' own files are the roots
    for (const Json& a : cites["authorities"])
      if (!a["corpus_path"].is_null()) seen.insert(a["corpus_path"]);
    std::map<int, std::set<std::string>> expected;
    for (const std::string& p : Paths(cites))
      if (seen.insert(p).second) expected[1].insert(p);
    for (int depth = 2; depth <= kDepth; ++depth)
      for (const std::string& cited : expected[depth - 1])
        for (const std::string& citing : CitedBy(cited))
          if (seen.insert(citing).second) expected[depth].insert(citing);
    std::erase_if(expected, [](const auto& level) { return level.second.empty(); });

    Json graph = Graph(ref, kDepth);
    EXPECT_EQ(ReportsByDepth(graph), expected) << ref;
    EXPECT_EQ(graph["depth"], kDepth);
    EXPECT_EQ(graph["key"], cites["key"]);
    std::set<std::string> roots, cited_roots;
    for (const Json& n : graph["nodes"])
      if (n["kind"] == "authority") roots.insert(n["identity"]);
    for (const Json& a : cites["authorities"]) cited_roots.insert(a["identity"]);
    EXPECT_EQ(roots, cited_roots) << ref;
  }
  // Not vacuous: the plan of the Hà Tĩnh party committee is carried out by
  // the province's plan 312/KH-UBND, on which the home affairs department
  // reported in 2017 and 2021.
  std::map<int, std::set<std::string>> plan = ReportsByDepth(Graph("Kế hoạch 45-KH/TU", 3));
  EXPECT_TRUE(plan[1].contains("ha-tinh/ubnd-312-kh-2016.md"));
  EXPECT_TRUE(plan[2].contains("ha-tinh/snv-188-bc-2021.md"));
}

TEST_F(LexqueryGraphTest, DepthOneIsWhatCitesAnswers) {
  for (const char* ref :
       {"Chỉ thị 05-CT/TW", "Kế hoạch 45-KH/TU", "41/2019/QĐ-UBND", "Nghị định 04/2015/NĐ-CP"}) {
    Json graph = Graph(ref, 1);
    std::set<std::string> reports;
    for (const Json& n : graph["nodes"]) {
      EXPECT_LE(n["depth"].get<int>(), 1) << ref;
      if (n["kind"] == "report") reports.insert(n["path"]);
    }
    EXPECT_EQ(reports, Paths(CitesJson({ref}))) << ref;
    for (const Json& e : graph["edges"]) EXPECT_NE(e["to"].get<std::string>(), e["from"]) << ref;
  }
}

// Every edge is a citation `show` knows, between two nodes; every such
// citation is an edge, also into the last depth and back up.
TEST_F(LexqueryGraphTest, EdgesAreExactlyTheCitationsBetweenNodes) {
  for (int depth : {1, 2}) {
    Json graph = Graph("Kế hoạch 45-KH/TU", depth);
    std::map<std::string, std::string> names = Names(graph);
    std::set<std::string> paths;
    for (const auto& [id, name] : names) paths.insert(name);
    std::set<std::pair<std::string, std::string>> edges, expected;
    for (const Json& e : graph["edges"]) edges.insert({names[e["from"]], names[e["to"]]});
    for (const Json& n : graph["nodes"]) {
      if (n["path"].is_null()) continue;
      for (const std::string& citing : CitedBy(n["path"]))
        if (paths.contains(citing)) expected.insert({citing, n["path"]});
    }
    EXPECT_EQ(edges, expected) << depth;
    // The diamond: the 2017 report cites the party plan and the province's
    // plan both, so it has an edge to a node of its own depth.
    EXPECT_TRUE(edges.contains({"ha-tinh/snv-52-bc-2017.md", "ha-tinh/ubnd-312-kh-2016.md"}));
  }
}

TEST_F(LexqueryGraphTest, EachNodeOnceAndEveryEdgeBetweenNodes) {
  for (const char* ref : {"Chỉ thị 05-CT/TW", "41/2019/QĐ-UBND", "Kế hoạch 45-KH/TU"}) {
    Json graph = Graph(ref, 10);
    std::set<std::string> ids, names;
    int last_depth = 0;
    for (std::size_t i = 0; i < graph["nodes"].size(); ++i) {
      const Json& n = graph["nodes"][i];
      EXPECT_EQ(n["id"], "n" + std::to_string(i)) << ref;
      EXPECT_GE(n["depth"].get<int>(), last_depth) << ref << " " << n;  // by depth
      last_depth = n["depth"];
      EXPECT_EQ(n["kind"] == "authority", n["depth"] == 0) << ref << " " << n;
      ids.insert(n["id"]);
    }
    for (const auto& [id, name] : Names(graph))
      EXPECT_TRUE(names.insert(name).second) << ref << ": " << name << " twice";
    std::set<std::pair<std::string, std::string>> pairs;
    for (const Json& e : graph["edges"]) {
      EXPECT_TRUE(ids.contains(e["from"])) << ref << " " << e;
      EXPECT_TRUE(ids.contains(e["to"])) << ref << " " << e;
      EXPECT_TRUE(pairs.insert({e["from"].get<std::string>(), e["to"].get<std::string>()}).second)
          << ref << " " << e;
      EXPECT_FALSE(e["relations"].empty()) << e;
      EXPECT_GE(e["mentions"].get<std::size_t>(), e["relations"].size()) << e;
    }
    // Every report is reached from a node one depth shallower.
    for (const Json& n : graph["nodes"]) {
      if (n["kind"] != "report") continue;
      bool reached = false;
      for (const Json& e : graph["edges"])
        if (e["from"] == n["id"])
          for (const Json& m : graph["nodes"])
            if (m["id"] == e["to"] && m["depth"] == n["depth"].get<int>() - 1) reached = true;
      EXPECT_TRUE(reached) << ref << " " << n;
    }
  }
}

TEST_F(LexqueryGraphTest, ADeeperGraphHoldsTheShallowerOne) {
  for (const char* ref : {"Kế hoạch 45-KH/TU", "Chỉ thị 05-CT/TW", "41/2019/QĐ-UBND"}) {
    std::map<int, std::set<std::string>> previous;
    std::size_t previous_nodes = 0;
    for (int depth = 1; depth <= 4; ++depth) {
      Json graph = Graph(ref, depth);
      std::map<int, std::set<std::string>> by_depth = ReportsByDepth(graph);
      for (const auto& [d, reports] : previous) EXPECT_EQ(by_depth[d], reports) << ref << d;
      EXPECT_GE(graph["nodes"].size(), previous_nodes) << ref << depth;
      EXPECT_LE(by_depth.empty() ? 0 : by_depth.rbegin()->first, depth);
      previous = by_depth;
      previous_nodes = graph["nodes"].size();
    }
  }
  // The 2021 report cites the plan 312/KH-UBND, not 45-KH/TU itself.
  EXPECT_EQ(ReportsByDepth(Graph("Kế hoạch 45-KH/TU", 1)).size(), 1u);
  EXPECT_EQ(ReportsByDepth(Graph("Kế hoạch 45-KH/TU", 2)).size(), 2u);
}

TEST_F(LexqueryGraphTest, RelationFollowsOnlyThoseMentions) {
  Json all = Graph("Chỉ thị 05-CT/TW", 3);
  Json implements = Graph("Chỉ thị 05-CT/TW", 3, {"--relation", "thực hiện"});
  EXPECT_EQ(implements["relation"], "implements");
  EXPECT_EQ(Graph("Chỉ thị 05-CT/TW", 3, {"--relation", "implements"}), implements);
  ASSERT_FALSE(implements["edges"].empty());
  for (const Json& e : implements["edges"])
    EXPECT_EQ(e["relations"], Json::array({"implements"})) << e;
  EXPECT_EQ(ReportsByDepth(implements)[1],
            Paths(CitesJson({"Chỉ thị 05-CT/TW", "--relation", "implements"})));
  EXPECT_LT(implements["nodes"].size(), all["nodes"].size());
  std::set<std::string> every;
  for (const auto& [id, name] : Names(all)) every.insert(name);
  for (const auto& [id, name] : Names(implements)) EXPECT_TRUE(every.contains(name)) << name;
}

TEST_F(LexqueryGraphTest, TableIsATreeWithEachReportExpandedOnce) {
  Outcome run = Query({"graph", "Kế hoạch 45-KH/TU"});
  ASSERT_EQ(run.status, 0) << run.err;
  Json graph = Graph("Kế hoạch 45-KH/TU", 2);
  const Json& root = graph["nodes"][0];
  EXPECT_TRUE(
      run.out.starts_with(root["label"].get<std::string>() + " [ha-tinh/tu-45-kh-2016.md]\n"))
      << run.out;
  std::vector<std::string> lines = SplitLines(run.out);
  for (const Json& n : graph["nodes"]) {
    if (n["kind"] != "report") continue;
    std::string shown =
        " · " + n["label"].get<std::string>() + " [" + n["path"].get<std::string>() + "]";
    std::size_t expanded = 0, named = 0;
    for (const std::string& line : lines) {
      if (!line.ends_with(shown) && line.find(shown + " (see ") == std::string::npos) continue;
      EXPECT_TRUE(line.find("├─ ") != std::string::npos || line.find("└─ ") != std::string::npos)
          << line;
      (line.ends_with(shown) ? expanded : named) += 1;
    }
    EXPECT_EQ(expanded, 1u) << n["path"] << "\n" << run.out;
    std::size_t into = 0;
    for (const Json& e : graph["edges"]) into += e["from"] == n["id"];
    EXPECT_EQ(expanded + named, into) << n["path"] << "\n" << run.out;  // a line per edge
  }
  EXPECT_NE(run.out.find("\n├─ thực hiện · 312/KH-UBND · Kế hoạch · 15/08/2016 · "),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("(see above)"), std::string::npos) << run.out;  // the 2021 report
  EXPECT_NE(run.out.find(std::to_string(graph["nodes"].size() - 1) + " report(s), " +
                         std::to_string(graph["edges"].size()) + " citation link(s)"),
            std::string::npos)
      << run.out;
}

// The quoted strings of a DOT line, checking that each one closes.
std::vector<std::string> DotStrings(const std::string& line) {
  std::vector<std::string> strings;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '"') continue;
    std::string s;
    for (++i; i < line.size() && line[i] != '"'; ++i) {
      if (line[i] == '\\') s += line[i++];
      s += line[i];
    }
    EXPECT_LT(i, line.size()) << "unclosed string: " << line;
    strings.push_back(s);
  }
  return strings;
}

// A DOT string's text: \n a new line, \" and \\ themselves.
std::string Unescaped(const std::string& quoted) {
  std::string text;
  for (std::size_t i = 0; i < quoted.size(); ++i) {
    if (quoted[i] == '\\' && i + 1 < quoted.size()) {
      ++i;
      text += quoted[i] == 'n' ? '\n' : quoted[i];
    } else {
      text += quoted[i];
    }
  }
  return text;
}

TEST(DotString, QuotesAndEscapes) {
  struct Case {
    std::string text, dot;
  } cases[] = {
      {"Sở Nội vụ", "\"Sở Nội vụ\""},
      {"a \"b\"", "\"a \\\"b\\\"\""},
      {"C:\\x\\", "\"C:\\\\x\\\\\""},
      {"dòng 1\r\ndòng 2", "\"dòng 1\\ndòng 2\""},
      {"", "\"\""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DotString(c.text), c.dot) << c.text;
    std::vector<std::string> strings = DotStrings(c.dot);
    ASSERT_EQ(strings.size(), 1u) << c.dot;
    std::string back = c.text;
    std::erase(back, '\r');
    EXPECT_EQ(Unescaped(strings[0]), back) << c.dot;
  }
}

TEST_F(LexqueryGraphTest, DotIsADigraphWithANodePerNodeAndRelationLabels) {
  Json graph = Graph("Chỉ thị 05-CT/TW", 2);
  // Quotes and a backslash in what was typed end up in the graph's name.
  const std::string ref = "Chỉ thị \"05-CT/TW\" \\ Bộ Chính trị";
  Outcome run = Query({"graph", ref, "--format", "dot"});
  ASSERT_EQ(run.status, 0) << run.err;
  std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(),
            "digraph \"lexquery graph Chỉ thị \\\"05-CT/TW\\\" \\\\ Bộ Chính trị\" {");
  EXPECT_EQ(lines.back(), "}");
  std::size_t nodes = 0, edges = 0;
  for (const std::string& line : lines) {
    std::vector<std::string> strings = DotStrings(line);
    bool statement = line.starts_with("  n") && line.size() > 3 && std::isdigit(line[3]);
    if (statement && line.find(" -> ") != std::string::npos) {
      ++edges;
      ASSERT_EQ(strings.size(), 1u) << line;
      EXPECT_TRUE(strings[0].find("trích dẫn") != std::string::npos ||
                  strings[0].find("thực hiện") != std::string::npos ||
                  strings[0].find("căn cứ") != std::string::npos)
          << line;
    } else if (statement) {
      EXPECT_EQ(line.substr(2, line.find(' ', 2) - 2), "n" + std::to_string(nodes)) << line;
      ++nodes;
      ASSERT_FALSE(strings.empty()) << line;
      const Json& node = graph["nodes"][nodes - 1];
      std::string label = Unescaped(strings[0]);
      if (node["kind"] == "authority") {
        EXPECT_TRUE(label.starts_with(node["label"].get<std::string>())) << line;
      }
      if (!node["path"].is_null()) {
        EXPECT_TRUE(label.ends_with("\n" + node["path"].get<std::string>())) << line;
      }
    }
  }
  EXPECT_EQ(nodes, graph["nodes"].size());
  EXPECT_EQ(edges, graph["edges"].size());
  EXPECT_NE(run.out.find("n0 [label=\"Chỉ thị 05-CT/TW của Bộ Chính trị, ngày 15/05/2016\""),
            std::string::npos)
      << run.out;
}

TEST_F(LexqueryGraphTest, GraphvizReadsTheDot) {
  if (!fs::exists("/usr/bin/dot")) GTEST_SKIP() << "Graphviz is not installed";
  Outcome run = Query({"graph", "Chỉ thị \"05-CT/TW\" \\ x", "--depth", "3", "--format", "dot"});
  ASSERT_EQ(run.status, 0) << run.err;
  fs::path file = Scratch() / "graph.dot";
  WriteFile(file, run.out);
  Outcome canon = Execute({"/usr/bin/dot", "-Tcanon", file.string()}, Scratch());
  EXPECT_EQ(canon.status, 0) << canon.err;
  EXPECT_TRUE(canon.err.empty()) << canon.err;                // no warning either
  EXPECT_NE(canon.out.find("thực hiện"), std::string::npos);  // UTF-8 kept
}

TEST_F(LexqueryGraphTest, CsvHasAByteOrderMarkAndARowPerEdge) {
  Json graph = Graph("41/2019/QĐ-UBND", 3);
  Outcome run = Query({"graph", "41/2019/QĐ-UBND", "--depth", "3", "--format", "csv"});
  ASSERT_EQ(run.status, 0) << run.err;
  ASSERT_TRUE(
      run.out.starts_with("\xEF\xBB\xBF"
                          "citing_node,citing_depth,citing_path,"))
      << run.out;
  std::vector<std::string> lines = SplitLines(run.out);
  ASSERT_EQ(lines.size(), graph["edges"].size() + 1);
  std::map<std::string, std::string> names = Names(graph);
  for (std::size_t i = 0; i < graph["edges"].size(); ++i) {
    const Json& e = graph["edges"][i];
    EXPECT_TRUE(lines[i + 1].starts_with(e["from"].get<std::string>() + ",")) << lines[i + 1];
    EXPECT_NE(lines[i + 1].find("," + names[e["from"]] + ","), std::string::npos) << lines[i + 1];
    EXPECT_TRUE(lines[i + 1].ends_with("\r")) << lines[i + 1];  // CRLF
  }
}

// A corpus made for the walk: two plans of a department that each follow
// the other (a cycle), a report on the first, a report on that report, and
// one on the latter: depths 1, 1, 2, 3 from the first plan.
TEST_F(LexqueryGraphTest, ACycleEndsAndTheDepthCutsTheChain) {
  fs::path corpus = Scratch() / "chain-corpus" / "quang-tri";
  fs::create_directories(corpus);
  auto report = [&](const std::string& file, const std::string& number, const std::string& kind,
                    const std::string& cites) {
    WriteFile(corpus / file,
              "UBND TỈNH QUẢNG TRỊ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "SỞ KHOA HỌC VÀ CÔNG NGHỆ Độc lập - Tự do - Hạnh phúc\n\n"
              "Số: " +
                  number + " Quảng Trị, ngày 10 tháng 3 năm 2022\n\n" + kind +
                  "\nVề việc thử nghiệm\n\nThực hiện " + cites +
                  " ngày 10/3/2022 của Sở Khoa học và Công nghệ, Sở báo cáo như sau.\n");
  };
  report("a.md", "10/KH-SKHCN", "KẾ HOẠCH", "Kế hoạch số 20/KH-SKHCN");
  report("b.md", "20/KH-SKHCN", "KẾ HOẠCH", "Kế hoạch số 10/KH-SKHCN");
  report("c.md", "30/BC-SKHCN", "BÁO CÁO", "Kế hoạch số 10/KH-SKHCN");
  report("d.md", "40/BC-SKHCN", "BÁO CÁO", "Báo cáo số 30/BC-SKHCN");
  report("e.md", "50/BC-SKHCN", "BÁO CÁO", "Báo cáo số 40/BC-SKHCN");
  std::string index = (Scratch() / "chain-index").string();
  Outcome build = Execute(
      {LEXINDEX_PATH, "build", (Scratch() / "chain-corpus").string(), "--index", index, "--quiet"},
      Scratch());
  ASSERT_EQ(build.status, 0) << build.err;
  auto graph_of = [&](int depth) {
    Outcome run = Execute({LEXQUERY_PATH, "--index", index, "graph", "10/KH-SKHCN", "--depth",
                           std::to_string(depth), "--format", "json"},
                          Scratch());
    EXPECT_EQ(run.status, 0) << run.err;
    return Json::parse(run.out);
  };
  using Edges = std::set<std::pair<std::string, std::string>>;
  auto edges_of = [](const Json& graph) {
    std::map<std::string, std::string> names = Names(graph);
    Edges edges;
    for (const Json& e : graph["edges"]) edges.insert({names[e["from"]], names[e["to"]]});
    return edges;
  };

  Json deep = graph_of(10);
  ASSERT_EQ(deep["nodes"].size(), 5u) << deep;  // the root is a.md itself
  EXPECT_EQ(deep["nodes"][0]["path"], "quang-tri/a.md");
  EXPECT_EQ(ReportsByDepth(deep),
            (std::map<int, std::set<std::string>>{{1, {"quang-tri/b.md", "quang-tri/c.md"}},
                                                  {2, {"quang-tri/d.md"}},
                                                  {3, {"quang-tri/e.md"}}}));
  EXPECT_EQ(edges_of(deep), (Edges{{"quang-tri/b.md", "quang-tri/a.md"},
                                   {"quang-tri/c.md", "quang-tri/a.md"},
                                   {"quang-tri/a.md", "quang-tri/b.md"},
                                   {"quang-tri/d.md", "quang-tri/c.md"},
                                   {"quang-tri/e.md", "quang-tri/d.md"}}));
  Json two = graph_of(2);
  EXPECT_EQ(ReportsByDepth(two),
            (std::map<int, std::set<std::string>>{{1, {"quang-tri/b.md", "quang-tri/c.md"}},
                                                  {2, {"quang-tri/d.md"}}}));
  EXPECT_EQ(edges_of(two).size(), 4u);  // all but e.md's
  // At depth 1 the first plan still cites the second, a node of the last depth.
  EXPECT_EQ(edges_of(graph_of(1)), (Edges{{"quang-tri/b.md", "quang-tri/a.md"},
                                          {"quang-tri/c.md", "quang-tri/a.md"},
                                          {"quang-tri/a.md", "quang-tri/b.md"}}));

  Outcome table = Execute({LEXQUERY_PATH, "--index", index, "graph", "10/KH-SKHCN"}, Scratch());
  EXPECT_NE(table.out.find("[quang-tri/a.md] (see above)"), std::string::npos) << table.out;
}

TEST_F(LexqueryGraphTest, ExitStatusSaysWhatHappened) {
  Outcome none = Query({"graph", "Chỉ thị 99-CT/TW"});
  EXPECT_EQ(none.status, 1);
  EXPECT_NE(none.err.find("no report in the index cites 99-CT/TW"), std::string::npos) << none.err;
  Outcome none_json = Query({"graph", "Chỉ thị 99-CT/TW", "--format", "json"});
  EXPECT_EQ(none_json.status, 1);
  EXPECT_TRUE(Json::parse(none_json.out)["nodes"].empty());
  // A relation nobody cites 05-CT/TW with: as `cites` says.
  EXPECT_EQ(Query({"graph", "Chỉ thị 05-CT/TW", "--relation", "repeals"}).status,
            Cites({"Chỉ thị 05-CT/TW", "--relation", "repeals"}).status);

  Outcome unparseable = Query({"graph", "hello"});
  EXPECT_EQ(unparseable.status, 2);
  EXPECT_EQ(unparseable.err, Cites({"hello"}).err);  // the parser's message
  for (const char* depth : {"0", "11", "-1", "hai"})
    EXPECT_EQ(Query({"graph", "05-CT/TW", "--depth", depth}).status, 2) << depth;
  EXPECT_EQ(Query({"graph", "05-CT/TW", "--format", "xml"}).status, 2);
  EXPECT_EQ(Query({"graph", "05-CT/TW", "--relation", "likes"}).status, 2);
  Outcome missing = Execute(
      {LEXQUERY_PATH, "--index", (Scratch() / "nowhere").string(), "graph", "05-CT/TW"}, Scratch());
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("no index in"), std::string::npos) << missing.err;

  Outcome help = Query({"graph", "--help"});
  EXPECT_EQ(help.status, 0);
  EXPECT_NE(help.out.find("Examples:"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--depth"), std::string::npos);
  EXPECT_NE(help.out.find("dot"), std::string::npos);
}

}  // namespace
}  // namespace lexgraph::testing
