#include "lexgraph/text_decoder.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <string>

namespace lexgraph {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Copies `bytes`, replacing each invalid UTF-8 sequence by U+FFFD; valid
// runs are copied whole.
std::string RepairUtf8(std::string_view bytes, std::size_t& invalid) {
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
    if (c >= 0) continue;
    out.append(bytes.substr(static_cast<std::size_t>(run), static_cast<std::size_t>(start - run)));
    out += "\xEF\xBF\xBD";
    ++invalid;
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

}  // namespace

DecodedText DecodeText(std::string_view bytes) {
  DecodedText result;
  std::string utf8;
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    utf8 = FromUtf16(bytes.substr(2), bytes[0] == '\xFE');
  } else {
    if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(kUtf8Bom.size());
    if (bytes.find('\0') != std::string_view::npos) {
      result.error = "binary file (contains NUL bytes), not text";
      return result;
    }
    utf8 = RepairUtf8(bytes, result.invalid_sequences);
    // Text in a legacy 8-bit encoding, or binary data, is mostly invalid;
    // a short input of nothing but bad bytes is no text either.
    std::size_t valid_bytes = utf8.size() - 3 * result.invalid_sequences;
    bool mostly_invalid =
        result.invalid_sequences > 16 && result.invalid_sequences * 20 > bytes.size();
    bool only_invalid = result.invalid_sequences > 0 && valid_bytes * 2 < result.invalid_sequences;
    if (mostly_invalid || only_invalid) {
      result.error = "not UTF-8 text (" + std::to_string(result.invalid_sequences) +
                     " invalid byte sequences); legacy encodings are not supported yet";
      result.invalid_sequences = 0;
      return result;
    }
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    result.error = std::string("Unicode normaliser unavailable: ") + u_errorName(status);
    return result;
  }
  icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
  if (nfc->isNormalizedUTF8(piece, status) && U_SUCCESS(status)) {
    result.text = std::move(utf8);
    return result;
  }
  status = U_ZERO_ERROR;
  std::string normalized;
  icu::StringByteSink<std::string> sink(&normalized, static_cast<int32_t>(utf8.size()));
  nfc->normalizeUTF8(0, piece, sink, nullptr, status);
  if (U_FAILURE(status)) {
    result.error = std::string("Unicode normalisation failed: ") + u_errorName(status);
    return result;
  }
  result.text = std::move(normalized);
  return result;
}

}  // namespace lexgraph
