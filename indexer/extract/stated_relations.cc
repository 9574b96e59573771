#include "stated_relations.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "knowledge.h"
#include "mention_context.h"
#include "mention_phrases.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kNone = static_cast<std::size_t>(-1);
// How far the verb's arguments may stand from it, in words.
constexpr int kMaxPathWords = 16;
constexpr int kMaxTitleWords = 40;
// List items follow one another closely: "Nghị định 24/2010/NĐ-CP và ".
constexpr std::size_t kMaxListGap = 40;
// No title, and no run of auxiliaries, is longer than this.
constexpr std::size_t kMaxGapBytes = 600;
// How far around a verb its sentences are drawn from, at most: past
// MentionContext's own reach (2048 bytes either side).
constexpr std::size_t kWindowBytes = 3000;

// A verb of amending, replacing or repealing, or a run of them ("sửa đổi,
// bổ sung"), in folded offsets.
struct Verb {
  std::size_t begin = 0, end = 0;
  Relation relation = Relation::kAmends;
  bool intransitive = false;  // "hết hiệu lực": repeals its subject
};

// Folded text is ASCII: letters and digits without the locale.
inline bool IsAsciiAlnum(char c) {
  return static_cast<unsigned char>((c | 0x20) - 'a') < 26 ||
         static_cast<unsigned char>(c - '0') < 10;
}

// The verbs: the governing words of amends, replaces and repeals from the
// knowledge tables (the same words that make Citation::relation; keys spell
// y as i), and "hết hiệu lực" / "ngưng hiệu lực", which say a document
// ceased to apply. Runs ("sửa đổi, bổ sung") are joined after matching.
struct VerbKey {
  std::string key;
  Relation relation;
  bool intransitive;
};

const std::vector<VerbKey>& VerbKeys() {
  static const std::vector<VerbKey> keys = [] {
    std::vector<VerbKey> all;
    for (const auto& w : Knowledge::Get().relation_words())
      if ((w.relation == Relation::kAmends || w.relation == Relation::kReplaces ||
           w.relation == Relation::kRepeals) &&
          w.key.find(',') == std::string::npos)
        all.push_back({w.key, w.relation, false});
    all.push_back({"het hieu luc", Relation::kRepeals, true});
    all.push_back({"ngung hieu luc", Relation::kRepeals, true});
    // "Quyết định số 17/2015/QĐ-UBND không còn hiệu lực": no longer in force.
    all.push_back({"khong con hieu luc", Relation::kRepeals, true});
    std::stable_sort(all.begin(), all.end(), [](const VerbKey& a, const VerbKey& b) {
      return a.key.size() > b.key.size();
    });
    return all;
  }();
  return keys;
}

// The verb whose first word starts at folded offset `pos` (a word start),
// as [pos, end) with its key; nullptr when none does. One test of the
// first letter rules out most words.
const VerbKey* VerbAt(std::string_view f, std::size_t pos, std::size_t limit, std::size_t* end) {
  // The keys by their first two letters: most words match none.
  static const std::array<std::vector<const VerbKey*>, 128> kByFirst = [] {
    std::array<std::vector<const VerbKey*>, 128> by_first;
    for (const VerbKey& k : VerbKeys())
      by_first[static_cast<unsigned char>(k.key[0]) & 127].push_back(&k);
    return by_first;
  }();
  unsigned char c = static_cast<unsigned char>(f[pos]);
  if (c >= 128 || kByFirst[c].empty() || pos + 1 >= limit) return nullptr;
  char second = f[pos + 1] == 'y' ? 'i' : f[pos + 1];
  for (const VerbKey* k : kByFirst[c]) {
    if (k->key[1] != second) continue;
    std::size_t i = pos + 2, j = 2;
    for (; j < k->key.size() && i < limit; ++j) {
      char want = k->key[j];
      if (want == ' ') {
        if (!IsFoldedSpace(f[i])) break;
        while (i < limit && IsFoldedSpace(f[i])) ++i;
        continue;
      }
      char got = f[i] == 'y' ? 'i' : f[i];
      if (got != want) break;
      ++i;
    }
    if (j < k->key.size() || (i < limit && IsAsciiAlnum(f[i]))) continue;
    *end = i;
    return k;
  }
  return nullptr;
}

// True when a verb starts at a word start in folded [begin, end).
bool HasVerb(std::string_view f, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (i > 0 && IsAsciiAlnum(f[i - 1])) continue;
    std::size_t e;
    if (VerbAt(f, i, end, &e)) return true;
  }
  return false;
}

bool IsWordChar(char c) { return IsAsciiAlnum(c); }

// The words of folded text, for the small closed sets below.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> words;
  for (std::size_t i = 0; i < s.size();) {
    if (!IsWordChar(s[i])) {
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < s.size() && IsWordChar(s[i])) ++i;
    words.push_back(s.substr(b, i - b));
  }
  return words;
}

bool In(std::string_view word, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), word) != set.end();
}

bool IsNumbering(std::string_view w) {
  return std::isdigit(static_cast<unsigned char>(w[0])) || w.size() == 1 ||
         w.find_first_not_of("ivxl") == std::string_view::npos;
}

