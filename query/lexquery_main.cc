// lexquery: answers from the index that `lexindex build` made; never
// writes to it.
//
//   lexquery cites REF    which reports cite REF
//   lexquery refs DOC     what a report cites, in text order
//   lexquery show DOC     a report: its fields, what it cites, who cites it
//   lexquery top          the most cited documents
//   lexquery search QUERY ranked full-text search, with snippets
//   lexquery graph REF    the reports citing REF, and those citing them, to a depth
//   lexquery status REF   in force, amended, replaced or repealed, and by what
//   lexquery coverage REF per issuing body (or year): how many of its reports
//                         cite REF; with --expect, the bodies with none
//   lexquery serve        a web page and a JSON API over the index
//   lexquery passwd FILE USER  sets a user's password in serve's users file
#include <pthread.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <thread>
#include <variant>

#include "cites_output.h"
#include "cites_query.h"
#include "coverage_output.h"
#include "coverage_query.h"
#include "document_output.h"
#include "document_query.h"
#include "graph_output.h"
#include "graph_query.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"
#include "requests.h"
#include "scans_output.h"
#include "search_output.h"
#include "search_query.h"
#include "status_output.h"
#include "status_query.h"
#include "top_query.h"
#include "user_file.h"
#include "web_server.h"

namespace {

constexpr int kFound = 0, kNothing = 1, kError = 2;

int Fail(const std::string& message) {
  std::cerr << "lexquery: " << message << "\n";
  return kError;
}

struct CitesArgs {
  lexgraph::CitesAsked asked;
  std::string format;                // empty: table
  std::optional<std::size_t> limit;  // reports per document; 0 all
};

// A table is read by a person: the newest reports, and how many there are.
// JSON and CSV are read by programs and spreadsheets: all of them.
constexpr std::size_t kTableReports = 20;

// "lexquery: no report in the index cites 05-CT/TW<condition>" on stderr.
void SayNobodyCites(const lexgraph::Reference& reference, const std::string& typed,
                    const std::string& condition) {
  std::cerr << "lexquery: no report in the index cites "
            << reference.symbol.value_or(reference.name.value_or(typed)) << condition << "\n";
}

// Runs `read` on a snapshot of the index (lexgraph::ReadIndex: again on a
// newer one when a build moves it on meanwhile). With LEXGRAPH_TRACE_READS
// set, says on stderr how many reads it took: the reliability tests count
// the retries a user never sees.
template <typename Read>
auto ReadSnapshot(const std::string& index, Read read) {
  int attempts = 0;
  struct Trace {
    int& attempts;
    ~Trace() {
      if (std::getenv("LEXGRAPH_TRACE_READS"))
        std::cerr << "lexquery: read the index " << attempts << " time(s)\n";
    }
  } trace{attempts};
  return lexgraph::ReadIndex(index, read, &attempts);
}

// Says what is wrong with a request (requests.h), naming the field as an
// option ("--chain-depth"); the document or query typed says it alone.
int Refused(const lexgraph::RequestError& error) {
  auto option = [](const std::string& field) {
    if (field == "ref" || field == "query") return std::string();
    std::string option = "--" + field;
    std::replace(option.begin(), option.end(), '_', '-');
    return option;
  };
  return Fail(error.Sentence(option, " "));
}

// `cites --implementing`: the direct answer and, apart, the reports
// implementing REF through a chain.
int RunImplementing(const std::string& index, const CitesArgs& args,
                    const lexgraph::CitesRequest& request) {
  try {
    std::size_t limit =
        args.limit.value_or(args.format == "json" || args.format == "csv" ? 0 : kTableReports);
    lexgraph::ImplementingAnswer answer = ReadSnapshot(index, [&](lexgraph::IndexReader& reader) {
      lexgraph::ImplementingAnswer read;
      read.authorities = lexgraph::FindCiting(reader, request.reference, request.filter, limit);
      read.chain_depth = request.chain_depth;
      read.chained =
          lexgraph::FindChained(reader, request.reference, request.filter, request.chain_depth);
      return read;
    });
    if (args.format == "json")
      lexgraph::WriteImplementingJson(std::cout, request.typed, request.reference, answer);
    else if (args.format == "csv")
      lexgraph::WriteImplementingCsv(std::cout, answer);
    else if (answer.empty())
      SayNobodyCites(request.reference, request.typed,
                     " as implementing it, directly or through a chain");
    else
      lexgraph::WriteImplementingTable(std::cout, request.typed, answer, ::isatty(STDOUT_FILENO));
    std::cout.flush();
    return answer.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

int RunCites(const std::string& index, const CitesArgs& args) {
  lexgraph::Checked<lexgraph::CitesRequest> checked = lexgraph::CheckCites(args.asked);
  if (auto* error = std::get_if<lexgraph::RequestError>(&checked)) return Refused(*error);
  const lexgraph::CitesRequest& request = std::get<lexgraph::CitesRequest>(checked);
  if (request.implementing) return RunImplementing(index, args, request);
  try {
    std::size_t limit =
        args.limit.value_or(args.format == "json" || args.format == "csv" ? 0 : kTableReports);
    std::vector<lexgraph::CitedAuthority> found =
        ReadSnapshot(index, [&](lexgraph::IndexReader& reader) {
          return lexgraph::FindCiting(reader, request.reference, request.filter, limit);
        });
    const lexgraph::CitesAsked& a = args.asked;
    if (args.format == "json")
      lexgraph::WriteCitesJson(std::cout, request.typed, request.reference, found);
    else if (args.format == "csv")
      lexgraph::WriteCitesCsv(std::cout, found);
    else if (found.empty())
      SayNobodyCites(request.reference, request.typed,
                     a.relation.empty() && a.from.empty() && a.to.empty() && a.issuer.empty() &&
                             a.type.empty() && !a.in_force
                         ? ""
                         : " with these filters");
    else
      lexgraph::WriteCitesTable(std::cout, request.typed, found, ::isatty(STDOUT_FILENO));
    std::cout.flush();
    return found.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

// The one report DOC names, or an exit status when it names none or several.
std::variant<lexgraph::IndexedDocument, int> OneDocument(lexgraph::IndexReader& reader,
                                                         const std::string& doc) {
  std::vector<lexgraph::IndexedDocument> found = lexgraph::FindDocuments(reader, doc);
  if (found.empty()) {
    std::cerr << "lexquery: no report of the index is \"" << doc
              << "\" (give its symbol, such as 174/BC-SKHCHN, or its path)\n";
    return kNothing;
  }
  if (found.size() > 1) {
    std::cerr << "lexquery: \"" << doc << "\" names " << found.size()
              << " reports of the index; give the path of one:\n";
    for (const lexgraph::IndexedDocument& d : found) std::cerr << "  " << d.path << "\n";
    return kError;
  }
  return found.front();
}

// A report with what it cites and (for `show`) who cites it, read from one
// snapshot; or the exit status when DOC names no single report.
struct DocumentAnswer {
  int exit_status = kFound;
  lexgraph::IndexedDocument document;
  std::vector<lexgraph::OutgoingCitation> cites;
  std::vector<lexgraph::CitingReport> cited_by;
  lexgraph::DocumentStatus status;
};

DocumentAnswer ReadDocument(lexgraph::IndexReader& reader, const std::string& doc, bool show) {
  DocumentAnswer answer;
  // Says why on stderr when DOC names no single report: the read ends
  // there, so a read done again never says it twice.
  auto one = OneDocument(reader, doc);
  if (const int* status = std::get_if<int>(&one)) {
    answer.exit_status = *status;
    return answer;
  }
  answer.document = std::get<lexgraph::IndexedDocument>(one);
  answer.cites = lexgraph::CitationsOf(reader, answer.document);
  if (show) {
    answer.cited_by = lexgraph::CitingReportsOf(reader, answer.document);
    answer.status = lexgraph::StatusOfReport(reader, answer.document);
  }
  return answer;
}

int RunDocument(const std::string& index, const std::string& doc, const std::string& format,
                bool show) {
  try {
    DocumentAnswer answer = ReadSnapshot(
        index, [&](lexgraph::IndexReader& reader) { return ReadDocument(reader, doc, show); });
    if (answer.exit_status != kFound) return answer.exit_status;
    const lexgraph::IndexedDocument& d = answer.document;
    bool terminal = ::isatty(STDOUT_FILENO);
    if (show) {
      if (format == "json")
        lexgraph::WriteShowJson(std::cout, d, answer.cites, answer.cited_by, answer.status);
      else if (format == "csv")
        lexgraph::WriteShowCsv(std::cout, d, answer.cites, answer.cited_by);
      else
        lexgraph::WriteShowTable(std::cout, d, answer.cites, answer.cited_by, answer.status,
                                 terminal);
      return kFound;
    }
    if (format == "json")
      lexgraph::WriteRefsJson(std::cout, d, answer.cites);
    else if (format == "csv")
      lexgraph::WriteRefsCsv(std::cout, d, answer.cites);
    else
      lexgraph::WriteRefsTable(std::cout, d, answer.cites, terminal);
    return answer.cites.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

int RunTop(const std::string& index, const lexgraph::TopAsked& asked, std::size_t limit,
           const std::string& format) {
  lexgraph::Checked<lexgraph::TopFilter> checked = lexgraph::CheckTop(asked);
  if (auto* error = std::get_if<lexgraph::RequestError>(&checked)) return Refused(*error);
  lexgraph::TopFilter filter = std::get<lexgraph::TopFilter>(checked);
  filter.limit = limit;
  try {
    std::vector<lexgraph::AuthorityCount> top = ReadSnapshot(
        index, [&](lexgraph::IndexReader& reader) { return lexgraph::MostCited(reader, filter); });
    if (format == "json")
      lexgraph::WriteTopJson(std::cout, top);
    else if (format == "csv")
      lexgraph::WriteTopCsv(std::cout, top);
    else if (top.empty())
      std::cerr << "lexquery: no citation in the index matches\n";
    else
      lexgraph::WriteTopTable(std::cout, top);
    return top.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

int RunScans(const std::string& index, int below, const std::string& format) {
  try {
    std::vector<lexgraph::ReportRecord> scans = ReadSnapshot(
        index, [&](lexgraph::IndexReader& reader) { return reader.graph().ScannedReports(below); });
    if (format == "json")
      lexgraph::WriteScansJson(std::cout, below, scans);
    else if (format == "csv")
      lexgraph::WriteScansCsv(std::cout, scans);
    else if (scans.empty())
      std::cerr << "lexquery: no report of the index was read by OCR"
                << (below <= 100 ? " with a confidence below " + std::to_string(below) + "%" : "")
                << "\n";
    else
      lexgraph::WriteScansTable(std::cout, scans);
    std::cout.flush();
    return scans.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

int RunStatus(const std::string& index, const std::string& ref, const std::string& format) {
  lexgraph::Checked<lexgraph::StatusRequest> checked = lexgraph::CheckStatus({ref});
  if (auto* error = std::get_if<lexgraph::RequestError>(&checked)) return Refused(*error);
  const lexgraph::Reference* reference = &std::get<lexgraph::StatusRequest>(checked).reference;
  try {
    std::vector<lexgraph::DocumentStatus> statuses = ReadSnapshot(
        index,
        [&](lexgraph::IndexReader& reader) { return lexgraph::FindStatus(reader, *reference); });
    if (format == "json")
      lexgraph::WriteStatusJson(std::cout, ref, *reference, statuses);
    else if (format == "csv")
      lexgraph::WriteStatusCsv(std::cout, statuses);
    else if (statuses.empty())
      std::cerr << "lexquery: the index knows nothing of "
                << reference->symbol.value_or(reference->name.value_or(ref))
                << ": no report cites it or is it\n";
    else
      lexgraph::WriteStatusTable(std::cout, statuses);
    std::cout.flush();
    return statuses.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

struct CoverageArgs {
  lexgraph::CoverageAsked asked;
  std::string expect;  // the file of --expect
  std::string format;  // empty: table
};

int RunCoverage(const std::string& index, CoverageArgs args) {
  args.asked.expect = !args.expect.empty();
  lexgraph::Checked<lexgraph::CoverageRequest> checked = lexgraph::CheckCoverage(args.asked);
  if (auto* error = std::get_if<lexgraph::RequestError>(&checked)) return Refused(*error);
  lexgraph::CoverageRequest& request = std::get<lexgraph::CoverageRequest>(checked);
  lexgraph::CoverageQuestion& asked = request.question;
  asked.expect_file = args.expect;
  lexgraph::ExpectedList list;
  if (!args.expect.empty()) {
    list = lexgraph::ReadExpectedBodies(args.expect);
    if (!list.ok()) return Fail(list.error);
  }
  try {
    lexgraph::Coverage coverage = ReadSnapshot(index, [&](lexgraph::IndexReader& reader) {
      return lexgraph::FindCoverage(reader, asked.reference, asked.filter, request.by);
    });
    std::vector<lexgraph::ExpectedCoverage> matched =
        lexgraph::MatchExpected(coverage, list.bodies);
    const std::vector<lexgraph::ExpectedCoverage>* expected =
        args.expect.empty() ? nullptr : &matched;
    const lexgraph::CoverageAsked& a = args.asked;
    if (args.format == "json")
      lexgraph::WriteCoverageJson(std::cout, asked, coverage, expected);
    else if (args.format == "csv")
      lexgraph::WriteCoverageCsv(std::cout, coverage, expected);
    else if (coverage.citing == 0 && coverage.chained == 0)
      SayNobodyCites(
          asked.reference, asked.typed,
          a.relation.empty() && a.from.empty() && a.to.empty() ? "" : " with these filters");
    else
      lexgraph::WriteCoverageTable(std::cout, asked, coverage, expected);
    std::cout.flush();
    return coverage.citing == 0 && coverage.chained == 0 ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

struct GraphArgs {
  lexgraph::GraphAsked asked;
  std::string format;  // empty: table
};

int RunGraph(const std::string& index, const GraphArgs& args) {
  lexgraph::Checked<lexgraph::GraphRequest> checked = lexgraph::CheckGraph(args.asked);
  if (auto* error = std::get_if<lexgraph::RequestError>(&checked)) return Refused(*error);
  const lexgraph::GraphRequest& request = std::get<lexgraph::GraphRequest>(checked);
  try {
    lexgraph::CitationGraph graph = ReadSnapshot(index, [&](lexgraph::IndexReader& reader) {
      return lexgraph::FindCitingGraph(reader, request.reference, request.options);
    });
    if (args.format == "json")
      lexgraph::WriteGraphJson(std::cout, request.typed, request.reference, request.options, graph);
    else if (args.format == "csv")
      lexgraph::WriteGraphCsv(std::cout, graph);
    else if (args.format == "dot")
      lexgraph::WriteGraphDot(std::cout, request.typed, graph);
    else if (graph.empty())
      SayNobodyCites(request.reference, request.typed,
                     args.asked.relation.empty() ? "" : " with this relation");
    else
      lexgraph::WriteGraphTable(std::cout, request.typed, graph);
    std::cout.flush();
    return graph.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

struct SearchArgs {
  std::vector<std::string> words;  // the query, however the shell split it
  lexgraph::SearchAsked asked;
  std::size_t limit = 10, offset = 0;
  std::string format;  // empty: table
};

int RunSearch(const std::string& index, SearchArgs args) {
  for (const std::string& w : args.words)
    args.asked.query += (args.asked.query.empty() ? "" : " ") + w;
  lexgraph::Checked<lexgraph::CheckedSearch> checked = lexgraph::CheckSearch(args.asked);
  if (auto* error = std::get_if<lexgraph::RequestError>(&checked)) return Refused(*error);
  const std::string& typed = std::get<lexgraph::CheckedSearch>(checked).typed;
  lexgraph::SearchRequest& request = std::get<lexgraph::CheckedSearch>(checked).request;
  request.limit = args.limit;
  request.offset = args.offset;
  try {
    lexgraph::SearchResult result = ReadSnapshot(
        index, [&](lexgraph::IndexReader& reader) { return lexgraph::Search(reader, request); });
    if (args.format == "json")
      lexgraph::WriteSearchJson(std::cout, typed, request, result);
    else if (args.format == "csv")
      lexgraph::WriteSearchCsv(std::cout, request, result);
    else if (result.hits.empty())
      std::cerr << "lexquery: no report matches " << lexgraph::ToString(request.expression)
                << (result.matches > 0 ? " beyond --offset" : "") << "\n";
    else
      lexgraph::WriteSearchTable(std::cout, typed, request, result, ::isatty(STDOUT_FILENO));
    std::cout.flush();
    return result.hits.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

struct ServeArgs {
  std::string bind = "127.0.0.1";
  int port = 8080;
  double max_seconds = 10;
  std::size_t cache_mb = 64;
  std::string users;  // empty: none
  bool no_auth = false;
  std::string tls_cert, tls_key;
};

// A line typed at the terminal without echo, or read from a pipe.
std::optional<std::string> ReadSecret(const char* prompt) {
  const bool terminal = ::isatty(STDIN_FILENO) != 0;
  termios saved{};
  if (terminal) {
    std::cerr << prompt << std::flush;
    ::tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
  }
  std::string line;
  bool read = static_cast<bool>(std::getline(std::cin, line));
  if (terminal) {
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    std::cerr << "\n";
  }
  if (!read) return std::nullopt;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// `lexquery passwd FILE USER`: the password from the terminal (typed twice)
// or from standard input (one line), hashed into FILE.
int RunPasswd(const std::string& file, const std::string& user) {
  std::optional<std::string> password = ReadSecret(("Mật khẩu mới cho " + user + ": ").c_str());
  if (!password) return Fail("no password given (type it, or give it as a line on standard input)");
  if (::isatty(STDIN_FILENO)) {
    std::optional<std::string> again = ReadSecret("Nhập lại mật khẩu: ");
    if (!again || *again != *password) return Fail("the two passwords differ: nothing changed");
  }
  try {
    lexgraph::UserFile::SetPassword(file, user, *password);
  } catch (const lexgraph::UserFileError& e) {
    return Fail(e.what());
  }
  std::cerr << "lexquery: the password of " << user << " is set in " << file << "\n";
  return kFound;
}

// Serves until SIGINT or SIGTERM, then returns 0. The two signals are
// blocked in every thread (before any starts, so that the server's inherit
// it) and taken here by sigwait: stopping runs as ordinary code, not in a
// signal handler, where httplib's stop() may not be called.
int RunServe(const std::string& index, const ServeArgs& args) {
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  try {
    lexgraph::IndexReader check(index);  // no index: say so now, not at the first request
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
  lexgraph::WebServer::Options options;
  options.index = index;
  options.bind = args.bind;
  options.port = args.port;
  options.limits.max_request_time =
      std::chrono::milliseconds(static_cast<std::int64_t>(args.max_seconds * 1000));
  options.cache_bytes = args.cache_mb << 20;
  if (!args.users.empty()) options.users = args.users;
  options.allow_anyone = args.no_auth;
  options.tls_cert = args.tls_cert;
  options.tls_key = args.tls_key;
  lexgraph::WebServer server(std::move(options));
  std::string error;
  if (!server.Bind(error)) return Fail(error);
  std::string host = args.bind.find(':') == std::string::npos ? args.bind : "[" + args.bind + "]";
  std::cerr << "lexquery: serving " << index << " at " << (args.tls_cert.empty() ? "http" : "https")
            << "://" << host << ":" << server.port() << "/"
            << (args.users.empty() ? "" : " (signing in with the users of " + args.users + ")")
            << std::endl;
  std::atomic<bool> failed{false};
  std::thread serving([&] {
    if (server.Serve()) return;
    failed = true;
    ::kill(::getpid(), SIGTERM);  // wakes the sigwait below
  });
  int signal = 0;
  sigwait(&stop_signals, &signal);
  server.Stop();
  serving.join();
  return failed ? Fail("the server stopped accepting connections") : kFound;
}

// --format table|json|csv and --index, which every command but graph takes.
void AddOutputOptions(CLI::App* command, std::string& format, std::string& index) {
  command->add_option("--format", format, "table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  command->add_option("--index", index, "Index folder");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"lexquery: answers from a LexGraph index who cites what."};
  app.set_version_flag("--version", "lexquery 0.1.0");
  app.require_subcommand(1);
  std::string index = lexgraph::DefaultIndexPath().string();
  app.add_option("--index", index, "Index folder (default: $LEXGRAPH_INDEX or ./lexgraph-index)");
  app.footer("Exit status: 0 something found, 1 nothing found, 2 usage or index error.");

  CitesArgs cites_args;
  CLI::App* cites = app.add_subcommand(
      "cites",
      "Which reports cite REF, grouped per document when REF names several (other years\n"
      "or issuing bodies), each with the sentence of the mention.");
  cites
      ->add_option("ref", cites_args.asked.ref,
                   "The cited document as you would write it: \"Chỉ thị 05-CT/TW\",\n"
                   "\"chi thi 5-ct/tw\", \"Nghị định số 04/2015/NĐ-CP\", \"Bộ luật Lao động\"")
      ->required();
  cites->add_option("--relation", cites_args.asked.relation,
                    "Only mentions of this relation: cites, basis, implements, amends,\n"
                    "replaces, repeals, guides (or căn cứ, thực hiện, ...)");
  cites->add_option("--from", cites_args.asked.from,
                    "Citing reports dated from (2019, 2019-06-01)");
  cites->add_option("--to", cites_args.asked.to, "Citing reports dated up to (2020, 31/12/2020)");
  cites->add_option("--issuer", cites_args.asked.issuer,
                    "Citing reports whose issuer contains these words (\"Sở Tài chính\")");
  cites->add_option("--type", cites_args.asked.type, "Citing reports of this type (\"Báo cáo\")");
  cites->add_flag("--in-force", cites_args.asked.in_force,
                  "Hide citing reports that the index knows were replaced or repealed\n"
                  "(see lexquery status)");
  AddOutputOptions(cites, cites_args.format, index);
  cites->add_flag("--implementing", cites_args.asked.implementing,
                  "The reports implementing REF: those with an implements mention of it\n"
                  "and, listed apart with their chain, those implementing a plan of the\n"
                  "corpus that implements it (see --chain-depth)");
  cites->add_option("--chain-depth", cites_args.asked.chain_depth,
                    "With --implementing: follow chains of plans up to N implements links\n"
                    "(default 3: report -> plan -> plan -> REF; 1: direct only)");
  cites->add_option("--limit", cites_args.limit,
                    "List the N newest citing reports of each document (0: all; default\n"
                    "20 in the table, all in json and csv); the count is always of all");
  cites->footer(
      "Examples:\n"
      "  lexquery cites \"Chỉ thị 05-CT/TW\"\n"
      "  lexquery cites \"chi thi 5-ct/tw\" --relation implements --from 2019\n"
      "  lexquery cites \"Chỉ thị 05-CT/TW\" --implementing --chain-depth 2\n"
      "  lexquery cites \"Nghị định 04/2015/NĐ-CP\" --format csv > ket-qua.csv");

  std::string doc, doc_format;
  CLI::App* refs = app.add_subcommand(
      "refs", "Everything a report cites, in text order, with relation, pinpoint and sentence.");
  CLI::App* show = app.add_subcommand(
      "show", "A report: its own fields, what it cites, and the reports of the index citing it.");
  for (CLI::App* command : {refs, show}) {
    command
        ->add_option("doc", doc,
                     "The report: its symbol (\"174/BC-SKHCHN\") or its path in the corpus")
        ->required();
    AddOutputOptions(command, doc_format, index);
  }
  refs->footer(
      "Examples:\n  lexquery refs 174/BC-SKHCHN\n  lexquery refs quang-tri/skhcn-174-bc-2020.md "
      "--format json");
  show->footer(
      "Examples:\n  lexquery show \"Kế hoạch 45-KH/TU\"\n  lexquery show ubnd-41-qd-2019.md   (two "
      "provinces: give the folder too)");

  std::string status_ref, status_format;
  CLI::App* status = app.add_subcommand(
      "status",
      "Whether REF is still in force as far as the index knows: amended, replaced or\n"
      "repealed, by which document, from which date, with the sentence and the report\n"
      "that say so. Derived from the index: documents that amend, replace or repeal\n"
      "REF themselves, and reports that state it (\"Nghị định 138/2020/NĐ-CP thay thế\n"
      "Nghị định 24/2010/NĐ-CP\"). Evidence that disagrees is shown as such.");
  status
      ->add_option("ref", status_ref,
                   "The document as you would write it (as for cites): \"Nghị định 24/2010/NĐ-CP\"")
      ->required();
  AddOutputOptions(status, status_format, index);
  status->footer(
      "Examples:\n"
      "  lexquery status \"Quyết định 12/2015/QĐ-UBND\"\n"
      "  lexquery status \"Thông tư 95/2016/TT-BTC\" --format json\n"
      "Exit status: 0 when the index knows REF (cited or indexed), 1 when not, 2 for a\n"
      "usage or index error. \"còn hiệu lực\" means no report of the index says otherwise.");

  int scans_below = 101;
  std::string scans_format;
  CLI::App* scans = app.add_subcommand(
      "scans",
      "The reports read by OCR (scans), least confident first, to check by eye against\n"
      "the paper: a misread number may hide a citation.");
  scans
      ->add_option("--below", scans_below,
                   "Only those whose mean OCR confidence is below N% (0-100; default: all)")
      ->check(CLI::Range(0, 100));
  AddOutputOptions(scans, scans_format, index);
  scans->footer(
      "Examples:\n  lexquery scans --below 80\n  lexquery scans --format csv > ban-quet.csv");

  lexgraph::TopAsked top_asked;
  std::size_t top_limit = 20;
  std::string top_format;
  CLI::App* top = app.add_subcommand(
      "top", "The most cited documents: by the number of reports that cite them.");
  top->add_option("--type", top_asked.type, "Only documents of this type (\"Chỉ thị\")");
  top->add_option("--from", top_asked.from,
                  "Count citations in reports dated from (2019, 2019-06-01)");
  top->add_option("--to", top_asked.to, "Count citations in reports dated up to (2020)");
  top->add_option("--limit", top_limit, "How many (default 20)")->check(CLI::PositiveNumber);
  AddOutputOptions(top, top_format, index);
  top->footer(
      "Examples:\n  lexquery top --type \"Nghị định\" --limit 10\n  lexquery top --from 2020 "
      "--format csv");

  GraphArgs graph_args;
  CLI::App* graph = app.add_subcommand(
      "graph",
      "The chain of reports citing REF, and those citing them, to --depth: each report\n"
      "once, at the depth it is first reached; every citation between them an edge.");
  graph
      ->add_option("ref", graph_args.asked.ref,
                   "The cited document as you would write it (as for cites)")
      ->required();
  graph->add_option("--depth", graph_args.asked.depth,
                    "1: the reports citing REF; 2 (default): also those citing them;\n"
                    "at most " +
                        std::to_string(lexgraph::kMaxGraphDepth));
  graph->add_option("--relation", graph_args.asked.relation,
                    "Follow only mentions of this relation (implements, thực hiện, ...)");
  graph
      ->add_option("--format", graph_args.format,
                   "table (default), json, csv (one row per edge) or dot (Graphviz)")
      ->check(CLI::IsMember({"table", "json", "csv", "dot"}));
  graph->add_option("--index", index, "Index folder");
  graph->footer(
      "Examples:\n"
      "  lexquery graph \"Kế hoạch 45-KH/TU\" --depth 3\n"
      "  lexquery graph \"Chỉ thị 05-CT/TW\" --relation implements --format json\n"
      "  lexquery graph 41/2019/QĐ-UBND --format dot | dot -Tsvg > do-thi.svg");

  SearchArgs search_args;
  CLI::App* search = app.add_subcommand(
      "search",
      "Ranked full-text search: the best reports first, each with the passage that matched\n"
      "and the matched words marked. Words typed without diacritics match every spelling\n"
      "(\"hoa don\" finds hóa đơn); typed with them, only that word (hoà = hòa, kỹ = kĩ).");
  search
      ->add_option("query", search_args.words,
                   "Words (those holding all first, then those holding some), \"phrases\", OR,\n"
                   "NOT or -word, (groups):\n"
                   "  'hóa đơn điện tử'  '\"hóa đơn điện tử\" OR \"chứng từ\"'  'thuế -xăng'")
      ->required()
      ->expected(1, -1);
  search->add_option("--cites", search_args.asked.cites,
                     "Only reports citing this document (\"Chỉ thị 05-CT/TW\"), any year or body");
  search->add_option("--relation", search_args.asked.relation,
                     "With --cites: only reports citing it so (implements, thực hiện, căn cứ...)");
  search->add_option("--from", search_args.asked.from, "Reports dated from (2019, 2019-06-01)");
  search->add_option("--to", search_args.asked.to, "Reports dated up to (2020, 31/12/2020)");
  search->add_option("--issuer", search_args.asked.issuer,
                     "Reports whose issuer contains these words (\"Sở Tài chính\")");
  search->add_option("--type", search_args.asked.type, "Reports of this type (\"Báo cáo\")");
  search->add_flag("--in-force", search_args.asked.in_force,
                   "Hide reports that the index knows were replaced or repealed\n"
                   "(see lexquery status)");
  search->add_option("--limit", search_args.limit, "How many reports (default 10)")
      ->check(CLI::Range(1, 10000));
  search->add_option("--offset", search_args.offset, "Skip this many first (for the next page)");
  AddOutputOptions(search, search_args.format, index);
  search->footer(
      "Examples:\n"
      "  lexquery search hóa đơn điện tử\n"
      "  lexquery search '\"hoa don dien tu\" OR \"chung tu dien tu\"' --from 2019\n"
      "  lexquery search 'văn hóa cơ sở' --cites \"Chỉ thị 05-CT/TW\" --relation implements\n"
      "  lexquery search 'kinh phí NOT \"ngân sách trung ương\"' --format csv > ket-qua.csv\n"
      "Operators are AND, OR, NOT in capitals; OR binds looser than AND.");

  CoverageArgs coverage_args;
  CLI::App* coverage = app.add_subcommand(
      "coverage",
      "The auditors' table: for each issuing body (of each province) or each year, how\n"
      "many of its reports cite REF, how many implement it, out of its reports in the\n"
      "index; with --expect, the expected bodies that have none (the compliance gap).");
  coverage
      ->add_option("ref", coverage_args.asked.ref,
                   "The cited document as you would write it (as for cites); when it names\n"
                   "several documents, a report citing any of them counts")
      ->required();
  coverage->add_option("--by", coverage_args.asked.by,
                       "issuer (default: the citing report's issuing body and province) or year");
  coverage->add_option(
      "--expect", coverage_args.expect,
      "A file of the bodies expected to report, one per line (blank lines and lines\n"
      "starting with # skipped; UTF-8, a byte-order mark and CRLF are fine).\n"
      "\"Sở Tài chính\" is that body of every province; a province at the end names\n"
      "one: \"Sở Tài chính Quảng Trị\", \"Sở Tài chính, tỉnh Quảng Trị\",\n"
      "\"UBND tỉnh Quảng Trị\". Case, diacritics, tone placement (Uỷ/Ủy), i/y,\n"
      "punctuation and abbreviations (UBND, KH&CN) do not matter. Each is listed\n"
      "with its count; those with none are the gap (\"chưa có báo cáo\").\n"
      "Needs --by issuer");
  coverage->add_option("--relation", coverage_args.asked.relation,
                       "Count only mentions of this relation (implements, thực hiện, ...)");
  coverage->add_option("--chain-depth", coverage_args.asked.chain_depth,
                       "Also count, apart (column \"Qua chuỗi\"), the reports implementing REF\n"
                       "only through plans of the corpus that implement it, up to N implements\n"
                       "links (default 3: report -> plan -> plan -> REF; 1: direct only)");
  coverage->add_option("--from", coverage_args.asked.from,
                       "Reports dated from (2019, 2019-06-01), citing or counted");
  coverage->add_option("--to", coverage_args.asked.to, "Reports dated up to (2020, 31/12/2020)");
  AddOutputOptions(coverage, coverage_args.format, index);
  coverage->footer(
      "Examples:\n"
      "  lexquery coverage \"Chỉ thị 05-CT/TW\"\n"
      "  lexquery coverage \"Chỉ thị 05-CT/TW\" --by year --from 2017\n"
      "  lexquery coverage \"Chỉ thị 05-CT/TW\" --expect co-quan.txt --format csv > thieu.csv\n"
      "Exit status: 0 when some report cites REF (with --expect too: the gap list is an\n"
      "answer), 1 when none does, 2 for a usage or index error (an unreadable --expect\n"
      "file included).");

  ServeArgs serve_args;
  CLI::App* serve = app.add_subcommand(
      "serve",
      "A web page (Vietnamese) and a JSON API over the index, read-only: search, who cites\n"
      "what, a report with its citations, the coverage table, the graph. Stops on Ctrl-C.");
  serve->add_option("--port", serve_args.port, "TCP port (default 8080; 0: any free one)")
      ->check(CLI::Range(0, 65535));
  serve->add_option("--bind", serve_args.bind,
                    "Address to listen on (default 127.0.0.1: this machine only;\n"
                    "0.0.0.0 opens the index to the network)");
  serve
      ->add_option("--max-seconds", serve_args.max_seconds,
                   "A question still reading the index after this long is given up\n"
                   "with HTTP 503 (default 10)")
      ->check(CLI::Range(0.001, 3600.0));
  serve
      ->add_option("--cache-mb", serve_args.cache_mb,
                   "Answers kept for a question asked again while the index is\n"
                   "unchanged, in MB (default 64; 0 keeps none)")
      ->check(CLI::Range(0, 65536));
  serve
      ->add_option("--users", serve_args.users,
                   "Users file (lexquery passwd): everyone signs in at /login first;\n"
                   "needed to listen beyond 127.0.0.1")
      ->check(CLI::ExistingFile);
  serve
      ->add_flag("--no-auth", serve_args.no_auth,
                 "Listen beyond 127.0.0.1 without users: anyone who reaches the\n"
                 "port reads the whole index")
      ->excludes("--users");
  CLI::Option* tls_cert =
      serve->add_option("--tls-cert", serve_args.tls_cert, "Certificate (PEM): serve HTTPS")
          ->check(CLI::ExistingFile);
  CLI::Option* tls_key = serve->add_option("--tls-key", serve_args.tls_key, "Its private key (PEM)")
                             ->check(CLI::ExistingFile);
  tls_cert->needs(tls_key);
  tls_key->needs(tls_cert);
  serve->add_option("--index", index, "Index folder");
  serve->footer(
      "Examples:\n"
      "  lexquery serve --index my-index            then open http://127.0.0.1:8080/\n"
      "  curl -G http://127.0.0.1:8080/api/query --data-urlencode 'q=Chỉ thị 05-CT/TW'\n"
      "  lexquery passwd users.txt lan && lexquery serve --index my-index --bind 0.0.0.0 \\\n"
      "      --users users.txt --tls-cert cert.pem --tls-key key.pem");

  std::string passwd_file, passwd_user;
  CLI::App* passwd = app.add_subcommand(
      "passwd",
      "Sets a user's password in a users file for `serve --users` (Argon2id hashes, no\n"
      "password kept; the file is created, readable by its owner only). The password is\n"
      "typed twice, or read as one line from standard input.");
  passwd->add_option("file", passwd_file, "Users file")->required();
  passwd->add_option("user", passwd_user, "User name (letters, digits, . _ - @)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : kError;
  }
  if (cites->parsed()) return RunCites(index, cites_args);
  if (refs->parsed()) return RunDocument(index, doc, doc_format, /*show=*/false);
  if (show->parsed()) return RunDocument(index, doc, doc_format, /*show=*/true);
  if (status->parsed()) return RunStatus(index, status_ref, status_format);
  if (scans->parsed()) return RunScans(index, scans_below, scans_format);
  if (top->parsed()) return RunTop(index, top_asked, top_limit, top_format);
  if (search->parsed()) return RunSearch(index, search_args);
  if (graph->parsed()) return RunGraph(index, graph_args);
  if (coverage->parsed()) return RunCoverage(index, coverage_args);
  if (serve->parsed()) return RunServe(index, serve_args);
  if (passwd->parsed()) return RunPasswd(passwd_file, passwd_user);
  return kError;
}
