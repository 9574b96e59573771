#include "document_header.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "document_symbol.h"
#include "knowledge.h"
#include "mention_phrases.h"
#include "symbol_scanner.h"
#include "vietnamese_text.h"

namespace lexgraph {
namespace {

constexpr std::size_t kHeaderLines = 60;
constexpr std::size_t kSignatureLines = 45;
constexpr std::size_t kMaxLineBytes = 2000;

struct Line {
  std::size_t begin, end;  // folded offsets, end excludes '\n'
};

std::vector<Line> SplitLines(std::string_view folded) {
  std::vector<Line> lines;
  std::size_t start = 0;
  while (start <= folded.size()) {
    std::size_t end = folded.find('\n', start);
    if (end == std::string_view::npos) end = folded.size();
    lines.push_back({start, end});
    if (end == folded.size()) break;
    start = end + 1;
  }
  return lines;
}

bool IsBlank(std::string_view folded_line) {
  return folded_line.find_first_not_of(" \t-=|>") == std::string_view::npos;
}

// The line's original text without Markdown marks and outer spaces.
// Markdown marks and table edges off, spaces collapsed. HTML tags and
// page-break markers are already gone: CleanLine reads through the folded
// text, which blanks them (and breaks lines at <p> and <br>).
std::string CleanText(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != '*' && c != '_' && c != '#' && c != '\\' && c != '>') out += c;
  out = CollapseSpaces(out);
  while (!out.empty() && (out.back() == '|' || out.back() == ' ')) out.pop_back();
  while (!out.empty() && (out.front() == '|' || out.front() == ' ')) out.erase(0, 1);
  return out;
}

// The line as printed, less what the folded text blanked (Markdown marks,
// HTML tags, page-break markers).
std::string CleanLine(const FoldedText& text, std::size_t begin, std::size_t end) {
  // Header lines are short; a huge one-line file must not be copied whole.
  end = std::min(end, begin + kMaxLineBytes);
  std::string kept;
  std::string_view f = text.folded();
  for (std::size_t i = begin; i < end; ++i) {
    if (f[i] == ' ' || f[i] == '\n') {
      kept += ' ';
    } else {
      kept += text.OriginalSlice(i, i + 1);
    }
  }
  return CleanText(kept);
}

std::string TrimPunctuation(std::string s) {
  auto strip = [](char c) { return c == ';' || c == '.' || c == ',' || c == ' ' || c == ':'; };
  while (!s.empty() && strip(s.back())) s.pop_back();
  while (!s.empty() && (s.front() == ' ' || s.front() == ':')) s.erase(0, 1);
  return s;
}

// Lower-cases an all-capitals title, keeping symbols ("05-CT/TW") as printed.
std::string SentenceCase(const std::string& title) {
  if (!IsAllUpper(title)) return title;
  std::string out;
  for (const std::string& word : SplitWords(title)) {
    bool has_digit = std::any_of(word.begin(), word.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    out += (out.empty() ? "" : " ") + (has_digit ? word : ToLower(word));
  }
  return CapitalizeFirst(out);
}

// The official name of a body printed in a header line ("UBND TỈNH QUẢNG
// TRỊ" -> "Ủy ban nhân dân tỉnh Quảng Trị").
std::string BodyName(const std::string& line) {
  FoldedText folded(line);
  if (auto issuer = ReadIssuerAt(folded, 0)) {
    std::string_view rest = folded.folded().substr(issuer->end);
    if (rest.find_first_not_of(" .,-") == std::string_view::npos) return issuer->value;
    // A known body followed by a word or two of OCR debris ("BO TAI CHINH
    // CQNG HOA") is still that body.
    if (Knowledge::Get().CanonicalBody(SearchKey(issuer->value)) &&
        SplitWords(CollapseSpaces(rest)).size() <= 2)
      return issuer->value;
  }
  // A body not in the tables: sentence case, but the place after "tỉnh",
  // "huyện", "thành phố" is a proper name ("Thuế cơ sở 7 tỉnh Cà Mau").
  std::vector<std::string> words = SplitWords(SentenceCase(line));
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string key = SearchKey(words[i]);
    std::string two = i + 1 < words.size() ? key + " " + SearchKey(words[i + 1]) : "";
    for (const Knowledge::Level& level : Knowledge::Get().levels()) {
      std::size_t skip = level.key == key ? 1 : level.key == two ? 2 : 0;
      if (skip == 0) continue;
      for (std::size_t j = i + skip; j < words.size(); ++j) words[j] = TitleCaseWords(words[j]);
      i = words.size();
      break;
    }
  }
  std::string name;
  for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
  return ToNewTonePlacement(name);
}

// The header's left column: the parent body and the issuing body, one per
// line or split across lines ("ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN"), or in one
// table cell with "<br>" (the folded text breaks the line there). Returns
// the upper-case lines in order.
std::vector<std::string> HeaderBodyLines(const FoldedText& text, const std::vector<Line>& lines,
                                         std::size_t header_end_line) {
  // The motto's words, any of which OCR may have spared ("CQNG HOA XA HOI").
  static constexpr std::string_view kMottoMarks[] = {
      "cong hoa", "hoa xa hoi", "xa hoi chu nghia", "chu nghia viet",
      "doc lap",  "hanh phuc",  "dang cong san",    "|",
      "so:",      "    "};
  std::vector<std::string> result;
  for (std::size_t i = 0; i < header_end_line && i < lines.size(); ++i) {
    std::string_view f = text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin);
    std::size_t first = f.find_first_not_of(" |");
    if (first == std::string_view::npos) continue;
    std::size_t cut = f.size();
    for (std::string_view mark : kMottoMarks) {
      std::size_t at = f.find(mark, first);
      if (at != std::string_view::npos && at < cut) cut = at;
    }
    std::string part =
        TrimPunctuation(CleanLine(text, lines[i].begin + first, lines[i].begin + cut));
    int letters = 0;
    for (char c : Fold(part)) letters += std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letters >= 2 && IsAllUpper(part)) result.push_back(part);
  }
  return result;
}

