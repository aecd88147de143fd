"""Triggers that make append-only tables append-only inside SQLite itself."""

from __future__ import annotations

from sqlalchemy import Connection

DDL: tuple[str, ...] = (
    """CREATE TRIGGER plan_versions_frozen BEFORE UPDATE ON plan_versions BEGIN
        SELECT RAISE(ABORT, 'plan versions are frozen');
    END""",
    """CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
    END""",
    """CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN
        SELECT RAISE(ABORT, 'the audit trail is append-only');
    END""",
)


def install(connection: Connection) -> None:
    for statement in DDL:
        connection.exec_driver_sql(statement)
