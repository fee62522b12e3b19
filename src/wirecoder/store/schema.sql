-- wirecoder store, schema version 1. One row a document (identity: hash of its text),
-- one row an actor mention, one row a coded event (the full record kept as JSON too),
-- one row a rejected input record.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
    doc_hash    VARCHAR PRIMARY KEY,
    doc_id      VARCHAR NOT NULL,
    path        VARCHAR,
    lang        VARCHAR,
    published   VARCHAR,
    doc_date    VARCHAR,
    source      VARCHAR,
    url         VARCHAR,
    text        VARCHAR NOT NULL,
    coded_at    TIMESTAMP DEFAULT current_timestamp
);

CREATE TABLE IF NOT EXISTS mentions (
    doc_hash        VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    text            VARCHAR,
    kind            VARCHAR,
    code            VARCHAR,
    country         VARCHAR,
    roles           VARCHAR,
    name            VARCHAR,
    rule            VARCHAR,
    sentence_index  INTEGER,
    PRIMARY KEY (doc_hash, start_char, end_char)
);

CREATE TABLE IF NOT EXISTS events (
    event_id        VARCHAR PRIMARY KEY,
    doc_hash        VARCHAR NOT NULL,
    doc_id          VARCHAR NOT NULL,
    lang            VARCHAR,
    sentence_index  INTEGER,
    evidence        VARCHAR,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    source_code     VARCHAR,
    source_country  VARCHAR,
    source_text     VARCHAR,
    source_name     VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    target_text     VARCHAR,
    target_name     VARCHAR,
    code            VARCHAR NOT NULL,
    code_name       VARCHAR,
    root            VARCHAR,
    quad_class      INTEGER,
    goldstein       DOUBLE,
    plover          VARCHAR,
    plover_mode     VARCHAR,
    date            VARCHAR,
    date_precision  VARCHAR,
    place_name      VARCHAR,
    place_country   VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    geonameid       VARCHAR,
    confidence      DOUBLE,
    modality        VARCHAR,
    tone            DOUBLE,
    trigger         VARCHAR,
    record          JSON
);

CREATE TABLE IF NOT EXISTS rejections (
    path        VARCHAR NOT NULL,
    line        INTEGER,
    reason      VARCHAR NOT NULL,
    seen_at     TIMESTAMP DEFAULT current_timestamp
);
