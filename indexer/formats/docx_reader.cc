#include "docx_reader.h"

#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "legacy_encoding.h"

namespace lexgraph {
namespace {

constexpr std::string_view kNotZip = "not a Word document (.docx): not a zip archive";
constexpr std::string_view kNoDocument = "not a Word document (.docx): word/document.xml missing";
constexpr std::string_view kProtected =
    "password-protected or old Word (.doc) file: save it as .docx";
constexpr std::string_view kTooLarge =
    "Word document too large: its XML unpacks to more than 256 MiB";
constexpr std::string_view kNoText = "no text in the Word document";
constexpr std::string_view kDocumentPart = "word/document.xml";

// All the XML read from one file together; a zip bomb stops here.
constexpr std::uint64_t kXmlBudget = std::uint64_t{256} << 20;

constexpr std::string_view kWordNamespace =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kStrictWordNamespace =
    "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kCompatibilityNamespace =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

FormatText Failure(std::string_view error) {
  FormatText result;
  result.error = error;
  return result;
}

// Encrypted .docx files and Word 97-2003 .doc files are OLE compound files.
bool IsOleCompoundFile(std::string_view bytes) {
  return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

// A local file header, or the end record of an empty archive.
bool HasZipSignature(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06");
}

// A read-only zip archive over bytes the caller keeps alive.
class ZipArchive {
 public:
  explicit ZipArchive(std::string_view bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source != nullptr) {
      archive_ = zip_open_from_source(source, ZIP_RDONLY, &error);
      if (archive_ == nullptr) zip_source_free(source);  // the archive owns it only when open
    }
    if (archive_ == nullptr) open_error_ = zip_error_strerror(&error);
    zip_error_fini(&error);
  }
  ~ZipArchive() {
    if (archive_ != nullptr) zip_discard(archive_);
  }
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool is_open() const { return archive_ != nullptr; }
  const std::string& open_error() const { return open_error_; }

  bool Has(std::string_view name) const { return Locate(name) >= 0; }

  // Entry names under word/ such as "word/header3.xml", in number order.
  std::vector<std::string> WordParts(std::string_view stem) const {
    std::vector<std::string> names;
    const std::string prefix = "word/" + std::string(stem);
    zip_int64_t count = zip_get_num_entries(archive_, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
      const char* name = zip_get_name(archive_, static_cast<zip_uint64_t>(i), 0);
      std::string_view n = name != nullptr ? name : "";
      if (n.starts_with(prefix) && n.ends_with(".xml") && n.find('/', 5) == n.npos)
        names.emplace_back(n);
    }
    // Shorter first, so that header2.xml comes before header10.xml.
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return names;
  }

  // Appends entry `name` to `out`, spending `budget`; on failure returns
  // false with `error` set.
  bool Read(std::string_view name, std::string& out, std::uint64_t& budget, std::string& error) {
    zip_int64_t index = Locate(name);
    zip_file_t* file =
        index < 0 ? nullptr : zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) {
      int code = zip_error_code_zip(zip_get_error(archive_));
      error = code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD
                  ? std::string(kProtected)
                  : "damaged Word document: cannot unpack " + std::string(name) + " (" +
                        zip_strerror(archive_) + ")";
      return false;
    }
    zip_stat_t stat;
    if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) == 0 &&
        (stat.valid & ZIP_STAT_SIZE) != 0) {
      out.reserve(out.size() +
                  static_cast<std::size_t>(std::min<std::uint64_t>(stat.size, budget)));
    }
    constexpr std::size_t kChunk = 256 * 1024;
    error.clear();
    for (zip_int64_t got = 1; got > 0 && error.empty();) {
      std::size_t old_size = out.size();
      out.resize(old_size + kChunk);
      got = zip_fread(file, out.data() + old_size, kChunk);
      out.resize(old_size + static_cast<std::size_t>(std::max<zip_int64_t>(got, 0)));
      if (got < 0) {
        error =
            "damaged Word document: " + std::string(zip_error_strerror(zip_file_get_error(file))) +
            " in " + std::string(name);
      } else if (static_cast<std::uint64_t>(got) > budget) {
        error = kTooLarge;
      } else {
        budget -= static_cast<std::uint64_t>(got);
      }
    }
    zip_fclose(file);
    return error.empty();
  }

 private:
  zip_int64_t Locate(std::string_view name) const {
    return zip_name_locate(archive_, std::string(name).c_str(), 0);
  }

  zip_t* archive_ = nullptr;
  std::string open_error_;
};

