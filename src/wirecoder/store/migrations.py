"""The store's schema as an ordered list of migration steps, one SQL script per version."""

from __future__ import annotations

from importlib import resources

import duckdb


def _sql(name: str) -> str:
    return (resources.files("wirecoder.store") / name).read_text(encoding="utf-8")



# Each version's script: version 1 creates the tables, later ones alter them.
MIGRATIONS: list[tuple[int, str]] = [
    (1, "schema.sql"),
    (2, "schema_v2.sql"),  # the merge: roles, each event's cluster, the clusters
]

LATEST = MIGRATIONS[-1][0]


def steps() -> list[tuple[int, str]]:
    """Every migration step in order: (version, SQL script)."""
    return [(v, _sql(name)) for v, name in MIGRATIONS]


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
