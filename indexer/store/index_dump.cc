// DumpIndex (index_reader.h): both stores as canonical, diffable text.
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <memory>
#include <ostream>
#include <sstream>
#include <string>

#include "corpus_walker.h"
#include "index_reader_internals.h"
#include "lexgraph/index_error.h"
#include "lexgraph/index_reader.h"
#include "sqlite_db.h"

namespace lexgraph {
namespace {

std::string Escape(std::string_view text) { return EscapeLine(text); }

void Field(std::ostream& out, const char* name, sqlite::Statement& row, int column) {
  if (row.IsNull(column)) return;
  out << "  " << name << " " << Escape(row.Text(column)) << "\n";
}

std::string XapianDocumentText(Xapian::Database& xapian, Xapian::docid id) {
  std::ostringstream out;
  Xapian::Document doc = xapian.get_document(id);
  out << "  xapian data " << Escape(doc.get_data()) << "\n";
  for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
    out << "  xapian value " << v.get_valueno() << " " << Escape(*v) << "\n";
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    out << "  xapian term " << Escape(*t) << " wdf=" << t.get_wdf();
    if (t.positionlist_count() > 0) {
      out << " pos=";
      bool first = true;
      for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) {
        out << (first ? "" : ",") << *p;
        first = false;
      }
    }
    out << "\n";
  }
  return out.str();
}

// Calls `flush` every so many documents, so that what is held in memory
// stays small.
void DumpDocuments(std::ostream& out, IndexReader& reader, const std::function<void()>& flush) {
  sqlite::Statement documents(IndexReaderInternals::Graph(reader),
                              "SELECT path, size, content_hash, identity, symbol, type, date,"
                              " issuer, place, title, signer, recipients, invalid_utf8,"
                              " ocr_pages, ocr_confidence, xapian_docid FROM documents"
                              " ORDER BY path");
  static const char* const kNames[] = {"size",      "content_hash",  "identity",   "symbol",
                                       "type",      "date",          "issuer",     "place",
                                       "title",     "signer",        "recipients", "invalid_utf8",
                                       "ocr_pages", "ocr_confidence"};
  constexpr int kFields = sizeof kNames / sizeof kNames[0];
  std::size_t written = 0;
  while (documents.Step()) {
    out << "document " << Escape(documents.Text(0)) << "\n";
    for (int i = 0; i < kFields; ++i) Field(out, kNames[i], documents, i + 1);
    auto id = static_cast<Xapian::docid>(documents.Int(kFields + 1));
    out << reader.ReadXapian([id](Xapian::Database& db) { return XapianDocumentText(db, id); });
    if (++written % 256 == 0) flush();
  }
}

void DumpAuthorities(std::ostream& out, IndexReader& reader) {
  sqlite::Statement authorities(
      IndexReaderInternals::Graph(reader),
      "SELECT a.identity, a.citation_key, a.type, a.number, a.symbol, a.year, a.scope, a.issuer,"
      " a.date, a.name, d.path, s.identity FROM authorities a"
      " LEFT JOIN documents d ON d.id = a.document_id"
      " LEFT JOIN authorities s ON s.id = a.same_as ORDER BY a.identity");
  static const char* const kNames[] = {"citation_key", "type",        "number", "symbol",
                                       "year",         "scope",       "issuer", "date",
                                       "name",         "is_document", "same_as"};
  while (authorities.Step()) {
    out << "authority " << Escape(authorities.Text(0)) << "\n";
    for (int i = 0; i < 11; ++i) Field(out, kNames[i], authorities, i + 1);
  }
}

