// xapian_document.h: one report as a Xapian document (index_terms.h says
// what it holds).
//
// Built in the extraction worker threads, then handed to the one thread
// that writes the database: a Xapian::Document is not shared between
// threads while it is built.
#ifndef LEXGRAPH_INDEXER_XAPIAN_DOCUMENT_H_
#define LEXGRAPH_INDEXER_XAPIAN_DOCUMENT_H_

#include <xapian.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "authority_identity.h"
#include "lexgraph/extraction.h"

namespace lexgraph {

// The unique term of the report at `path` (relative to the corpus).
std::string PathTerm(std::string_view path);
// The value kVersionSlot holds for that version of that report.
std::string VersionValue(std::string_view path, std::string_view content_hash);
// DateValue: lexgraph/index_terms.h.

// Told each word's folded form and exact spelling ("hoa", "hòa") when
// they differ, for the synonym table (index_terms.h); the views live for
// the call only.
using SpellingSink = std::function<void(std::string_view folded, std::string_view exact)>;

// `text` is the NFC text the extraction was made from, `content_hash` the
// hash of the file's bytes; `cited` has one identity per
// extraction.citations.
Xapian::Document MakeXapianDocument(std::string_view path, std::string_view content_hash,
                                    std::string_view text, const Extraction& extraction,
                                    const AuthorityIdentity& identity,
                                    const std::vector<AuthorityIdentity>& cited,
                                    const std::string& province, const SpellingSink& spellings);

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_XAPIAN_DOCUMENT_H_