// The prefix the part binds to `uri` on its root element ("w" as Word
// writes it; other producers choose their own, or the default namespace).
std::string PrefixOf(pugi::xml_node root, std::string_view uri, std::string_view other_uri,
                     std::string_view fallback) {
  for (pugi::xml_attribute attribute : root.attributes()) {
    std::string_view name = attribute.name();
    std::string_view value = attribute.value();
    if (value != uri && value != other_uri) continue;
    if (name == "xmlns") return "";
    if (name.starts_with("xmlns:")) return std::string(name.substr(6));
  }
  return std::string(fallback);
}

// The local part of element name `name` if its prefix is `prefix`, else "".
std::string_view LocalName(const char* name, std::string_view prefix) {
  std::string_view n = name;
  if (prefix.empty()) return n.find(':') == n.npos ? n : std::string_view();
  if (n.size() <= prefix.size() || !n.starts_with(prefix) || n[prefix.size()] != ':') return {};
  return n.substr(prefix.size() + 1);
}

// Qualified WordprocessingML names for pugixml's child()/attribute(),
// made once per part for its prefix.
struct WordNames {
  explicit WordNames(std::string p) : prefix(std::move(p)) {}
  std::string Q(std::string_view local) const {
    return prefix.empty() ? std::string(local) : prefix + ":" + std::string(local);
  }
  std::string prefix;
  std::string r_pr = Q("rPr"), r_fonts = Q("rFonts"), r_style = Q("rStyle"), p_pr = Q("pPr"),
              p_style = Q("pStyle"), ascii = Q("ascii"), h_ansi = Q("hAnsi"), val = Q("val"),
              type = Q("type");
};

// The font family an rPr's w:rFonts names for Latin text, or "".
std::string_view FontIn(pugi::xml_node r_pr, const WordNames& w) {
  pugi::xml_node fonts = r_pr.child(w.r_fonts.c_str());
  std::string_view ascii = fonts.attribute(w.ascii.c_str()).value();
  return ascii.empty() ? fonts.attribute(w.h_ansi.c_str()).value() : ascii;
}

// Fonts that word/styles.xml gives each style, with w:basedOn followed.
struct StyleFonts {
  std::unordered_map<std::string, std::string> by_style;
  std::string default_paragraph_style;
  std::string document_default;

  std::string_view Of(std::string_view style) const {
    auto it = by_style.find(std::string(style));
    return it == by_style.end() ? std::string_view() : it->second;
  }
};

StyleFonts ReadStyleFonts(const pugi::xml_document& styles) {
  StyleFonts fonts;
  pugi::xml_node root = styles.document_element();
  WordNames w(PrefixOf(root, kWordNamespace, kStrictWordNamespace, "w"));
  fonts.document_default = FontIn(
      root.child(w.Q("docDefaults").c_str()).child(w.Q("rPrDefault").c_str()).child(w.r_pr.c_str()),
      w);
  std::unordered_map<std::string, std::pair<std::string, std::string>> own;  // id → font, basedOn
  const std::string style_name = w.Q("style");  // children() keeps the pointer
  for (pugi::xml_node style : root.children(style_name.c_str())) {
    std::string id = style.attribute(w.Q("styleId").c_str()).value();
    if (std::string_view(style.attribute(w.type.c_str()).value()) == "paragraph" &&
        style.attribute(w.Q("default").c_str()).as_bool()) {
      fonts.default_paragraph_style = id;
    }
    own[id] = {std::string(FontIn(style.child(w.r_pr.c_str()), w)),
               style.child(w.Q("basedOn").c_str()).attribute(w.val.c_str()).value()};
  }
  for (const auto& [id, entry] : own) {
    // A bounded walk: broken files can make basedOn chains circular.
    const std::pair<std::string, std::string>* at = &entry;
    for (int depth = 0; depth < 32 && at->first.empty() && !at->second.empty(); ++depth) {
      auto parent = own.find(at->second);
      if (parent == own.end()) break;
      at = &parent->second;
    }
    if (!at->first.empty()) fonts.by_style[id] = at->first;
  }
  return fonts;
}

// Writes the text of one part (document, header, footer, notes) to `out`,
// walking its tree once, without recursion (nesting depth is the file's).
class PartText {
 public:
  PartText(pugi::xml_node root, const StyleFonts& styles, std::string& out)
      : w_(PrefixOf(root, kWordNamespace, kStrictWordNamespace, "w")),
        mc_(PrefixOf(root, kCompatibilityNamespace, kCompatibilityNamespace, "mc")),
        styles_(styles),
        out_(out) {}

