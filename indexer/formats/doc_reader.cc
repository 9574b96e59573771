#include "doc_reader.h"

#include <glib.h>
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-utils.h>

#include <algorithm>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "legacy_encoding.h"
#include "lexgraph/text_decoder.h"
#include "word_binary.h"

namespace lexgraph {
namespace {

using word_binary::Damaged;
using word_binary::FcRun;
using word_binary::Fib;
using word_binary::Piece;
using word_binary::RunAt;
using word_binary::Slice;
using word_binary::U16;
using word_binary::U32;

constexpr std::string_view kNotOle = "not a Word document (.doc): not an OLE compound file";
constexpr std::string_view kNoWordStream = "not a Word document (.doc): no WordDocument stream";
constexpr std::string_view kNoText = "no text in the Word document";

FormatText Failure(std::string_view error) {
  FormatText result;
  result.error = error;
  return result;
}

// ---------------------------------------------------------------------------
// The OLE compound file, through libgsf.

void InitGsf() {
  static std::once_flag once;
  std::call_once(once, [] {
    gsf_init();
    // libgsf reports damaged files on stderr (g_warning, g_critical; the
    // warnings of gsf-infile.c in GLib's default domain); the reader says
    // what is wrong itself, so those messages are not printed.
    for (const char* domain : {"libgsf:msole", "libgsf", static_cast<const char*>(nullptr)}) {
      g_log_set_handler(
          domain,
          static_cast<GLogLevelFlags>(G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING |
                                      G_LOG_LEVEL_MESSAGE),
          [](const gchar*, GLogLevelFlags, const gchar*, gpointer) {}, nullptr);
    }
  });
}

template <typename T>
struct GObjectHolder {
  explicit GObjectHolder(T* object) : get(object) {}
  ~GObjectHolder() {
    if (get != nullptr) g_object_unref(get);
  }
  GObjectHolder(const GObjectHolder&) = delete;
  GObjectHolder& operator=(const GObjectHolder&) = delete;
  T* get;
};

// Whether the directory's first entry is a root storage without siblings,
// as [MS-CFB] 2.6.4 requires. libgsf 1.14.50 takes entry 0 for the root
// whatever it is, and leaks the siblings of a root that has some.
bool HasSoundRootEntry(std::string_view bytes) {
  std::optional<std::uint16_t> shift = U16(bytes, 0x1E);
  std::optional<std::uint32_t> first_sector = U32(bytes, 0x30);
  if (!shift || !first_sector || (*shift != 9 && *shift != 12)) return false;
  std::optional<std::string_view> root =
      Slice(bytes, (std::uint64_t{*first_sector} + 1) << *shift, 128);
  return root && (*root)[0x42] == 5 && U32(*root, 0x44) == 0xFFFFFFFFu &&
         U32(*root, 0x48) == 0xFFFFFFFFu;
}

// An OLE compound file over bytes the caller keeps alive.
class OleFile {
 public:
  explicit OleFile(std::string_view bytes)
      : input_(gsf_input_memory_new(reinterpret_cast<const guint8*>(bytes.data()),
                                    static_cast<gsf_off_t>(bytes.size()), FALSE)),
        ole_(nullptr),
        limit_(bytes.size()) {
    if (input_.get == nullptr || !HasSoundRootEntry(bytes)) return;
    GError* error = nullptr;
    ole_.get = gsf_infile_msole_new(input_.get, &error);
    if (error != nullptr) g_error_free(error);
  }
  bool is_open() const { return ole_.get != nullptr; }

  bool Has(const char* name) const {
    GObjectHolder<GsfInput> child(gsf_infile_child_by_name(ole_.get, name));
    return child.get != nullptr;
  }

  // The whole stream `name`; nullopt when missing or unreadable. No stream
  // of a compound file can be longer than the file.
  std::optional<std::string> Read(const char* name) const {
    GObjectHolder<GsfInput> child(gsf_infile_child_by_name(ole_.get, name));
    if (child.get == nullptr) return std::nullopt;
    gsf_off_t size = gsf_input_size(child.get);
    if (size < 0 || static_cast<std::uint64_t>(size) > limit_) return std::nullopt;
    std::string data(static_cast<std::size_t>(size), '\0');
    constexpr std::size_t kChunk = 64 * 1024;
    for (std::size_t done = 0; done < data.size();) {
      std::size_t n = std::min(kChunk, data.size() - done);
      if (gsf_input_read(child.get, n, reinterpret_cast<guint8*>(data.data() + done)) == nullptr)
        return std::nullopt;
      done += n;
    }
    return data;
  }