bool StartsWithLevel(const std::string& line) {
  std::string key = SearchKey(line);
  if (key.starts_with("trung uong")) return true;  // "BAN TUYÊN GIÁO / TRUNG ƯƠNG"
  for (const Knowledge::Level& level : Knowledge::Get().levels())
    if (key.starts_with(level.key + " ")) return true;
  return false;
}

std::optional<std::string> ReadIssuer(const FoldedText& text, const std::vector<Line>& lines,
                                      std::size_t header_end_line) {
  std::vector<std::string> body_lines = HeaderBodyLines(text, lines, header_end_line);
  if (body_lines.empty()) return std::nullopt;
  std::string last = body_lines.back();
  std::size_t n = body_lines.size();
  // "ỦY BAN NHÂN DÂN" over "TỈNH NGHỆ AN" is one name on two lines.
  if (n >= 2 && StartsWithLevel(last)) {
    last = body_lines[n - 2] + " " + last;
    --n;
  }
  std::string issuer = BodyName(last);
  // A Party committee's department: "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN
  // GIÁO" is the "Ban Tuyên giáo Trung ương".
  if (n >= 2 && SearchKey(last).starts_with("ban ")) {
    std::string parent = SearchKey(body_lines[n - 2]);
    if (parent == "ban chap hanh trung uong" && !SearchKey(issuer).ends_with("trung uong"))
      issuer += " Trung ương";
    else if (parent.starts_with("tinh ui") && !SearchKey(issuer).ends_with("tinh ui"))
      issuer += " Tỉnh ủy";
  }
  return issuer;
}

// "số 30/2020/NĐ-CP" in small letters and without a colon, at the start of a
// line, continues a mention cut by a line break ("Căn cứ Nghị định\nsố
// 30/2020/NĐ-CP", as PDFs and scans wrap), not the document's own "Số:".
bool ContinuesACitation(const FoldedText& text, std::size_t line_begin, std::string_view before) {
  if (before.find(':') != std::string_view::npos) return false;
  std::size_t letter = before.find_first_of("sn");
  if (letter == std::string_view::npos) return false;
  std::string_view first = text.OriginalSlice(line_begin + letter, line_begin + letter + 1);
  return !first.empty() && !StartsUpper(first);
}

struct OwnSymbol {
  std::size_t line;
  SymbolMatch match;
};