  void Walk(pugi::xml_node root) {
    for (pugi::xml_node node = root.first_child(); node;) {
      if (Enter(node) && node.first_child()) {
        node = node.first_child();
        continue;
      }
      for (;;) {
        if (LocalName(node.name(), w_.prefix) == "p") out_ += '\n';
        if (pugi::xml_node next = node.next_sibling()) {
          node = next;
          break;
        }
        node = node.parent();
        if (node == root) return;
      }
    }
  }

 private:
  // Emits what a leaf stands for; says whether to walk the children.
  bool Enter(pugi::xml_node node) {
    if (node.type() != pugi::node_element) return false;
    std::string_view local = LocalName(node.name(), w_.prefix);
    if (local.empty()) return EnterForeign(node);
    if (local == "t") {
      AppendRunText(node);
      return false;
    }
    if (local == "tab" || local == "ptab") out_ += '\t';
    if (local == "br" || local == "cr") out_ += '\n';
    if (local == "noBreakHyphen") out_ += '-';
    if (local == "softHyphen") AppendSoftHyphen(node);
    if (local == "del" || local == "moveFrom" || local == "delText" || local == "instrText" ||
        local == "delInstrText") {
      return false;
    }
    if (local == "footnote" || local == "endnote") return !IsSeparatorNote(node);
    // Properties (pPr, rPr, sectPr, tblPr, ...) hold tab stops and marks of
    // deleted rows, never text.
    return !local.ends_with("Pr") && !local.ends_with("PrEx");
  }

  // Drawing and VML containers lead to text boxes; of mc:AlternateContent
  // only one branch is read, since each holds the same content.
  bool EnterForeign(pugi::xml_node node) {
    std::string_view local = LocalName(node.name(), mc_);
    if (local == "Choice") {
      for (pugi::xml_node before = node.previous_sibling(); before;
           before = before.previous_sibling()) {
        if (LocalName(before.name(), mc_) == "Choice") return false;
      }
    }
    if (local == "Fallback") {
      for (pugi::xml_node sibling : node.parent().children()) {
        if (LocalName(sibling.name(), mc_) == "Choice") return false;
      }
    }
    return true;
  }

  bool IsSeparatorNote(pugi::xml_node note) const {
    std::string_view type = note.attribute(w_.type.c_str()).value();
    return type == "separator" || type == "continuationSeparator" || type == "continuationNotice";
  }

  void AppendRunText(pugi::xml_node t) {
    const char* text = t.child_value();
    if (*text == '\0') return;
    if (const std::optional<LegacyFont>& font = LegacyFontOfRun(t.parent())) {
      AppendLegacy(text, *font);
    } else {
      out_ += text;
    }
  }

  // Word splits runs anywhere (an edit, a spelling mark), and a VNI mark
  // byte may land in the run after its letter ("Vie" | "ät"). The last
  // word of legacy text stays open: text of the same font that follows it
  // directly is read together with it.
  void AppendLegacy(std::string_view shown, const LegacyFont& font) {
    std::string text;
    if (out_.size() == open_end_ && open_font_ && open_font_->encoding == font.encoding &&
        open_font_->capitals == font.capitals) {
      out_.resize(open_begin_);
      text = open_shown_;
    }
    text += shown;
    std::size_t space = text.find_last_of(" \t");
    std::size_t tail = space == std::string::npos ? 0 : space + 1;
    out_ += TextInLegacyFont(std::string_view(text).substr(0, tail), font);
    open_begin_ = out_.size();
    out_ += TextInLegacyFont(std::string_view(text).substr(tail), font);
    open_end_ = out_.size();
    open_shown_ = text.substr(tail);
    open_font_ = font;
  }

  // Word stores byte 0xAD as a soft hyphen, but in a TCVN3 font that byte
  // is "ư", the commonest letter of all ("Th<softHyphen/>êng": "Thường").
  void AppendSoftHyphen(pugi::xml_node hyphen) {
    if (const std::optional<LegacyFont>& font = LegacyFontOfRun(hyphen.parent()))
      AppendLegacy("\u00AD", *font);
  }

  // Cached per run, since a run's w:t, w:tab and w:br share one font.
  const std::optional<LegacyFont>& LegacyFontOfRun(pugi::xml_node run) {
    if (run == cached_run_) return cached_run_font_;
    cached_run_ = run;
    std::string_view family = FontFamilyOfRun(run);
    if (family != cached_family_) {
      cached_family_.assign(family);
      cached_family_font_ = family.empty() ? std::nullopt : LegacyFontOf(family);
    }
    cached_run_font_ = cached_family_font_;
    return cached_run_font_;
  }

