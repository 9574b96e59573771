// `lexquery serve` on an index of corpus/: the server runs in-process on a
// free loopback port and is asked over HTTP (httplib::Client) as a browser
// would; its answers are checked against the command line's JSON for the
// same question, and its refusals against what the API promises
// (query/web_api.h, query/web_server.h). The command itself is run once as
// a process, for its stderr line and for SIGTERM and SIGINT.
#include <fcntl.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "lexgraph/index_reader.h"
#include "lexquery_fixture.h"
#include "sign_in.h"
#include "test_support.h"
#include "user_file.h"
#include "web_api.h"
#include "web_assets.h"
#include "web_server.h"

extern char** environ;

namespace lexgraph::testing {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// GET path?params from the server at 127.0.0.1:port.
httplib::Result GetFrom(int port, const std::string& path, const httplib::Params& params = {},
                        const httplib::Headers& headers = {}) {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(60, 0);
  return client.Get(path, params, headers);
}

// A WebServer serving on a free port of 127.0.0.1, on its own thread,
// until destroyed.
class RunningServer {
 public:
  explicit RunningServer(const std::string& index) : RunningServer(Options(index)) {}
  explicit RunningServer(WebServer::Options options) : server_(std::move(options)) {
    std::string error;
    bound_ = server_.Bind(error);
    EXPECT_TRUE(bound_) << error;
    if (bound_) thread_ = std::thread([this] { server_.Serve(); });
  }
  ~RunningServer() {
    if (!bound_) return;
    server_.Stop();
    thread_.join();
  }
  int port() const { return server_.port(); }

  static WebServer::Options Options(const std::string& index) {
    WebServer::Options options;  // the defaults, but for the port
    options.index = index;
    options.port = 0;
    return options;
  }

 private:
  WebServer server_;
  bool bound_ = false;
  std::thread thread_;
};

class LexqueryServeTest : public LexqueryTest {
 protected:
  static void SetUpTestSuite() {
    LexqueryTest::SetUpTestSuite();
    server_ = new RunningServer(Index());
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    LexqueryTest::TearDownTestSuite();
  }

  // GET path?params from the suite's server.
  static httplib::Result Get(const std::string& path, const httplib::Params& params = {},
                             const httplib::Headers& headers = {}) {
    return GetFrom(server_->port(), path, params, headers);
  }
  // The JSON of a GET that must answer 200 in JSON.
  static Json GetJson(const std::string& path, const httplib::Params& params) {
    httplib::Result res = Get(path, params);
    if (!res) {
      ADD_FAILURE() << path << ": no answer: " << httplib::to_string(res.error());
      return Json();
    }
    EXPECT_EQ(res->status, 200) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
    return Json::parse(res->body);
  }

