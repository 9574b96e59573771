// html_reader.cc: see html_reader.h.
#include "html_reader.h"

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "legacy_encoding.h"
#include "lexgraph/text_decoder.h"

namespace lexgraph {
namespace {

constexpr int kParseOptions = HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                              HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC;

// Below this share of the page's visible text, what is left after skipping
// navigation boilerplate is not the report: the boilerplate is kept.
constexpr double kMinMainShare = 0.2;

FormatText Failure(std::string error) {
  FormatText result;
  result.error = std::move(error);
  return result;
}

void InitLibxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

void IgnoreGenericError(void* /*context*/, const char* /*message*/, ...) {}

// Silences libxml2's generic error channel (per thread) for one call.
class QuietLibxml {
 public:
  QuietLibxml() : handler_(xmlGenericError), context_(xmlGenericErrorContext) {
    xmlSetGenericErrorFunc(nullptr, &IgnoreGenericError);
  }
  ~QuietLibxml() { xmlSetGenericErrorFunc(context_, handler_); }
  QuietLibxml(const QuietLibxml&) = delete;
  QuietLibxml& operator=(const QuietLibxml&) = delete;

 private:
  xmlGenericErrorFunc handler_;
  void* context_;
};

// ---------------------------------------------------------------- bytes

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), AsciiLower);
  return out;
}

bool IsAscii(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// ICU's to-Unicode callback: bytes ICU cannot map (malformed or unassigned
// in the charset) become U+FFFD, and conversion goes on.
void SubstituteReplacement(const void* /*context*/, UConverterToUnicodeArgs* args,
                           const char* /*bytes*/, int32_t /*length*/,
                           UConverterCallbackReason reason, UErrorCode* error) {
  if (reason > UCNV_IRREGULAR) return;  // reset, close, clone
  static const UChar kReplacement = 0xFFFD;
  *error = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &kReplacement, 1, 0, error);
}

// `bytes` in `charset`, as UTF-8; nullopt when ICU does not know `charset`.
std::optional<std::string> ConvertToUtf8(std::string_view bytes, const std::string& charset) {
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(charset.c_str(), &error),
                                                               &ucnv_close);
  if (U_FAILURE(error) || !converter) return std::nullopt;
  ucnv_setToUCallBack(converter.get(), &SubstituteReplacement, nullptr, nullptr, nullptr, &error);
  if (U_FAILURE(error)) return std::nullopt;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), error);
  if (U_FAILURE(error)) return std::nullopt;
  std::string out;
  text.toUTF8String(out);
  return out;
}

bool IsUtf8Label(std::string_view label) {
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8";
}

// A page is ASCII-compatible bytes by the time its meta is read, so a
// declared UTF-16 means UTF-8 (as browsers read it).
bool IsUtf16Label(std::string_view label) {
  return label == "utf-16" || label == "utf-16le" || label == "utf-16be" || label == "unicode" ||
         label == "ucs-2" || label == "iso-10646-ucs-2";
}

// Browsers read these labels as windows-1252 (0x80-0x9F are curly quotes,
// dashes, not C1 controls).
bool IsWindows1252Label(std::string_view label) {
  static constexpr auto kLabels = std::to_array<std::string_view>(
      {"iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1", "us-ascii", "ascii",
       "cp819", "ibm819", "iso-ir-100", "csisolatin1", "x-cp1252"});
  return std::find(kLabels.begin(), kLabels.end(), label) != kLabels.end();
}

// The 8-bit (or other non-Unicode) charset a declaration names, as ICU
// will convert it: "" for none, UTF-8, UTF-16, or a name ICU does not know.
std::string LegacyCharset(const std::string& declared) {
  if (declared.empty() || IsUtf8Label(declared) || IsUtf16Label(declared)) return {};
  std::string charset = IsWindows1252Label(declared) ? "windows-1252" : declared;
  UErrorCode error = U_ZERO_ERROR;
  UConverter* converter = ucnv_open(charset.c_str(), &error);
  if (converter != nullptr) ucnv_close(converter);
  return U_SUCCESS(error) ? charset : std::string();
}

// ---------------------------------------------------------------- the DOM

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocDeleter>;

// Parses UTF-8 `text`; declarations in the page are ignored.
DocPtr ParseUtf8(std::string_view text, std::string& error) {
  htmlParserCtxtPtr context = htmlNewParserCtxt();
  if (context == nullptr) {
    error = "unreadable HTML: libxml2 could not make a parser";
    return nullptr;
  }
  DocPtr doc(htmlCtxtReadMemory(context, text.data(), static_cast<int>(text.size()), nullptr,
                                "UTF-8", kParseOptions));
  if (!doc) {
    std::string message = context->lastError.message != nullptr ? context->lastError.message : "";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' '))
      message.pop_back();
    error =
        "unreadable HTML: " + (message.empty() ? std::string("libxml2 made no document") : message);
  }
  htmlFreeParserCtxt(context);
  return doc;
}