void DumpCitations(std::ostream& out, IndexReader& reader) {
  sqlite::Statement citations(
      IndexReaderInternals::Graph(reader),
      "SELECT d.path, c.ordinal, a.identity, c.relation, c.pinpoint, c.span_begin, c.span_end,"
      " c.type, c.symbol, c.name, c.date, c.issuer, c.sentence, c.mention_begin,"
      " c.mention_end, s.heading"
      " FROM citations c JOIN documents d ON d.id = c.document_id"
      " JOIN authorities a ON a.id = c.authority_id"
      " LEFT JOIN sections s ON s.document_id = c.document_id AND s.ordinal = c.section"
      " ORDER BY d.path, c.ordinal");
  static const char* const kNames[] = {"pinpoint", "span_begin",    "span_end",    "type",
                                       "symbol",   "name",          "date",        "issuer",
                                       "sentence", "mention_begin", "mention_end", "heading"};
  while (citations.Step()) {
    out << "citation " << Escape(citations.Text(0)) << " #" << citations.Int(1) << " "
        << citations.Text(3) << " " << Escape(citations.Text(2)) << "\n";
    for (int i = 0; i < 12; ++i) Field(out, kNames[i], citations, i + 4);
  }
}

// The synonym table maps folded forms to spellings; a spelling whose
// reports were all removed stays there harmlessly (it matches nothing), so
// only spellings that some report still has are written.
bool InSomeLiveDocument(Xapian::Database& db, const IndexReader& reader, const std::string& term) {
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it)
    if (reader.IsLive(*it)) return true;
  return false;
}

// Writes the spellings of the keys from `next` on, and moves `next` past
// each key written: a build committing meanwhile can make Xapian throw
// DatabaseModifiedError at any key, and the read then goes on from there
// instead of from the start (which a long read during a busy build might
// never get through).
void SpellingsFrom(Xapian::Database& db, const IndexReader& reader, std::string& next,
                   std::ostream& out) {
  auto key = db.synonym_keys_begin();
  if (!next.empty()) key.skip_to(next);
  for (; key != db.synonym_keys_end(); ++key) {
    std::string line;
    for (auto s = db.synonyms_begin(*key); s != db.synonyms_end(*key); ++s)
      if (InSomeLiveDocument(db, reader, *s)) line += " " + Escape(*s);
    if (!line.empty()) out << "spelling " << Escape(*key) << " ->" << line << "\n";
    next = *key + '\0';  // the least key after this one
  }
}

void DumpSpellings(std::ostream& out, IndexReader& reader) {
  std::string next;
  reader.ReadXapian([&](Xapian::Database& db) {
    SpellingsFrom(db, reader, next, out);
    return 0;
  });
}

void DumpSkipped(std::ostream& out, IndexReader& reader) {
  sqlite::Statement skipped(IndexReaderInternals::Graph(reader),
                            "SELECT path, reason FROM skipped_files ORDER BY path");
  while (skipped.Step())
    out << "skipped " << Escape(skipped.Text(0)) << "\n  reason " << Escape(skipped.Text(1))
        << "\n";
}

}  // namespace

int DumpIndex(const std::filesystem::path& index, std::ostream& out) {
  // A dump is long: a build may end during it and purge what its snapshot
  // lists, and then it starts again on a newer snapshot. What it wrote of
  // the old one must not reach `out`, so it is written to a temporary file
  // first (a dump can be larger than memory), and copied once whole.
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> spool(std::tmpfile(), std::fclose);
  if (!spool)
    throw IndexError(IndexError::Kind::kStorage, "cannot make a temporary file for the dump");
  int reads = 0;
  ReadIndex(
      index,
      [&](IndexReader& reader) {
        std::rewind(spool.get());
        if (::ftruncate(::fileno(spool.get()), 0) != 0)
          throw IndexError(IndexError::Kind::kStorage, "cannot empty the dump's temporary file");
        std::ostringstream part;
        auto flush = [&] {
          std::string text = part.str();
          if (std::fwrite(text.data(), 1, text.size(), spool.get()) != text.size())
            throw IndexError(IndexError::Kind::kStorage,
                             "cannot write the dump's temporary file (is the disk full?)");
          part.str("");
        };
        part << "# lexgraph index dump: " << reader.document_count() << " documents\n";
        DumpDocuments(part, reader, flush);
        DumpAuthorities(part, reader);
        DumpCitations(part, reader);
        DumpSpellings(part, reader);
        DumpSkipped(part, reader);
        flush();
        return 0;
      },
      &reads);
  std::rewind(spool.get());
  char buffer[1 << 16];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, spool.get())) > 0;)
    out.write(buffer, static_cast<std::streamsize>(n));
  return reads;
}

}  // namespace lexgraph