// Words that may stand between a document and its verb without changing
// who does what: tense and voice ("đã được", "bị"), "hiện nay", "đều",
// and when it applies ("có hiệu lực từ ngày 01/3/2022").
bool IsAuxiliary(std::string_view w) {
  return IsNumbering(w) ||
         In(w, {"da",    "duoc", "bi",   "deu",  "cung", "hien", "nay", "van", "chinh", "thuc",
                "moi",   "vua",  "lan",  "luot", "hoan", "toan", "tat", "ca",  "nam",   "ngay",
                "thang", "co",   "hieu", "luc",  "ke",   "tu",   "thi", "hanh"});
}

// Words that make the change no fact: negation ("chưa", "không"), future or
// plans ("sẽ", "sắp", "dự kiến", "đang"), proposals and drafts ("đề nghị",
// "kiến nghị", "đề xuất", "tham mưu", "dự thảo", "trình"), duty ("cần",
// "phải", "nên"), condition ("nếu").
bool IsNotFact(std::string_view w) {
  return In(w,
            {"chua", "khong", "chang", "se",   "sap", "dang", "can", "phai", "nen",   "neu",   "du",
             "kien", "de",    "xuat",  "tham", "muu", "thao", "xem", "xet",  "trinh", "nghien"});
}

// True when the auxiliaries right before the verb hold a word that makes
// it no fact ("chưa được sửa đổi", "dự kiến sẽ thay thế", "đề nghị bãi bỏ").
bool NegatedBefore(std::string_view f, std::size_t floor, std::size_t verb) {
  std::vector<std::string_view> words = Words(f.substr(floor, verb - floor));
  for (std::size_t i = words.size(); i-- > 0 && words.size() - i <= 6;) {
    if (IsNotFact(words[i])) return true;
    if (!IsAuxiliary(words[i])) break;
  }
  return false;
}

// A clause stop inside a gap: ";", ":", "?" or a full stop before white
// space.
bool HasStop(std::string_view gap) {
  for (std::size_t i = 0; i < gap.size(); ++i) {
    char c = gap[i];
    if (c == ';' || c == ':' || c == '?' || c == '!') return true;
    if (c == '.' && (i + 1 == gap.size() || IsFoldedSpace(gap[i + 1]))) return true;
  }
  return false;
}

// The gap between a document and its verb holds only auxiliaries:
// "Thông tư 80/2021/TT-BTC (đã được sửa đổi", "Quyết định số 5 đã hết".
bool IsAuxiliaryGap(std::string_view gap) {
  if (gap.size() > kMaxGapBytes || HasStop(gap) || gap.find(')') != std::string_view::npos)
    return false;
  std::vector<std::string_view> words = Words(gap);
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (IsAuxiliary(words[i])) continue;
    // "có hiệu lực từ ngày 01/01/2021 và thay thế": the document's own
    // coming into force, then its act.
    if (words[i] == "va" && i + 1 == words.size() && i >= 2 && words[1] == "hieu") continue;
    // "được điều chỉnh, bổ sung tại ...": a passive whose first verb is
    // not one of ours.
    static const RE2 passive_run(R"(^\s*(?:da\s+)?(?:duoc|bi)\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*$)");
    return RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), passive_run) &&
           gap.find("ban hanh") == std::string_view::npos;
  }
  return true;
}

// The gap is the title or description of the document before it ("về tuyển
// dụng, sử dụng và quản lý công chức", "quy định chi tiết ...", "hướng dẫn
// ..."): the verb after it is still that document's.
bool IsTitleGap(const FoldedText& text, std::size_t begin, std::size_t end) {
  if (end - begin > kMaxGapBytes) return false;
  std::string_view gap = text.folded().substr(begin, end - begin);
  static const RE2 opening(
      R"(^[\s,("]*(?:(?:da\s+)?duoc\s+)?(?:ve|quy\s+dinh|huong\s+dan|ban\s+hanh|phe\s+duyet|cua|ke\s+hoach)\b)");
  if (!RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), opening)) return false;
  if (gap.find_first_of(";:?") != std::string_view::npos) return false;
  for (std::size_t i = 0; i + 1 < gap.size(); ++i) {
    if (gap[i] == '.' && IsFoldedSpace(gap[i + 1])) return false;
    // ", Sở Nội vụ đã ...": a comma before a capital opens a new clause.
    if (gap[i] == ',') {
      std::size_t j = i + 1;
      while (j < gap.size() && IsFoldedSpace(gap[j])) ++j;
      if (j < gap.size() && std::isalpha(static_cast<unsigned char>(gap[j])) &&
          StartsUpper(text.OriginalSlice(begin + j, begin + j + 1)))
        return false;
    }
  }
  if (static_cast<int>(Words(gap).size()) > kMaxTitleWords) return false;
  re2::StringPiece g(gap.data(), gap.size());
  // A verb inside is another act ("... kèm theo Quyết định 55 quy định về
  // ... và bãi bỏ một phần Quyết định 24 sửa đổi ..."), and so is one
  // coordinated after the title ("Quyết định 55 quy định về ... và bãi
  // bỏ"): the citing document's, or a predicate before. Only a short
  // predicate of the document or its own coming into force goes before
  // "và" ("Thông tư 105 hướng dẫn ..., có hiệu lực từ ngày 01/01/2021 và
  // thay thế"); a comma sets off the title ("Thông tư 40 hướng dẫn ...,
  // thay thế ...").
  if (HasVerb(text.folded(), begin, end)) return false;
  static const RE2 coordinated(R"(\bva\s*$)");
  if (RE2::PartialMatch(g, coordinated) && Words(gap).size() > 3 &&
      gap.find("hieu luc") == std::string_view::npos)
    return false;
  // A proposal or a draft ("về việc đề nghị ban hành ..."), or a document
  // named without a number right before the verb ("ban hành Nghị quyết
  // sửa đổi ..."): the verb is that draft's.
  static const RE2 not_this(
      R"(\b(?:de\s+nghi|kien\s+nghi|de\s+xuat|du\s+thao|tham\s+muu)\b|\b(?:quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|thong\s+tu|chi\s+thi|luat|quy\s+dinh|quy\s+che|ke\s+hoach|van\s+ban)\s*$)");
  return !RE2::PartialMatch(g, not_this);
}