std::optional<OwnSymbol> FindOwnSymbol(const FoldedText& text, const std::vector<Line>& lines,
                                       const std::vector<SymbolMatch>& symbols) {
  static const RE2 number_sign(R"(^[ \t|>"]*(?:[s$5][o0e6]|36|no)[ \t]*[:.]?[ \t]*$)");
  std::size_t limit = std::min(lines.size(), kHeaderLines);
  if (limit == 0) return std::nullopt;
  std::size_t line = 0;
  for (const SymbolMatch& m : symbols) {
    if (m.begin >= lines[limit - 1].end) break;
    while (line < limit && lines[line].end < m.begin) ++line;
    if (line >= limit || m.begin < lines[line].begin) continue;
    re2::StringPiece before(text.folded().data() + lines[line].begin, m.begin - lines[line].begin);
    if (RE2::FullMatch(before, number_sign) && !ContinuesACitation(text, lines[line].begin, before))
      return OwnSymbol{line, m};
  }
  return std::nullopt;
}

// "Quảng Trị, ngày 17 tháng 12 năm 2020" near the symbol.
void ReadPlaceAndDate(const FoldedText& text, const std::vector<Line>& lines, std::size_t from,
                      std::size_t after_offset, DocumentInfo& info) {
  static const RE2 comma_date(R"(,[ \t]*ngay\b)");
  std::size_t limit = std::min(lines.size(), from + 8);
  for (std::size_t i = from; i < limit; ++i) {
    std::size_t begin = std::max(lines[i].begin, after_offset);
    // A line may hold more than one ", ngày" (a subject in the next table
    // cell mentions a dated document): try each.
    for (std::size_t at = begin; at < lines[i].end;) {
      re2::StringPiece line(text.folded().data() + at, lines[i].end - at);
      re2::StringPiece match;
      if (!comma_date.Match(line, 0, line.size(), RE2::UNANCHORED, &match, 1)) break;
      std::size_t place_end = static_cast<std::size_t>(match.data() - text.folded().data());
      at = place_end + match.size();
      std::size_t ngay_at = place_end + match.size() - 4;
      // The place: up to 60 bytes before the comma, after any ":;|".
      std::size_t place_begin = place_end > begin + 60 ? place_end - 60 : begin;
      for (std::size_t k = place_end; k > place_begin; --k) {
        char c = text.folded()[k - 1];
        if (c == ':' || c == ';' || c == '|' || c == ',') {
          place_begin = k;
          break;
        }
      }
      if (place_end - place_begin < 2) continue;
      // The place is the capitalised words just before the comma.
      std::vector<std::string> words = SplitWords(CleanLine(text, place_begin, place_end));
      std::size_t keep = 0;
      auto is_name_word = [](const std::string& w) {
        return !w.empty() && std::isalpha(static_cast<unsigned char>(Fold(w)[0])) && StartsUpper(w);
      };
      while (keep < words.size() && keep < 5 && is_name_word(words[words.size() - 1 - keep]))
        ++keep;
      std::string name;
      for (std::size_t w = words.size() - keep; w < words.size(); ++w)
        name += (name.empty() ? "" : " ") + words[w];
      // "Place, ngày ..." dates the document; a date in running text with no
      // place before it ("..., ngày 14/02/2025, Tổng cục Thuế có ...") does not.
      if (name.empty()) continue;
      if (IsAllUpper(name)) name = TitleCaseWords(name);
      if (auto province = Knowledge::Get().Province(SearchKey(name))) name = *province;
      info.place = ToNewTonePlacement(name);
      if (auto date = ReadDateAt(text, ngay_at)) info.date = date->value;
      return;
    }
  }
}

