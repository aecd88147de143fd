"""The full-text index over client names, aliases and notes (SQLite FTS5).

Maintained by triggers, so every write path keeps it current. FTS5's own rowids are
kept in `search_refs` (keyed by the record's UUID) because a table's implicit rowid may
change on VACUUM. `secure-delete` makes removed text leave the index's pages too.
"""

from __future__ import annotations

from sqlalchemy import Connection

INDEX_TABLES = ("search_index", "search_refs")

_CLIENT_TEXT = "new.preferred_name || ' ' || coalesce(new.legal_name, '')"
_NOTE_TEXT = "CASE WHEN new.deleted_at IS NULL THEN new.body ELSE '' END"

DDL: tuple[str, ...] = (
    "CREATE VIRTUAL TABLE search_index USING fts5("
    "body, ref_id UNINDEXED, case_id UNINDEXED, kind UNINDEXED, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "INSERT INTO search_index(search_index, rank) VALUES ('secure-delete', 1)",
    "CREATE TABLE search_refs (ref_id VARCHAR(36) NOT NULL PRIMARY KEY, "
    "fts_rowid INTEGER NOT NULL)",
    # clients
    f"""CREATE TRIGGER clients_search_insert AFTER INSERT ON clients BEGIN
        INSERT INTO search_index(body, ref_id, case_id, kind)
            VALUES ({_CLIENT_TEXT}, new.id, NULL, 'client');
        INSERT INTO search_refs(ref_id, fts_rowid) VALUES (new.id, last_insert_rowid());
    END""",
    f"""CREATE TRIGGER clients_search_update AFTER UPDATE OF preferred_name, legal_name
        ON clients BEGIN
        UPDATE search_index SET body = {_CLIENT_TEXT}
            WHERE rowid = (SELECT fts_rowid FROM search_refs WHERE ref_id = new.id);
    END""",
    """CREATE TRIGGER clients_search_delete AFTER DELETE ON clients BEGIN
        DELETE FROM search_index
            WHERE rowid = (SELECT fts_rowid FROM search_refs WHERE ref_id = old.id);
        DELETE FROM search_refs WHERE ref_id = old.id;
    END""",
    # notes
    f"""CREATE TRIGGER notes_search_insert AFTER INSERT ON notes BEGIN
        INSERT INTO search_index(body, ref_id, case_id, kind)
            VALUES ({_NOTE_TEXT}, new.id, new.case_id, 'note');
        INSERT INTO search_refs(ref_id, fts_rowid) VALUES (new.id, last_insert_rowid());
    END""",
    f"""CREATE TRIGGER notes_search_update AFTER UPDATE OF body, deleted_at ON notes BEGIN
        UPDATE search_index SET body = {_NOTE_TEXT}
            WHERE rowid = (SELECT fts_rowid FROM search_refs WHERE ref_id = new.id);
    END""",
    """CREATE TRIGGER notes_search_delete AFTER DELETE ON notes BEGIN
        DELETE FROM search_index
            WHERE rowid = (SELECT fts_rowid FROM search_refs WHERE ref_id = old.id);
        DELETE FROM search_refs WHERE ref_id = old.id;
    END""",
)


def install(connection: Connection) -> None:
    for statement in DDL:
        connection.exec_driver_sql(statement)


def match_expression(typed: str) -> str | None:
    """Search-as-you-type: every word typed must start a word in the text."""
    words = ["".join(ch for ch in word if ch.isalnum()) for word in typed.split()]
    words = [w for w in words if w]
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)