std::optional<std::string> Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string_view Name(const xmlNode* node) {
  return node->name != nullptr ? std::string_view(reinterpret_cast<const char*>(node->name))
                               : std::string_view();
}

std::string_view TrimView(std::string_view s, std::string_view chars = " \t\r\n\f") {
  const std::size_t begin = s.find_first_not_of(chars);
  if (begin == std::string_view::npos) return {};
  const std::size_t end = s.find_last_not_of(chars);
  return s.substr(begin, end - begin + 1);
}

// "text/html; charset=windows-1258" -> "windows-1258".
std::string CharsetFromContentType(std::string_view content) {
  const std::string lower = Lower(content);
  std::size_t at = 0;
  while ((at = lower.find("charset", at)) != std::string::npos) {
    std::size_t i = at + 7;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i >= lower.size() || lower[i] != '=') {
      at = i;
      continue;
    }
    ++i;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i < lower.size() && (lower[i] == '"' || lower[i] == '\'')) ++i;
    std::size_t end = i;
    while (end < lower.size() && lower[end] != '"' && lower[end] != '\'' && lower[end] != ';' &&
           lower[end] != ' ' && lower[end] != '\t') {
      ++end;
    }
    return lower.substr(i, end - i);
  }
  return {};
}

// The charset of the first <meta> that declares one, lower case; "" if none.
std::string DeclaredCharset(xmlDoc* doc) {
  xmlNode* root = xmlDocGetRootElement(doc);
  std::vector<xmlNode*> stack;
  if (root != nullptr) stack.push_back(root);
  while (!stack.empty()) {
    xmlNode* node = stack.back();
    stack.pop_back();
    if (node->type != XML_ELEMENT_NODE) continue;
    if (Name(node) == "meta") {
      if (auto charset = Attribute(node, "charset")) {
        std::string label = Lower(TrimView(*charset, " \t\r\n\f\"'"));
        if (!label.empty()) return label;
      }
      auto equiv = Attribute(node, "http-equiv");
      auto content = Attribute(node, "content");
      if (equiv && content && Lower(TrimView(*equiv)) == "content-type") {
        std::string label = CharsetFromContentType(*content);
        if (!label.empty()) return label;
      }
    }
    std::vector<xmlNode*> children;
    for (xmlNode* child = node->children; child != nullptr; child = child->next)
      children.push_back(child);
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
  return {};
}

// ---------------------------------------------------------------- text

template <std::size_t N>
bool OneOf(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr auto kSkipped = std::to_array<std::string_view>(
    {"head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
     "embed", "canvas", "audio", "video", "select", "option", "datalist", "textarea"});

constexpr auto kBlocks = std::to_array<std::string_view>(
    {"address", "article", "aside",   "blockquote", "body",     "caption", "center",   "dd",
     "details", "dialog",  "dir",     "div",        "dl",       "dt",      "fieldset", "figcaption",
     "figure",  "footer",  "form",    "frameset",   "h1",       "h2",      "h3",       "h4",
     "h5",      "h6",      "header",  "hgroup",     "hr",       "html",    "legend",   "li",
     "listing", "main",    "menu",    "nav",        "noframes", "ol",      "p",        "plaintext",
     "pre",     "section", "summary", "table",      "tbody",    "td",      "tfoot",    "th",
     "thead",   "tr",      "ul",      "xmp"});

constexpr auto kPreformatted =
    std::to_array<std::string_view>({"pre", "listing", "plaintext", "xmp"});

// header and footer inside these head or close the report itself.
constexpr auto kSectioning = std::to_array<std::string_view>({"article", "section", "main"});

bool IsHiddenByAttributes(const xmlNode* node) {
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  if (auto style = Attribute(node, "style")) {
    std::string compact;
    for (char c : *style) {
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f') compact += AsciiLower(c);
    }
    if (compact.find("display:none") != std::string::npos ||
        compact.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// The legacy font an element sets its text in: <font face=".VnTime"> or
// style="font-family: '.VnTimeH', serif" (the first family named).
std::optional<LegacyFont> LegacyFontOfElement(const xmlNode* node) {
  std::string family;
  if (auto face = Attribute(node, "face")) family = *face;
  if (auto style = Attribute(node, "style")) {
    std::string lower = Lower(*style);
    std::size_t at = lower.find("font-family");
    if (at != std::string::npos && (at = lower.find(':', at)) != std::string::npos)
      family = style->substr(at + 1);
  }
  if (family.empty()) return std::nullopt;
  std::string_view first =
      TrimView(std::string_view(family).substr(0, family.find_first_of(",;")), " \t\r\n\f\"'");
  return LegacyFontOf(first);
}

bool HasBoilerplateRole(const xmlNode* node) {
  auto role = Attribute(node, "role");
  if (!role) return false;
  const std::string roles = Lower(*role);
  std::size_t i = 0;
  while (i < roles.size()) {
    const std::size_t begin = roles.find_first_not_of(" \t\r\n\f", i);
    if (begin == std::string::npos) break;
    std::size_t end = roles.find_first_of(" \t\r\n\f", begin);
    if (end == std::string::npos) end = roles.size();
    const std::string_view token(roles.data() + begin, end - begin);
    if (token == "navigation" || token == "banner" || token == "contentinfo") return true;
    i = end;
  }
  return false;
}

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Collects the visible text of a document as lines.
class TextCollector {
 public:
  // `legacy_fonts`: convert text set in .VnTime or VNI fonts (a page whose
  // bytes were read as Windows-1252 or UTF-8, as such pages declare).
  TextCollector(bool skip_boilerplate, bool legacy_fonts)
      : skip_boilerplate_(skip_boilerplate), legacy_fonts_(legacy_fonts) {}

  void Walk(xmlNode* root) {
    struct Open {
      xmlNode* node;
      bool block;
      bool preformatted;
      bool sectioning;
      std::optional<LegacyFont> font_before;  // restored when it closes
    };
    std::vector<Open> open;
    xmlNode* node = root;
    while (node != nullptr) {
      bool descended = false;
      if (node->type == XML_ELEMENT_NODE) {
        const std::string_view name = Name(node);
        const bool block = OneOf(name, kBlocks);
        if (block) EndLine();
        if (Skipped(node, name)) {
          // A skipped block still separates the text around it.
        } else if (name == "br") {
          Break();
        } else if (node->children != nullptr) {
          const Open entry{node, block, OneOf(name, kPreformatted), OneOf(name, kSectioning),
                           font_};
          if (legacy_fonts_) {
            if (std::optional<LegacyFont> font = LegacyFontOfElement(node)) font_ = font;
          }
          if (entry.preformatted) ++preformatted_depth_;
          if (entry.sectioning) ++sectioning_depth_;
          open.push_back(entry);
          node = node->children;
          descended = true;
        }
      } else if (node->type == XML_TEXT_NODE && node->content != nullptr) {
        const char* content = reinterpret_cast<const char*>(node->content);
        if (font_)
          AppendText(TextInLegacyFont(content, *font_).c_str());
        else
          AppendText(content);
      }
      if (descended) continue;
      // Next: the sibling, or else close parents until one has a sibling.
      while (node != nullptr) {
        if (!open.empty() && node->next != nullptr) {
          node = node->next;
          break;
        }
        if (open.empty()) {
          node = nullptr;
          break;
        }
        const Open closed = open.back();
        open.pop_back();
        if (closed.preformatted) --preformatted_depth_;
        if (closed.sectioning) --sectioning_depth_;
        font_ = closed.font_before;
        if (closed.block) EndLine();
        node = closed.node;
        if (open.empty()) node = nullptr;  // back at the root
      }
    }
    EndLine();
  }

  // Visible characters (not spaces) seen.
  std::size_t visible() const { return visible_; }

  // The lines, each ending in '\n'; no blank line first or last, never two
  // in a row.
  std::string Text() const {
    std::string out;
    bool blank_pending = false;
    for (const std::string& line : lines_) {
      if (line.empty()) {
        blank_pending = !out.empty();
        continue;
      }
      if (blank_pending) out += '\n';
      blank_pending = false;
      out += line;
      out += '\n';
    }
    return out;
  }

 private:
  bool Skipped(const xmlNode* node, std::string_view name) const {
    if (OneOf(name, kSkipped)) return true;
    if (IsHiddenByAttributes(node)) return true;
    if (!skip_boilerplate_) return false;
    if (name == "nav" || name == "aside") return true;
    if ((name == "header" || name == "footer") && sectioning_depth_ == 0) return true;
    return HasBoilerplateRole(node);
  }

  void AppendText(const char* text) {
    const std::string_view s(text);
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      bool space = IsHtmlSpace(c);
      if (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') {  // U+00A0 no-break space
        ++i;
        c = ' ';
        space = true;
      }
      if (preformatted_depth_ > 0) {
        if (c == '\n') {
          Break();
        } else if (c != '\r') {
          line_ += space ? ' ' : c;
          if (!space && (static_cast<unsigned char>(c) & 0xC0) != 0x80) ++visible_;
        }
        continue;
      }
      if (space) {
        pending_space_ = !line_.empty();
        continue;
      }
      if (pending_space_) line_ += ' ';
      pending_space_ = false;
      line_ += c;
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++visible_;
    }
  }

  // Ends the line being built, if it has text.
  void EndLine() {
    const std::string_view trimmed = TrimView(line_, " \t");
    if (!trimmed.empty()) lines_.emplace_back(trimmed);
    line_.clear();
    pending_space_ = false;
  }

  // br, or a line end in pre: ends the line even when empty.
  void Break() {
    if (TrimView(line_, " \t").empty()) {
      line_.clear();
      pending_space_ = false;
      lines_.emplace_back();
    } else {
      EndLine();
    }
  }

  const bool skip_boilerplate_;
  const bool legacy_fonts_;
  std::optional<LegacyFont> font_;  // the legacy font of the text being read
  std::vector<std::string> lines_;
  std::string line_;
  bool pending_space_ = false;
  int preformatted_depth_ = 0;
  int sectioning_depth_ = 0;
  std::size_t visible_ = 0;
};

// ---------------------------------------------------------------- reading

struct Utf8Page {
  std::string text;  // UTF-8
  std::string encoding;
};

FormatText TextOf(xmlDoc* doc, std::string encoding) {
  xmlNode* root = xmlDocGetRootElement(doc);
  if (root == nullptr) return Failure("no text in the HTML page");
  // Text already read from a Vietnamese encoding is Unicode: its fonts'
  // names say nothing more.
  const bool legacy_fonts = encoding != "windows-1258" && encoding != "TCVN3" && encoding != "VNI";
  TextCollector everything(/*skip_boilerplate=*/false, legacy_fonts);
  everything.Walk(root);
  if (everything.visible() == 0) return Failure("no text in the HTML page");
  TextCollector main_text(/*skip_boilerplate=*/true, legacy_fonts);
  main_text.Walk(root);
  const bool keep_boilerplate = static_cast<double>(main_text.visible()) <
                                kMinMainShare * static_cast<double>(everything.visible());
  FormatText result;
  result.text = keep_boilerplate ? everything.Text() : main_text.Text();
  result.encoding = std::move(encoding);
  return result;
}

FormatText ReadUtf8Page(const Utf8Page& page) {
  std::string error;
  DocPtr doc = ParseUtf8(page.text, error);
  if (!doc) return Failure(error);
  return TextOf(doc.get(), page.encoding);
}

}  // namespace

FormatText ReadHtmlText(std::string_view bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX) / 2) {
    return Failure("unreadable HTML: larger than 1 GiB");
  }
  InitLibxml();
  QuietLibxml quiet;

  // 1. A byte-order mark decides.
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    const std::string_view rest = bytes.substr(3);
    if (IsValidUtf8(rest)) return ReadUtf8Page({std::string(rest), "UTF-8"});
    std::optional<std::string> text = ConvertToUtf8(rest, "UTF-8");  // U+FFFD for bad bytes
    if (!text) return Failure("cannot decode the HTML page: ICU cannot read UTF-8");
    return ReadUtf8Page({std::move(*text), "UTF-8"});
  }
  const bool utf16le = bytes.substr(0, 2) == "\xFF\xFE";
  if (utf16le || bytes.substr(0, 2) == "\xFE\xFF") {
    const std::string charset = utf16le ? "UTF-16LE" : "UTF-16BE";
    std::optional<std::string> text = ConvertToUtf8(bytes.substr(2), charset);
    if (!text) return Failure("cannot decode the HTML page: ICU cannot read " + charset);
    return ReadUtf8Page({std::move(*text), charset});
  }
  if (bytes.find('\0') != std::string_view::npos)
    return Failure("not an HTML page: binary data (NUL bytes)");
  if (TrimView(bytes).empty()) return Failure("no text in the HTML page");

  // The page parsed as UTF-8 shows its declaration (markup is ASCII).
  std::string error;
  DocPtr doc = ParseUtf8(bytes, error);
  if (!doc) return Failure(error);
  const std::string charset = LegacyCharset(DeclaredCharset(doc.get()));

  // 2. Valid UTF-8 is UTF-8 (ASCII reads alike in every declared charset).
  if (IsAscii(bytes)) return TextOf(doc.get(), charset.empty() ? "UTF-8" : charset);
  if (IsValidUtf8(bytes)) return TextOf(doc.get(), "UTF-8");
  doc.reset();

  // 3. The page's own declaration.
  if (!charset.empty()) {
    if (std::optional<std::string> text = ConvertToUtf8(bytes, charset)) {
      return ReadUtf8Page({std::move(*text), charset});
    }
  }

  // 4. Our own detection.
  DecodedText decoded = DecodeText(bytes);
  if (!decoded.ok()) return Failure("cannot decode the HTML page: " + decoded.error);
  std::string encoding = decoded.encoding.empty() ? std::string("UTF-8") : decoded.encoding;
  return ReadUtf8Page({std::move(decoded.text), std::move(encoding)});
}

}  // namespace lexgraph
