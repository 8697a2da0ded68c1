import GRDB

/// The index's tables, made by named migrations (GRDB `DatabaseMigrator`).
///
/// Two kinds of table:
/// - `articles` holds what each run of `parley index` analyzed, one row per
///   source (file path or URL, plus `#item` when one file gives many
///   articles): its content hash, text, metadata and the analysis before
///   corpus-level merging (`StoredAnalysis` as JSON). Rows are written one
///   batch per transaction.
/// - everything else (`entities`, `entity_aliases`, `entity_merges`,
///   `statements`, `statement_topics`, `statement_mentions`, `links`,
///   `events`, `statement_fts`) is the result of the corpus-level pass over
///   all articles, rewritten whole in one transaction.
///
/// Large texts live apart from the rows the browser scans when it opens an
/// index (migration `v2-texts-apart`): an article's text and analysis in
/// `article_texts`, a statement's content and sentence text in
/// `statement_texts`. A row of `articles` or `statements` is then a few
/// hundred bytes, so opening reads a fraction of the file (measured on
/// 105k statements with the page cache dropped: see `parley bench index`).
///
/// `articles.input_metadata` is `Article.inputMetadataKey` of the article as
/// read (publication date given by the input or `--published`, URL, author,
/// outlet): an article whose text is unchanged but whose metadata is not is
/// analyzed again.
///
/// `articles.folder` (migration `v3-article-folder`) is the working directory
/// of the run that stored a relative source (empty for an absolute one, and for
/// rows stored before the column), so that `parley index --prune`, run from
/// any directory, checks the file that was read.
///
/// `meta.corpus_pass_pending` is `1` from the first article batch written
/// until a corpus pass has finished (set in the batch's transaction, cleared in
/// the pass's), so an interrupted run is finished by the next one.
///
/// Offsets (`*_start`, `*_end`, `spans`) count Unicode scalars in the
/// article text. List columns (`spans` "s-e,s-e"; `sentences` "1,2"; `topics`,
/// `mentions`, `aliases`, `roles`, `entities`, `statement_ids` joined with
/// U+001F) repeat what the join tables hold, so that the browser loads every
/// statement in one scan.
public enum IndexSchema {
    /// The version of the stored analysis format; a different one in an index makes every article analyzed again.
    public static let analysisFormat = "1"

    /// The migrations, in order.
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-articles") { db in
            try db.execute(sql: """
            CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE articles (
                num INTEGER PRIMARY KEY,
                source TEXT NOT NULL UNIQUE,
                id TEXT NOT NULL UNIQUE,
                headline TEXT, outlet TEXT, author TEXT,
                published TEXT, published_provenance TEXT,
                body_start INTEGER NOT NULL,
                words INTEGER NOT NULL,
                text TEXT NOT NULL,
                analysis_format TEXT NOT NULL,
                analysis BLOB NOT NULL
            );
            INSERT INTO meta (key, value) VALUES ('corpus_pass_pending', '0');
            """)
        }
        migrator.registerMigration("v1-corpus") { db in
            try db.execute(sql: """
            CREATE TABLE entities (
                id TEXT PRIMARY KEY NOT NULL,
                kind TEXT NOT NULL, name TEXT NOT NULL, gender TEXT NOT NULL,
                aliases TEXT NOT NULL, roles TEXT NOT NULL
            );
            CREATE TABLE entity_aliases (
                entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, alias TEXT NOT NULL,
                PRIMARY KEY (entity_id, position)
            );
            CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);
            CREATE TABLE entity_merges (
                from_id TEXT PRIMARY KEY NOT NULL,
                to_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE
            );
            CREATE TABLE statements (
                ord INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                speaker_key TEXT, speaker_name TEXT, speaker_entity TEXT, speaker_kind TEXT,
                speaker_start INTEGER, speaker_end INTEGER, speaker_resolution TEXT,
                cue TEXT, cue_start INTEGER, cue_end INTEGER,
                kind TEXT NOT NULL,
                spans TEXT NOT NULL, sentences TEXT NOT NULL,
                channel TEXT,
                date_value TEXT, date_text TEXT, date_start INTEGER, date_end INTEGER,
                date_source TEXT NOT NULL, date_anchor TEXT,
                topics TEXT NOT NULL, mentions TEXT NOT NULL,
                content TEXT NOT NULL, sentence TEXT NOT NULL
            );
            CREATE INDEX statements_article ON statements(article_id);
            CREATE INDEX statements_speaker ON statements(speaker_key);
            CREATE INDEX statements_date ON statements(date_value);
            CREATE TABLE statement_topics (
                statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, topic TEXT NOT NULL,
                PRIMARY KEY (statement_id, position)
            );
            CREATE INDEX statement_topics_topic ON statement_topics(topic);
            CREATE TABLE statement_mentions (
                statement_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
                position INTEGER NOT NULL, entity_id TEXT NOT NULL,
                PRIMARY KEY (statement_id, position)
            );
            CREATE INDEX statement_mentions_entity ON statement_mentions(entity_id);
            CREATE TABLE links (
                from_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                to_id TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
                kind TEXT NOT NULL, label TEXT,
                PRIMARY KEY (from_id, position)
            );
            CREATE INDEX links_to ON links(to_id);
            CREATE TABLE events (
                ord INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
                timex_start INTEGER NOT NULL, timex_end INTEGER NOT NULL, timex_text TEXT NOT NULL,
                timex_type TEXT NOT NULL, timex_value TEXT NOT NULL, timex_relative INTEGER NOT NULL, timex_anchor TEXT,
                entities TEXT NOT NULL, statement_ids TEXT NOT NULL
            );
            CREATE VIRTUAL TABLE statement_fts USING fts5(
                content, speaker, headline, content='', tokenize='unicode61 remove_diacritics 2'
            );
            """)
        }
        migrator.registerMigration("v2-texts-apart") { db in
            try db.execute(sql: """
            CREATE TABLE article_texts (
                article_num INTEGER PRIMARY KEY REFERENCES articles(num) ON DELETE CASCADE,
                text TEXT NOT NULL,
                analysis_format TEXT NOT NULL,
                analysis BLOB NOT NULL
            );
            INSERT INTO article_texts (article_num, text, analysis_format, analysis)
                SELECT num, text, analysis_format, analysis FROM articles;
            ALTER TABLE articles DROP COLUMN text;
            ALTER TABLE articles DROP COLUMN analysis_format;
            ALTER TABLE articles DROP COLUMN analysis;
            CREATE TABLE statement_texts (
                ord INTEGER PRIMARY KEY REFERENCES statements(ord) ON DELETE CASCADE,
                content TEXT NOT NULL,
                sentence TEXT NOT NULL
            );
            INSERT INTO statement_texts (ord, content, sentence) SELECT ord, content, sentence FROM statements;
            ALTER TABLE statements DROP COLUMN content;
            ALTER TABLE statements DROP COLUMN sentence;
            ALTER TABLE articles ADD COLUMN url TEXT;
            ALTER TABLE articles ADD COLUMN input_metadata TEXT NOT NULL DEFAULT '';
            """)
        }
        migrator.registerMigration("v3-article-folder") { db in
            try db.execute(sql: "ALTER TABLE articles ADD COLUMN folder TEXT NOT NULL DEFAULT ''")
        }
        return migrator
    }
}
