-- Version 2: the merge. Roles as sorted comma-separated role codes (filled from the JSON record
-- of events stored by version 1), each event's cluster, and the clusters themselves.
ALTER TABLE events ADD COLUMN IF NOT EXISTS source_roles VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS target_roles VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS cluster_id VARCHAR;
UPDATE events SET
    source_roles = array_to_string(list_sort(
        from_json(record -> '$.source.roles', '["VARCHAR"]')), ','),
    target_roles = array_to_string(list_sort(
        from_json(record -> '$.target.roles', '["VARCHAR"]')), ',');
CREATE TABLE IF NOT EXISTS clusters (
    cluster_id      VARCHAR PRIMARY KEY,
    date            VARCHAR,
    date_first      VARCHAR,
    date_last       VARCHAR,
    source_code     VARCHAR,
    source_country  VARCHAR,
    source_roles    VARCHAR,
    source_name     VARCHAR,
    target_code     VARCHAR,
    target_country  VARCHAR,
    target_roles    VARCHAR,
    target_name     VARCHAR,
    code            VARCHAR NOT NULL,
    code_name       VARCHAR,
    root            VARCHAR,
    quad_class      INTEGER,
    goldstein       DOUBLE,
    plover          VARCHAR,
    place_name      VARCHAR,
    place_country   VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    geonameid       VARCHAR,
    num_mentions    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    first_seen      VARCHAR,
    date_added      TIMESTAMP,
    is_root         BOOLEAN,
    avg_tone        DOUBLE,
    confidence      DOUBLE,
    best_event_id   VARCHAR,
    evidence        VARCHAR,
    source_url      VARCHAR,
    event_ids       VARCHAR[]
);
CREATE TABLE IF NOT EXISTS merge_settings (window_days INTEGER, max_km DOUBLE);
