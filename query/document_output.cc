#include "document_output.h"

#include <ostream>

#include "cites_output.h"
#include "output_text.h"
#include "status_output.h"

namespace lexgraph {
namespace {

using Json = nlohmann::ordered_json;

std::string Headline(const IndexedDocument& d) {
  return JoinNonEmpty({d.symbol.value_or("(không số)"), d.type.value_or(""), VietnameseDate(d.date),
                       d.issuer.value_or("")},
                      " · ");
}

std::string CitedName(const OutgoingCitation& c) {
  if (!c.symbol && c.name) return *c.name;
  std::string name = JoinNonEmpty({c.type.value_or(""), c.symbol.value_or(c.identity)}, " ");
  if (c.issuer) name += " của " + *c.issuer;
  if (c.date) name += ", ngày " + VietnameseDate(c.date);
  return name;
}

// "đọc bằng OCR, độ tin cậy 91% (3 trang)"
std::string OcrNote(const IndexedDocument& d) {
  std::string note = "đọc bằng OCR";
  if (d.ocr_confidence) note += ", độ tin cậy " + std::to_string(*d.ocr_confidence) + "%";
  return note + " (" + std::to_string(d.ocr_pages) + " trang)";
}

Json DocumentJson(const IndexedDocument& d) {
  Json j;
  j["path"] = d.path;
  j["symbol"] = OptionalJson(d.symbol);
  j["type"] = OptionalJson(d.type);
  j["date"] = OptionalJson(d.date);
  j["issuer"] = OptionalJson(d.issuer);
  j["place"] = OptionalJson(d.place);
  j["title"] = OptionalJson(d.title);
  j["signer"] = OptionalJson(d.signer);
  j["recipients"] = d.recipients;
  j["identity"] = OptionalJson(d.identity);
  j["copies"] = d.copies;
  // A scan: how much of it OCR read, and how sure it was ("OCR, độ tin
  // cậy 91%"); null for typed text.
  j["ocr"] = OcrJson(d);
  return j;
}

Json CitationsJson(const std::vector<OutgoingCitation>& citations) {
  Json list = Json::array();
  for (const OutgoingCitation& c : citations) {
    Json j;
    j["relation"] = RelationName(c.relation);
    j["authority"] = c.identity;
    j["type"] = OptionalJson(c.type);
    j["symbol"] = OptionalJson(c.symbol);
    j["name"] = OptionalJson(c.name);
    j["issuer"] = OptionalJson(c.issuer);
    j["date"] = OptionalJson(c.date);
    j["corpus_path"] = OptionalJson(c.corpus_path);
    j["pinpoint"] = OptionalJson(c.pinpoint);
    j["heading"] = OptionalJson(c.heading);
    j["sentence"] = c.sentence;
    j["mention_begin"] = c.mention_begin;
    j["mention_end"] = c.mention_end;
    list.push_back(std::move(j));
  }
  return list;
}

void WriteCitationLines(std::ostream& out, const std::vector<OutgoingCitation>& citations,
                        bool terminal) {
  const std::string* heading = nullptr;
  for (const OutgoingCitation& c : citations) {
    if (c.heading && (!heading || *heading != *c.heading)) {
      out << "\n  " << *c.heading << "\n";
      heading = &*c.heading;
    }
    out << "  " << c.ordinal + 1 << ". " << RelationLabel(c.relation) << " " << CitedName(c);
    if (c.pinpoint) out << " (" << *c.pinpoint << ")";
    if (c.corpus_path) out << "  [" << *c.corpus_path << "]";
    out << "\n     " << MarkedSentence(c.sentence, c.mention_begin, c.mention_end, terminal)
        << "\n";
  }
}

const char* const kCitationCsvHeader[] = {
    "direction",      "report_path", "relation", "authority", "authority_symbol",
    "authority_name", "other_path",  "pinpoint", "sentence",  "mention"};

std::vector<std::string> OutgoingRow(const IndexedDocument& d, const OutgoingCitation& c) {
  return {"cites",
          d.path,
          std::string(RelationName(c.relation)),
          c.identity,
          c.symbol.value_or(""),
          c.name.value_or(""),
          c.corpus_path.value_or(""),
          c.pinpoint.value_or(""),
          c.sentence,
          MentionOf(c.sentence, c.mention_begin, c.mention_end)};
}

}  // namespace

void WriteRefsTable(std::ostream& out, const IndexedDocument& d,
                    const std::vector<OutgoingCitation>& citations, bool terminal) {
  out << Headline(d) << "\n" << d.path << "\n";
  for (const std::string& copy : d.copies) out << "bản sao: " << copy << "\n";
  if (d.title) out << d.title.value() << "\n";
  out << "cites " << citations.size() << " time(s):\n";
  WriteCitationLines(out, citations, terminal);
}

void WriteRefsJson(std::ostream& out, const IndexedDocument& d,
                   const std::vector<OutgoingCitation>& citations) {
  Json root;
  root["document"] = DocumentJson(d);
  root["citations"] = CitationsJson(citations);
  WriteJson(out, root);
}

void WriteRefsCsv(std::ostream& out, const IndexedDocument& d,
                  const std::vector<OutgoingCitation>& citations) {
  out << kCsvByteOrderMark
      << CsvRow(std::vector<std::string>(std::begin(kCitationCsvHeader),
                                         std::end(kCitationCsvHeader)));
  for (const OutgoingCitation& c : citations) out << CsvRow(OutgoingRow(d, c));
}

void WriteShowTable(std::ostream& out, const IndexedDocument& d,
                    const std::vector<OutgoingCitation>& cites,
                    const std::vector<CitingReport>& cited_by, const DocumentStatus& status,
                    bool terminal) {
  out << Headline(d) << "\n";
  auto field = [&](const char* label, const std::optional<std::string>& value) {
    if (value) out << "  " << label << value.value() << "\n";
  };
  out << "  tệp:        " << d.path << "\n";
  for (const std::string& copy : d.copies) out << "  bản sao:     " << copy << "\n";
  field("trích yếu:   ", d.title);
  field("nơi ban hành: ", d.place);
  field("người ký:    ", d.signer);
  if (!d.recipients.empty()) out << "  nơi nhận:    " << JoinNonEmpty(d.recipients, "; ") << "\n";
  if (d.ocr_pages > 0) out << "  bản quét:    " << OcrNote(d) << "\n";
  WriteValidityLines(out, status, "  ");
  out << "\ncites " << cites.size() << " time(s):\n";
  WriteCitationLines(out, cites, terminal);
  out << "\ncited by " << cited_by.size() << " report(s) of the index:\n";
  for (const CitingReport& r : cited_by) {
    out << "  "
        << JoinNonEmpty({r.symbol.value_or("(không số)"), r.type.value_or(""),
                         VietnameseDate(r.date), r.issuer.value_or("")},
                        " · ")
        << "  [" << r.path << "]\n";
    for (const CitingMention& m : r.mentions)
      out << "     " << RelationLabel(m.relation) << ": "
          << MarkedSentence(m.sentence, m.mention_begin, m.mention_end, terminal) << "\n";
  }
}

nlohmann::ordered_json ShowJson(const IndexedDocument& d,
                                const std::vector<OutgoingCitation>& cites,
                                const std::vector<CitingReport>& cited_by,
                                const DocumentStatus& status) {
  Json root;
  root["document"] = DocumentJson(d);
  root["validity"] = ValidityJson(status);
  root["cites"] = CitationsJson(cites);
  root["cited_by"] = CitingReportsJson(cited_by);
  return root;
}

void WriteShowJson(std::ostream& out, const IndexedDocument& d,
                   const std::vector<OutgoingCitation>& cites,
                   const std::vector<CitingReport>& cited_by, const DocumentStatus& status) {
  WriteJson(out, ShowJson(d, cites, cited_by, status));
}

void WriteShowCsv(std::ostream& out, const IndexedDocument& d,
                  const std::vector<OutgoingCitation>& cites,
                  const std::vector<CitingReport>& cited_by) {
  WriteRefsCsv(out, d, cites);
  for (const CitingReport& r : cited_by)
    for (const CitingMention& m : r.mentions)
      out << CsvRow({"cited_by", d.path, std::string(RelationName(m.relation)),
                     d.identity.value_or(""), d.symbol.value_or(""), "", r.path,
                     m.pinpoint.value_or(""), m.sentence,
                     MentionOf(m.sentence, m.mention_begin, m.mention_end)});
}

}  // namespace lexgraph
