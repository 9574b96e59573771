// html_reader.h: the visible text of an HTML page (a report saved from a
// provincial portal), through libxml2's HTML parser.
//
// Contract: ReadHtmlText(bytes) returns the text a reader sees in the page
// body, as UTF-8 lines ending in '\n' (NFC not applied), and in
// FormatText::encoding the character encoding it was read from
// ("UTF-8", "windows-1258", ...). Never throws.
//
// Lines: block elements (p, div, li, tr, h1-h6, table, section, article,
// blockquote, pre, dd, dt, ...) end a line, and each table cell (td, th)
// is a line of its own, so a citation in one cell is never glued to the
// next cell. br breaks a line. Inline elements (a, span, b, i, em, strong,
// font, sup, ...) do not: "Chỉ thị số <b>05-CT/TW</b>" reads "Chỉ thị số
// 05-CT/TW". Runs of HTML white space, and no-break spaces (&nbsp;), become
// one space within a line, except inside pre, where only line ends break;
// lines are trimmed; never two empty lines in a row, none at either end.
// Entities are decoded (libxml2).
//
// Skipped: head (with title), script, style, noscript, template, svg, math,
// iframe, object, embed, canvas, audio, video, select (with its options),
// datalist, textarea; elements with the `hidden` attribute or an inline
// style of display:none or visibility:hidden. Navigation boilerplate is
// skipped too: nav, aside, elements with role="navigation", "banner" or
// "contentinfo", and header and footer unless inside article, section or
// main (there they head the report itself: HTML's own rule for banner and
// contentinfo). If that leaves less than 20 % of the visible text (a portal
// that wraps the whole page in a header or nav), the boilerplate is kept.
// Class and id names ("menu", "footer") are not looked at.
//
// Legacy fonts: pages made before Unicode set TCVN3 or VNI bytes in a
// legacy font (<font face=".VnTime">, style="font-family: VNI-Times") and
// declared Windows-1252; the text of such elements is converted from the
// font's encoding (legacy_encoding.h), unless the page was itself read as
// Windows-1258, TCVN3 or VNI.
//
// Character encoding, in order:
//   1. a byte-order mark (UTF-8, UTF-16LE, UTF-16BE);
//   2. bytes that are valid UTF-8 are UTF-8, whatever the page declares:
//      pages served as UTF-8 by a server whose header overrode a stale
//      <meta charset="windows-1258"> keep that meta when saved, and real
//      8-bit Vietnamese text is practically never valid UTF-8;
//   3. the first <meta charset="..."> or <meta http-equiv="Content-Type"
//      content="text/html; charset=..."> (as the parser finds it, anywhere
//      in the page), when ICU knows the charset and it is not UTF-8 or
//      UTF-16; iso-8859-1, latin1 and us-ascii mean windows-1252, as in
//      browsers. ICU converts: the few bytes a Windows code page leaves
//      unassigned (0x81 in windows-1258) read as the C1 control of the
//      same value, as in browsers; bytes ICU cannot map at all become
//      U+FFFD. Reported as declared, lower case ("windows-1258");
//   4. otherwise (no declaration, an unknown one, or a page declared UTF-8
//      whose bytes are not) DecodeText's detection (UTF-8 with U+FFFD for
//      stray bytes, Windows-1258, TCVN3, VNI), reported as DecodeText
//      reports it.
// The conversion is done here (ICU) and libxml2 always parses UTF-8.
// libxml2 2.9.14 does honour both meta forms when given no encoding, but
// decodes a page as ISO-8859-1 when a non-ASCII byte comes before the meta
// (a Vietnamese <title> before <meta charset>), and when glibc's iconv
// meets a byte it cannot convert (0x81 in windows-1258) libxml2 silently
// drops the rest of the page (and prints to stderr).
//
// Errors (FormatText::error): "no text in the HTML page" (nothing visible,
// or an empty file); "not an HTML page: binary data (NUL bytes)";
// "cannot decode the HTML page: <DecodeText's reason>"; "unreadable HTML:
// <libxml2's message>".
//
// Thread-safety: safe to call from several threads at once. xmlInitParser()
// runs once (std::call_once) before any parse; each call has its own
// parser context, document and ICU converter. libxml2's generic error
// handler (per thread) is silenced during the call and restored after.
#ifndef LEXGRAPH_INDEXER_HTML_READER_H_
#define LEXGRAPH_INDEXER_HTML_READER_H_

#include <string_view>

#include "format_text.h"

namespace lexgraph {

FormatText ReadHtmlText(std::string_view bytes);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_HTML_READER_H_