// The path from an active verb to its object: the part of the document
// meant ("một số điều của", "Điều 5 của Quy định ban hành kèm theo") and
// little else. For a passive verb, the path to its agent, which must hold
// "bởi", "bằng", "tại" or "theo".
bool IsObjectPath(std::string_view path, bool agent) {
  if (HasStop(path)) return false;
  std::vector<std::string_view> words = Words(path);
  bool attached = path.find("kem theo") != std::string_view::npos;
  if (static_cast<int>(words.size()) > (attached ? kMaxTitleWords : kMaxPathWords)) return false;
  bool preposition = false;
  for (std::string_view w : words) {
    if (In(w, {"boi", "bang", "tai", "theo"})) {
      preposition = true;
      continue;
    }
    if (attached || IsNumbering(w)) continue;
    if (agent && In(w, {"da", "duoc"})) continue;
    if (!In(w, {"mot",    "so",   "dieu", "khoan", "diem",  "phu", "luc",  "muc", "phan",
                "chuong", "cua",  "kem",  "ban",   "hanh",  "quy", "dinh", "noi", "dung",
                "cac",    "toan", "bo",   "cho",   "nhung", "va",  "van",  "ban"}))
      return false;
  }
  return !agent || preposition;
}

// The folded offset of original byte `original` (the first folded byte at
// or after it).
std::size_t ToFolded(const FoldedText& text, std::size_t original) {
  std::size_t lo = 0, hi = text.size();
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (text.ToOriginal(mid) < original)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

// One sentence and the mentions wholly inside it: [first, last).
struct Sentence {
  std::size_t begin = 0, end = 0;  // folded
  std::size_t first = 0, last = 0;
};

class Reader {
 public:
  Reader(const FoldedText& text, const std::vector<FoldedSpan>& mentions)
      : text_(text), f_(text.folded()), mentions_(mentions) {}

  std::vector<StatedRelation> Read();

 private:
  struct Found {
    std::optional<std::size_t> subject;
    std::vector<std::size_t> objects;
    std::size_t end = 0;  // folded, past the last argument
    bool active = false;
    // The verb opens the subject's own title or predicate right after its
    // mention ("Quyết định 08/2023 ... của UBND thành phố Sửa đổi, bổ sung
    // ..."): a verb coordinated further on in that title is the subject's.
    bool subject_predicate = false;
  };

  Sentence SentenceOf(const Verb& verb);
  std::size_t Head(const Sentence& s, std::size_t before) const;
  std::vector<std::size_t> WithListBefore(const Sentence& s, std::size_t head) const;
  std::vector<std::size_t> Following(const Sentence& s, std::size_t from, bool agent) const;
  bool NamesItself(const Sentence& s) const;
  std::optional<PhraseMatch> Effective(const Sentence& s, const Verb& verb) const;
  std::optional<Found> Arguments(const Sentence& s, const Verb& verb, const Found* previous);
  void Emit(const Sentence& s, const Verb& verb, const Found& found);
  void ListsUnderLeadIns();

  const FoldedText& text_;
  std::string_view f_;
  const std::vector<FoldedSpan>& mentions_;
  // The sentences of the paragraphs around the last verb read, original
  // [window_begin_, window_end_).
  std::unique_ptr<MentionContext> context_;
  std::size_t window_begin_ = 0, window_end_ = 0;
  std::vector<StatedRelation> out_;
};

Sentence Reader::SentenceOf(const Verb& verb) {
  std::size_t vb = text_.ToOriginal(verb.begin), ve = text_.ToOriginal(verb.end);
  if (!context_ || vb < window_begin_ || ve > window_end_) {
    // The sentences of the paragraphs around the verb: a blank line ends
    // every sentence, so reading from one to another draws the same
    // sentences as reading the whole text, at the cost of a paragraph.
    std::string_view o = text_.original();
    std::size_t b = vb, e = ve;
    for (int lines = 0; b > 0 && vb - b < kWindowBytes; ++lines) {
      std::size_t start = o.rfind('\n', b - 1);
      start = start == std::string_view::npos ? 0 : start + 1;
      bool blank = o.substr(start, b - start).find_first_not_of(" \t\r") == std::string_view::npos;
      if (blank && lines > 1) break;
      b = start == 0 ? 0 : start - 1;
    }
    for (int lines = 0; e < o.size() && e - ve < kWindowBytes; ++lines) {
      std::size_t stop = o.find('\n', e + 1);
      stop = stop == std::string_view::npos ? o.size() : stop;
      bool blank = o.substr(e, stop - e).find_first_not_of(" \t\r\n") == std::string_view::npos;
      if (blank && lines > 1) break;
      e = stop;
    }
    window_begin_ = b;
    window_end_ = e;
    context_ =
        std::make_unique<MentionContext>(o.substr(b, e - b), MentionContext::Reading::kSentences);
  }
  MentionContext::Bounds in = context_->SentenceBounds(vb - window_begin_, ve - window_begin_);
  MentionContext::Bounds b{in.begin + window_begin_, in.end + window_begin_};
  Sentence s;
  s.begin = ToFolded(text_, b.begin);
  s.end = std::max(ToFolded(text_, b.end), verb.end);
  s.first = FirstEndingAfter(mentions_, s.begin);
  while (s.first < mentions_.size() && mentions_[s.first].begin < s.begin) ++s.first;
  s.last = s.first;
  while (s.last < mentions_.size() && mentions_[s.last].end <= s.end) ++s.last;
  return s;
}

// The document a verb at `before` is said of: the mention right before it
// (after auxiliaries) or the one whose title runs up to it, climbing out of
// titles ("Nghị định 118/2021 quy định chi tiết Luật Xử lý vi phạm hành
// chính thay thế ..." is said of the decree). kNone when there is none.
std::size_t Reader::Head(const Sentence& s, std::size_t before) const {
  std::size_t i = FirstEndingAfter(mentions_, before);
  if (i == s.first) return kNone;
  std::size_t m = i - 1;
  if (m < s.first) return kNone;
  std::string_view gap = f_.substr(mentions_[m].end, before - mentions_[m].end);
  if (!IsAuxiliaryGap(gap) && !IsTitleGap(text_, mentions_[m].end, before)) return kNone;
  // (A comma right before the mention sets it off as the next item of a
  // list, not a document inside the title before: "bãi bỏ Quyết định 55
  // ... Quy định về ..., Quyết định 24 ... Sửa đổi ...".)
  static const RE2 item_after_comma(R"(,\s*$)");
  while (m > s.first && IsTitleGap(text_, mentions_[m - 1].end, mentions_[m].begin)) {
    std::string_view before_m =
        f_.substr(mentions_[m - 1].end, mentions_[m].begin - mentions_[m - 1].end);
    if (RE2::PartialMatch(re2::StringPiece(before_m.data(), before_m.size()), item_after_comma))
      break;
    --m;
  }
  // A submission proposes; it amends, replaces or repeals nothing.
  if (mentions_[m].kind == "Tờ trình") return kNone;
  // "dự thảo Nghị định ...": a draft does nothing yet.
  std::size_t lead = mentions_[m].begin > s.begin + 24 ? mentions_[m].begin - 24 : s.begin;
  if (f_.substr(lead, mentions_[m].begin - lead).find("du thao") != std::string_view::npos)
    return kNone;
  return m;
}

// `head` with the items of the list it ends: "Quyết định 12 và Quyết định
// 13 đã hết hiệu lực".
std::vector<std::size_t> Reader::WithListBefore(const Sentence& s, std::size_t head) const {
  std::vector<std::size_t> items{head};
  for (std::size_t m = head; m > s.first;) {
    std::size_t p = m - 1;
    std::size_t gap = mentions_[m].begin - mentions_[p].end;
    std::string_view between = f_.substr(mentions_[p].end, gap);
    if (gap > kMaxListGap || !IsListGap(between)) break;
    // A comma alone joins items of one kind; "Theo Công văn số 1486, Thông
    // tư ... đã được thay thế" opens the clause with an adjunct.
    static const RE2 conjunction(R"(\b(?:va|hoac)\b)");
    if (mentions_[p].kind != mentions_[m].kind &&
        !RE2::PartialMatch(re2::StringPiece(between.data(), between.size()), conjunction))
      break;
    items.insert(items.begin(), p);
    m = p;
  }
  return items;
}

// The mention an object or agent path leads to from `from`, with the items
// of its list: "thay thế Nghị định 24/2010/NĐ-CP và Nghị định 161/2018/NĐ-CP".
std::vector<std::size_t> Reader::Following(const Sentence& s, std::size_t from, bool agent) const {
  std::vector<std::size_t> items;
  std::size_t m = FirstEndingAfter(mentions_, from);
  if (m >= s.last || mentions_[m].begin < from) return items;
  if (!IsObjectPath(f_.substr(from, mentions_[m].begin - from), agent)) return items;
  items.push_back(m);
  for (std::size_t n = m + 1; n < s.last; ++n) {
    std::size_t gap = mentions_[n].begin - mentions_[n - 1].end;
    if (gap > kMaxListGap || !IsListGap(f_.substr(mentions_[n - 1].end, gap))) break;
    // An item followed by a verb of its own heads a new statement: "bãi
    // bỏ Quyết định 55 ..., Quyết định 08 sửa đổi, bổ sung ...".
    std::size_t after_end = std::min(s.end, mentions_[n].end + 40);
    std::string_view after = f_.substr(mentions_[n].end, after_end - mentions_[n].end);
    static const RE2 own_verb(R"(^[\s,(]*(?:(?:da|duoc|bi|deu)\s+)*)");
    re2::StringPiece rest(after.data(), after.size());
    RE2::Consume(&rest, own_verb);
    std::size_t verb_end;
    if (!rest.empty() &&
        VerbAt(f_, static_cast<std::size_t>(rest.data() - f_.data()), after_end, &verb_end))
      break;
    items.push_back(n);
  }
  return items;
}

// The sentence is the citing document's own act: it names itself
// ("Quyết định này", "kể từ ngày Nghị quyết này có hiệu lực"), or it is an
// article of it ("Điều 3. Quyết định số 5/2014/QĐ-UBND hết hiệu lực").
bool Reader::NamesItself(const Sentence& s) const {
  std::string_view sentence = f_.substr(s.begin, s.end - s.begin);
  static const RE2 itself(
      R"(\b(?:quyet\s+dinh|nghi\s+quyet|nghi\s+dinh|thong\s+tu|chi\s+thi|van\s+ban|ke\s+hoach|quy\s+dinh|quy\s+che|huong\s+dan|luat|phap\s+lenh)\s+nay\b)");
  if (RE2::PartialMatch(re2::StringPiece(sentence.data(), sentence.size()), itself)) return true;
  std::size_t line = f_.rfind('\n', s.begin == 0 ? 0 : s.begin - 1);
  line = line == std::string_view::npos || s.begin == 0 ? 0 : line + 1;
  if (line > s.begin) line = s.begin;
  std::string_view lead =
      f_.substr(line, s.begin - line + std::min<std::size_t>(12, s.end - s.begin));
  static const RE2 article(R"(^[\s*#]*dieu\s+\d+)");
  return RE2::PartialMatch(re2::StringPiece(lead.data(), lead.size()), article);
}

// "kể từ ngày 01/7/2021", "từ ngày 15/8/2022": from when the change applies;
// the first such date after the verb, else the last before it. Dates inside
// mentions are their signing dates, not this.
std::optional<PhraseMatch> Reader::Effective(const Sentence& s, const Verb& verb) const {
  std::optional<PhraseMatch> before, after;
  std::string_view sentence = f_.substr(s.begin, s.end - s.begin);
  re2::StringPiece rest(sentence.data(), sentence.size());
  re2::StringPiece at;
  static const RE2 find(R"((\btu)\s+ngay\b)");
  while (RE2::FindAndConsume(&rest, find, &at)) {
    std::size_t pos = static_cast<std::size_t>(at.data() - f_.data());
    if (Overlaps(mentions_, pos, pos + 2)) continue;
    auto date = ReadDateAfter(text_, pos + 2);
    if (!date) continue;
    if (pos >= verb.begin) {
      after = date;
      break;
    }
    before = date;
  }
  return after ? after : before;
}

std::optional<Reader::Found> Reader::Arguments(const Sentence& s, const Verb& verb,
                                               const Found* previous) {
  if (s.first == s.last) return std::nullopt;
  // Who is said to do it, or to undergo it: passive after "được" / "bị".
  std::size_t lead_begin = std::max(s.begin, verb.begin > 24 ? verb.begin - 24 : 0);
  std::vector<std::string_view> lead = Words(f_.substr(lead_begin, verb.begin - lead_begin));
  // ("được ban hành, sửa đổi ..." is active: "được" governs "ban hành";
  // "được điều chỉnh, bổ sung tại ..." is a passive run.)
  bool passive = false;
  for (std::size_t i = lead.size(); i-- > 0 && lead.size() - i <= 4;) {
    if (lead[i] == "duoc" || lead[i] == "bi") {
      passive = true;
      break;
    }
    if (!In(lead[i], {"da", "deu", "cung", "hien", "nay", "van", "moi", "vua", "lan", "luot"}))
      break;
  }
  if (!passive) {
    static const RE2 passive_run(R"(\b(?:duoc|bi)\s+([a-z]+(?:\s+[a-z]+)?)\s*,\s*$)");
    std::string first;
    std::string_view l = f_.substr(lead_begin, verb.begin - lead_begin);
    passive = RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), passive_run, &first) &&
              first != "ban hanh";
  }
  if (NegatedBefore(f_, s.begin, verb.begin)) return std::nullopt;
  std::size_t head = Head(s, verb.begin);
  // "Nếu Nghị định ... được sửa đổi": a condition, not a fact.
  if (head != kNone) {
    std::size_t from =
        std::max(s.begin, mentions_[head].begin > 40 ? mentions_[head].begin - 40 : 0);
    for (std::string_view w : Words(f_.substr(from, mentions_[head].begin - from)))
      if (w == "neu") return std::nullopt;
  }
  // "X thay thế Y và bãi bỏ Z", "Y đã hết hiệu lực và được thay thế bằng
  // X": a verb coordinated with the one before shares its document.
  bool coordinated = false;
  if (head == kNone && previous && previous->end <= verb.begin) {
    // (After "kể từ ngày 01/01/2022" the first verb's date; "do" gives
    // the reason: "đã hết hiệu lực ... do được thay thế bằng ...".)
    static const RE2 joined(
        R"(^[\s,]*(?:(?:ke\s+)?tu\s+ngay\s+[0-9/.\-]+[\s,]*)?(?:va|dong\s+thoi|roi|do|vi)?[\s,]*(?:(?:da|duoc|bi|cung|deu)\s*)*$)");
    std::string_view gap = f_.substr(previous->end, verb.begin - previous->end);
    coordinated = RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), joined);
    // "Quyết định 08 ... Sửa đổi, bổ sung ... Quyết định 55 quy định về
    // ... và bãi bỏ một phần Quyết định 24": a predicate title runs to the
    // end of its sentence, and a verb after "và" in it, past the object's
    // own title, is still the titled document's.
    static const RE2 and_end(R"(\bva\s*$)");
    if (!coordinated && previous->active && previous->subject_predicate &&
        gap.size() <= kMaxGapBytes && !HasStop(gap) &&
        RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), and_end) &&
        !Overlaps(mentions_, previous->end, verb.begin) && !HasVerb(f_, previous->end, verb.begin))
      coordinated = true;
  }
  Found found;
  if (verb.intransitive || passive) {
    if (head != kNone)
      found.objects = WithListBefore(s, head);
    else if (coordinated && !previous->active)
      found.objects = previous->objects;
    if (found.objects.empty()) return std::nullopt;
    found.end = verb.end;
    if (!verb.intransitive) {
      // "được thay thế bằng Quyết định này": the citing document does it.
      static const RE2 by_itself(
          R"(^[\s,]*(?:[a-z]+\s+){0,6}?(?:boi|bang|tai|theo)\s+(?:[a-z]+\s+){1,3}?nay\b)");
      std::string_view after = f_.substr(verb.end, std::min<std::size_t>(120, s.end - verb.end));
      if (RE2::PartialMatch(re2::StringPiece(after.data(), after.size()), by_itself))
        return std::nullopt;
      std::vector<std::size_t> agents = Following(s, verb.end, /*agent=*/true);
      if (!agents.empty()) {
        found.subject = agents.front();
        found.end = mentions_[agents.back()].end;
        // Several agents: one statement each ("bởi Nghị định 12 và Nghị định 49").
        for (std::size_t a = 1; a < agents.size(); ++a) {
          Found more = found;
          more.subject = agents[a];
          Emit(s, verb, more);
        }
      }
    }
    if (!found.subject && NamesItself(s)) return std::nullopt;
    return found;
  }
  found.active = true;
  if (head != kNone) {
    found.subject = head;
    found.subject_predicate =
        IsAuxiliaryGap(f_.substr(mentions_[head].end, verb.begin - mentions_[head].end));
  } else if (coordinated && previous->active) {
    found.subject = previous->subject;
    found.subject_predicate = previous->subject_predicate;
  }
  // No document before the verb: the citing document's own act ("Bãi bỏ
  // Quyết định số 12"), or a proposal's ("Sở đề nghị bãi bỏ ...").
  if (!found.subject) return std::nullopt;
  found.objects = Following(s, verb.end, /*agent=*/false);
  if (found.objects.empty()) return std::nullopt;
  found.end = mentions_[found.objects.back()].end;
  return found;
}

