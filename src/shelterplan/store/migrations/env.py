"""Alembic environment: always runs on the store's own (already keyed) connection."""

from __future__ import annotations

from alembic import context

from shelterplan.store.fts import INDEX_TABLES
from shelterplan.store.models import Base


def _include(obj: object, name: str | None, type_: str, *_args: object) -> bool:
    # The FTS5 index and its rowid map are made by hand (fts.py), not from the models.
    return not (type_ == "table" and name is not None and name.startswith(INDEX_TABLES))


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("shelterplan migrations run only through shelterplan.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=_include,
)
with context.begin_transaction():
    context.run_migrations()
