#include "lexgraph/text_decoder.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <optional>
#include <string>

#include "legacy_encoding.h"
#include "vietnamese_syllable.h"

namespace lexgraph {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// What RepairUtf8 met beyond ASCII.
struct Utf8Tally {
  std::size_t invalid = 0;    // sequences replaced by U+FFFD
  std::size_t multibyte = 0;  // valid sequences of two bytes or more
};

// Copies `bytes`, replacing each invalid UTF-8 sequence by U+FFFD; valid
// runs are copied whole.
std::string RepairUtf8(std::string_view bytes, Utf8Tally& tally) {
  std::string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  int32_t length = static_cast<int32_t>(bytes.size());
  int32_t i = 0, run = 0;
  while (i < length) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c >= 0) {
      ++tally.multibyte;
      continue;
    }
    out.append(bytes.substr(static_cast<std::size_t>(run), static_cast<std::size_t>(start - run)));
    out += "\xEF\xBF\xBD";
    ++tally.invalid;
    run = i;
  }
  out.append(bytes.substr(static_cast<std::size_t>(run)));
  return out;
}

std::string FromUtf16(std::string_view bytes, bool big_endian) {
  std::u16string units;
  units.reserve(bytes.size() / 2);
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    auto hi = static_cast<unsigned char>(bytes[big_endian ? i : i + 1]);
    auto lo = static_cast<unsigned char>(bytes[big_endian ? i + 1 : i]);
    units.push_back(static_cast<char16_t>((hi << 8) | lo));
  }
  std::string out;
  icu::UnicodeString(units.data(), static_cast<int32_t>(units.size())).toUTF8String(out);
  return out;
}

// Bytes enough to tell the encodings apart (some thousand words); a whole
// file would be read three times more for nothing.
constexpr std::size_t kSampleBytes = 24 << 10;

std::string_view Sample(std::string_view bytes) {
  if (bytes.size() <= kSampleBytes) return bytes;
  std::size_t cut = bytes.rfind('\n', kSampleBytes);
  return bytes.substr(0, cut == std::string_view::npos ? kSampleBytes : cut);
}

constexpr LegacyEncoding kLegacyEncodings[] = {LegacyEncoding::kWindows1258, LegacyEncoding::kTcvn3,
                                               LegacyEncoding::kVni};

// The legacy encoding under which `bytes` reads best as Vietnamese, if it
// reads better than `utf8_score`, the score of the bytes taken as UTF-8.
std::optional<LegacyEncoding> BestLegacyReading(std::string_view bytes, long utf8_score) {
  std::optional<LegacyEncoding> best;
  long best_score = utf8_score;
  std::string_view sample = Sample(bytes);
  for (LegacyEncoding encoding : kLegacyEncodings) {
    std::string text = DecodeLegacy(sample, encoding);
    std::string error;
    if (!NormalizeToNfc(text, error)) continue;
    SyllableCount count = CountSyllables(text);
    if (count.well_formed > 0 && count.Score() > best_score) {
      best = encoding;
      best_score = count.Score();
    }
  }
  return best;
}