void Reader::Emit(const Sentence& s, const Verb& verb, const Found& found) {
  std::optional<PhraseMatch> effective = Effective(s, verb);
  for (std::size_t object : found.objects) {
    if (found.subject && *found.subject == object) continue;
    std::size_t first = std::min(verb.begin, mentions_[object].begin);
    std::size_t last = std::max(verb.end, mentions_[object].end);
    if (found.subject) {
      first = std::min(first, mentions_[*found.subject].begin);
      last = std::max(last, mentions_[*found.subject].end);
    }
    if (effective) {
      first = std::min(first, effective->begin);
      last = std::max(last, effective->end);
    }
    // The clause: the sentence cut at a ";" on either side, and after a
    // ":" that leads in ("Sở Tài chính báo cáo: Thông tư ...").
    std::size_t b = s.begin, e = s.end;
    std::size_t semi = f_.substr(b, first - b).find_last_of(";:");
    if (semi != std::string_view::npos) b += semi + 1;
    std::size_t next = f_.substr(last, e - last).find(';');
    if (next != std::string_view::npos) e = last + next;
    while (b < first && IsFoldedSpace(f_[b])) ++b;
    while (e > last && IsFoldedSpace(f_[e - 1])) --e;
    StatedRelation r;
    r.subject = found.subject;
    r.relation = verb.relation;
    r.object = object;
    if (effective) r.effective = effective->value;
    r.begin = text_.ToOriginal(b);
    r.end = text_.ToOriginal(e);
    r.text = std::string(text_.original().substr(r.begin, r.end - r.begin));
    bool seen = std::any_of(out_.begin(), out_.end(), [&](const StatedRelation& o) {
      return o.subject == r.subject && o.relation == r.relation && o.object == r.object &&
             o.begin == r.begin;
    });
    if (!seen) out_.push_back(std::move(r));
  }
}