// The type heading ("BÁO CÁO") and the title (trích yếu) below it.
std::optional<std::size_t> ReadTypeAndTitle(const FoldedText& text, const std::vector<Line>& lines,
                                            std::size_t from, DocumentInfo& info) {
  const Knowledge& k = Knowledge::Get();
  std::size_t limit = std::min(lines.size(), from + 40);
  for (std::size_t i = from; i < limit; ++i) {
    // A heading starts with a type word: test the folded line first.
    std::string_view f = text.folded().substr(lines[i].begin, lines[i].end - lines[i].begin);
    std::size_t first = f.find_first_not_of(" \t|>");
    if (first == std::string_view::npos || lines[i].end - lines[i].begin > 300) continue;
    char c = f[first];
    if (c != 'b' && c != 'c' && c != 'd' && c != 'h' && c != 'k' && c != 'l' && c != 'n' &&
        c != 'p' && c != 'q' && c != 't' && c != 'v')
      continue;
    std::string line = CleanLine(text, lines[i].begin, lines[i].end);
    if (line.empty() || !IsAllUpper(line)) continue;
    std::string key = SearchKey(line);
    for (const auto& spelling : k.type_spellings()) {
      if (!key.starts_with(spelling.key)) continue;
      if (key.size() > spelling.key.size() && key[spelling.key.size()] != ' ') continue;
      info.type = spelling.canonical;
      std::string title;
      // The heading may carry the title: "QUYẾT ĐỊNH VỀ VIỆC ...".
      std::size_t cut = 0;
      int words = static_cast<int>(std::count(spelling.key.begin(), spelling.key.end(), ' ')) + 1;
      for (int w = 0; w < words && cut != std::string::npos; ++w)
        cut = line.find(' ', cut + (w ? 1 : 0));
      if (cut != std::string::npos) title = TrimPunctuation(line.substr(cut + 1));
      std::size_t j = i + 1;
      while (j < lines.size() && j < i + 8 && title.empty() &&
             IsBlank(text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin)))
        ++j;
      bool title_in_heading = !title.empty();
      for (int n = 0; j < lines.size() && n < 5; ++j, ++n) {
        std::string_view f = text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin);
        if (IsBlank(f)) break;
        std::string next = CleanLine(text, lines[j].begin, lines[j].end);
        // A title begun on the heading line goes on only in capitals.
        if (title_in_heading && !IsAllUpper(next)) break;
        std::string next_key = SearchKey(next);
        if (next_key.starts_with("can cu") || next_key.starts_with("kinh gui") ||
            (IsAllUpper(next) && !title.empty() && !IsAllUpper(title)))
          break;
        title += (title.empty() ? "" : " ") + next;
      }
      if (!title.empty()) info.title = TrimPunctuation(SentenceCase(title));
      return i;
    }
  }
  return std::nullopt;
}

// "V/v tăng cường công tác ..." of a letter (công văn).
bool ReadSubjectLine(const FoldedText& text, const std::vector<Line>& lines, std::size_t from,
                     DocumentInfo& info) {
  static const RE2 subject(R"(^[ \t|]*(v/v|ve viec)\s*:?\s*)");
  std::size_t limit = std::min(lines.size(), from + 15);
  for (std::size_t i = from; i < limit; ++i) {
    re2::StringPiece line(text.folded().data() + lines[i].begin, lines[i].end - lines[i].begin);
    re2::StringPiece match;
    if (!subject.Match(line, 0, line.size(), RE2::ANCHOR_START, &match, 1)) continue;
    // In a table header the subject ends at its cell.
    std::size_t cell_end = text.folded().find('|', lines[i].begin + match.size());
    bool in_table = cell_end < lines[i].end;
    std::string title =
        CleanLine(text, lines[i].begin + match.size(), in_table ? cell_end : lines[i].end);
    if (in_table) {
      title = TrimPunctuation(title);
      if (!title.empty()) info.title = title;
      return true;
    }
    for (std::size_t j = i + 1; j < lines.size() && j < i + 6; ++j) {
      std::string_view f = text.folded().substr(lines[j].begin, lines[j].end - lines[j].begin);
      if (IsBlank(f)) {
        // OCR breaks a subject line with a blank line; it goes on in lower case.
        if (j + 1 < lines.size() && !title.ends_with(".")) {
          std::string next = CleanLine(text, lines[j + 1].begin, lines[j + 1].end);
          if (!next.empty() && !StartsUpper(next) &&
              std::isalpha(static_cast<unsigned char>(Fold(next)[0])))
            continue;
        }
        break;
      }
      std::string key = SearchKey(f);
      // "Kính gửi" (OCR: "Kinh gti") starts the addressee; a subject that
      // ended with a full stop is complete.
      if (key.starts_with("kinh g") || key.starts_with("gui") || title.ends_with(".")) break;
      title += " " + CleanLine(text, lines[j].begin, lines[j].end);
    }
    title = TrimPunctuation(title);
    if (!title.empty()) info.title = title;
    return true;
  }
  return false;
}

bool LooksLikePersonName(const std::string& line) {
  if (line.size() < 4 || line.size() > 60 || !StartsUpper(line)) return false;
  static const std::unordered_set<std::string_view> kTitleWords = {
      "giam", "doc", "tich",  "phong", "cuc",  "truong", "pho", "ki",  "tm",   "tl",   "tuq",
      "ui",   "ban", "chanh", "vien",  "nhan", "luu",    "bi",  "thu", "tong", "quan", "hoi"};
  std::vector<std::string> words = SplitWords(SearchKey(line));
  if (words.size() < 2 || words.size() > 5) return false;
  for (const std::string& w : words)
    for (char c : w)
      if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  if (!Knowledge::Get().IsSurname(words[0])) return false;
  // Every word capitalised; an all-capitals line must not be a job title.
  for (const std::string& w : SplitWords(line))
    if (!StartsUpper(w)) return false;
  if (IsAllUpper(line))
    for (std::size_t i = 1; i < words.size(); ++i)
      if (kTitleWords.count(words[i])) return false;
  return true;
}

