-- tidings store schema (SQLite). Documented in docs/store.md; keep the two in step.
PRAGMA journal_mode = WAL;

CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT
);

-- One row per coded document.
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    title         TEXT,
    published     TEXT,            -- YYYY-MM-DD or NULL
    url           TEXT,
    origin        TEXT,            -- file (and line) it came from
    source        TEXT,            -- the publisher: the URL's host, else the input file
    dateline      TEXT,
    text          TEXT NOT NULL,
    blocks        TEXT,            -- JSON: [{kind, span, reason}]
    n_reports     INTEGER NOT NULL DEFAULT 0,
    ingested_at   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);

-- Events after cross-article deduplication: one row per real-world event.
CREATE TABLE IF NOT EXISTS events (
    id              INTEGER PRIMARY KEY,
    source_code     TEXT NOT NULL,
    source_name     TEXT,
    source_country  TEXT,
    target_code     TEXT NOT NULL DEFAULT '',
    target_name     TEXT,
    target_country  TEXT,
    code            TEXT NOT NULL,
    root            TEXT NOT NULL,
    name            TEXT,
    plover          TEXT,
    mode            TEXT,
    quad_class      INTEGER,
    goldstein       REAL,
    status          TEXT,
    date            TEXT,            -- earliest report's date
    date_max        TEXT,            -- latest report's date (the merge window spans both)
    date_precision  TEXT,
    place_name      TEXT,
    place_country   TEXT,
    place_lat       REAL,
    place_lon       REAL,
    n_reports       INTEGER NOT NULL DEFAULT 0,
    n_articles      INTEGER NOT NULL DEFAULT 0,
    n_sources       INTEGER NOT NULL DEFAULT 0,
    confidence      REAL,
    first_article   TEXT
);
-- Covering indexes: the workbench's filters, counts and timelines read the index alone.
CREATE INDEX IF NOT EXISTS events_key ON events (source_code, target_code, code, date);
CREATE INDEX IF NOT EXISTS events_dyad ON events (source_country, target_country, date,
                                                  quad_class, goldstein);
CREATE INDEX IF NOT EXISTS events_target ON events (target_country, date, source_country,
                                                    quad_class);
CREATE INDEX IF NOT EXISTS events_date ON events (date, source_country, target_country, root,
                                                  quad_class, status, code);
CREATE INDEX IF NOT EXISTS events_root ON events (root, date, source_country, target_country);
CREATE INDEX IF NOT EXISTS events_quad ON events (quad_class, date, source_country,
                                                  target_country);

-- Every article-level event record, with its evidence; many reports make one event.
CREATE TABLE IF NOT EXISTS reports (
    id              INTEGER PRIMARY KEY,
    event_id        INTEGER NOT NULL REFERENCES events (id),
    article_id      TEXT NOT NULL REFERENCES articles (id),
    source_code     TEXT NOT NULL,
    source_name     TEXT,
    source_text     TEXT,
    source_start    INTEGER,
    source_end      INTEGER,
    source_entry    TEXT,
    target_code     TEXT NOT NULL DEFAULT '',
    target_name     TEXT,
    target_text     TEXT,
    target_start    INTEGER,
    target_end      INTEGER,
    target_entry    TEXT,
    code            TEXT NOT NULL,
    status          TEXT,
    sentence        TEXT,
    sentence_index  INTEGER,
    trigger         TEXT,
    trigger_start   INTEGER,
    trigger_end     INTEGER,
    date            TEXT,
    date_precision  TEXT,
    place           TEXT,            -- JSON place or NULL
    amounts         TEXT,            -- JSON list
    confidence      REAL,
    why             TEXT,
    mentions        INTEGER
);
CREATE INDEX IF NOT EXISTS reports_event ON reports (event_id);
CREATE INDEX IF NOT EXISTS reports_article ON reports (article_id);

-- Full-text search over the evidence sentences (the `text` filter).
CREATE VIRTUAL TABLE IF NOT EXISTS reports_fts USING fts5 (
    sentence, trigger, content = 'reports', content_rowid = 'id');
CREATE TRIGGER IF NOT EXISTS reports_fts_insert AFTER INSERT ON reports BEGIN
    INSERT INTO reports_fts (rowid, sentence, trigger) VALUES (new.id, new.sentence, new.trigger);
END;
CREATE TRIGGER IF NOT EXISTS reports_fts_delete AFTER DELETE ON reports BEGIN
    INSERT INTO reports_fts (reports_fts, rowid, sentence, trigger)
    VALUES ('delete', old.id, old.sentence, old.trigger);
END;

CREATE TABLE IF NOT EXISTS mentions (
    article_id      TEXT NOT NULL REFERENCES articles (id),
    start           INTEGER,
    end             INTEGER,
    text            TEXT,
    code            TEXT,
    name            TEXT,
    kind            TEXT,
    entry           TEXT,
    sentence_index  INTEGER,
    via             TEXT
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id);

CREATE TABLE IF NOT EXISTS entities (
    article_id  TEXT NOT NULL REFERENCES articles (id),
    entry       TEXT,
    name        TEXT,
    code        TEXT,
    kind        TEXT,
    mentions    INTEGER
);
CREATE INDEX IF NOT EXISTS entities_code ON entities (code);
CREATE INDEX IF NOT EXISTS entities_article ON entities (article_id);

-- Actors across the store: every coded person, organisation, country and place, with how
-- many articles name them.
CREATE VIEW IF NOT EXISTS actors AS
    SELECT entry, name, code, kind, COUNT(DISTINCT article_id) AS articles,
           SUM(mentions) AS mentions
    FROM entities GROUP BY entry, code;

CREATE TABLE IF NOT EXISTS quotes (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles (id),
    text            TEXT,
    start           INTEGER,
    end             INTEGER,
    speaker_name    TEXT,
    speaker_code    TEXT,
    speaker_entry   TEXT,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    partial         INTEGER,
    sentence_index  INTEGER,
    how             TEXT
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_code);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);

CREATE TABLE IF NOT EXISTS amounts (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles (id),
    text            TEXT,
    start           INTEGER,
    end             INTEGER,
    value           REAL,
    kind            TEXT,            -- money | count
    currency        TEXT,
    usd             REAL,
    counts          TEXT,
    sentence_index  INTEGER
);
CREATE INDEX IF NOT EXISTS amounts_article ON amounts (article_id);

CREATE TABLE IF NOT EXISTS places (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles (id),
    text            TEXT,
    start           INTEGER,
    end             INTEGER,
    name            TEXT,
    country         TEXT,
    feature         TEXT,
    latitude        REAL,
    longitude       REAL,
    geonameid       INTEGER,
    sentence_index  INTEGER
);
CREATE INDEX IF NOT EXISTS places_article ON places (article_id);

-- Documents that could not be coded, with the stage and the reason.
CREATE TABLE IF NOT EXISTS failures (
    id            INTEGER PRIMARY KEY,
    doc_id        TEXT,
    origin        TEXT,
    content_hash  TEXT UNIQUE,
    stage         TEXT,
    reason        TEXT,
    at            TEXT NOT NULL
);
