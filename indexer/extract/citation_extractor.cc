#include "lexgraph/citation_extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <iterator>
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

// A table OCR read as loose lines: the cell "Quán triệt Chỉ thị 05-CT/TW và
// Quy định 08-QĐi/TW" wrapped, and its number opens the next line, after
// the row's other cells ("1 | Quán triệt ... và Quy định Đảng ủy Sở, Văn
// Quý 1/2020\n08-QĐi/TW phòng Sở"). For a number that opens its line below a
// table row (a line with the rule "|"), the row's last capitalised type
// word with no number after it is the mention's.
std::optional<TypeWord> TableTypeWordAbove(const FoldedText& text, std::size_t pos,
                                           std::size_t floor) {
  std::string_view f = text.folded();
  std::size_t line_begin = f.rfind('\n', pos == 0 ? 0 : pos - 1);
  if (pos == 0 || line_begin == std::string_view::npos || line_begin < floor) return std::nullopt;
  if (f.substr(line_begin + 1, pos - line_begin - 1).find_first_not_of(" \t") !=
      std::string_view::npos)
    return std::nullopt;  // the number does not open its line
  std::size_t above = line_begin == 0 ? 0 : f.rfind('\n', line_begin - 1);
  above = above == std::string_view::npos ? 0 : above + 1;
  std::string row(f.substr(above, line_begin - above));
  if (row.find('|') == std::string::npos) return std::nullopt;
  for (char& c : row)
    if (c == 'y') c = 'i';
  for (std::size_t end = row.size(); end > 0; --end) {
    if (!std::isalpha(static_cast<unsigned char>(row[end - 1])) ||
        (end < row.size() && std::isalnum(static_cast<unsigned char>(row[end]))))
      continue;
    auto found = TypeSpellingEndingAt(std::string_view(row).substr(0, end));
    if (!found) continue;
    std::size_t begin = above + found->first;
    if (begin < floor) return std::nullopt;  // a mention before it has it
    if (!StartsUpper(text.OriginalSlice(begin, begin + 1))) continue;
    // A number after it on the row is its own (other cells' "Quý 1/2020"
    // is none).
    if (!FindSymbols(text, LetterCase::kAsPrinted, above + end, line_begin).empty())
      return std::nullopt;
    return TypeWord{begin, found->second, false};
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
  // "ngày 31/12/2014 ngày 31/12/2014 của UBND ...": the date printed twice.
  if (date && !issuer) {
    auto again = ReadDateAfter(text, m.end);
    if (again && again->value == date->value) {
      issuer = ReadIssuerAfter(text, again->end);
      if (issuer) m.end = again->end;
    }
  }
  if (issuer) {
    m.end = issuer->end;
    if (!date) date = ReadDateAfter(text, m.end);
    if (date && date->begin >= issuer->end) m.end = date->end;
  }
  // "| 12/2016/QĐ-UBND | 05/4/2016 | Ban hành ...": in a table of documents,
  // where the mention fills its cell, the next cell holding a date and
  // nothing else is the document's date (not so a deadline after a task:
  // "| Triển khai Kế hoạch số 21/KH-UBND | 30/6/2025 |").
  std::string_view f = text.folded();
  std::size_t lead = m.begin;
  while (lead > 0 && IsFoldedSpace(f[lead - 1])) --lead;
  if (!date && !issuer && lead > 0 && f[lead - 1] == '|') {
    std::size_t i = m.end;
    while (i < f.size() && IsFoldedSpace(f[i])) ++i;
    if (i < f.size() && f[i] == '|') {
      auto cell = ReadDateAt(text, i + 1);
      if (cell) {
        std::size_t j = cell->end;
        while (j < f.size() && IsFoldedSpace(f[j])) ++j;
        if (j == f.size() || f[j] == '|') date = cell;
      }
    }
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
    if (!word) word = TableTypeWordAbove(text, match.begin, previous_end);
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

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Folded bytes equal as a reader takes them ("y" and "i" alike).
bool SameLetter(char a, char b) {
  return a == b || ((a == 'y' || a == 'i') && (b == 'y' || b == 'i'));
}

// The words of `words` at folded offset `at`, any white space (a line break
// too) between them; the end of the match, or npos.
std::size_t MatchWordsAt(std::string_view f, std::size_t at,
                         const std::vector<std::string>& words) {
  std::size_t i = at;
  for (std::size_t w = 0; w < words.size(); ++w) {
    if (w > 0) {
      std::size_t j = i;
      while (j < f.size() && IsFoldedSpace(f[j])) ++j;
      if (j == i) return std::string_view::npos;
      // "Quy định số 377" for "Quy định 377", and the other way round: the
      // number sign is left out of the words and may stand before a number.
      if (f.substr(j, 2) == "so" && j + 2 < f.size() &&
          (IsFoldedSpace(f[j + 2]) || f[j + 2] == ':')) {
        std::size_t k = j + 2;
        if (f[k] == ':') ++k;
        while (k < f.size() && IsFoldedSpace(f[k])) ++k;
        if (k < f.size() && std::isdigit(static_cast<unsigned char>(f[k]))) j = k;
      }
      i = j;
    }
    const std::string& word = words[w];
    if (f.size() - i < word.size()) return std::string_view::npos;
    for (std::size_t k = 0; k < word.size(); ++k)
      if (!SameLetter(f[i + k], word[k])) return std::string_view::npos;
    i += word.size();
  }
  return i;
}

// "Quy định số 377-QĐ/TW ngày ... (sau đây gọi tắt là Quy định 377)", "(sau
// đây viết tắt là Nghị quyết 57)", "(gọi tắt là Kế hoạch 88)": a document
// names the short form by which it will cite another. The short form inside
// the definition is not a mention of its own; every later use of it is a
// mention of the defined document, with its type, number, date and issuer.
// A short form must start with a document type and say more than the type
// ("(sau đây gọi là Chương trình)" names no one document by itself).
void ResolveDefinedShortForms(const FoldedText& text, std::vector<Mention>& mentions) {
  std::string_view f = text.folded();
  static const RE2 marker(R"(((?:goi|viet)(?:\s+(?:tat|chung))?)\s+la\b[ \t\n:]*)");
  // A definition follows its document closely: only the text after each
  // mention is searched, not the whole document.
  constexpr std::size_t kReach = 300;
  std::vector<std::size_t> candidates;
  std::size_t scanned = 0;
  for (const Mention& m : mentions) {
    std::size_t from = std::max(scanned, m.end);
    std::size_t to = std::min(f.size(), m.end + kReach);
    if (from >= to) continue;
    std::string_view window = f.substr(from, to - from);
    for (std::string_view verb : {std::string_view("goi"), std::string_view("viet")})
      for (std::size_t at = window.find(verb); at != std::string_view::npos;
           at = window.find(verb, at + 1))
        candidates.push_back(from + at);
    scanned = to;
  }
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end());
  std::size_t pos = 0;
  for (std::size_t at : candidates) {
    if (at < pos) continue;
    pos = at + 3;
    if (at > 0 && IsWordByte(f[at - 1])) continue;
    re2::StringPiece g[2];
    if (!marker.Match(re2::StringPiece(f.data(), f.size()), at, f.size(), RE2::ANCHOR_START, g, 2))
      continue;
    std::string_view verb(g[1].data(), g[1].size());
    std::string_view before = f.substr(at > 24 ? at - 24 : 0, at > 24 ? 24 : at);
    bool defines = verb.find("tat") != std::string_view::npos ||
                   before.find("sau day") != std::string_view::npos;
    if (!defines) continue;
    // The short form: after an opening quote, words up to the closing
    // parenthesis or quote or the end of the clause.
    std::size_t sb = static_cast<std::size_t>(g[0].data() - f.data()) + g[0].size();
    for (int skip = 0; skip < 3 && sb < f.size() && !IsWordByte(f[sb]) && f[sb] != '\n'; ++skip)
      ++sb;
    std::size_t se = sb;
    std::vector<std::string> words;
    std::string word;
    while (se < f.size() && se - sb < 60) {
      char c = f[se];
      bool inside = IsWordByte(c) || c == '/' || c == '-' || c == '&' ||
                    (c == '.' && se + 1 < f.size() && IsWordByte(f[se + 1]));
      if (inside) {
        word += c;
      } else if (c == ' ' || c == '\t' ||
                 (c == '\n' && (se + 1 >= f.size() || f[se + 1] != '\n'))) {
        if (!word.empty()) words.push_back(std::move(word)), word.clear();
      } else {
        break;
      }
      ++se;
    }
    if (!word.empty()) words.push_back(std::move(word));
    for (std::size_t w = words.size(); w-- > 1;)
      if (words[w] == "so") words.erase(words.begin() + static_cast<std::ptrdiff_t>(w));
    while (se > sb && IsFoldedSpace(f[se - 1])) --se;
    pos = std::max(pos, se);
    if (words.size() < 2 || words.size() > 10) continue;
    // It names a document of a type, and more than the type.
    std::string key(f.substr(sb, se - sb));
    for (char& c : key) {
      if (c == 'y') c = 'i';
      if (IsFoldedSpace(c)) c = ' ';
    }
    key = CollapseSpaces(key);
    bool typed = false;
    for (const auto& spelling : Knowledge::Get().type_spellings()) {
      if (spelling.key == "van ban") continue;
      if (key.size() > spelling.key.size() && key.starts_with(spelling.key) &&
          key[spelling.key.size()] == ' ') {
        typed = true;
        break;
      }
    }
    // "(sau đây viết tắt là NĐ 13)": a type's code in capitals.
    if (!typed) {
      std::size_t code_end = key.find(' ');
      std::string_view code = std::string_view(key).substr(0, code_end);
      typed = Knowledge::Get().TypeForCode(code).has_value() &&
              IsAllUpper(text.OriginalSlice(sb, sb + code.size()));
    }
    if (!typed || !StartsUpper(text.OriginalSlice(sb, sb + 1))) continue;
    // The defined document: the nearest mention before the definition, in
    // the same clause.
    std::size_t mark = at;
    const Mention* defined = nullptr;
    for (const Mention& m : mentions) {
      if (m.end > mark) break;
      defined = &m;
    }
    if (!defined || mark - defined->end > kReach) continue;
    std::string_view gap = f.substr(defined->end, mark - defined->end);
    if (gap.find(';') != std::string_view::npos || gap.find("\n\n") != std::string_view::npos)
      continue;
    // "Kế hoạch này (sau đây gọi tắt là Kế hoạch 15)": the document itself.
    static const RE2 self(R"(\bnai\b|\bnay\b)");
    if (RE2::PartialMatch(re2::StringPiece(gap.data(), gap.size()), self)) continue;
    Citation target = defined->citation;
    target.relation = Relation::kCites;
    target.pinpoint.reset();
    // The short form inside its own definition is no mention.
    std::erase_if(mentions, [&](const Mention& m) { return m.begin >= sb && m.begin < se; });
    // Every later use of the short form. `mentions` is in text order and
    // its mentions do not overlap: the one that may overlap a use is the
    // last to begin before the use ends.
    std::vector<Mention> added;
    for (std::size_t use = f.find(words[0], se); use != std::string_view::npos;
         use = f.find(words[0], use + 1)) {
      if (use > 0 && IsWordByte(f[use - 1])) continue;
      std::size_t end = MatchWordsAt(f, use, words);
      if (end == std::string_view::npos) continue;
      if (end < f.size() && IsWordByte(f[end])) continue;
      // "Quy định 377-QĐ/TW" is a number of its own.
      if (end + 1 < f.size() && (f[end] == '/' || f[end] == '-') && IsWordByte(f[end + 1]))
        continue;
      if (!StartsUpper(text.OriginalSlice(use, use + 1))) continue;
      auto next = std::lower_bound(mentions.begin(), mentions.end(), end,
                                   [](const Mention& m, std::size_t at) { return m.begin < at; });
      auto overlap = next == mentions.begin() ? mentions.end() : std::prev(next);
      if (overlap != mentions.end() && overlap->end <= use) overlap = mentions.end();
      if (overlap != mentions.end()) {
        // A bare short form read as a name ("Nghị quyết 57") is the
        // defined document; a mention with its own number keeps it.
        if (!overlap->citation.symbol) {
          overlap->citation = target;
          overlap->begin = std::min(overlap->begin, use);
          overlap->end = std::max(overlap->end, end);
          overlap->issuer_stated = false;
        }
        continue;
      }
      Mention m;
      m.begin = use;
      m.end = end;
      m.citation = target;
      added.push_back(std::move(m));
    }
    for (Mention& m : added) mentions.push_back(std::move(m));
    std::sort(mentions.begin(), mentions.end(),
              [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
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
  ResolveDefinedShortForms(folded, mentions);
  ShareListPhrases(folded.folded(), mentions);

  // The part of the document a mention names ("điểm đ khoản 1 Điều 50
  // Luật ...") belongs to its clause: the words that govern the mention
  // govern it from before the part, even where a line or a blank line
  // (a scan's layout) stands between the part and the document.
  std::vector<std::optional<PhraseMatch>> pinpoints;
  pinpoints.reserve(mentions.size());
  std::vector<FoldedSpan> spans;
  spans.reserve(mentions.size());
  for (const Mention& m : mentions) {
    pinpoints.push_back(ReadPinpointBefore(folded, m.begin));
    std::size_t begin = m.begin;
    if (pinpoints.back() && (spans.empty() || pinpoints.back()->begin >= spans.back().end))
      begin = pinpoints.back()->begin;
    spans.push_back(
        {begin, m.end, m.citation.type,
         m.citation.issuer ? std::string_view(*m.citation.issuer) : std::string_view()});
  }
  std::vector<Relation> relations =
      ClassifyRelations(folded, spans, header.info.issuer.value_or(std::string()));
  // (Before the citations move out: `spans` views their strings.)
  std::vector<StatedRelation> stated = FindStatedRelations(folded, spans);

  Extraction extraction;
  extraction.document = std::move(header.info);
  extraction.citations.reserve(mentions.size());
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    Mention& m = mentions[i];
    Citation& c = m.citation;
    c.relation = relations[i];
    if (pinpoints[i]) c.pinpoint = pinpoints[i]->value;
    c.begin = folded.ToOriginal(m.begin);
    c.end = folded.ToOriginal(m.end);
    c.text = std::string(text.substr(c.begin, c.end - c.begin));
    extraction.citations.push_back(std::move(c));
  }
  extraction.stated_relations = std::move(stated);
  return extraction;
}

}  // namespace lexgraph