std::optional<std::string> ReadSigner(const FoldedText& text, const std::vector<Line>& lines) {
  std::size_t stop = lines.size() > kSignatureLines ? lines.size() - kSignatureLines : 0;
  for (std::size_t i = lines.size(); i-- > stop;) {
    if (lines[i].end - lines[i].begin > 100) continue;  // a name is short
    std::string line = TrimPunctuation(CleanLine(text, lines[i].begin, lines[i].end));
    if (LooksLikePersonName(line)) {
      if (IsAllUpper(line)) line = TitleCaseWords(line);
      return ToNewTonePlacement(line);
    }
  }
  return std::nullopt;
}

std::vector<std::string> ReadRecipients(const FoldedText& text, const std::vector<Line>& lines) {
  static const RE2 heading(R"(^[ \t|]*noi\s+nhan\s*:?\s*)");
  std::vector<std::string> recipients;
  std::size_t stop = lines.size() > 80 ? lines.size() - 80 : 0;
  for (std::size_t i = lines.size(); i-- > stop;) {
    re2::StringPiece line(text.folded().data() + lines[i].begin, lines[i].end - lines[i].begin);
    re2::StringPiece match;
    if (!heading.Match(line, 0, line.size(), RE2::ANCHOR_START, &match, 1)) continue;
    auto add = [&recipients](std::string entry) {
      entry = TrimPunctuation(entry);
      std::string key = SearchKey(entry);
      if (entry.empty() || key.starts_with("luu") || key.starts_with("nhu tren")) return;
      recipients.push_back(ToNewTonePlacement(entry));
    };
    std::string first = CleanLine(text, lines[i].begin + match.size(), lines[i].end);
    if (!first.empty() && (first[0] == '-' || first[0] == '+')) add(first.substr(1));
    for (std::size_t j = i + 1; j < lines.size() && j < i + 30; ++j) {
      std::string entry = CleanLine(text, lines[j].begin, lines[j].end);
      if (entry.empty()) continue;
      if (entry.starts_with("-") || entry.starts_with("+") || entry.starts_with("•")) {
        add(entry.substr(entry.starts_with("•") ? 3 : 1));
      } else {
        break;
      }
    }
    break;
  }
  return recipients;
}

}  // namespace

DocumentHeader ReadDocumentHeader(const FoldedText& text) {
  return ReadDocumentHeader(text, FindSymbols(text, LetterCase::kAsPrinted));
}

DocumentHeader ReadDocumentHeader(const FoldedText& text, const std::vector<SymbolMatch>& symbols) {
  DocumentHeader header;
  DocumentInfo& info = header.info;
  std::vector<Line> lines = SplitLines(text.folded());
  std::optional<OwnSymbol> own = FindOwnSymbol(text, lines, symbols);
  std::size_t after_symbol_line = 0;
  std::size_t after_symbol_offset = 0;
  if (own) {
    info.symbol = own->match.symbol.canonical;
    header.symbol_begin = own->match.begin;
    header.symbol_end = own->match.end;
    header.symbol_key = own->match.symbol.Key();
    after_symbol_line = own->line;
    after_symbol_offset = own->match.end;
  }
  ReadPlaceAndDate(text, lines, after_symbol_line, after_symbol_offset, info);
  std::optional<std::size_t> heading = ReadTypeAndTitle(text, lines, after_symbol_line, info);
  if (!info.type || !info.title) {
    bool letter = ReadSubjectLine(text, lines, after_symbol_line, info);
    if (!info.type && letter) info.type = "Công văn";
  }
  if (!info.type && own) {
    info.type = own->match.symbol.TypeFromCode();
    if (!info.type) info.type = "Công văn";
  }
  std::size_t header_end = own ? own->line : (heading ? *heading : 0);
  info.issuer = ReadIssuer(text, lines, header_end);
  if (!info.issuer && own) info.issuer = own->match.symbol.IssuerFromCode();
  info.signer = ReadSigner(text, lines);
  info.recipients = ReadRecipients(text, lines);
  return header;
}

}  // namespace lexgraph