// "- ", "+ ", "a) ", "1. ", "1) ": a line that opens an item of a list.
// Returns the offset past the marker, or kNone.
std::size_t ListItemBody(std::string_view f, std::size_t line, std::size_t limit) {
  std::size_t i = line;
  while (i < limit && (f[i] == ' ' || f[i] == '\t' || f[i] == '*')) ++i;
  if (i >= limit) return kNone;
  if (f[i] == '-' || f[i] == '+') {
    ++i;
  } else {
    std::size_t b = i;
    while (i < limit && i - b < 4 && IsAsciiAlnum(f[i])) ++i;
    if (i == b || i >= limit || (f[i] != '.' && f[i] != ')')) return kNone;
    bool digits = std::isdigit(static_cast<unsigned char>(f[b])) != 0;
    if (!digits && i - b != 1) return kNone;
    ++i;
  }
  while (i < limit && (f[i] == ' ' || f[i] == '\t' || f[i] == '*')) ++i;
  return i;
}

// "Các văn bản sau đây đã hết hiệu lực:\n1. Quyết định số ...;\n2. ...": a
// report states that each listed document is no longer in force (repeals,
// no subject, one record per item). The lead-in is a line of its own that
// ends with ":" and names no document; the citing document's own act ("...
// hết hiệu lực kể từ ngày Quyết định này có hiệu lực:", an article "Điều
// 3."), a negation or a plan states nothing. An item's document is the
// mention that opens it; those inside its title are not.
void Reader::ListsUnderLeadIns() {
  // Colons are few: find the lines that end with one, then the verb in them.
  for (std::size_t colon = f_.find(':'); colon != std::string_view::npos;
       colon = f_.find(':', colon + 1)) {
    std::size_t line_end = colon + 1;
    while (line_end < f_.size() && (f_[line_end] == ' ' || f_[line_end] == '\t' ||
                                    f_[line_end] == '*' || f_[line_end] == '\r'))
      ++line_end;
    if (line_end < f_.size() && f_[line_end] != '\n') continue;
    std::size_t line = colon == 0 ? std::string_view::npos : f_.rfind('\n', colon - 1);
    line = line == std::string_view::npos ? 0 : line + 1;
    if (colon - line > 300 || Overlaps(mentions_, line, colon)) continue;
    std::size_t pos = f_.substr(line, colon - line).rfind("hieu luc");
    if (pos == std::string_view::npos) continue;
    pos += line;
    std::size_t verb_begin = kNone;
    for (std::string_view head :
         {std::string_view("het "), std::string_view("ngung "), std::string_view("khong con ")})
      if (pos >= line + head.size() && f_.substr(pos - head.size(), head.size()) == head &&
          (pos == line + head.size() || !IsAsciiAlnum(f_[pos - head.size() - 1])))
        verb_begin = pos - head.size();
    if (verb_begin == kNone) continue;
    Sentence lead{line, colon, 0, 0};
    // (The lead-in may be an item itself: "2. Các văn bản sau đã hết ...:".)
    std::size_t words_from = ListItemBody(f_, line, colon);
    if (words_from == kNone || words_from > verb_begin) words_from = line;
    if (HasStop(f_.substr(words_from, colon - words_from)) || NamesItself(lead) ||
        NegatedBefore(f_, line, verb_begin))
      continue;
    // ("Các văn bản sau đây", "các Quyết định dưới đây": what is listed.)
    static const RE2 listed(R"(\b(?:sau|sau\s+day|duoi\s+day|nhu\s+sau)\b)");
    std::string_view lead_text = f_.substr(line, colon - line);
    if (!RE2::PartialMatch(re2::StringPiece(lead_text.data(), lead_text.size()), listed)) continue;
    Verb verb{verb_begin, pos + 8, Relation::kRepeals, true};
    std::optional<PhraseMatch> effective = Effective(lead, verb);
    // The items: lines that open with a marker; a line wrapped from an item
    // goes on with it; a blank line, or a line that is neither, ends them.
    std::size_t at = line_end + 1;
    for (int lines = 0; at < f_.size() && lines < 60; ++lines) {
      std::size_t next = f_.find('\n', at);
      if (next == std::string_view::npos) next = f_.size();
      std::size_t body = ListItemBody(f_, at, next);
      if (body == kNone) {
        std::string_view l = f_.substr(at, next - at);
        if (lines == 0 || l.find_first_not_of(" \t\r") == std::string_view::npos) break;
        // A wrapped line of the item before, unless a heading.
        static const RE2 heading(R"(^[\s*#]*(?:dieu\s+\d|[ivxl]+[.)]\s|chuong\s|muc\s+\d))");
        if (RE2::PartialMatch(re2::StringPiece(l.data(), l.size()), heading)) break;
        at = next + 1;
        continue;
      }
      std::size_t m = FirstEndingAfter(mentions_, body);
      if (m < mentions_.size() && mentions_[m].begin == body) {
        StatedRelation r;
        r.relation = Relation::kRepeals;
        r.object = m;
        if (effective) r.effective = effective->value;
        std::size_t b = line, e = mentions_[m].end;
        while (b < e && IsFoldedSpace(f_[b])) ++b;
        r.begin = text_.ToOriginal(b);
        r.end = text_.ToOriginal(e);
        r.text = std::string(text_.original().substr(r.begin, r.end - r.begin));
        bool seen = std::any_of(out_.begin(), out_.end(), [&](const StatedRelation& o) {
          return o.relation == r.relation && o.object == r.object;
        });
        if (!seen) out_.push_back(std::move(r));
      }
      at = next + 1;
    }
  }
}