  static RunningServer* server_;
};

RunningServer* LexqueryServeTest::server_ = nullptr;

std::set<std::string> ReportPaths(const Json& answer) {
  std::set<std::string> paths;
  if (!answer.contains("authorities")) return paths;
  for (const Json& a : answer["authorities"])
    for (const Json& r : a["reports"]) paths.insert(r["path"].get<std::string>());
  return paths;
}

std::size_t FacetTotal(const Json& facet) {
  std::size_t total = 0;
  for (const Json& f : facet) total += f["count"].get<std::size_t>();
  return total;
}

// White space runs as one space, as the index's sentences hold them.
std::string Collapsed(const std::string& text) {
  return std::regex_replace(text, std::regex("\\s+"), " ");
}

TEST_F(LexqueryServeTest, AReferenceQueryListsTheReportsCitingItWithFacets) {
  Json answer = GetJson("/api/query", {{"q", "chi thi 05-ct/tw"}});
  EXPECT_EQ(answer["kind"], "cites");
  EXPECT_EQ(answer["key"], "sym:5-ct/tw");
  std::set<std::string> paths = ReportPaths(answer);
  EXPECT_TRUE(paths.count("quang-tri/skhcn-174-bc-2020.md")) << answer.dump(1);
  EXPECT_EQ(paths, ScannedPaths("chi thi 05-ct/tw"));
  EXPECT_EQ(answer["reports"], paths.size());
  for (const char* facet : {"type", "issuer", "year"})
    EXPECT_EQ(FacetTotal(answer["facets"][facet]), paths.size()) << facet;
}

TEST_F(LexqueryServeTest, FiltersNarrowTheAnswerToWhatTheFacetCounted) {
  Json all = GetJson("/api/query", {{"q", "Chỉ thị 05-CT/TW"}});
  ASSERT_FALSE(all["facets"]["type"].empty());
  const Json& type = all["facets"]["type"][0];  // the most frequent
  Json typed = GetJson("/api/query",
                       {{"q", "Chỉ thị 05-CT/TW"}, {"type", type["value"].get<std::string>()}});
  EXPECT_EQ(typed["reports"], type["count"]);
  for (const Json& a : typed["authorities"])
    for (const Json& r : a["reports"]) EXPECT_EQ(r["type"], type["value"]);

  const Json& year = all["facets"]["year"][0];
  std::string y = year["value"];
  Json dated = GetJson("/api/query", {{"q", "Chỉ thị 05-CT/TW"}, {"from", y}, {"to", y}});
  EXPECT_EQ(dated["reports"], year["count"]);
  for (const Json& a : dated["authorities"])
    for (const Json& r : a["reports"]) EXPECT_TRUE(r["date"].get<std::string>().starts_with(y));
}

TEST_F(LexqueryServeTest, PagesOfAReferenceQueryAddUpToTheWholeAnswer) {
  Json all = GetJson("/api/query", {{"q", "Chỉ thị 05-CT/TW"}});
  std::set<std::string> paged;
  for (int offset = 0; offset < 20; offset += 2) {
    Json page =
        GetJson("/api/query",
                {{"q", "Chỉ thị 05-CT/TW"}, {"limit", "2"}, {"offset", std::to_string(offset)}});
    for (const Json& a : page["authorities"]) EXPECT_LE(a["reports"].size(), 2u);
    std::set<std::string> paths = ReportPaths(page);
    paged.insert(paths.begin(), paths.end());
  }
  EXPECT_EQ(paged, ReportPaths(all));
}

// Hà Tĩnh's and Quảng Trị's People's Committees each issued a
// 41/2019/QĐ-UBND: a citation's link names one of them by identity.
TEST_F(LexqueryServeTest, AnAuthorityNarrowsAReferenceToOneOfTheDocumentsItNames) {
  Json both = GetJson("/api/query", {{"q", "41/2019/QĐ-UBND"}});
  ASSERT_GE(both["authorities"].size(), 2u) << both.dump(1);
  std::set<std::string> scopes;
  for (const Json& a : both["authorities"]) {
    scopes.insert(a["scope"].get<std::string>());
    Json one = GetJson("/api/query", {{"q", "41/2019/QĐ-UBND"}, {"authority", a["identity"]}});
    ASSERT_EQ(one["authorities"].size(), 1u) << a["identity"];
    EXPECT_EQ(one["authorities"][0]["identity"], a["identity"]);
    EXPECT_EQ(one["reports"], a["reports_total"]);
    EXPECT_EQ(FacetTotal(one["facets"]["issuer"]), a["reports_total"].get<std::size_t>());
    Json cites = GetJson("/api/cites", {{"ref", "41/2019/QĐ-UBND"}, {"authority", a["identity"]}});
    ASSERT_EQ(cites["authorities"].size(), 1u);
    EXPECT_EQ(cites["authorities"][0]["reports_total"], a["reports_total"]);
  }
  EXPECT_TRUE(scopes.count("quang tri") && scopes.count("ha tinh")) << both.dump(1);
  // Each is titled with its province, as the page heads it.
  std::set<std::string> titles;
  for (const Json& a : both["authorities"]) titles.insert(a["title"].get<std::string>());
  EXPECT_TRUE(titles.count(
      "Quyết định 41/2019/QĐ-UBND của Ủy ban nhân dân tỉnh, ngày 22/10/2019 (Quảng Trị)"))
      << both.dump(1);
  Json none = GetJson("/api/query",
                      {{"q", "41/2019/QĐ-UBND"}, {"authority", "sym:41/2019/qd-ubnd|2019|ca mau"}});
  EXPECT_TRUE(none["authorities"].empty());
  EXPECT_EQ(none["reports"], 0);
  httplib::Result words = Get("/api/query", {{"q", "hóa đơn điện tử"}, {"authority", "sym:x"}});
  ASSERT_TRUE(words);
  EXPECT_EQ(words->status, 400) << words->body;
}

TEST_F(LexqueryServeTest, OtherTextIsAFullTextSearchWithFacets) {
  Json answer = GetJson("/api/query", {{"q", "dân vận chính quyền"}});
  EXPECT_EQ(answer["kind"], "search");
  ASSERT_FALSE(answer["hits"].empty());
  std::set<std::string> hits;
  for (const Json& h : answer["hits"]) hits.insert(h["path"].get<std::string>());
  EXPECT_TRUE(hits.count("quang-tri/skhcn-174-bc-2020.md"));
  EXPECT_TRUE(answer["facets_complete"]);
  EXPECT_EQ(FacetTotal(answer["facets"]["issuer"]), answer["matches"].get<std::size_t>());
}

// The API and the command line call the same queries and JSON builders.
TEST_F(LexqueryServeTest, EndpointsAnswerAsTheCommandLineJson) {
  EXPECT_EQ(GetJson("/api/cites", {{"ref", "chi thi 05-ct/tw"}}), CitesJson({"chi thi 05-ct/tw"}));
  EXPECT_EQ(GetJson("/api/search", {{"q", "hóa đơn điện tử"}}),
            QueryJson({"search", "hóa đơn điện tử"}));
  EXPECT_EQ(GetJson("/api/search", {{"q", "văn hóa"},
                                    {"cites", "Chỉ thị 05-CT/TW"},
                                    {"relation", "implements"},
                                    {"limit", "3"}}),
            QueryJson({"search", "văn hóa", "--cites", "Chỉ thị 05-CT/TW", "--relation",
                       "implements", "--limit", "3"}));
  EXPECT_EQ(GetJson("/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}, {"by", "year"}}),
            QueryJson({"coverage", "Chỉ thị 05-CT/TW", "--by", "year"}));
  EXPECT_EQ(GetJson("/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}, {"chain_depth", "1"}}),
            QueryJson({"coverage", "Chỉ thị 05-CT/TW", "--chain-depth", "1"}));
  EXPECT_EQ(GetJson("/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}})["chained"], 2);
  EXPECT_EQ(GetJson("/api/graph", {{"ref", "Kế hoạch 45-KH/TU"}, {"depth", "3"}}),
            QueryJson({"graph", "Kế hoạch 45-KH/TU", "--depth", "3"}));
  EXPECT_EQ(GetJson("/api/top", {{"limit", "5"}}), QueryJson({"top", "--limit", "5"}));
  EXPECT_EQ(GetJson("/api/status", {{"ref", "Quyết định 41/2019/QĐ-UBND"}}),
            QueryJson({"status", "Quyết định 41/2019/QĐ-UBND"}));
  EXPECT_EQ(GetJson("/api/cites", {{"ref", "Chỉ thị 05-CT/TW"}, {"in_force", "1"}}),
            CitesJson({"Chỉ thị 05-CT/TW", "--in-force"}));
  // The document view says whether the report is in force, as show does.
  const std::string amended = "quang-tri/ubnd-41-qd-2019.md";
  EXPECT_EQ(GetJson("/api/document", {{"id", amended}})["validity"],
            QueryJson({"show", amended})["validity"]);
  EXPECT_EQ(QueryJson({"show", amended})["validity"]["state"], "amended");
}

TEST_F(LexqueryServeTest, ADocumentComesWithItsTextAndTheSpansOfItsCitations) {
  const std::string id = "quang-tri/skhcn-174-bc-2020.md";
  Json answer = GetJson("/api/document", {{"id", id}});
  Json cli = QueryJson({"show", id});
  EXPECT_EQ(answer["document"], cli["document"]);
  EXPECT_EQ(answer["cited_by"], cli["cited_by"]);
  EXPECT_EQ(answer["file"], "as indexed");
  std::string text = answer["text"];
  EXPECT_EQ(Nfc(Slurp(fs::path(LEXGRAPH_SOURCE_DIR "/corpus") / id)), text);
  ASSERT_EQ(answer["cites"].size(), cli["cites"].size());
  ASSERT_FALSE(answer["cites"].empty());
  for (std::size_t i = 0; i < answer["cites"].size(); ++i) {
    Json c = answer["cites"][i];
    std::size_t b = c["span_begin"], e = c["span_end"];
    ASSERT_LT(b, e);
    ASSERT_LE(e, text.size());
    std::string sentence = c["sentence"];
    std::size_t mb = c["mention_begin"], me = c["mention_end"];
    EXPECT_EQ(Collapsed(text.substr(b, e - b)), sentence.substr(mb, me - mb)) << i;
    c.erase("span_begin");
    c.erase("span_end");
    EXPECT_EQ(c, cli["cites"][i]);  // otherwise as `show` gives it
  }
}

TEST_F(LexqueryServeTest, CoverageAsCsvIsADownload) {
  httplib::Result res = Get("/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}, {"format", "csv"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(res->get_header_value("Content-Disposition"), "attachment; filename=\"coverage.csv\"");
  EXPECT_EQ(res->body, Query({"coverage", "Chỉ thị 05-CT/TW", "--format", "csv"}).out);
}

struct BadRequest {
  std::string path;
  httplib::Params params;
  int status;
};

TEST_F(LexqueryServeTest, BadRequestsAreRefusedWithAJsonError) {
  const std::vector<BadRequest> cases = {
      {"/api/query", {}, 400},
      {"/api/query", {{"q", ""}}, 400},
      {"/api/query", {{"q", "   "}}, 400},
      {"/api/query", {{"q", std::string(501, 'a')}}, 400},
      {"/api/query", {{"q", "thuế"}, {"limit", "101"}}, 400},
      {"/api/query", {{"q", "thuế"}, {"limit", "0"}}, 400},
      {"/api/query", {{"q", "thuế"}, {"limit", "ten"}}, 400},
      {"/api/query", {{"q", "thuế"}, {"offset", "-1"}}, 400},
      {"/api/query", {{"q", "thuế"}, {"from", "yesterday"}}, 400},
      {"/api/query", {{"q", "\xFF\xFE"}}, 400},
      {"/api/query", {{"q", "thuế AND"}}, 400},
      {"/api/cites", {{"ref", "hello"}}, 400},
      {"/api/cites", {{"ref", "Chỉ thị 05-CT/TW"}, {"relation", "likes"}}, 400},
      {"/api/search", {{"q", "thuế)"}}, 400},
      {"/api/search", {{"q", "thuế"}, {"relation", "implements"}}, 400},
      {"/api/graph", {{"ref", "Chỉ thị 05-CT/TW"}, {"depth", "11"}}, 400},
      {"/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}, {"format", "xml"}}, 400},
      {"/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}, {"by", "province"}}, 400},
      {"/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}, {"chain_depth", "0"}}, 400},
      {"/api/coverage", {{"ref", "Chỉ thị 05-CT/TW"}, {"chain_depth", "11"}}, 400},
      {"/api/document", {}, 400},
      {"/api/document", {{"id", "quang-tri/nothing.md"}}, 404},
      {"/api/nothing", {}, 404},
      {"/nothing", {}, 404},
  };
  for (const BadRequest& c : cases) {
    std::string asked = c.path;
    for (const auto& [name, value] : c.params) asked += " " + name + "=" + value;
    httplib::Result res = Get(c.path, c.params);
    ASSERT_TRUE(res) << asked;
    EXPECT_EQ(res->status, c.status) << asked << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8") << asked;
    Json body = Json::parse(res->body, nullptr, /*allow_exceptions=*/false);
    ASSERT_TRUE(body.is_object()) << asked << ": " << res->body;
    ASSERT_TRUE(body["error"].is_string()) << asked;
    EXPECT_FALSE(body["error"].get<std::string>().empty()) << asked;
  }
}

TEST_F(LexqueryServeTest, NoRequestReachesAFileOutsideTheIndex) {
  const std::vector<std::string> ids = {
      "../../../../../../etc/passwd",
      "/etc/passwd",
      "quang-tri/../quang-tri/skhcn-174-bc-2020.md",
      "skhcn-174-bc-2020.md",  // `show` reads path ends; an id is a whole path
      "174/BC-SKHCHN",         // and symbols
  };
  for (const std::string& id : ids) {
    httplib::Result res = Get("/api/document", {{"id", id}});
    ASSERT_TRUE(res) << id;
    EXPECT_EQ(res->status, 404) << id << ": " << res->body;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << id;
  }
  for (const std::string path :
       {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/api/../../etc/passwd",
        "/js/app.js/../../../etc/passwd", "/js/../../etc/passwd"}) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_url_encode(false);
    httplib::Result res = client.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_TRUE(res->status == 404 || res->status == 400) << path << ": " << res->status;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(LexqueryServeTest, APageElsewhereCannotReachTheIndexThroughItsHostName) {
  httplib::Result res =
      Get("/api/query", {{"q", "Chỉ thị 05-CT/TW"}}, {{"Host", "evil.example:80"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403) << res->body;
  EXPECT_EQ(Get("/", {}, {{"Host", "localhost"}})->status, 200);
  for (const char* host : {"127.0.0.1", "localhost", "::1", "127.1.2.3"})
    EXPECT_TRUE(IsLoopbackHost(host)) << host;
  for (const char* host : {"", "evil.example", "127.0.0.1.evil.example", "0.0.0.0", "10.0.0.1"})
    EXPECT_FALSE(IsLoopbackHost(host)) << host;
}

TEST_F(LexqueryServeTest, ThePageIsVietnameseSelfContainedAndInsertsTextOnly) {
  httplib::Result page = Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(page->body.find("lang=\"vi\""), std::string::npos);
  EXPECT_NE(page->body.find("Văn bản hoặc từ khóa"), std::string::npos);
  EXPECT_EQ(page->body.find("http://"), std::string::npos);  // nothing fetched from elsewhere
  EXPECT_EQ(page->body.find("https://"), std::string::npos);
  std::string policy = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(policy.find("script-src 'self'"), std::string::npos) << policy;
  EXPECT_EQ(policy.find("unsafe-inline"), std::string::npos) << policy;
  EXPECT_EQ(page->get_header_value("X-Content-Type-Options"), "nosniff");

  constexpr const char* kSvgNamespace = "http://www.w3.org/2000/svg";
  // Every file of the page is served as compiled in, with its type, and
  // no script puts text in as markup.
  ASSERT_GE(WebAssets().size(), 3u);
  bool fetches_queries = false, sets_text = false;
  for (const WebAsset& asset : WebAssets()) {
    httplib::Result file = Get(std::string(asset.path));
    ASSERT_TRUE(file) << asset.path;
    EXPECT_EQ(file->status, 200) << asset.path;
    EXPECT_EQ(file->body, asset.body) << asset.path;
    EXPECT_EQ(file->get_header_value("Content-Type"), asset.content_type) << asset.path;
    // Nothing fetched from elsewhere (SVG's namespace is a name, not an address).
    std::string body = file->body;
    for (std::size_t at; (at = body.find(kSvgNamespace)) != std::string::npos;)
      body.erase(at, std::strlen(kSvgNamespace));
    EXPECT_EQ(body.find("http://"), std::string::npos) << asset.path;
    EXPECT_EQ(body.find("https://"), std::string::npos) << asset.path;
    if (asset.content_type.starts_with("text/javascript")) {
      fetches_queries |= file->body.find("/api/query") != std::string::npos;
      sets_text |= file->body.find("textContent") != std::string::npos;
      for (const char* html_sink : {"innerHTML", "outerHTML", "insertAdjacentHTML",
                                    "document.write", "eval(", "new Function"})
        EXPECT_EQ(file->body.find(html_sink), std::string::npos) << asset.path << ": " << html_sink;
    }
  }
  EXPECT_TRUE(fetches_queries);
  EXPECT_TRUE(sets_text);
  EXPECT_EQ(Get("/index.html")->body, page->body);
  EXPECT_EQ(Get("/js/none.js")->status, 404);
}

TEST_F(LexqueryServeTest, AReportHoldingMarkupIsCarriedAsPlainText) {
  const std::string hostile = "<script>alert(1)</script>";
  fs::path corpus = Scratch() / "hostile-corpus", index = Scratch() / "hostile-index";
  fs::create_directories(corpus / "quang-tri");
  WriteFile(corpus / "quang-tri" / "skhcn-99-bc-2021.md",
            "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH QUẢNG TRỊ\n\nSố: 99/BC-SKHCN\n\n"
            "Quảng Trị, ngày 12 tháng 3 năm 2021\n\nBÁO CÁO\n\nKết quả " +
                hostile +
                " năm 2021\n\n"
                "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị " +
                hostile + ", Sở báo cáo như sau: học tập và làm theo tư tưởng Hồ Chí Minh.\n");
  Outcome build = Execute(
      {LEXINDEX_PATH, "build", corpus.string(), "--index", index.string(), "--quiet"}, Scratch());
  ASSERT_EQ(build.status, 0) << build.err;
  RunningServer hostile_server(index.string());

  httplib::Result cites =
      GetFrom(hostile_server.port(), "/api/cites", {{"ref", "Chỉ thị 05-CT/TW"}});
  ASSERT_TRUE(cites);
  ASSERT_EQ(cites->status, 200) << cites->body;
  EXPECT_EQ(cites->get_header_value("Content-Type"), "application/json; charset=utf-8");
  Json answer = Json::parse(cites->body);
  ASSERT_EQ(answer["authorities"].size(), 1u) << answer.dump(1);
  const Json& report = answer["authorities"][0]["reports"][0];
  EXPECT_EQ(report["path"], "quang-tri/skhcn-99-bc-2021.md");
  // The index keeps sentences without tags (mention_context.h): text is left.
  std::string sentence = report["mentions"][0]["sentence"];
  EXPECT_NE(sentence.find("alert(1)"), std::string::npos) << sentence;

  // A snippet is the file's text as it is: the markup, as a JSON string.
  httplib::Result search = GetFrom(hostile_server.port(), "/api/search", {{"q", "alert"}});
  ASSERT_TRUE(search);
  Json hits = Json::parse(search->body)["hits"];
  ASSERT_EQ(hits.size(), 1u) << search->body;
  EXPECT_NE(hits[0]["snippet"].get<std::string>().find(hostile), std::string::npos)
      << hits[0]["snippet"];

  httplib::Result document =
      GetFrom(hostile_server.port(), "/api/document", {{"id", "quang-tri/skhcn-99-bc-2021.md"}});
  ASSERT_TRUE(document);
  ASSERT_EQ(document->status, 200) << document->body;
  EXPECT_NE(Json::parse(document->body)["text"].get<std::string>().find(hostile),
            std::string::npos);
  // JSON served as JSON only: a browser never reads it as a page.
  EXPECT_EQ(document->get_header_value("X-Content-Type-Options"), "nosniff");
}

// The functions behind the endpoints, called without a socket.
TEST_F(LexqueryServeTest, TheApiFunctionsAnswerWithoutAServer) {
  IndexReader reader(Index());
  ApiResponse cites = QueryApi(reader, {{"q", "05-CT/TW"}, {"limit", "1"}});
  EXPECT_EQ(cites.status, 200);
  Json answer = Json::parse(cites.body);
  EXPECT_EQ(answer["kind"], "cites");
  EXPECT_EQ(answer["limit"], 1);
  for (const Json& a : answer["authorities"]) EXPECT_LE(a["reports"].size(), 1u);
  ApiLimits tight;
  tight.max_parameter_bytes = 4;
  ApiResponse refused = QueryApi(reader, {{"q", "05-CT/TW"}}, tight);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(Json::parse(refused.body)["error"], "q: longer than 4 bytes");
  EXPECT_EQ(HandleApi(Scratch() / "no-index-here", "/api/query", {{"q", "thuế"}}).status, 500);
  EXPECT_EQ(HandleApi(Index(), "/api/nothing", {}).status, 404);
}

TEST_F(LexqueryServeTest, AQuestionPastItsTimeIsGivenUpWithA503) {
  const ApiParams graph = {{"ref", "Chỉ thị 05-CT/TW"}, {"depth", "10"}};
  EXPECT_EQ(HandleApi(Index(), "/api/graph", graph).status, 200);
  ApiLimits no_time;
  no_time.max_request_time = std::chrono::milliseconds(0);
  for (const char* path : {"/api/graph", "/api/coverage", "/api/query"}) {
    ApiParams params = graph;
    params.emplace("q", "Chỉ thị 05-CT/TW");
    ApiResponse late = HandleApi(Index(), path, params, no_time);
    EXPECT_EQ(late.status, 503) << path << ": " << late.body;
    EXPECT_TRUE(
        Json::parse(late.body)["error"].get<std::string>().starts_with("no answer within 0 ms"))
        << late.body;
  }
  // The reader itself: past the deadline a read fails; a new deadline lets it read again.
  IndexReader reader(Index());
  reader.SetDeadline(std::chrono::steady_clock::now());
  EXPECT_EQ(GraphApi(reader, graph).status, 500);  // interrupted: HandleApi makes it a 503
  EXPECT_TRUE(reader.DeadlinePassed());
  reader.SetDeadline(std::chrono::steady_clock::now() + std::chrono::seconds(60));
  EXPECT_EQ(GraphApi(reader, graph).status, 200);
  EXPECT_FALSE(reader.DeadlinePassed());
}

TEST_F(LexqueryServeTest, ManyClientsAtOnceGetTheSameAnswer) {
  const std::string expected = Get("/api/query", {{"q", "Chỉ thị 05-CT/TW"}})->body;
  std::vector<std::thread> clients;
  std::atomic<int> same{0};
  for (int t = 0; t < 8; ++t)
    clients.emplace_back([&] {
      for (int i = 0; i < 5; ++i) {
        httplib::Result res = Get("/api/query", {{"q", "Chỉ thị 05-CT/TW"}});
        if (res && res->status == 200 && res->body == expected) ++same;
      }
    });
  for (std::thread& c : clients) c.join();
  EXPECT_EQ(same.load(), 40);
}

// The address a socket of this process listens on at `port`, from
// /proc/net/tcp ("0100007F" is 127.0.0.1); "" when none does.
std::string ListeningAddress(int port) {
  std::ifstream tcp("/proc/net/tcp");
  std::string line;
  std::getline(tcp, line);  // the heading
  char wanted[8];
  std::snprintf(wanted, sizeof wanted, "%04X", port);
  while (std::getline(tcp, line)) {
    std::istringstream fields(line);
    std::string slot, local, remote, state;
    fields >> slot >> local >> remote >> state;
    if (state == "0A" && local.substr(local.find(':') + 1) == wanted)
      return local.substr(0, local.find(':'));
  }
  return "";
}

TEST_F(LexqueryServeTest, ItListensOnLoopbackOnlyByDefault) {
  EXPECT_EQ(WebServer::Options().bind, "127.0.0.1");
  EXPECT_EQ(ListeningAddress(server_->port()), "0100007F");
}

// A child process, killed and reaped when the test ends without having
// reaped it (a failed assertion must not leave a server running).
struct Child {
  pid_t pid = -1;
  bool reaped = false;
  ~Child() {
    if (pid <= 0 || reaped) return;
    ::kill(pid, SIGKILL);
    ::waitpid(pid, nullptr, 0);
  }
};

// `lexquery serve --port 0` as a user runs it: the line it prints, an
// answer, and exit status 0 on SIGTERM and on SIGINT.
TEST_F(LexqueryServeTest, TheCommandSaysWhereItServesAndStopsOnASignal) {
  for (int stop_signal : {SIGTERM, SIGINT}) {
    fs::path err = Scratch() / "serve-stderr.txt";
    fs::remove(err);
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::string index = Index();
    std::vector<std::string> args = {LEXQUERY_PATH, "serve", "--index", index, "--port", "0"};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    Child child;
    ASSERT_EQ(posix_spawn(&child.pid, LEXQUERY_PATH, &files, nullptr, argv.data(), environ), 0);
    pid_t pid = child.pid;
    posix_spawn_file_actions_destroy(&files);

    std::smatch said;
    std::string line;
    const std::regex serving("lexquery: serving (.*) at http://127\\.0\\.0\\.1:([0-9]+)/\n");
    for (int i = 0; i < 1000 && !std::regex_match(line = Slurp(err), said, serving); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_TRUE(std::regex_match(line, said, serving)) << line;
    EXPECT_EQ(said[1], index);
    httplib::Result res = GetFrom(std::stoi(said[2]), "/api/query", {{"q", "Chỉ thị 05-CT/TW"}});
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200);

    ASSERT_EQ(::kill(pid, stop_signal), 0);
    int status = 0;
    for (int i = 0; i < 500 && !(child.reaped = ::waitpid(pid, &status, WNOHANG) == pid); ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    ASSERT_TRUE(child.reaped) << "still serving 10 s after signal " << stop_signal;
    ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << WTERMSIG(status);
    EXPECT_EQ(WEXITSTATUS(status), 0);
  }
}

// `serve --users`: a server an office can share (web_server.h, sign_in.h).
class LexqueryServeSignInTest : public LexqueryTest {
 protected:
  static fs::path UsersFile() {
    fs::path users = Scratch() / "users.txt";
    if (!fs::exists(users)) UserFile::SetPassword(users, "lan", "mật khẩu của Lan");
    return users;
  }
  static WebServer::Options WithUsers() {
    WebServer::Options options = RunningServer::Options(Index());
    options.users = UsersFile();
    return options;
  }
  // POST /login with this name and password; the answer.
  static httplib::Result SignInAs(int port, const std::string& user, const std::string& password) {
    httplib::Client client("127.0.0.1", port);
    return client.Post("/login", httplib::Params{{"user", user}, {"password", password}});
  }
  // The session cookie ("lexgraph_session=...") of a sign-in's answer.
  static std::string SessionCookie(const httplib::Result& res) {
    std::string set = res ? res->get_header_value("Set-Cookie") : "";
    return set.substr(0, set.find(';'));
  }
};

TEST_F(LexqueryServeSignInTest, EveryPathButTheSignInNeedsASession) {
  RunningServer server(WithUsers());
  for (std::string_view path : ApiPaths()) {
    httplib::Result res = GetFrom(server.port(), std::string(path), {{"q", "Chỉ thị 05-CT/TW"}});
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 401) << path << ": " << res->body;
    EXPECT_EQ(res->body.find("reports"), std::string::npos) << path << ": " << res->body;
  }
  for (const std::string path : {"/", "/app.js", "/?view=coverage", "/session"}) {
    httplib::Result res = GetFrom(server.port(), path);
    ASSERT_TRUE(res) << path;
    EXPECT_TRUE(res->status == 303 || res->status == 401) << path << ": " << res->status;
    if (res->status == 303) {
      EXPECT_EQ(res->get_header_value("Location"), "/login") << path;
    }
  }
  httplib::Result form = GetFrom(server.port(), "/login");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->status, 200);
  EXPECT_NE(form->body.find("name=\"password\""), std::string::npos) << form->body;
  EXPECT_EQ(GetFrom(server.port(), "/style.css")->status, 200);
}

TEST_F(LexqueryServeSignInTest, ASignInGivesASessionCookieThatOpensTheApi) {
  RunningServer server(WithUsers());
  httplib::Result wrong = SignInAs(server.port(), "lan", "mật khẩu của lan");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  EXPECT_TRUE(wrong->get_header_value("Set-Cookie").empty());
  EXPECT_NE(wrong->body.find("không đúng"), std::string::npos) << wrong->body;
  EXPECT_EQ(SignInAs(server.port(), "ai-do", "mật khẩu của Lan")->status, 401);

  httplib::Result right = SignInAs(server.port(), "lan", "mật khẩu của Lan");
  ASSERT_TRUE(right);
  EXPECT_EQ(right->status, 303);
  EXPECT_EQ(right->get_header_value("Location"), "/");
  std::string set = right->get_header_value("Set-Cookie");
  EXPECT_NE(set.find("HttpOnly"), std::string::npos) << set;
  EXPECT_NE(set.find("SameSite=Strict"), std::string::npos) << set;
  EXPECT_EQ(set.find("Secure"), std::string::npos) << "no Secure without TLS: " << set;
  std::string cookie = SessionCookie(right);
  httplib::Headers with_session = {{"Cookie", cookie}};
  // Every path lets the session in (some then want other parameters).
  for (std::string_view path : ApiPaths()) {
    httplib::Result res =
        GetFrom(server.port(), std::string(path), {{"q", "Chỉ thị 05-CT/TW"}}, with_session);
    ASSERT_TRUE(res) << path;
    EXPECT_NE(res->status, 401) << path << ": " << res->body;
  }
  for (const std::string path : {"/api/query", "/api/search", "/api/top"})
    EXPECT_EQ(GetFrom(server.port(), path, {{"q", "Chỉ thị 05-CT/TW"}}, with_session)->status, 200)
        << path;
  EXPECT_EQ(GetFrom(server.port(), "/", {}, with_session)->status, 200);
  httplib::Result who = GetFrom(server.port(), "/session", {}, with_session);
  EXPECT_EQ(Json::parse(who->body)["user"], "lan");

  // A forged cookie: another token of the right form, or the right one altered.
  std::string forged = cookie;
  forged.back() = forged.back() == '0' ? '1' : '0';
  for (const std::string& c : {forged, std::string("lexgraph_session=") + std::string(64, 'a'),
                               std::string("lexgraph_session=")})
    EXPECT_EQ(GetFrom(server.port(), "/api/top", {}, {{"Cookie", c}})->status, 401) << c;

  // Signing out ends the session.
  httplib::Client client("127.0.0.1", server.port());
  httplib::Result out = client.Post("/logout", with_session, "", "text/plain");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 303);
  EXPECT_EQ(GetFrom(server.port(), "/api/top", {}, with_session)->status, 401);
}

TEST_F(LexqueryServeSignInTest, GuessingPasswordsIsStoppedAfterFiveFailures) {
  RunningServer server(WithUsers());
  for (int i = 0; i < SignIn::kMaxFailures; ++i)
    EXPECT_EQ(SignInAs(server.port(), "lan", "đoán lần " + std::to_string(i))->status, 401);
  httplib::Result refused = SignInAs(server.port(), "lan", "mật khẩu của Lan");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 429);
  EXPECT_FALSE(refused->get_header_value("Retry-After").empty());
  EXPECT_TRUE(refused->get_header_value("Set-Cookie").empty());
}

TEST_F(LexqueryServeSignInTest, BeyondLoopbackItNeedsUsersOrAnExplicitNoAuth) {
  WebServer::Options open = RunningServer::Options(Index());
  open.bind = "0.0.0.0";
  WebServer refused(open);
  std::string error;
  EXPECT_FALSE(refused.Bind(error));
  EXPECT_NE(error.find("--users"), std::string::npos) << error;

  Outcome cli = Query({"serve", "--bind", "0.0.0.0", "--port", "0"});
  EXPECT_EQ(cli.status, 2) << cli.err;
  EXPECT_NE(cli.err.find("--no-auth"), std::string::npos) << cli.err;

  open.allow_anyone = true;
  RunningServer anyone(open);
  EXPECT_EQ(GetFrom(anyone.port(), "/api/top")->status, 200);
}

TEST_F(LexqueryServeSignInTest, PasswdWritesTheUsersFileFromStandardInput) {
  fs::path users = Scratch() / "passwd-users.txt";
  fs::remove(users);
  auto passwd = [&](const std::string& line) {
    return Execute({"/bin/sh", "-c", "printf '%s\\n' \"$1\" | \"$2\" passwd \"$3\" minh", "sh",
                    line, LEXQUERY_PATH, users.string()},
                   Scratch());
  };
  Outcome set = passwd("một mật khẩu dài");
  EXPECT_EQ(set.status, 0) << set.err;
  EXPECT_NE(set.err.find("minh"), std::string::npos) << set.err;
  EXPECT_TRUE(UserFile::Read(users).Verify("minh", "một mật khẩu dài"));
  Outcome shortened = passwd("ngắn");
  EXPECT_EQ(shortened.status, 2) << shortened.err;
  EXPECT_TRUE(UserFile::Read(users).Verify("minh", "một mật khẩu dài")) << "unchanged";
}

// Under TLS (a certificate made here by openssl): HTTPS only, and the
// session cookie is Secure.
TEST_F(LexqueryServeSignInTest, UnderTlsTheCookieIsSecure) {
  fs::path cert = Scratch() / "cert.pem", key = Scratch() / "key.pem";
  std::string make =
      "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 "
      "-keyout '" +
      key.string() + "' -out '" + cert.string() + "' 2>/dev/null";
  if (std::system(make.c_str()) != 0) GTEST_SKIP() << "openssl cannot make a certificate here";
  WebServer::Options options = WithUsers();
  options.tls_cert = cert;
  options.tls_key = key;
  RunningServer server(options);
  httplib::SSLClient client("127.0.0.1", server.port());
  client.enable_server_certificate_verification(false);
  httplib::Result right =
      client.Post("/login", httplib::Params{{"user", "lan"}, {"password", "mật khẩu của Lan"}});
  ASSERT_TRUE(right) << httplib::to_string(right.error());
  EXPECT_EQ(right->status, 303);
  std::string set = right->get_header_value("Set-Cookie");
  EXPECT_NE(set.find("; Secure"), std::string::npos) << set;
  httplib::Result api = client.Get("/api/top", {{"Cookie", SessionCookie(right)}});
  ASSERT_TRUE(api);
  EXPECT_EQ(api->status, 200);
  // Plain HTTP on that port gets no answer.
  EXPECT_FALSE(GetFrom(server.port(), "/api/top"));

  WebServer::Options mismatched = WithUsers();
  mismatched.tls_cert = cert;
  mismatched.tls_key = cert;  // not a key
  WebServer bad(mismatched);
  std::string error;
  EXPECT_FALSE(bad.Bind(error));
  EXPECT_NE(error.find("TLS"), std::string::npos) << error;
}

}  // namespace
}  // namespace lexgraph::testing
