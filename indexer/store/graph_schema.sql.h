// graph_schema.sql.h: the SQLite half of an index, as SQL. Read this first
// to query the graph by hand (`sqlite3 INDEX/graph.sqlite`).
//
// Version 3 (2 had no OCR columns; 1 no stated_relations). GraphStore
// brings an index of version 2 to 3 in place (kGraphMigrateFrom2, columns
// added, nothing read again); an index of another version is refused with
// a message: rebuild it.
#ifndef LEXGRAPH_INDEXER_GRAPH_SCHEMA_SQL_H_
#define LEXGRAPH_INDEXER_GRAPH_SCHEMA_SQL_H_

namespace lexgraph {

inline constexpr int kGraphSchemaVersion = 3;

// Version 2 to 3: the OCR columns. Reports of version 2 were typed text.
inline constexpr const char kGraphMigrateFrom2[] = R"sql(
ALTER TABLE documents ADD COLUMN ocr_pages INTEGER NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN ocr_confidence INTEGER;
)sql";

inline constexpr const char kGraphSchemaSql[] = R"sql(
-- One row per report in the index.
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  path          TEXT NOT NULL UNIQUE,    -- relative to the corpus folder, '/' separated
  size          INTEGER NOT NULL,        -- bytes; with mtime_ns, tells an unchanged file without reading it
  mtime_ns      INTEGER NOT NULL,
  content_hash  TEXT NOT NULL,           -- XXH3-128 of the bytes, hex
  xapian_docid  INTEGER NOT NULL UNIQUE, -- the same report in the Xapian half
  identity      TEXT,                    -- its own authority identity (authority_identity.h), if it has a symbol
  symbol        TEXT,                    -- "174/BC-SKHCHN"
  type          TEXT,                    -- "Báo cáo"
  date          TEXT,                    -- ISO "2020-12-17"
  issuer        TEXT,
  place         TEXT,
  title         TEXT,                    -- trích yếu
  signer        TEXT,
  recipients    TEXT,                    -- one per line
  invalid_utf8  INTEGER NOT NULL DEFAULT 0, -- byte sequences replaced by U+FFFD when read
  ocr_pages     INTEGER NOT NULL DEFAULT 0, -- pages read by OCR (a scan), 0 for typed text
  ocr_confidence INTEGER                  -- their mean confidence, 0-100 (NULL when no OCR)
);
CREATE INDEX documents_by_identity ON documents(identity);

-- One row per distinct cited document ("authority"), whatever the number of
-- reports that cite it. Its attributes are the most frequent values among
-- its mentions.
CREATE TABLE authorities (
  id            INTEGER PRIMARY KEY,
  identity      TEXT NOT NULL UNIQUE,    -- "sym:41/2019/qd-ubnd|2019|quang tri"
  citation_key  TEXT NOT NULL,           -- "sym:41/2019/qd-ubnd": what `cites` looks up
  type          TEXT,
  number        TEXT,                    -- "41"
  symbol        TEXT,                    -- "41/2019/QĐ-UBND"
  year          INTEGER,
  scope         TEXT NOT NULL,           -- province of a local body, '?' unknown, '' national
  issuer        TEXT,
  date          TEXT,
  name          TEXT,                    -- for documents known by name: "Bộ luật Lao động"
  document_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL, -- this authority is a report of the corpus
  same_as       INTEGER REFERENCES authorities(id) ON DELETE SET NULL -- an undated mention of a national document
                                         -- ("Chỉ thị 05-CT/TW", year '?'): the one dated authority
                                         -- of that symbol, when the index holds exactly one
);
CREATE INDEX authorities_by_citation_key ON authorities(citation_key);
CREATE INDEX authorities_by_document ON authorities(document_id);

-- One row per mention: report --relation--> authority.
CREATE TABLE citations (
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,        -- 0, 1, ... in text order
  authority_id  INTEGER NOT NULL REFERENCES authorities(id),
  relation      TEXT NOT NULL,           -- cites, basis, implements, amends, replaces, repeals, guides
  pinpoint      TEXT,                    -- "Khoản 3 Điều 63"
  span_begin    INTEGER NOT NULL,        -- the mention: byte offsets in the report's NFC text
  span_end      INTEGER NOT NULL,
  type          TEXT,                    -- what this mention says of the authority
  symbol        TEXT,
  name          TEXT,
  date          TEXT,
  issuer        TEXT,
  sentence      TEXT NOT NULL,           -- the sentence around it, mention included (<= 240 bytes)
  mention_begin INTEGER NOT NULL,        -- where the mention is in `sentence`: byte offsets,
  mention_end   INTEGER NOT NULL,        --   to mark it (its white space collapsed as there)
  section       INTEGER,                 -- sections.ordinal of the heading it sits under
  PRIMARY KEY (document_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX citations_by_authority ON citations(authority_id);
-- The few citations that change a document's validity, for `status` and
-- "in force" filters: a directive cited 6,000 times is amended by none.
CREATE INDEX citations_changing ON citations(authority_id)
  WHERE relation IN ('amends', 'replaces', 'repeals');

-- One row per change of validity that a report states between documents it
-- cites (extraction.h StatedRelation, docs/stated_relations.md): "Nghị định
-- 138/2020/NĐ-CP thay thế Nghị định 24/2010/NĐ-CP". Subject and object are
-- the report's own citations, so each reaches its authority through them.
CREATE TABLE stated_relations (
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,        -- 0, 1, ... in text order
  subject       INTEGER,                 -- citations.ordinal of the document acting; NULL: none named
  relation      TEXT NOT NULL,           -- amends, replaces, repeals
  object        INTEGER NOT NULL,        -- citations.ordinal of the document changed
  object_authority INTEGER NOT NULL,     -- that citation's authority_id: the evidence of a
                                         --   document is found through its index
  effective     TEXT,                    -- ISO date from which it applies, when stated
  span_begin    INTEGER NOT NULL,        -- the statement: byte offsets in the report's NFC text
  span_end      INTEGER NOT NULL,
  statement     TEXT NOT NULL,           -- its text, white space collapsed (<= 600 bytes)
  PRIMARY KEY (document_id, ordinal)
) WITHOUT ROWID;
CREATE INDEX stated_relations_by_object ON stated_relations(document_id, object);
CREATE INDEX stated_relations_by_authority ON stated_relations(object_authority);

-- The headings of a report's sections that citations sit under; a heading
-- is stored once however many citations share it.
CREATE TABLE sections (
  document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ordinal       INTEGER NOT NULL,        -- 0, 1, ... in text order
  heading       TEXT NOT NULL,           -- "II. KẾT QUẢ THỰC HIỆN"
  PRIMARY KEY (document_id, ordinal)
) WITHOUT ROWID;

-- Files of the corpus that are not indexed, and why; kept so that a later
-- run does not read them again while they are unchanged.
CREATE TABLE skipped_files (
  path          TEXT PRIMARY KEY,
  size          INTEGER NOT NULL,
  mtime_ns      INTEGER NOT NULL,
  reason        TEXT NOT NULL
) WITHOUT ROWID;

-- corpus_root: the folder indexed; generation: commits so far;
-- purged_at: the generation of the latest state from which a build went on
-- to delete Xapian documents that older states list (index_reader.h): a
-- reader whose snapshot is older must read again once Xapian moves on.
CREATE TABLE meta (
  key           TEXT PRIMARY KEY,
  value         TEXT NOT NULL
) WITHOUT ROWID;
)sql";

}  // namespace lexgraph

#endif  // LEXGRAPH_INDEXER_GRAPH_SCHEMA_SQL_H_
