#include "lexgraph/text_terms.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace lexgraph {
namespace {

enum class Kind : std::uint8_t {
  kSeparator,  // ends a word
  kLetter,     // a letter or digit: part of a word
  kSkipped,    // combining mark, soft hyphen: neither
};

// What one code point contributes to a word, worked out once so that the
// scan costs one table load per code point.
struct CodePointInfo {
  Kind kind = Kind::kSeparator;
  std::uint8_t lower_size = 0;   // bytes used in `lower`
  std::uint8_t folded_size = 0;  // bytes used in `folded`
  char lower[3] = {};            // lower case, UTF-8
  char folded[2] = {};           // ASCII
};

constexpr CodePointInfo kSeparator{};

// The table covers Basic Latin to Latin Extended-B, IPA, and the combining
// marks (U+0000-U+036F), and Latin Extended Additional (U+1E00-U+1EFF),
// where most Vietnamese toned vowels are. Everything else separates.
constexpr char32_t kLowEnd = 0x370;
constexpr char32_t kExtendedBegin = 0x1E00;
constexpr char32_t kExtendedSize = 0x100;

struct Tables {
  std::array<CodePointInfo, kLowEnd> low;
  std::array<CodePointInfo, kExtendedSize> extended;
};

// ASCII spelling of a lower-case Latin letter, "" when it has none.
std::string FoldLetter(UChar32 lower) {
  // The base letters of the compatibility decomposition: "ộ" -> "o",
  // "ǆ" -> "dz", "ª" -> "a".
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  std::string folded;
  if (U_SUCCESS(status)) {
    icu::UnicodeString decomposed;
    nfkd->normalize(icu::UnicodeString(lower), decomposed, status);
    for (int32_t k = 0; U_SUCCESS(status) && k < decomposed.length(); ++k) {
      char16_t c = decomposed[k];
      if (c < 0x80 && u_isalnum(c)) folded += static_cast<char>(u_tolower(c));
    }
  }
  if (!folded.empty()) return folded;
  // Letters named after a base letter: "LATIN SMALL LETTER D WITH STROKE"
  // (đ), "... O WITH STROKE" (ø), "... B WITH HOOK" (ɓ).
  char name[128];
  status = U_ZERO_ERROR;
  int32_t length = u_charName(lower, U_UNICODE_CHAR_NAME, name, sizeof name, &status);
  if (U_SUCCESS(status) && length < static_cast<int32_t>(sizeof name)) {
    std::string_view n(name, static_cast<std::size_t>(length));
    for (std::string_view prefix : {"LATIN SMALL LETTER ", "LATIN CAPITAL LETTER "}) {
      if (!n.starts_with(prefix)) continue;
      std::string_view rest = n.substr(prefix.size());
      if (!rest.empty() && rest[0] >= 'A' && rest[0] <= 'Z' &&
          (rest.size() == 1 || rest.substr(1).starts_with(" WITH ")))
        return std::string(1, static_cast<char>(rest[0] - 'A' + 'a'));
    }
  }
  // The rest of the letters that a reader would spell in ASCII.
  struct Spelling {
    UChar32 letter;
    const char* ascii;
  };
  static constexpr Spelling kSpellings[] = {{0x00E6, "ae"}, {0x0153, "oe"}, {0x00DF, "ss"},
                                            {0x00FE, "th"}, {0x014B, "n"},  {0x0131, "i"},
                                            {0x0138, "k"}};
  for (const Spelling& s : kSpellings)
    if (s.letter == lower) return s.ascii;
  return "";  // a separator: no ASCII term could stand for it
}

CodePointInfo DescribeCodePoint(UChar32 c) {
  CodePointInfo info;
  if (c == 0x00AD || (c >= 0x0300 && c < 0x0370)) {
    info.kind = Kind::kSkipped;
    return info;
  }
  UErrorCode status = U_ZERO_ERROR;
  bool digit = c >= '0' && c <= '9';
  if (!digit && (!u_isalpha(c) || uscript_getScript(c, &status) != USCRIPT_LATIN)) return info;
  UChar32 lower = u_tolower(c);
  // Text converted from old Vietnamese fonts has eth ("Ð", U+00D0) for "Đ".
  if (lower == 0x00F0) lower = 0x0111;
  std::string folded = digit ? std::string(1, static_cast<char>(c)) : FoldLetter(lower);
  std::string utf8;
  icu::UnicodeString(lower).toUTF8String(utf8);
  if (folded.empty() || folded.size() > sizeof info.folded || utf8.size() > sizeof info.lower)
    return info;
  info.kind = Kind::kLetter;
  info.lower_size = static_cast<std::uint8_t>(utf8.size());
  info.folded_size = static_cast<std::uint8_t>(folded.size());
  std::memcpy(info.lower, utf8.data(), utf8.size());
  std::memcpy(info.folded, folded.data(), folded.size());
  return info;
}

// Built on first use (thread-safe static initialisation), read-only after.
const Tables& GetTables() {
  static const Tables tables = [] {
    Tables t;
    for (char32_t c = 0; c < kLowEnd; ++c) t.low[c] = DescribeCodePoint(static_cast<UChar32>(c));
    for (char32_t k = 0; k < kExtendedSize; ++k)
      t.extended[k] = DescribeCodePoint(static_cast<UChar32>(kExtendedBegin + k));
    return t;
  }();
  return tables;
}

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Decodes the code point at s[i], advances i past it and returns what it
// contributes. Invalid UTF-8 and code points outside the table separate.
const CodePointInfo& Next(const Tables& tables, const unsigned char* s, std::size_t size,
                          std::size_t& i) {
  unsigned char lead = s[i];
  if (lead < 0x80) {
    ++i;
    return tables.low[lead];
  }
  if (lead >= 0xC2 && lead < 0xE0 && i + 1 < size && IsContinuation(s[i + 1])) {
    char32_t c = (char32_t{lead} & 0x1F) << 6 | (s[i + 1] & 0x3F);
    i += 2;
    return c < kLowEnd ? tables.low[c] : kSeparator;
  }
  if (lead >= 0xE0 && lead < 0xF0 && i + 2 < size && IsContinuation(s[i + 1]) &&
      IsContinuation(s[i + 2])) {
    char32_t c = (char32_t{lead} & 0x0F) << 12 | (s[i + 1] & 0x3F) << 6 | (s[i + 2] & 0x3F);
    i += 3;
    char32_t k = c - kExtendedBegin;  // wraps around below the block
    return k < kExtendedSize ? tables.extended[k] : kSeparator;
  }
  // A four-byte code point or invalid bytes: skip the lead and what follows.
  ++i;
  for (int n = 0; n < 3 && i < size && IsContinuation(s[i]); ++n) ++i;
  return kSeparator;
}

// --- The spelling rules applied at the end of each word ------------------

enum Vowel { kA, kE, kI, kO, kU, kY };
// Columns: no tone, huyền (grave), sắc (acute), hỏi (hook), ngã (tilde), nặng (dot).
constexpr char32_t kToned[6][6] = {
    {U'a', U'à', U'á', U'ả', U'ã', U'ạ'}, {U'e', U'è', U'é', U'ẻ', U'ẽ', U'ẹ'},
    {U'i', U'ì', U'í', U'ỉ', U'ĩ', U'ị'}, {U'o', U'ò', U'ó', U'ỏ', U'õ', U'ọ'},
    {U'u', U'ù', U'ú', U'ủ', U'ũ', U'ụ'}, {U'y', U'ỳ', U'ý', U'ỷ', U'ỹ', U'ỵ'},
};

// Finds `c` among the plain and toned a e i o u y; false for other letters.
bool FindVowel(char32_t c, int& vowel, int& tone) {
  for (vowel = 0; vowel < 6; ++vowel)
    for (tone = 0; tone < 6; ++tone)
      if (kToned[vowel][tone] == c) return true;
  return false;
}

// The consonant letters after which a final y is written i as well.
bool IsConsonant(char32_t c) {
  return std::u32string_view(U"bcdđghklmnprstvx").find(c) != std::u32string_view::npos;
}

char32_t DecodeUtf8(const char* s, std::size_t size) {
  auto b = [s](std::size_t k) { return char32_t{static_cast<unsigned char>(s[k])}; };
  if (size == 1) return b(0);
  if (size == 2) return (b(0) & 0x1F) << 6 | (b(1) & 0x3F);
  return (b(0) & 0x0F) << 12 | (b(1) & 0x3F) << 6 | (b(2) & 0x3F);
}

// Writes `c` (below U+10000) at `out`; returns the bytes written.
std::size_t EncodeUtf8(char32_t c, char* out) {
  if (c < 0x80) {
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    out[0] = static_cast<char>(0xC0 | c >> 6);
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  out[0] = static_cast<char>(0xE0 | c >> 12);
  out[1] = static_cast<char>(0x80 | (c >> 6 & 0x3F));
  out[2] = static_cast<char>(0x80 | (c & 0x3F));
  return 3;
}

// Longer than any kept word, so that a word the rules shorten by a byte is
// still measured right; a longer word stops being copied and is dropped.
constexpr std::size_t kBufferSize = kMaxWordBytes + 32;

// The word being scanned: its span and both terms, in fixed buffers that
// every word of one call reuses.
class WordBuilder {
 public:
  bool active() const { return active_; }

  void Start(std::size_t begin) {
    active_ = true;
    too_long_ = false;
    non_ascii_ = false;
    begin_ = begin;
    exact_size_ = folded_size_ = 0;
  }

  void Append(const CodePointInfo& info, std::size_t end) {
    end_ = end;
    // A code point adds at most 3 exact bytes and never more folded than
    // exact bytes, so one check guards both buffers.
    if (exact_size_ + sizeof info.lower > kBufferSize) {
      too_long_ = true;
      return;
    }
    std::memcpy(exact_ + exact_size_, info.lower, sizeof info.lower);
    std::memcpy(folded_ + folded_size_, info.folded, sizeof info.folded);
    exact_size_ += info.lower_size;
    folded_size_ += info.folded_size;
    non_ascii_ |= info.lower_size > 1;
  }

  // A skipped code point inside the word belongs to its span.
  void Extend(std::size_t end) { end_ = end; }

  void Finish(const std::function<void(const WordTerms&)>& sink) {
    active_ = false;
    if (too_long_) return;
    // Only a word ending in y (i/y rule, "uy" tone placement) or in a
    // marked "oa"/"oe" can change: most words skip the decoding below.
    char last = folded_[folded_size_ - 1];
    if (last == 'y' || (non_ascii_ && (last == 'a' || last == 'e') && folded_size_ >= 2 &&
                        folded_[folded_size_ - 2] == 'o'))
      ApplySpellingRules();
    if (exact_size_ > kMaxWordBytes) return;
    WordTerms terms;
    terms.folded = std::string_view(folded_, folded_size_);
    if (non_ascii_) terms.exact = std::string_view(exact_, exact_size_);
    terms.begin = begin_;
    terms.end = end_;
    sink(terms);
  }

 private:
  void ApplySpellingRules();

  bool active_ = false;
  bool too_long_ = false;
  bool non_ascii_ = false;  // exact differs from folded
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::size_t exact_size_ = 0;
  std::size_t folded_size_ = 0;
  char exact_[kBufferSize];
  char folded_[kBufferSize];
};

void WordBuilder::ApplySpellingRules() {
  // The last three code points of the exact term, last first.
  char32_t c[3] = {};
  std::size_t at[3] = {};
  int count = 0;
  for (std::size_t end = exact_size_; count < 3 && end > 0; ++count) {
    std::size_t start = end - 1;
    while (start > 0 && IsContinuation(static_cast<unsigned char>(exact_[start]))) --start;
    c[count] = DecodeUtf8(exact_ + start, end - start);
    at[count] = start;
    end = start;
  }
  int vowel = 0;
  int tone = 0;
  if (!FindVowel(c[0], vowel, tone)) return;
  bool after_qu = count == 3 && c[1] == U'u' && c[2] == U'q';
  // New tone placement: in an open "oa", "oe", "uy" the mark goes on the
  // first vowel ("hoà" -> "hòa", "thuỷ" -> "thủy"); after q, u belongs to
  // the consonant, so "quý" keeps it.
  bool moves = tone > 0 && count >= 2 &&
               ((c[1] == U'o' && (vowel == kA || vowel == kE)) ||
                (c[1] == U'u' && vowel == kY && !after_qu));
  if (moves) {
    std::size_t size = at[1];
    size += EncodeUtf8(kToned[c[1] == U'o' ? kO : kU][tone], exact_ + size);
    size += EncodeUtf8(kToned[vowel][0], exact_ + size);
    exact_size_ = size;
    return;  // the y of "uy" follows a vowel: the i/y rule does not apply
  }
  // i/y: "kỹ" -> "kĩ", "quy" -> "qui", "ý" -> "í", but "tay", "thủy" stay.
  bool alone = at[0] == 0;
  if (vowel == kY && (alone || after_qu || (count >= 2 && IsConsonant(c[1])))) {
    exact_size_ = at[0] + EncodeUtf8(kToned[kI][tone], exact_ + at[0]);
    folded_[folded_size_ - 1] = 'i';
  }
}

}  // namespace

void ForEachWord(std::string_view text, const std::function<void(const WordTerms&)>& sink) {
  const Tables& tables = GetTables();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t size = text.size();
  WordBuilder word;
  std::size_t i = 0;
  while (i < size) {
    std::size_t start = i;
    const CodePointInfo& info = Next(tables, bytes, size, i);
    if (info.kind == Kind::kLetter) {
      if (!word.active()) word.Start(start);
      word.Append(info, i);
    } else if (info.kind == Kind::kSkipped) {
      if (word.active()) word.Extend(i);
    } else if (word.active()) {
      word.Finish(sink);
    }
  }
  if (word.active()) word.Finish(sink);
}

std::vector<std::pair<std::string, std::string>> WordTermsOf(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> terms;
  ForEachWord(text, [&terms](const WordTerms& word) {
    terms.emplace_back(std::string(word.folded), std::string(word.exact));
  });
  return terms;
}

}  // namespace lexgraph
