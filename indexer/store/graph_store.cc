#include "graph_store.h"

#include "graph_schema.sql.h"
#include "lexgraph/index_error.h"

namespace lexgraph {

struct GraphStore::Statements {
  explicit Statements(sqlite::Database& db)
      : document_id(db, "SELECT id, identity FROM documents WHERE path = ?1"),
        insert_document(db,
                        "INSERT INTO documents (path, size, mtime_ns, content_hash, xapian_docid,"
                        " identity, symbol, type, date, issuer, place, title, signer, recipients,"
                        " invalid_utf8, ocr_pages, ocr_confidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                        " ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) RETURNING id"),
        delete_document(db, "DELETE FROM documents WHERE id = ?1"),
        touch_document(db, "UPDATE documents SET size = ?2, mtime_ns = ?3 WHERE path = ?1"),
        cited_authorities(db, "SELECT DISTINCT authority_id FROM citations WHERE document_id = ?1"),
        delete_citations(db, "DELETE FROM citations WHERE document_id = ?1"),
        insert_authority(db,
                         "INSERT INTO authorities (identity, citation_key, number, year, scope)"
                         " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (identity) DO NOTHING"
                         " RETURNING id"),
        authority_id(db, "SELECT id FROM authorities WHERE identity = ?1"),
        all_authorities(db, "SELECT id FROM authorities"),
        insert_citation(db,
                        "INSERT INTO citations (document_id, ordinal, authority_id, relation,"
                        " pinpoint, span_begin, span_end, type, symbol, name, date, issuer,"
                        " sentence, mention_begin, mention_end, section) VALUES (?1, ?2, ?3, ?4,"
                        " ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)"),
        insert_section(db,
                       "INSERT INTO sections (document_id, ordinal, heading) VALUES (?1, ?2, ?3)"),
        delete_sections(db, "DELETE FROM sections WHERE document_id = ?1"),
        insert_stated(db,
                      "INSERT INTO stated_relations (document_id, ordinal, subject, relation,"
                      " object, object_authority, effective, span_begin, span_end, statement)"
                      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"),
        delete_stated(db, "DELETE FROM stated_relations WHERE document_id = ?1"),
        authority_cited(db, "SELECT 1 FROM citations WHERE authority_id = ?1 LIMIT 1"),
        delete_authority(db, "DELETE FROM authorities WHERE id = ?1"),
        refresh_authority(db, R"sql(
          UPDATE authorities SET
            type   = (SELECT type FROM citations WHERE authority_id = ?1 AND type IS NOT NULL
                      GROUP BY type ORDER BY count(*) DESC, type LIMIT 1),
            -- Codes the tables know are already in their official case; of
            -- the printed forms of another code, a tie goes to the mixed
            -- case, which only the issuer's own usage explains, not to the
            -- capitals of a heading.
            symbol = (SELECT symbol FROM citations WHERE authority_id = ?1 AND symbol IS NOT NULL
                      GROUP BY symbol
                      ORDER BY count(*) DESC, symbol = upper(symbol), symbol LIMIT 1),
            name   = (SELECT name FROM citations WHERE authority_id = ?1 AND name IS NOT NULL
                      GROUP BY name ORDER BY count(*) DESC, name LIMIT 1),
            date   = (SELECT date FROM citations WHERE authority_id = ?1 AND date IS NOT NULL
                      GROUP BY date ORDER BY count(*) DESC, date LIMIT 1),
            issuer = (SELECT issuer FROM citations WHERE authority_id = ?1 AND issuer IS NOT NULL
                      GROUP BY issuer ORDER BY count(*) DESC, issuer LIMIT 1),
            document_id = (SELECT id FROM documents WHERE identity = authorities.identity
                           ORDER BY path LIMIT 1)
          WHERE id = ?1)sql"),
        relink_identity(db,
                        "UPDATE authorities SET document_id = (SELECT id FROM documents"
                        " WHERE identity = ?1 ORDER BY path LIMIT 1) WHERE identity = ?1"),
        resolve_undated(db, R"sql(
          UPDATE authorities SET same_as = (
            SELECT CASE WHEN count(*) = 1 THEN min(b.id) END FROM authorities b
            WHERE b.citation_key = authorities.citation_key AND b.scope = ''
              AND b.year IS NOT NULL)
          WHERE year IS NULL AND scope = '' AND citation_key LIKE 'sym:%')sql"),
        put_skipped(db,
                    "INSERT OR REPLACE INTO skipped_files (path, size, mtime_ns, reason)"
                    " VALUES (?1, ?2, ?3, ?4)"),
        delete_skipped(db, "DELETE FROM skipped_files WHERE path = ?1"),
        get_meta(db, "SELECT value FROM meta WHERE key = ?1"),
        set_meta(db, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)") {}

  sqlite::Statement document_id, insert_document, delete_document, touch_document;
  sqlite::Statement cited_authorities, delete_citations, insert_authority, authority_id;
  sqlite::Statement all_authorities, insert_citation;
  sqlite::Statement insert_section, delete_sections, insert_stated, delete_stated;
  sqlite::Statement authority_cited, delete_authority, refresh_authority, relink_identity;
  sqlite::Statement resolve_undated;
  sqlite::Statement put_skipped, delete_skipped, get_meta, set_meta;
};

namespace {

void CreateOrCheckSchema(sqlite::Database& db) {
  db.Exec("BEGIN IMMEDIATE");
  int version = db.UserVersion();
  bool empty = true;
  {
    sqlite::Statement tables(db, "SELECT 1 FROM sqlite_master LIMIT 1");
    empty = !tables.Step();
    tables.Reset();
  }
  if (empty) {
    db.Exec(kGraphSchemaSql);
    db.Exec("PRAGMA user_version = " + std::to_string(kGraphSchemaVersion));
  } else if (version == 2) {
    db.Exec(kGraphMigrateFrom2);
    db.Exec("PRAGMA user_version = " + std::to_string(kGraphSchemaVersion));
  } else if (version != kGraphSchemaVersion) {
    db.Exec("ROLLBACK");
    throw IndexError(IndexError::Kind::kVersion,
                     db.path() + " holds an index of schema version " + std::to_string(version) +
                         "; this lexindex reads version " + std::to_string(kGraphSchemaVersion) +
                         ". Build a new index in another folder (or delete this one).");
  }
  db.Exec("COMMIT");
}

std::string JoinLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

}  // namespace

GraphStore::GraphStore(const std::string& path)
    : db_(path, sqlite::Database::Mode::kReadWriteCreate) {
  // WAL lets readers go on while we write. NORMAL synchronisation may lose
  // the last commits on power loss but never corrupts; the builder redoes
  // what SQLite lost (see IndexBuilder).
  db_.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  // 64 MiB of page cache instead of 2: the authority and citation indexes
  // are looked up for every citation, and at 20,000 reports a 2 MiB cache
  // made the build read 68 blocks per report back from the OS and take a
  // third longer (bench/RESULTS.md).
  db_.Exec("PRAGMA cache_size = -65536");
  CreateOrCheckSchema(db_);
  statements_ = std::make_unique<Statements>(db_);
  refresh_all_ = Meta("refresh_pending") == "all";  // a run was cut short
}

GraphStore::~GraphStore() = default;

std::unordered_map<std::string, FileState> GraphStore::LoadFiles() {
  std::unordered_map<std::string, FileState> files;
  sqlite::Statement documents(
      db_, "SELECT path, size, mtime_ns, content_hash, xapian_docid FROM documents");
  while (documents.Step()) {
    FileState& state = files[documents.Text(0)];
    state.size = documents.Int(1);
    state.mtime_ns = documents.Int(2);
    state.content_hash = documents.Text(3);
    state.xapian_docid = static_cast<std::uint32_t>(documents.Int(4));
  }
  sqlite::Statement skipped(db_, "SELECT path, size, mtime_ns, reason FROM skipped_files");
  while (skipped.Step()) {
    FileState& state = files[skipped.Text(0)];
    state.size = skipped.Int(1);
    state.mtime_ns = skipped.Int(2);
    state.skip_reason = skipped.Text(3);
  }
  return files;
}

std::vector<std::uint32_t> GraphStore::LiveXapianDocids() {
  std::vector<std::uint32_t> docids;
  sqlite::Statement statement(db_, "SELECT xapian_docid FROM documents ORDER BY xapian_docid");
  while (statement.Step()) docids.push_back(static_cast<std::uint32_t>(statement.Int(0)));
  return docids;
}

std::optional<std::string> GraphStore::Meta(const std::string& key) {
  sqlite::Statement& get = statements_->get_meta;
  get.Bind(1, key);
  std::optional<std::string> value;
  if (get.Step()) value = get.Text(0);
  get.Reset();
  return value;
}

void GraphStore::SetMeta(const std::string& key, const std::string& value) {
  statements_->set_meta.Bind(1, key).Bind(2, value).Run();
}

void GraphStore::Begin() { db_.Exec("BEGIN IMMEDIATE"); }

void GraphStore::Commit(bool last) {
  // New authorities get their attributes now; those already there, which
  // may have thousands of citations to count, once at the end of the run
  // (a run cut short leaves "refresh_pending" for the next one).
  RefreshAuthorities(new_authorities_);
  new_authorities_.clear();
  if (last) {
    if (refresh_all_) {
      sqlite::Statement& all = statements_->all_authorities;
      while (all.Step()) touched_authorities_.insert(all.Int(0));
    }
    RefreshAuthorities(touched_authorities_);
    touched_authorities_.clear();
    refresh_all_ = false;
    SetMeta("refresh_pending", "none");
    // Recomputed whole, so that it depends on what the index holds, not on
    // the order reports came in.
    statements_->resolve_undated.Run();
  } else if (!touched_authorities_.empty()) {
    SetMeta("refresh_pending", "all");
  }
  for (const std::string& identity : touched_identities_)
    statements_->relink_identity.Bind(1, identity).Run();
  touched_identities_.clear();
  std::int64_t generation = std::stoll(Meta("generation").value_or("0")) + 1;
  SetMeta("generation", std::to_string(generation));
  if (last) SetMeta("purged_at", std::to_string(generation));
  db_.Exec("COMMIT");
}

void GraphStore::MarkPurge() {
  Begin();
  SetMeta("purged_at", Meta("generation").value_or("0"));
  db_.Exec("COMMIT");
}

void GraphStore::ForgetCitationsOf(std::int64_t document_id) {
  sqlite::Statement& cited = statements_->cited_authorities;
  cited.Bind(1, document_id);
  while (cited.Step()) touched_authorities_.insert(cited.Int(0));
  cited.Reset();
  statements_->delete_citations.Bind(1, document_id).Run();
  statements_->delete_sections.Bind(1, document_id).Run();
  statements_->delete_stated.Bind(1, document_id).Run();
}

void GraphStore::RemoveDocument(const std::string& path) {
  sqlite::Statement& find = statements_->document_id;
  find.Bind(1, path);
  if (!find.Step()) {
    find.Reset();
    return;
  }
  std::int64_t id = find.Int(0);
  if (!find.IsNull(1)) touched_identities_.insert(find.Text(1));
  find.Reset();
  ForgetCitationsOf(id);
  statements_->delete_document.Bind(1, id).Run();
}

std::int64_t GraphStore::AuthorityId(const AuthorityIdentity& identity) {
  sqlite::Statement& find = statements_->authority_id;
  find.Bind(1, identity.key);
  if (find.Step()) {
    std::int64_t id = find.Int(0);
    find.Reset();
    touched_authorities_.insert(id);
    return id;
  }
  sqlite::Statement& insert = statements_->insert_authority;
  insert.Bind(1, identity.key).Bind(2, identity.citation_key).Bind(3, identity.number);
  if (identity.year) insert.Bind(4, static_cast<std::int64_t>(*identity.year));
  insert.Bind(5, identity.scope);
  if (!insert.Step()) db_.Fail("no id for authority " + identity.key);
  std::int64_t id = insert.Int(0);
  insert.Reset();
  new_authorities_.insert(id);
  return id;
}

void GraphStore::PutDocument(const DocumentRecord& record) {
  RemoveDocument(record.path);
  const DocumentInfo& info = record.extraction.document;
  std::optional<std::string> identity;
  if (!record.identity.key.empty()) {
    identity = record.identity.key;
    touched_identities_.insert(record.identity.key);
  }
  std::optional<std::string> recipients;
  if (!info.recipients.empty()) recipients = JoinLines(info.recipients);
  sqlite::Statement& insert = statements_->insert_document;
  insert.Bind(1, record.path).Bind(2, record.size).Bind(3, record.mtime_ns);
  insert.Bind(4, record.content_hash).Bind(5, static_cast<std::int64_t>(record.xapian_docid));
  insert.Bind(6, identity).Bind(7, info.symbol).Bind(8, info.type).Bind(9, info.date);
  insert.Bind(10, info.issuer).Bind(11, info.place).Bind(12, info.title).Bind(13, info.signer);
  insert.Bind(14, recipients).Bind(15, static_cast<std::int64_t>(record.invalid_utf8));
  insert.Bind(16, static_cast<std::int64_t>(record.ocr_pages));
  if (record.ocr_pages > 0)
    insert.Bind(17, static_cast<std::int64_t>(record.ocr_confidence));
  else
    insert.BindNull(17);
  if (!insert.Step()) db_.Fail("no id for document " + record.path);
  std::int64_t document_id = insert.Int(0);
  insert.Reset();
  RemoveSkipped(record.path);

  const std::vector<Citation>& citations = record.extraction.citations;
  std::vector<std::optional<std::int64_t>> sections = PutSections(document_id, record.headings);
  sqlite::Statement& cite = statements_->insert_citation;
  for (std::size_t i = 0; i < citations.size(); ++i) {
    const Citation& c = citations[i];
    if (record.cited[i].key.empty()) continue;  // nothing to identify it by
    std::int64_t authority = AuthorityId(record.cited[i]);
    cite.Bind(1, document_id).Bind(2, static_cast<std::int64_t>(i)).Bind(3, authority);
    cite.Bind(4, RelationName(c.relation)).Bind(5, c.pinpoint);
    cite.Bind(6, static_cast<std::int64_t>(c.begin)).Bind(7, static_cast<std::int64_t>(c.end));
    cite.Bind(8, std::string_view(c.type)).Bind(9, c.symbol).Bind(10, c.name);
    const MentionContext::Sentence& sentence = record.sentences[i];
    cite.Bind(11, c.date).Bind(12, c.issuer).Bind(13, sentence.text);
    cite.Bind(14, static_cast<std::int64_t>(sentence.mention_begin));
    cite.Bind(15, static_cast<std::int64_t>(sentence.mention_end));
    if (sections[i])
      cite.Bind(16, *sections[i]);
    else
      cite.BindNull(16);
    cite.Run();
  }
  PutStatedRelations(document_id, record);
}

// Only statements whose documents are both stored as citations (one
// without a key has no authority to hold the change), and are two.
void GraphStore::PutStatedRelations(std::int64_t document_id, const DocumentRecord& record) {
  const std::vector<StatedRelation>& stated = record.extraction.stated_relations;
  auto stored = [&](std::size_t citation) {
    return citation < record.cited.size() && !record.cited[citation].key.empty();
  };
  sqlite::Statement& insert = statements_->insert_stated;
  std::int64_t ordinal = 0;
  for (std::size_t i = 0; i < stated.size(); ++i) {
    const StatedRelation& r = stated[i];
    if (!stored(r.object) || (r.subject && !stored(*r.subject))) continue;
    // Two mentions of one document read as subject and object (a title
    // printed twice) state no change.
    if (r.subject && record.cited[*r.subject].key == record.cited[r.object].key) continue;
    insert.Bind(1, document_id).Bind(2, ordinal++);
    if (r.subject)
      insert.Bind(3, static_cast<std::int64_t>(*r.subject));
    else
      insert.BindNull(3);
    insert.Bind(4, RelationName(r.relation)).Bind(5, static_cast<std::int64_t>(r.object));
    insert.Bind(6, AuthorityId(record.cited[r.object]));
    insert.Bind(7, r.effective).Bind(8, static_cast<std::int64_t>(r.begin));
    insert.Bind(9, static_cast<std::int64_t>(r.end));
    insert.Bind(10, i < record.statements.size() ? record.statements[i] : r.text).Run();
  }
}

std::vector<std::optional<std::int64_t>> GraphStore::PutSections(
    std::int64_t document_id, const std::vector<std::string>& headings) {
  std::vector<std::optional<std::int64_t>> ordinals;
  std::int64_t next = 0;
  const std::string* previous = nullptr;
  for (const std::string& heading : headings) {
    if (heading.empty()) {
      ordinals.push_back(std::nullopt);
      continue;
    }
    if (!previous || *previous != heading) {
      statements_->insert_section.Bind(1, document_id).Bind(2, next++).Bind(3, heading).Run();
      previous = &heading;
    }
    ordinals.push_back(next - 1);
  }
  return ordinals;
}

void GraphStore::TouchFile(const std::string& path, std::int64_t size, std::int64_t mtime_ns) {
  statements_->touch_document.Bind(1, path).Bind(2, size).Bind(3, mtime_ns).Run();
}

void GraphStore::PutSkipped(const std::string& path, std::int64_t size, std::int64_t mtime_ns,
                            const std::string& reason) {
  RemoveDocument(path);
  statements_->put_skipped.Bind(1, path).Bind(2, size).Bind(3, mtime_ns).Bind(4, reason).Run();
}

void GraphStore::RemoveSkipped(const std::string& path) {
  statements_->delete_skipped.Bind(1, path).Run();
}

void GraphStore::RefreshAuthorities(const std::set<std::int64_t>& ids) {
  for (std::int64_t id : ids) {
    sqlite::Statement& cited = statements_->authority_cited;
    cited.Bind(1, id);
    bool still_cited = cited.Step();
    cited.Reset();
    if (still_cited)
      statements_->refresh_authority.Bind(1, id).Run();
    else
      statements_->delete_authority.Bind(1, id).Run();
  }
}

}  // namespace lexgraph
