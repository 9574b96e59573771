// lexquery: answers from the index that `lexindex build` made; never
// writes to it.
//
//   lexquery cites REF    which reports cite REF
//   lexquery refs DOC     what a report cites, in text order
//   lexquery show DOC     a report: its fields, what it cites, who cites it
//   lexquery top          the most cited documents
//
// The other commands of the query-tool issue (search, coverage, graph) come
// next.
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <iostream>
#include <variant>

#include "cites_output.h"
#include "cites_query.h"
#include "document_output.h"
#include "document_query.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_reader.h"
#include "lexgraph/reference_parser.h"
#include "top_query.h"

namespace {

constexpr int kFound = 0, kNothing = 1, kError = 2;

int Fail(const std::string& message) {
  std::cerr << "lexquery: " << message << "\n";
  return kError;
}

struct CitesArgs {
  std::string ref, relation, from, to, issuer, type;
  std::string format;  // empty: table
};

// Sets `bound` from a --from/--to value; false (and says why) if unreadable.
bool ReadDateBound(const std::string& text, bool first, std::string& bound) {
  if (text.empty()) return true;
  std::optional<lexgraph::DateRange> range = lexgraph::ParseDateBound(text);
  if (!range) {
    Fail(text + ": not a date; write 2019, 2019-06, 2019-06-01 or 1/6/2019");
    return false;
  }
  bound = first ? range->first : range->last;
  return true;
}

int RunCites(const std::string& index, const CitesArgs& args) {
  lexgraph::ParsedReference parsed = lexgraph::ParseReference(args.ref);
  if (!parsed.ok()) return Fail(parsed.error);
  lexgraph::CitesFilter filter;
  if (!args.relation.empty()) {
    filter.relation = lexgraph::ParseRelation(args.relation);
    if (!filter.relation)
      return Fail("--relation " + args.relation +
                  ": not a relation; use cites, basis, implements, amends, replaces, repeals "
                  "or guides (or căn cứ, thực hiện, ...)");
  }
  if (!ReadDateBound(args.from, true, filter.from) || !ReadDateBound(args.to, false, filter.to))
    return kError;
  filter.issuer = args.issuer;
  filter.type = args.type;
  try {
    lexgraph::IndexReader reader(index);
    std::vector<lexgraph::CitedAuthority> found =
        lexgraph::FindCiting(reader, *parsed.reference, filter);
    if (args.format == "json")
      lexgraph::WriteCitesJson(std::cout, args.ref, *parsed.reference, found);
    else if (args.format == "csv")
      lexgraph::WriteCitesCsv(std::cout, found);
    else if (found.empty())
      std::cerr << "lexquery: no report in the index cites "
                << parsed.reference->symbol.value_or(parsed.reference->name.value_or(args.ref))
                << (args.relation.empty() && args.from.empty() && args.to.empty() &&
                            args.issuer.empty() && args.type.empty()
                        ? ""
                        : " with these filters")
                << "\n";
    else
      lexgraph::WriteCitesTable(std::cout, args.ref, found, ::isatty(STDOUT_FILENO));
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

int RunDocument(const std::string& index, const std::string& doc, const std::string& format,
                bool show) {
  try {
    lexgraph::IndexReader reader(index);
    auto one = OneDocument(reader, doc);
    if (const int* status = std::get_if<int>(&one)) return *status;
    const lexgraph::IndexedDocument& d = std::get<lexgraph::IndexedDocument>(one);
    std::vector<lexgraph::OutgoingCitation> cites = lexgraph::CitationsOf(reader, d);
    bool terminal = ::isatty(STDOUT_FILENO);
    if (show) {
      std::vector<lexgraph::CitingReport> cited_by = lexgraph::CitingReportsOf(reader, d);
      if (format == "json") lexgraph::WriteShowJson(std::cout, d, cites, cited_by);
      else if (format == "csv") lexgraph::WriteShowCsv(std::cout, d, cites, cited_by);
      else lexgraph::WriteShowTable(std::cout, d, cites, cited_by, terminal);
      return kFound;
    }
    if (format == "json") lexgraph::WriteRefsJson(std::cout, d, cites);
    else if (format == "csv") lexgraph::WriteRefsCsv(std::cout, d, cites);
    else lexgraph::WriteRefsTable(std::cout, d, cites, terminal);
    return cites.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

int RunTop(const std::string& index, lexgraph::TopFilter filter, const std::string& from,
           const std::string& to, const std::string& format) {
  if (!ReadDateBound(from, true, filter.from) || !ReadDateBound(to, false, filter.to))
    return kError;
  try {
    lexgraph::IndexReader reader(index);
    std::vector<lexgraph::AuthorityCount> top = lexgraph::MostCited(reader, filter);
    if (format == "json") lexgraph::WriteTopJson(std::cout, top);
    else if (format == "csv") lexgraph::WriteTopCsv(std::cout, top);
    else if (top.empty()) std::cerr << "lexquery: no citation in the index matches\n";
    else lexgraph::WriteTopTable(std::cout, top);
    return top.empty() ? kNothing : kFound;
  } catch (const lexgraph::IndexError& e) {
    return Fail(e.what());
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"lexquery: answers from a LexGraph index who cites what."};
  app.set_version_flag("--version", "lexquery 0.1.0");
  app.require_subcommand(1);
  std::string index = lexgraph::DefaultIndexPath().string();
  app.add_option("--index", index,
                 "Index folder (default: $LEXGRAPH_INDEX or ./lexgraph-index)");
  app.footer("Exit status: 0 something found, 1 nothing found, 2 usage or index error.");

  CitesArgs cites_args;
  CLI::App* cites = app.add_subcommand(
      "cites",
      "Which reports cite REF, grouped per document when REF names several (other years\n"
      "or issuing bodies), each with the sentence of the mention.");
  cites->add_option("ref", cites_args.ref,
                    "The cited document as you would write it: \"Chỉ thị 05-CT/TW\",\n"
                    "\"chi thi 5-ct/tw\", \"Nghị định số 04/2015/NĐ-CP\", \"Bộ luật Lao động\"")
      ->required();
  cites->add_option("--relation", cites_args.relation,
                    "Only mentions of this relation: cites, basis, implements, amends,\n"
                    "replaces, repeals, guides (or căn cứ, thực hiện, ...)");
  cites->add_option("--from", cites_args.from, "Citing reports dated from (2019, 2019-06-01)");
  cites->add_option("--to", cites_args.to, "Citing reports dated up to (2020, 31/12/2020)");
  cites->add_option("--issuer", cites_args.issuer,
                    "Citing reports whose issuer contains these words (\"Sở Tài chính\")");
  cites->add_option("--type", cites_args.type, "Citing reports of this type (\"Báo cáo\")");
  cites->add_option("--format", cites_args.format, "table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  cites->add_option("--index", index, "Index folder");
  cites->footer(
      "Examples:\n"
      "  lexquery cites \"Chỉ thị 05-CT/TW\"\n"
      "  lexquery cites \"chi thi 5-ct/tw\" --relation implements --from 2019\n"
      "  lexquery cites \"Nghị định 04/2015/NĐ-CP\" --format csv > ket-qua.csv");

  std::string doc, doc_format;
  CLI::App* refs = app.add_subcommand(
      "refs", "Everything a report cites, in text order, with relation, pinpoint and sentence.");
  CLI::App* show = app.add_subcommand(
      "show", "A report: its own fields, what it cites, and the reports of the index citing it.");
  for (CLI::App* command : {refs, show}) {
    command->add_option("doc", doc,
                        "The report: its symbol (\"174/BC-SKHCHN\") or its path in the corpus")
        ->required();
    command->add_option("--format", doc_format, "table (default), json or csv")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    command->add_option("--index", index, "Index folder");
  }
  refs->footer("Examples:\n  lexquery refs 174/BC-SKHCHN\n  lexquery refs quang-tri/skhcn-174-bc-2020.md --format json");
  show->footer("Examples:\n  lexquery show \"Kế hoạch 45-KH/TU\"\n  lexquery show ubnd-41-qd-2019.md   (two provinces: give the folder too)");

  lexgraph::TopFilter top_filter;
  std::string top_from, top_to, top_format;
  CLI::App* top = app.add_subcommand(
      "top", "The most cited documents: by the number of reports that cite them.");
  top->add_option("--type", top_filter.type, "Only documents of this type (\"Chỉ thị\")");
  top->add_option("--from", top_from, "Count citations in reports dated from (2019, 2019-06-01)");
  top->add_option("--to", top_to, "Count citations in reports dated up to (2020)");
  top->add_option("--limit", top_filter.limit, "How many (default 20)")
      ->check(CLI::PositiveNumber);
  top->add_option("--format", top_format, "table (default), json or csv")
      ->check(CLI::IsMember({"table", "json", "csv"}));
  top->add_option("--index", index, "Index folder");
  top->footer("Examples:\n  lexquery top --type \"Nghị định\" --limit 10\n  lexquery top --from 2020 --format csv");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : kError;
  }
  if (cites->parsed()) return RunCites(index, cites_args);
  if (refs->parsed()) return RunDocument(index, doc, doc_format, /*show=*/false);
  if (show->parsed()) return RunDocument(index, doc, doc_format, /*show=*/true);
  if (top->parsed()) return RunTop(index, top_filter, top_from, top_to, top_format);
  return kError;
}