 private:
  GObjectHolder<GsfInput> input_;
  GObjectHolder<GsfInfile> ole_;
  std::uint64_t limit_;
};

bool HasOleSignature(std::string_view bytes) {
  return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

void AppendUtf8(std::string& out, std::uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | c >> 6);
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | c >> 12);
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | c >> 18);
    out += static_cast<char>(0x80 | (c >> 12 & 0x3F));
    out += static_cast<char>(0x80 | (c >> 6 & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Bytes 0x80-0x9F of compressed text ([MS-DOC] 2.4.1: Windows-1252 as
// Word reads it; 0 where the byte stands for itself).
constexpr std::uint16_t kCompressed80[32] = {
    0,      0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0,      0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0,      0x0178};

// The Windows-1252 byte of `c`, or nullopt.
std::optional<char> Cp1252Byte(std::uint32_t c) {
  if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) return static_cast<char>(c);
  if (c == 0x20AC) return '\x80';
  for (std::size_t i = 0; i < 32; ++i) {
    if (kCompressed80[i] == c) return static_cast<char>(0x80 + i);
  }
  if (c >= 0x80 && c < 0xA0) return static_cast<char>(c);
  return std::nullopt;
}

// Turns the characters of the document, one by one, into text.
class TextWriter {
 public:
  TextWriter(const std::vector<FcRun>& characters, const std::vector<FcRun>& paragraphs,
             const std::vector<std::optional<LegacyFont>>& fonts,
             std::vector<std::int32_t> style_fonts, std::int32_t default_font)
      : characters_(characters),
        paragraphs_(paragraphs),
        fonts_(fonts),
        style_fonts_(std::move(style_fonts)),
        default_font_(default_font) {}

  void Put(std::uint32_t c, std::uint32_t fc) {
    if (c == 0x13) {  // field begin: its instruction follows
      fields_.push_back(false);
      ++in_instruction_;
      return;
    }
    if (c == 0x14) {  // field separator: the result follows
      if (!fields_.empty() && !fields_.back()) {
        fields_.back() = true;
        --in_instruction_;
      }
      return;
    }
    if (c == 0x15) {
      if (!fields_.empty()) {
        if (!fields_.back()) --in_instruction_;
        fields_.pop_back();
      }
      return;
    }
    if (in_instruction_ > 0) return;
    // Word keeps byte 0xAD, a soft hyphen in Windows-1252, as its optional
    // hyphen 0x1F; but in TCVN3 that byte is "ư", the commonest letter.
    // It is kept as U+00AD until the text's encoding is known.
    if (c == 0x1F) c = 0xAD;
    if (c < 0x20 || c == 0xFFFF) {
      Flush();
      const FcRun* paragraph = c == 0x0D || c == 0x07 ? RunAt(paragraphs_, fc) : nullptr;
      if (c == 0x0D && !(paragraph && paragraph->inner_row_end)) out_ += '\n';
      if (c == 0x07 && !(paragraph && paragraph->row_end)) out_ += '\n';
      if (c == 0x0B || c == 0x0C || c == 0x0E) out_ += '\n';
      if (c == 0x09) out_ += '\t';
      if (c == 0x1E) out_ += '-';  // non-breaking hyphen
      return;
    }
    const std::optional<LegacyFont>& font = FontAt(fc);
    if (font) {
      if (legacy_ && (legacy_->encoding != font->encoding || legacy_->capitals != font->capitals))
        Flush();
      legacy_ = font;
      AppendUtf8(shown_, c);
      return;
    }
    Flush();
    AppendUtf8(out_, c);
  }

  // The text so far; `encoding` is set to the legacy encoding converted.
  std::string Finish(std::optional<LegacyEncoding>& encoding) {
    Flush();
    encoding = converted_;
    return std::move(out_);
  }

 private:
  // The run's own font, else its character style's, else its paragraph
  // style's, else the document default: Word's order of precedence.
  const std::optional<LegacyFont>& FontAt(std::uint32_t fc) {
    static const std::optional<LegacyFont> kNone;
    const FcRun* run = RunAt(characters_, fc);
    std::int32_t font = run ? run->font : -1;
    if (font < 0 && run) font = StyleFont(run->style);
    if (font < 0) {
      const FcRun* paragraph = RunAt(paragraphs_, fc);
      if (paragraph) font = StyleFont(paragraph->style);
    }
    if (font < 0) font = default_font_;
    if (font < 0 || static_cast<std::size_t>(font) >= fonts_.size()) return kNone;
    return fonts_[static_cast<std::size_t>(font)];
  }

  std::int32_t StyleFont(std::int32_t style) const {
    return style >= 0 && static_cast<std::size_t>(style) < style_fonts_.size()
               ? style_fonts_[static_cast<std::size_t>(style)]
               : -1;
  }

  // Legacy text is converted a whole same-font stretch at a time: a VNI
  // mark byte may sit in the run after its letter.
  void Flush() {
    if (!legacy_) return;
    out_ += TextInLegacyFont(shown_, *legacy_);
    if (!converted_) converted_ = legacy_->encoding;
    shown_.clear();
    legacy_.reset();
  }

  const std::vector<FcRun>& characters_;
  const std::vector<FcRun>& paragraphs_;
  const std::vector<std::optional<LegacyFont>>& fonts_;
  std::vector<std::int32_t> style_fonts_;  // by style index (word_binary.h)
  std::int32_t default_font_;
  std::vector<bool> fields_;        // open fields: true once in the result
  std::size_t in_instruction_ = 0;  // open fields still in their instruction
  std::string out_;
  std::string shown_;  // legacy text not yet converted
  std::optional<LegacyFont> legacy_;
  std::optional<LegacyEncoding> converted_;
};

// When no run named a legacy font: reads text that is all Windows-1252 as
// a plain-text file of those bytes would be read, and keeps that reading
// when it is TCVN3 or VNI.
std::optional<LegacyEncoding> DetectLegacyText(std::string& text) {
  std::string bytes;
  bytes.reserve(text.size());
  bool high = false;
  for (std::size_t i = 0; i < text.size();) {
    unsigned char lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::uint32_t c = length == 1 ? lead : lead & (0x3F >> (length - 1));
    for (std::size_t k = 1; k < length && i + k < text.size(); ++k)
      c = c << 6 | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    std::optional<char> byte = Cp1252Byte(c);
    if (!byte) return std::nullopt;
    high = high || c >= 0x80;
    bytes += *byte;
    i += length;
  }
  if (!high) return std::nullopt;
  DecodedText decoded = DecodeText(bytes);
  if (!decoded.ok()) return std::nullopt;
  std::optional<TextEncoding> encoding = ParseTextEncoding(decoded.encoding);
  if (encoding != TextEncoding::kTcvn3 && encoding != TextEncoding::kVni) return std::nullopt;
  text = std::move(decoded.text);
  return encoding == TextEncoding::kTcvn3 ? LegacyEncoding::kTcvn3 : LegacyEncoding::kVni;
}

// Soft hyphens are invisible: "chỉ<U+00AD>đạo" reads "chỉđạo", as in
// docx_reader.
void RemoveSoftHyphens(std::string& text) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "\xC2\xAD") == 0) {
      ++i;
      continue;
    }
    text[kept++] = text[i];
  }
  text.resize(kept);
}

