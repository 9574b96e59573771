#include "lexgraph/citation_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "document_header.h"
#include "folded_text.h"
#include "knowledge.h"
#include "mention_phrases.h"
#include "named_mentions.h"
#include "relation_classifier.h"
#include "stated_relations.h"
#include "symbol_scanner.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kTypeLookBehind = 90;

// A mention being assembled; offsets are folded.
struct Mention {
  std::size_t begin = 0, end = 0;
  Citation citation;
  bool issuer_stated = false;
};

struct TypeWord {
  std::size_t begin;
  std::string canonical;
  bool generic;  // "văn bản": the symbol's code tells the type better
};

// The type spelling that ends `head` (folded, y -> i), as (offset of its
// start, canonical type); the text may break lines inside the words.
std::optional<std::pair<std::size_t, std::string>> TypeSpellingEndingAt(std::string_view head) {
  for (const auto& spelling : Knowledge::Get().type_spellings()) {
    std::string_view key = spelling.key;
    std::size_t i = head.size(), k = key.size();
    while (k > 0 && i > 0) {
      if (key[k - 1] == ' ') {
        if (head[i - 1] != ' ' && head[i - 1] != '\n') break;
        while (i > 0 && (head[i - 1] == ' ' || head[i - 1] == '\n')) --i;
        --k;
        continue;
      }
      if (head[i - 1] != key[k - 1]) break;
      --i, --k;
    }
    if (k != 0) continue;
    if (i > 0 && std::isalnum(static_cast<unsigned char>(head[i - 1]))) continue;
    return std::pair{i, spelling.canonical};
  }
  return std::nullopt;
}

// "Quyết định số", "NGHỊ ĐỊNH SỐ", "Kế hoạch số:", "văn bản số" right before
// folded offset `pos` (not before `floor`).
std::optional<TypeWord> TypeWordBefore(std::string_view f, std::size_t pos, std::size_t floor) {
  static const RE2 number_sign(R"((?:^|[^a-z0-9])((?:s[o0e6]|no)[ \t]*[:.]?)[ \t\n]*$)");
  std::size_t start = std::max(floor, pos > kTypeLookBehind ? pos - kTypeLookBehind : 0);
  std::string window(f.substr(start, pos - start));
  for (char& c : window)
    if (c == 'y') c = 'i';
  // Strip white space, then "số", then white space.
  std::size_t end = window.size();
  while (end > 0 && IsFoldedSpace(window[end - 1])) --end;
  re2::StringPiece g;
  std::size_t tail = end > 12 ? end - 12 : 0;  // "số:" and what precedes it
  bool numbered =
      RE2::PartialMatch(re2::StringPiece(window.data() + tail, end - tail), number_sign, &g);
  if (numbered) {
    end = static_cast<std::size_t>(g.data() - window.data());
    while (end > 0 && IsFoldedSpace(window[end - 1])) --end;
  }
  std::string_view head(window.data(), end);
  // "Chương trình hành động số", "Báo cáo tổng kết số": after "số", up to
  // two words may qualify the type word.
  for (int qualifiers = 0; qualifiers <= (numbered ? 2 : 0); ++qualifiers) {
    if (auto found = TypeSpellingEndingAt(head)) {
      return TypeWord{start + found->first, found->second,
                      found->second == "Công văn" && head.ends_with("van ban")};
    }
    std::size_t cut = head.find_last_of(" \n");
    if (cut == std::string_view::npos) break;
    std::string_view last = head.substr(cut + 1);
    if (last.empty() || !std::all_of(last.begin(), last.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c));
        }))
      break;
    head = head.substr(0, cut);
    while (!head.empty() && (head.back() == ' ' || head.back() == '\n')) head.remove_suffix(1);
  }
  return std::nullopt;
}