  // Direct formatting, else character style, else paragraph style, else
  // the document default: Word's order of precedence.
  std::string_view FontFamilyOfRun(pugi::xml_node run) const {
    pugi::xml_node r_pr = run.child(w_.r_pr.c_str());
    if (std::string_view direct = FontIn(r_pr, w_); !direct.empty()) return direct;
    if (styles_.by_style.empty()) return styles_.document_default;
    std::string_view character_style =
        r_pr.child(w_.r_style.c_str()).attribute(w_.val.c_str()).value();
    if (std::string_view font = styles_.Of(character_style); !font.empty()) return font;
    pugi::xml_node paragraph = run.parent();
    while (paragraph && LocalName(paragraph.name(), w_.prefix) != "p")
      paragraph = paragraph.parent();
    std::string_view style = paragraph.child(w_.p_pr.c_str())
                                 .child(w_.p_style.c_str())
                                 .attribute(w_.val.c_str())
                                 .value();
    if (std::string_view font = styles_.Of(style.empty() ? styles_.default_paragraph_style : style);
        !font.empty()) {
      return font;
    }
    return styles_.document_default;
  }

  WordNames w_;
  std::string mc_;
  const StyleFonts& styles_;
  std::string& out_;
  pugi::xml_node cached_run_;
  std::optional<LegacyFont> cached_run_font_;
  std::string cached_family_;
  std::optional<LegacyFont> cached_family_font_;
  // The open last word of legacy text: out_[open_begin_, open_end_) is
  // what open_shown_, in open_font_, was read as.
  std::optional<LegacyFont> open_font_;
  std::string open_shown_;
  std::size_t open_begin_ = std::string::npos, open_end_ = std::string::npos;
};

// Reads and parses one part; `xml` must outlive `document` (parsed in place).
bool ParsePart(ZipArchive& zip, std::string_view name, std::string& xml,
               pugi::xml_document& document, std::uint64_t& budget, std::string& error) {
  if (!zip.Read(name, xml, budget, error)) return false;
  // Default parsing drops whitespace-only text; ws_pcdata_single keeps it
  // where it is an element's only child, as in <w:t xml:space="preserve"> </w:t>.
  pugi::xml_parse_result parsed = document.load_buffer_inplace(
      xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    error =
        "damaged Word document: " + std::string(parsed.description()) + " in " + std::string(name);
    return false;
  }
  return true;
}

// Appends the text of part `name` to `out`.
bool AppendPartText(ZipArchive& zip, std::string_view name, const StyleFonts& styles,
                    std::uint64_t& budget, std::string& out, std::string& error) {
  std::string xml;
  pugi::xml_document document;
  if (!ParsePart(zip, name, xml, document, budget, error)) return false;
  pugi::xml_node root = document.document_element();
  PartText(root, styles, out).Walk(root);
  return true;
}

bool HasText(std::string_view text) { return text.find_first_not_of(" \t\r\n") != text.npos; }

}  // namespace

FormatText ReadDocxText(std::string_view bytes) {
  if (IsOleCompoundFile(bytes)) return Failure(kProtected);
  if (!HasZipSignature(bytes)) return Failure(kNotZip);
  ZipArchive zip(bytes);
  if (!zip.is_open())
    return Failure("damaged Word document: cannot open the zip archive (" + zip.open_error() + ")");
  if (!zip.Has(kDocumentPart)) return Failure(kNoDocument);

  std::uint64_t budget = kXmlBudget;
  std::string error;
  StyleFonts styles;
  if (zip.Has("word/styles.xml")) {
    std::string xml;
    pugi::xml_document document;
    if (!ParsePart(zip, "word/styles.xml", xml, document, budget, error)) return Failure(error);
    styles = ReadStyleFonts(document);
  }

  std::vector<std::string> parts = zip.WordParts("header");
  parts.emplace_back(kDocumentPart);
  for (std::string_view notes : {"word/footnotes.xml", "word/endnotes.xml"}) {
    if (zip.Has(notes)) parts.emplace_back(notes);
  }
  for (std::string& footer : zip.WordParts("footer")) parts.push_back(std::move(footer));

  FormatText result;
  for (const std::string& part : parts) {
    if (!AppendPartText(zip, part, styles, budget, result.text, error)) return Failure(error);
  }
  if (!HasText(result.text)) return Failure(kNoText);
  result.encoding = "UTF-8";
  return result;
}

}  // namespace lexgraph
