"""Queries on a store: filtered events and clusters, read-only SQL, as DataFrames."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    from wirecoder.store.duckdb_store import Store

FORMATS = ("pandas", "arrow", "polars")

# Each table's rows as the API returns them; events carry their document's source and URL.
_BASE = {
    "events": ("SELECT e.* EXCLUDE (record), d.source AS doc_source, d.url, d.published "
               "FROM events e JOIN documents d USING (doc_hash)"),
    "clusters": "SELECT c.* FROM clusters c",
}
_ORDER = {
    "events": " ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.event_id",
    "clusters": " ORDER BY c.date NULLS LAST, c.cluster_id",
}


class QueryError(ValueError):
    """A query the store refuses to run."""


def _alias(table: str) -> str:
    return "e" if table == "events" else "c"


def where_clause(table: str, actor: str | None = None,
                 dyad: tuple[str, str] | list[str] | None = None, code: str | None = None,
                 root: str | None = None, country: str | None = None,
                 since: str | None = None, until: str | None = None) -> tuple[str, list[Any]]:
    """SQL conditions and parameters for the filters; actor codes match as prefixes."""
    t = _alias(table)
    conds: list[str] = []
    params: list[Any] = []
    if actor:
        conds.append(f"(starts_with({t}.source_code, ?) OR starts_with({t}.target_code, ?))")
        params += [actor, actor]
    if dyad:
        if len(dyad) != 2:
            raise QueryError("a dyad is two actor codes: source and target")
        conds.append(f"starts_with({t}.source_code, ?) AND starts_with({t}.target_code, ?)")
        params += list(dyad)
    if code:
        conds.append(f"{t}.code = ?")
        params.append(code)
    if root:
        conds.append(f"{t}.root = ?")
        params.append(root.zfill(2))
    if country:
        conds.append(f"? IN ({t}.source_country, {t}.target_country, {t}.place_country)")
        params.append(country.upper())
    if since:
        conds.append(f"{t}.date >= ?")
        params.append(since)
    if until:
        # a bare month or year includes all of it: '2025-04' <= '2025-04-30' < '2025-04~'
        conds.append(f"{t}.date <= ?")
        params.append(until if len(until) == 10 else until + "~")
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def convert(result: duckdb.DuckDBPyRelation, as_: str) -> Any:
    """A DuckDB result as a pandas DataFrame, an Arrow table or a polars DataFrame."""
    if as_ == "pandas":
        return result.df()
    if as_ == "arrow":
        return result.to_arrow_table()
    if as_ == "polars":
        try:
            import polars
        except ImportError as exc:
            raise QueryError("as_='polars' needs polars: pip install 'wirecoder[polars]'") \
                from exc
        return polars.from_arrow(result.to_arrow_table())
    raise QueryError(f"unknown result type {as_!r}; choose one of {', '.join(FORMATS)}")


def _run(store: Store, sql: str, params: list[Any] | None, as_: str) -> Any:
    """A query's whole result, on a cursor of its own so no pending result gets in the way."""
    cursor = store.con.cursor()
    try:
        return convert(cursor.sql(sql, params=params), as_)
    finally:
        cursor.close()


def select_sql(table: str, limit: int | None = None, **filters: Any) -> tuple[str, list[Any]]:
    """The SELECT statement and parameters of a filtered events or clusters query."""
    if table not in _BASE:
        raise QueryError(f"unknown table {table!r}: events or clusters")
    where, params = where_clause(table, **filters)
    sql = _BASE[table] + where + _ORDER[table]
    if limit:
        sql += f" LIMIT {int(limit)}"
    return sql, params


def select(store: Store, table: str, as_: str = "pandas", limit: int | None = None,
           **filters: Any) -> Any:
    """Events or clusters matching the filters (actor, dyad, code, root, country, since, until)."""
    store.require_latest()
    sql, params = select_sql(table, limit, **filters)
    return _run(store, sql, params, as_)


def check_read_only(statement: str) -> str:
    """The statement when it is one SELECT (or WITH ... SELECT); QueryError otherwise."""
    try:
        parsed = duckdb.extract_statements(statement)
    except duckdb.Error as exc:
        raise QueryError(f"cannot parse the SQL: {exc}") from exc
    if len(parsed) != 1:
        raise QueryError(f"one SELECT statement only; got {len(parsed)} statements")
    kind = parsed[0].type
    if kind != duckdb.StatementType.SELECT:
        raise QueryError(f"read-only queries only: a single SELECT or WITH statement; "
                         f"got {kind.name}")
    return parsed[0].query


def read_only_sql(store: Store, statement: str, as_: str = "pandas") -> Any:
    """The result of one SELECT statement on the store."""
    checked = check_read_only(statement)
    try:
        return _run(store, checked, None, as_)
    except duckdb.Error as exc:
        raise QueryError(f"{store.path}: {exc}") from exc
