#include "status_query.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "lexgraph/search_key.h"
#include "output_text.h"

namespace lexgraph {
namespace {

struct StateWords {
  ValidityState state;
  std::string_view name, label;
};
constexpr StateWords kStateWords[] = {
    {ValidityState::kInForce, "in_force", "còn hiệu lực"},
    {ValidityState::kAmended, "amended", "còn hiệu lực, đã được sửa đổi, bổ sung"},
    {ValidityState::kReplaced, "replaced", "đã bị thay thế"},
    {ValidityState::kRepealed, "repealed", "đã bị bãi bỏ hoặc hết hiệu lực"},
    {ValidityState::kConflicting, "conflicting", "chưa xác định: các nguồn mâu thuẫn"},
};

// "Quyết định 41/2019/QĐ-UBND"; a document known by name by its name.
std::string ShortName(const std::optional<std::string>& type,
                      const std::optional<std::string>& symbol,
                      const std::optional<std::string>& name, const std::string& fallback) {
  if (symbol) return JoinNonEmpty({type.value_or(""), *symbol}, " ");
  if (name) return *name;
  return fallback;
}

CitingReport ReportOf(const ReportSummary& summary) {
  CitingReport r;
  static_cast<ReportSummary&>(r) = summary;
  return r;
}

// The words of `text` as SearchKey folds them, punctuation dropped.
std::vector<std::string> FoldedWords(std::string_view text) {
  std::string key = SearchKey(text);
  for (char& ch : key)
    if (std::ispunct(static_cast<unsigned char>(ch)) && ch != '/' && ch != '-') ch = ' ';
  return SplitWords(CollapseSpaces(key));
}

bool IsPartNumber(const std::string& word) {
  if (word.empty()) return false;
  if (std::isdigit(static_cast<unsigned char>(word[0]))) return true;
  if (word.size() == 1) return std::isalpha(static_cast<unsigned char>(word[0]));  // điểm a
  return word.find_first_not_of("ivxlc") == std::string::npos;                     // II, IV
}

// Whether the words between the verb that governs a mention and the
// mention name a part of the document: "Thay thế Phụ lục I kèm theo
// Quyết định số 41/2019", "Bãi bỏ Điều 8 của Quy định ban hành kèm theo
// Quyết định số 41/2019", "bãi bỏ một phần Quyết định", "bãi bỏ một số
// nội dung của". Then only that
// part is replaced or repealed: the document is amended, not ended.
bool NamesAPart(std::string_view before_mention) {
  std::vector<std::string> words = FoldedWords(before_mention);
  // From the last verb of change: an earlier part word is another clause's.
  static const std::vector<std::vector<std::string>> kVerbs = {
      {"thai", "the"}, {"bai", "bo"}, {"hui", "bo"}, {"hieu", "luc"}};  // y folds to i
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < words.size(); ++i)
    for (const auto& verb : kVerbs)
      if (words[i] == verb[0] && words[i + 1] == verb[1]) start = i + 2;
  static const std::vector<std::string> kNumberedParts = {"dieu",   "khoan", "diem",
                                                          "chuong", "muc",   "phan"};
  for (std::size_t i = start; i < words.size(); ++i) {
    const std::string& w = words[i];
    const std::string next = i + 1 < words.size() ? words[i + 1] : "";
    if (std::find(kNumberedParts.begin(), kNumberedParts.end(), w) != kNumberedParts.end() &&
        IsPartNumber(next))
      return true;
    if ((w == "phu" && next == "luc") || (w == "mot" && (next == "so" || next == "phan")) ||
        (w == "noi" && next == "dung") || (w == "bieu" && next == "mau"))
      return true;
  }
  return false;
}

// "được bãi bỏ một phần bởi", "thay thế một phần": a statement that says
// the change is partial after its verb, wherever the mention stands.
bool SaysInPart(std::string_view statement) {
  std::vector<std::string> words = FoldedWords(statement);
  for (std::size_t i = 1; i + 2 < words.size(); ++i)
    if (((words[i - 1] == "bai" || words[i - 1] == "hui") && words[i] == "bo") ||
        (words[i - 1] == "thai" && words[i] == "the"))
      if (words[i + 1] == "mot" && words[i + 2] == "phan") return true;
  return false;
}

bool Partial(const ValidityEvidence& e) {
  if (e.relation == Relation::kAmends) return false;
  if (e.pinpoint) return true;
  if (e.stated && SaysInPart(e.sentence)) return true;
  if (e.mention_begin > e.mention_sentence.size()) return false;
  return NamesAPart(std::string_view(e.mention_sentence).substr(0, e.mention_begin));
}

ValidityChange ChangeOf(const ValidityEvidence& evidence) {
  ValidityChange c;
  c.relation = evidence.relation;
  c.stated = evidence.stated;
  c.report = ReportOf(evidence.report);
  c.sentence = evidence.sentence;
  c.pinpoint = evidence.pinpoint;
  c.partial = Partial(evidence);
  if (!evidence.stated) {
    const ReportSummary& acting = evidence.report;
    c.by = ShortName(acting.type, acting.symbol, std::nullopt, acting.path);
    c.by_identity = acting.identity;
    c.by_path = acting.path;
    if (acting.date) c.since = acting.date, c.since_kind = "signed";
    return c;
  }
  if (evidence.by) {
    const AuthorityRecord& by = *evidence.by;
    c.by = ShortName(by.type, by.symbol, by.name, by.identity);
    c.by_identity = by.identity;
    c.by_path = by.corpus_path;
  }
  if (evidence.effective)
    c.since = evidence.effective, c.since_kind = "effective";
  else if (evidence.by && evidence.by->date)
    c.since = evidence.by->date, c.since_kind = "signed";
  return c;
}

bool Ends(const ValidityChange& change) {
  return change.relation != Relation::kAmends && !change.partial;
}

// The state the changes give, or kConflicting with the reason.
void Derive(DocumentStatus& status) {
  std::set<std::string> acting;  // the named documents said to end it
  std::optional<std::string> ended;
  bool ends = false, replaced = false;
  for (const ValidityChange& c : status.changes) {
    if (!Ends(c)) continue;
    ends = true;
    if (!c.by.empty()) acting.insert(c.by_identity.value_or(c.by));
    if (c.since && (!ended || *c.since < *ended)) ended = c.since;
    replaced = replaced || c.relation == Relation::kReplaces;
  }
  if (!ends) {
    status.state = status.changes.empty() ? ValidityState::kInForce : ValidityState::kAmended;
    return;
  }
  if (acting.size() > 1) {
    std::vector<std::string> names;
    for (const ValidityChange& c : status.changes)
      if (Ends(c) && !c.by.empty() && std::find(names.begin(), names.end(), c.by) == names.end())
        names.push_back(c.by);
    status.state = ValidityState::kConflicting;
    status.conflict =
        "các nguồn nêu " + std::to_string(names.size()) +
        " văn bản khác nhau đã thay thế hoặc bãi bỏ văn bản này: " + JoinNonEmpty(names, "; ");
    return;
  }
  for (const ValidityChange& c : status.changes) {
    if (Ends(c) || !c.since || !ended || *c.since <= *ended) continue;
    status.state = ValidityState::kConflicting;
    status.conflict = "văn bản được nêu là hết hiệu lực từ " + VietnameseDate(ended) +
                      " nhưng lại được sửa đổi, bổ sung ngày " + VietnameseDate(c.since) + " (" +
                      c.by + ")";
    return;
  }
  status.state = replaced ? ValidityState::kReplaced : ValidityState::kRepealed;
}

// A report often says one change several times (its title, its preamble,
// its article): one change per report, act and document acting, with the
// first sentence and a count of the others.
void AddChange(ValidityChange change, std::vector<ValidityChange>& changes) {
  for (ValidityChange& c : changes)
    if (c.report.path == change.report.path && c.relation == change.relation &&
        c.partial == change.partial && c.stated == change.stated && c.by == change.by &&
        c.since == change.since) {
      ++c.mentions;
      return;
    }
  changes.push_back(std::move(change));
}

DocumentStatus StatusFrom(CitedAuthority document, const std::vector<ValidityEvidence>& evidence) {
  DocumentStatus status;
  status.document = std::move(document);
  for (const ValidityEvidence& e : evidence) {
    ValidityChange change = ChangeOf(e);
    // A statement read as a document changing itself says nothing.
    if (change.by_identity && *change.by_identity == status.document.identity) continue;
    AddChange(std::move(change), status.changes);
  }
  Derive(status);
  return status;
}

}  // namespace

std::string_view ValidityStateName(ValidityState state) {
  for (const StateWords& w : kStateWords)
    if (w.state == state) return w.name;
  return "";
}

std::string_view ValidityStateLabel(ValidityState state) {
  for (const StateWords& w : kStateWords)
    if (w.state == state) return w.label;
  return "";
}

std::vector<DocumentStatus> FindStatus(IndexReader& reader, const Reference& reference) {
  std::vector<DocumentStatus> statuses;
  GraphReader& graph = reader.graph();
  for (const AuthorityRecord& a : graph.AuthoritiesOfKey(reference.key))
    statuses.push_back(StatusFrom(CitedAuthorityOf(a), graph.ValidityOfAuthority(a.id)));
  return statuses;
}

DocumentStatus StatusOfReport(IndexReader& reader, const IndexedDocument& document) {
  CitedAuthority self;
  self.identity = document.identity.value_or("");
  self.type = document.type;
  self.symbol = document.symbol;
  self.issuer = document.issuer;
  self.date = document.date;
  self.scope = document.place.value_or("");
  self.corpus_path = document.path;
  return StatusFrom(std::move(self), reader.graph().ValidityOfReport(document.id));
}

}  // namespace lexgraph