// "Luật Quản lý thuế số 38/2019/QH14": a law's type word with its name
// between it and the number.
std::optional<TypeWord> LawWordBefore(const FoldedText& text, std::size_t pos, std::size_t floor) {
  std::string_view f = text.folded();
  static const RE2 law(
      R"((?:^|[^a-z])(bo\s+luat|luat|phap\s+lenh|nghi\s+quyet)\s+[a-z ,\n-]{1,80}$)");
  std::size_t start = std::max(floor, pos > kTypeLookBehind ? pos - kTypeLookBehind : 0);
  re2::StringPiece window(f.data() + start, pos - start);
  re2::StringPiece g;
  // The leftmost match is the farthest type word; take the nearest instead.
  std::optional<TypeWord> found;
  std::size_t from = 0;
  while (from < window.size()) {
    re2::StringPiece rest(window.data() + from, window.size() - from);
    if (!RE2::PartialMatch(rest, law, &g)) break;
    std::size_t at = static_cast<std::size_t>(g.data() - f.data());
    std::string word(g.data(), g.size());
    from = at - start + g.size();
    // The name's own type word is capitalised; "pháp luật" inside the name
    // ("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13") is not one.
    if (!StartsUpper(text.OriginalSlice(at, at + 1))) continue;
    std::string canonical = word.starts_with("bo")     ? "Bộ luật"
                            : word.starts_with("luat") ? "Luật"
                            : word.starts_with("phap") ? "Pháp lệnh"
                                                       : "Nghị quyết";
    found = TypeWord{at, canonical, false};
  }
  if (found) {
    // At most twelve words of name between the type word and the number.
    std::string_view between = f.substr(found->begin, pos - found->begin);
    int words = 0;
    for (std::size_t i = 0; i < between.size(); ++i)
      if (std::isalpha(static_cast<unsigned char>(between[i])) &&
          (i == 0 || !std::isalpha(static_cast<unsigned char>(between[i - 1]))))
        ++words;
    if (words > 12) return std::nullopt;
  }
  return found;
}

bool OverlapsAny(const std::vector<Mention>& mentions, std::size_t begin, std::size_t end) {
  for (const Mention& m : mentions)
    if (m.begin < end && begin < m.end) return true;
  return false;
}

// Date and issuer written after the mention: "ngày 15/5/2016 của Bộ Chính
// trị", or "của UBND tỉnh ngày ...". Extends the mention's end.
void ReadTrailingPhrases(const FoldedText& text, Mention& m) {
  auto date = ReadDateAfter(text, m.end);
  if (date) m.end = date->end;
  auto issuer = ReadIssuerAfter(text, m.end);
  if (issuer) {
    m.end = issuer->end;
    if (!date) date = ReadDateAfter(text, m.end);
    if (date && date->begin >= issuer->end) m.end = date->end;
  }
  if (date) m.citation.date = date->value;
  if (issuer) {
    m.citation.issuer = issuer->value;
    m.issuer_stated = true;
  }
}

std::vector<Mention> SymbolMentions(const FoldedText& text, const DocumentHeader& header,
                                    const std::vector<SymbolMatch>& symbols) {
  std::string_view f = text.folded();
  std::vector<Mention> mentions;
  std::size_t previous_end = 0;
  const Mention* previous = nullptr;
  for (const SymbolMatch& match : symbols) {
    if (header.symbol_begin && match.begin < *header.symbol_end && *header.symbol_begin < match.end)
      continue;  // the document's own number
    Mention m;
    m.begin = match.begin;
    m.end = match.end;
    std::optional<std::string> code_type = match.symbol.TypeFromCode();
    std::optional<TypeWord> word = TypeWordBefore(f, match.begin, previous_end);
    if (!word && code_type &&
        (*code_type == "Luật" || *code_type == "Pháp lệnh" || *code_type == "Nghị quyết" ||
         match.symbol.codes[0].starts_with("qh")))
      word = LawWordBefore(text, match.begin, previous_end);
    // "... quy phạm pháp luật số 80/2015/QH13": a lower-case "luật" before
    // the number ends a law's name; the name starts at its capital "Luật".
    if (word && (word->canonical == "Luật" || word->canonical == "Bộ luật") &&
        !StartsUpper(text.OriginalSlice(word->begin, word->begin + 1)))
      if (auto law = LawWordBefore(text, match.begin, previous_end)) word = law;
    bool continues_list = !word && previous &&
                          IsListGap(f.substr(previous->end, match.begin - previous->end)) &&
                          match.begin - previous->end < 40;
    if (word) {
      m.begin = word->begin;
      m.citation.type = word->generic && code_type ? *code_type : word->canonical;
    } else if (continues_list) {
      m.citation.type = previous->citation.type;  // "các Quy định số 08-QĐi/TW, 55-QĐ/TW"
    } else if (code_type) {
      m.citation.type = *code_type;
    } else if (match.symbol.codes.size() >= 2 && match.symbol.IssuerFromCode()) {
      m.citation.type = "Công văn";  // "1225/UBND-NC": issuer-unit, no type
    } else {
      continue;  // a bare fraction of letters, not a document number
    }
    m.citation.symbol = match.symbol.canonical;
    ReadTrailingPhrases(text, m);
    // The document naming itself ("kèm theo Công văn số 54/TCT-KK") is no
    // citation; but numbers restart every year, so an earlier document with
    // the same number and another date is one.
    if (!header.symbol_key.empty() && match.symbol.Key() == header.symbol_key &&
        (!m.citation.date || !header.info.date || m.citation.date == header.info.date))
      continue;
    if (!m.citation.issuer) {
      if (auto before = ReadIssuerBefore(text, m.begin)) {
        m.citation.issuer = before->value;
        m.issuer_stated = true;
        // "Ngày 13/6/2019, Quốc hội đã ban hành Luật ..."
        if (!m.citation.date)
          if (auto date = ReadDateBefore(text, before->begin)) m.citation.date = date->value;
      }
    }
    if (!m.citation.issuer) m.citation.issuer = match.symbol.IssuerFromCode();
    mentions.push_back(std::move(m));
    previous = &mentions.back();
    previous_end = mentions.back().end;
  }
  return mentions;
}

