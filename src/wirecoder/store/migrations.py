"""The store's schema as an ordered list of migration steps, one SQL script per version."""

from __future__ import annotations

from importlib import resources

import duckdb


def _base() -> str:
    return (resources.files("wirecoder.store") / "schema.sql").read_text(encoding="utf-8")


# Version 2: the merge. Roles as sorted comma-separated role codes (filled from the JSON record
# of events stored by version 1), each event's cluster, and the clusters themselves.
_V2 = """
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
"""

MIGRATIONS: list[tuple[int, str]] = [
    (1, ""),  # filled lazily from schema.sql (see steps())
    (2, _V2),
]

LATEST = MIGRATIONS[-1][0]


def steps() -> list[tuple[int, str]]:
    """Every migration step in order: (version, SQL script)."""
    return [(v, _base() if v == 1 else sql) for v, sql in MIGRATIONS]


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open store; 0 for an empty file."""
    found = con.execute("SELECT count(*) FROM information_schema.tables "
                        "WHERE table_name = 'schema_version'").fetchone()
    if not found or not found[0]:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def migrate(con: duckdb.DuckDBPyConnection, path: str) -> int:
    """Bring a store up to the latest schema version, one step per transaction."""
    version = current_version(con)
    if version > LATEST:
        raise RuntimeError(f"{path}: store schema version {version} is newer than this "
                           f"wirecoder knows ({LATEST}); upgrade wirecoder")
    for target, sql in steps():
        if target <= version:
            continue
        con.begin()
        try:
            con.execute(sql)
            con.execute("DELETE FROM schema_version")
            con.execute("INSERT INTO schema_version VALUES (?)", [target])
            con.commit()
        except Exception:
            con.rollback()
            raise
        version = target
    return version