bool IsUtf16Bom(std::string_view bytes) {
  return bytes.size() >= 2 &&
         (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF");
}

void DecodeUtf16(std::string_view bytes, DecodedText& result) {
  bool big_endian = bytes.starts_with("\xFE\xFF");
  if (IsUtf16Bom(bytes)) bytes.remove_prefix(2);
  result.text = FromUtf16(bytes, big_endian);
  result.encoding = "UTF-16";
}

void DecodeLegacyText(std::string_view bytes, LegacyEncoding encoding, DecodedText& result) {
  result.text = DecodeLegacy(bytes, encoding);
  if (encoding == LegacyEncoding::kTcvn3) result.text = RestoreTcvn3Capitals(result.text);
  result.encoding = std::string(LegacyEncodingName(encoding));
}

// UTF-8, or whatever the bytes read best as; refuses binary and noise.
void DetectAndDecode(std::string_view bytes, DecodedText& result) {
  if (IsUtf16Bom(bytes)) return DecodeUtf16(bytes, result);
  bool bom = bytes.starts_with(kUtf8Bom);
  if (bom) bytes.remove_prefix(kUtf8Bom.size());
  if (bytes.find('\0') != std::string_view::npos) {
    result.error = "binary file (contains NUL bytes), not text";
    return;
  }
  Utf8Tally tally;
  std::string utf8 = RepairUtf8(bytes, tally);
  std::size_t invalid = tally.invalid;
  // Legacy bytes seldom pair up as valid UTF-8 ("ầà" in TCVN3 is one such
  // pair): text with more valid sequences than invalid ones is UTF-8 with
  // some damage, whatever a legacy table would make of it.
  if (invalid > 0 && !bom && tally.multibyte < invalid) {
    std::optional<LegacyEncoding> legacy =
        BestLegacyReading(bytes, CountSyllables(Sample(utf8)).Score());
    if (legacy) return DecodeLegacyText(bytes, *legacy, result);
    // Neither UTF-8 nor a Vietnamese encoding: binary data, or another
    // language's encoding. A short input of nothing but bad bytes is no
    // text either.
    std::size_t valid_bytes = utf8.size() - 3 * invalid;
    bool mostly_invalid = invalid > 16 && invalid * 20 > bytes.size();
    bool only_invalid = valid_bytes * 2 < invalid;
    if (mostly_invalid || only_invalid) {
      result.error = "not text in a known encoding (" + std::to_string(invalid) +
                     " invalid UTF-8 sequences; not Windows-1258, TCVN3 or VNI either)";
      return;
    }
  }
  result.text = std::move(utf8);
  result.encoding = "UTF-8";
  result.invalid_sequences = invalid;
}

void DecodeAs(std::string_view bytes, TextEncoding encoding, DecodedText& result) {
  switch (encoding) {
    case TextEncoding::kDetect:
      return DetectAndDecode(bytes, result);
    case TextEncoding::kUtf8: {
      if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
      Utf8Tally tally;
      result.text = RepairUtf8(bytes, tally);
      result.invalid_sequences = tally.invalid;
      result.encoding = "UTF-8";
      return;
    }
    case TextEncoding::kUtf16:
      return DecodeUtf16(bytes, result);
    case TextEncoding::kWindows1258:
      return DecodeLegacyText(bytes, LegacyEncoding::kWindows1258, result);
    case TextEncoding::kTcvn3:
      return DecodeLegacyText(bytes, LegacyEncoding::kTcvn3, result);
    case TextEncoding::kVni:
      return DecodeLegacyText(bytes, LegacyEncoding::kVni, result);
  }
}

struct EncodingName {
  std::string_view name;
  TextEncoding encoding;
};
constexpr EncodingName kEncodingNames[] = {
    {"utf-8", TextEncoding::kUtf8},
    {"utf8", TextEncoding::kUtf8},
    {"utf-16", TextEncoding::kUtf16},
    {"utf16", TextEncoding::kUtf16},
    {"windows-1258", TextEncoding::kWindows1258},
    {"cp1258", TextEncoding::kWindows1258},
    {"tcvn3", TextEncoding::kTcvn3},
    {"abc", TextEncoding::kTcvn3},
    {"vni", TextEncoding::kVni},
};

}  // namespace

std::optional<TextEncoding> ParseTextEncoding(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const EncodingName& entry : kEncodingNames)
    if (entry.name == lower) return entry.encoding;
  return std::nullopt;
}

std::string_view TextEncodingNames() {
  return "utf-8, utf-16, windows-1258 (cp1258), tcvn3 (abc), vni";
}

bool NormalizeToNfc(std::string& text, std::string& error) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    error = std::string("Unicode normaliser unavailable: ") + u_errorName(status);
    return false;
  }
  icu::StringPiece piece(text.data(), static_cast<int32_t>(text.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return true;
  status = U_ZERO_ERROR;
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized, static_cast<int32_t>(text.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) {
    error = std::string("Unicode normalisation failed: ") + u_errorName(status);
    return false;
  }
  text = std::move(normalized);
  return true;
}

bool IsValidUtf8(std::string_view bytes) {
  std::size_t i = 0;
  const std::size_t n = bytes.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    int length = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      length = 2;
    } else if (b >= 0xE0 && b <= 0xEF) {
      length = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      length = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + length > n) return false;
    const auto second = static_cast<unsigned char>(bytes[i + 1]);
    if (second < lo || second > hi) return false;
    for (int k = 2; k < length; ++k) {
      const auto c = static_cast<unsigned char>(bytes[i + k]);
      if (c < 0x80 || c > 0xBF) return false;
    }
    i += length;
  }
  return true;
}

std::size_t ReplaceInvalidUtf8(std::string& text) {
  Utf8Tally tally;
  std::string repaired = RepairUtf8(text, tally);
  if (tally.invalid > 0) text = std::move(repaired);
  return tally.invalid;
}

DecodedText DecodeText(std::string_view bytes, const DecodeOptions& options) {
  DecodedText result;
  DecodeAs(bytes, options.encoding, result);
  if (result.ok() && !NormalizeToNfc(result.text, result.error)) result.text.clear();
  return result;
}

}  // namespace lexgraph