std::vector<StatedRelation> Reader::Read() {
  if (mentions_.empty()) return {};
  ListsUnderLeadIns();
  // The verbs, outside mentions ("Luật sửa đổi, bổ sung một số điều của
  // Luật ..." names a law), runs joined: "sửa đổi, bổ sung", "sửa đổi, bổ
  // sung hoặc thay thế" (the first word says what is done). Every statement
  // has a document before its verb (its subject, its object, or the object
  // of the verb it is coordinated with), with auxiliaries, a date or a
  // title between: only the words after each mention are read, a few, or
  // a title's worth when a title opens there ("về ...", "quy định ...").
  std::vector<Verb> verbs;
  static const std::array<bool, 128> kTitleOpening = [] {
    std::array<bool, 128> first{};
    for (char c : std::string_view("vqhbpckd")) first[static_cast<unsigned char>(c)] = true;
    return first;
  }();
  for (std::size_t k = 0; k < mentions_.size(); ++k) {
    std::size_t i = mentions_[k].end;
    std::size_t limit = std::min({f_.size(), mentions_[k].end + kMaxGapBytes,
                                  k + 1 < mentions_.size() ? mentions_[k + 1].begin : f_.size()});
    int words = 0;
    bool title = false;
    while (i < limit) {
      while (i < limit && !IsAsciiAlnum(f_[i])) {
        char c = f_[i];
        if (c == ';' || c == ':' || c == '?' || c == '!' ||
            (c == '.' && (i + 1 == f_.size() || IsFoldedSpace(f_[i + 1]))))
          i = limit;  // a clause stop: nothing after it is this mention's
        else
          ++i;
      }
      if (i >= limit) break;
      std::size_t end;
      if (const VerbKey* key = VerbAt(f_, i, f_.size(), &end)) {
        Verb v{i, end, key->relation, key->intransitive};
        i = end;
        if (!verbs.empty() && !verbs.back().intransitive && !v.intransitive) {
          std::string_view gap = f_.substr(verbs.back().end, v.begin - verbs.back().end);
          static const RE2 run(R"(^[\s,]*(?:(?:va|hoac)\s+)?$)");
          if (gap.size() < 16 && RE2::FullMatch(re2::StringPiece(gap.data(), gap.size()), run)) {
            verbs.back().end = v.end;
            continue;
          }
        }
        verbs.push_back(v);
        continue;
      }
      // A title may open in the first words ("về", "quy định", "hướng
      // dẫn", "ban hành", "phê duyệt", "của", "kế hoạch", "(đã) được").
      if (words < 2 && kTitleOpening[static_cast<unsigned char>(f_[i]) & 127]) title = true;
      if (++words > (title ? kMaxTitleWords : kMaxPathWords)) break;
      while (i < limit && IsAsciiAlnum(f_[i])) ++i;
    }
  }
  std::optional<Found> previous;
  Sentence previous_sentence;
  for (const Verb& verb : verbs) {
    // Every statement has a document before its verb: its subject, its
    // object, or those of the verb it is coordinated with. Test that
    // cheaply before drawing the sentence.
    std::size_t nearest = FirstEndingAfter(mentions_, verb.begin);
    bool plausible = false;
    if (nearest > 0) {
      const FoldedSpan& m = mentions_[nearest - 1];
      std::size_t gap = verb.begin - m.end;
      plausible = gap <= kMaxGapBytes &&
                  (IsAuxiliaryGap(f_.substr(m.end, gap)) || IsTitleGap(text_, m.end, verb.begin));
    }
    if (!plausible &&
        !(previous && previous->end <= verb.begin && verb.begin - previous->end <= kMaxGapBytes))
      continue;
    Sentence s = SentenceOf(verb);
    if (s.end > s.begin && f_.substr(s.begin, s.end - s.begin).find('?') != std::string_view::npos)
      continue;  // a question
    const Found* before = previous && previous_sentence.begin == s.begin ? &*previous : nullptr;
    std::optional<Found> found = Arguments(s, verb, before);
    if (found) Emit(s, verb, *found);
    previous = found;
    previous_sentence = s;
  }
  std::stable_sort(out_.begin(), out_.end(), [](const StatedRelation& a, const StatedRelation& b) {
    return std::tie(a.begin, a.object) < std::tie(b.begin, b.object);
  });
  return std::move(out_);
}

}  // namespace

std::vector<StatedRelation> FindStatedRelations(const FoldedText& text,
                                                const std::vector<FoldedSpan>& mentions) {
  return Reader(text, mentions).Read();
}

}  // namespace lexgraph