void AddNamedMentions(const FoldedText& text, std::vector<Mention>& mentions) {
  std::vector<Mention> named;
  for (NamedMention& n : FindNamedMentions(text, LetterCase::kAsPrinted)) {
    if (OverlapsAny(mentions, n.begin, n.end)) continue;
    // "Luật số 29/2013/QH13" is read from its number.
    static const RE2 numbered(R"(^[ \t\n]*(?:s[o0e6][ \t]*[:.]?[ \t\n]*)?\d)");
    std::string_view rest = text.folded().substr(n.end, 16);
    if (RE2::PartialMatch(re2::StringPiece(rest.data(), rest.size()), numbered)) continue;
    Mention m;
    m.begin = n.begin;
    m.end = n.end;
    m.citation.type = n.type;
    m.citation.name = n.name;
    ReadTrailingPhrases(text, m);
    named.push_back(std::move(m));
  }
  for (Mention& m : named) mentions.push_back(std::move(m));
  std::sort(mentions.begin(), mentions.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

// "các Nghị định số 04/2015/NĐ-CP và 60/2013/NĐ-CP của Chính phủ", "các
// Quyết định số 12/QĐ-UBND, 13/QĐ-UBND và 14/QĐ-UBND ngày 05/01/2019": the
// issuer and date stated after the last item of a list of one type are
// every item's.
void ShareListPhrases(std::string_view f, std::vector<Mention>& mentions) {
  for (std::size_t i = mentions.size(); i-- > 1;) {
    Mention& prev = mentions[i - 1];
    const Mention& next = mentions[i];
    if (next.begin < prev.end || prev.citation.type != next.citation.type) continue;
    std::string_view gap = f.substr(prev.end, next.begin - prev.end);
    if (gap.size() > 12 || !IsListGap(gap)) continue;
    if (!prev.issuer_stated && next.issuer_stated) {
      prev.citation.issuer = next.citation.issuer;
      prev.issuer_stated = true;
    }
    if (!prev.citation.date && next.citation.date && !prev.citation.name)
      prev.citation.date = next.citation.date;
  }
}

}  // namespace

CitationExtractor::CitationExtractor() {
  // Build the shared tables now rather than inside the first Extract().
  Knowledge::Get();
}

Extraction CitationExtractor::Extract(std::string_view text) const {
  FoldedText folded(text);
  std::vector<SymbolMatch> symbols = FindSymbols(folded, LetterCase::kAsPrinted);
  DocumentHeader header = ReadDocumentHeader(folded, symbols);
  std::vector<Mention> mentions = SymbolMentions(folded, header, symbols);
  AddNamedMentions(folded, mentions);
  ShareListPhrases(folded.folded(), mentions);

  std::vector<FoldedSpan> spans;
  spans.reserve(mentions.size());
  for (const Mention& m : mentions)
    spans.push_back(
        {m.begin, m.end, m.citation.type,
         m.citation.issuer ? std::string_view(*m.citation.issuer) : std::string_view()});
  std::vector<Relation> relations = ClassifyRelations(folded, spans);
  // (Before the citations move out: `spans` views their strings.)
  std::vector<StatedRelation> stated = FindStatedRelations(folded, spans);

  Extraction extraction;
  extraction.document = std::move(header.info);
  extraction.citations.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    Citation& c = m.citation;
    c.relation = relations[i];
    if (auto pinpoint = ReadPinpointBefore(folded, m.begin)) c.pinpoint = pinpoint->value;
    c.begin = folded.ToOriginal(m.begin);
    c.end = folded.ToOriginal(m.end);
    c.text = std::string(text.substr(c.begin, c.end - c.begin));
    extraction.citations.push_back(std::move(c));
  }
  extraction.stated_relations = std::move(stated);
  return extraction;
}

}  // namespace lexgraph