bool HasText(std::string_view text) { return text.find_first_not_of(" \t\r\n") != text.npos; }

}  // namespace

bool IsWordBinaryDocument(std::string_view bytes) {
  if (!HasOleSignature(bytes)) return false;
  InitGsf();
  OleFile ole(bytes);
  return ole.is_open() && ole.Has("WordDocument");
}

FormatText ReadDocText(std::string_view bytes) {
  if (!HasOleSignature(bytes)) return Failure(kNotOle);
  InitGsf();
  OleFile ole(bytes);
  if (!ole.is_open()) return Failure(Damaged("cannot open the OLE compound file"));
  if (!ole.Has("WordDocument")) return Failure(kNoWordStream);
  std::optional<std::string> word = ole.Read("WordDocument");
  if (!word) return Failure(Damaged("cannot read the WordDocument stream"));
  Fib fib;
  if (std::string error = word_binary::ReadFib(*word, fib); !error.empty()) return Failure(error);
  std::optional<std::string> table = ole.Read(fib.which_table_1 ? "1Table" : "0Table");
  if (!table) return Failure(Damaged("table stream missing"));
  std::string data = ole.Read("Data").value_or("");

  auto part = [&](std::size_t index) {
    auto [fc, lcb] = fib.FcLcb(index);
    return Slice(*table, fc, lcb).value_or("");
  };
  auto [clx_fc, clx_lcb] = fib.FcLcb(word_binary::kClx);
  std::optional<std::string_view> clx = Slice(*table, clx_fc, clx_lcb);
  if (!clx) return Failure(Damaged("piece table outside the table stream"));
  std::vector<Piece> pieces;
  if (std::string error = word_binary::ReadPieces(*clx, pieces); !error.empty())
    return Failure(error);

  std::vector<FcRun> characters =
      word_binary::ReadFkpRuns(*word, part(word_binary::kPlcfBteChpx), false, data);
  std::vector<FcRun> paragraphs =
      word_binary::ReadFkpRuns(*word, part(word_binary::kPlcfBtePapx), true, data);
  std::vector<std::optional<LegacyFont>> fonts;
  for (const std::string& name : word_binary::ReadFontNames(part(word_binary::kSttbfFfn)))
    fonts.push_back(name.empty() ? std::nullopt : LegacyFontOf(name));
  TextWriter writer(characters, paragraphs, fonts,
                    word_binary::ReadStyleFonts(part(word_binary::kStshf)),
                    word_binary::DefaultFont(part(word_binary::kStshf)));

  // The stories in storage order, comments (the fourth) left out.
  std::uint64_t story_end[7];
  std::uint64_t end = 0;
  for (std::size_t i = 0; i < 7; ++i) story_end[i] = end += fib.ccp[i];
  const std::uint64_t comments_begin = story_end[2], comments_end = story_end[3];
  // Each character of a sound file comes from its own bytes: more
  // characters than WordDocument has bytes means pieces that overlap.
  std::uint64_t budget = word->size();
  for (const Piece& piece : pieces) {
    if (piece.cp_begin >= end) break;
    std::uint64_t count = std::min<std::uint64_t>(piece.cp_end, end) - piece.cp_begin;
    std::uint64_t width = piece.compressed ? 1 : 2;
    std::optional<std::string_view> stored = Slice(*word, piece.fc, count * width);
    if (!stored) return Failure(Damaged("text outside the WordDocument stream"));
    if (count > budget) return Failure(Damaged("overlapping pieces of text"));
    budget -= count;
    for (std::uint64_t i = 0; i < count; ++i) {
      std::uint64_t cp = piece.cp_begin + i;
      if (cp >= comments_begin && cp < comments_end) continue;
      std::uint32_t fc = static_cast<std::uint32_t>(piece.fc + i * width);
      std::uint32_t c;
      if (piece.compressed) {
        c = static_cast<unsigned char>((*stored)[i]);
        if (c >= 0x80 && c < 0xA0 && kCompressed80[c - 0x80] != 0) c = kCompressed80[c - 0x80];
      } else {
        c = *U16(*stored, i * 2);
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < count) {
          std::uint32_t low = *U16(*stored, (i + 1) * 2);
          if (low >= 0xDC00 && low < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
            ++i;
          }
        }
        if (c >= 0xD800 && c < 0xE000) c = 0xFFFD;
      }
      writer.Put(c, fc);
    }
  }

  FormatText result;
  std::optional<LegacyEncoding> legacy;
  result.text = writer.Finish(legacy);
  if (!legacy) legacy = DetectLegacyText(result.text);
  RemoveSoftHyphens(result.text);
  if (!HasText(result.text)) return Failure(kNoText);
  result.encoding = legacy ? std::string(LegacyEncodingName(*legacy)) : "UTF-16";
  return result;
}

}  // namespace lexgraph
