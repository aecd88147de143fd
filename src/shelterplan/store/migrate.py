"""Schema creation and upgrades with Alembic.

A new store gets `create_all` plus the full-text index and is stamped at head. An
existing store behind head is first copied with SQLite's backup API into a keyed file
beside it, then upgraded; if the upgrade fails the copy is put back and the worker is
told in plain words. A store from a newer shelterplan is refused, not touched.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from shelterplan.errors import ShelterplanError, UpgradeFailed
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import fts, guards
from shelterplan.store.backup import copy_database, restore_into
from shelterplan.store.models import Base

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).with_name("migrations")


class StoreTooNew(ShelterplanError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This store was written by a newer shelterplan. Install the newer version."
    )


def alembic_config(script_location: Path = MIGRATIONS) -> Config:
    config = Config()
    config.set_main_option("script_location", str(script_location))
    return config


def head_revision(config: Config | None = None) -> str:
    head = ScriptDirectory.from_config(config or alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def create_schema(engine: Engine, config: Config | None = None) -> None:
    config = config or alembic_config()
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        fts.install(connection)
        guards.install(connection)
        config.attributes["connection"] = connection
        command.stamp(config, "head")


def upgrade_if_needed(engine: Engine, db_path: Path, config: Config | None = None) -> bool:
    """Bring the store to head. Returns True when an upgrade ran."""
    config = config or alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return False
    if current is None:
        if inspect(engine).get_table_names():
            raise UpgradeFailed(
                QT_TRANSLATE_NOOP(
                    "errors", "This store has no schema version; it was not made by shelterplan."
                )
            )
        create_schema(engine, config)
        return False
    known = {rev.revision for rev in script.walk_revisions()}
    if current not in known:
        raise StoreTooNew()
    safety_copy = db_path.with_name(f"{db_path.name}.before-upgrade-{current}")
    copy_database(engine, safety_copy)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as exc:
        log.error("store upgrade from %s failed (%s); restoring", current, type(exc).__name__)
        engine.dispose()
        restore_into(engine, safety_copy)
        raise UpgradeFailed() from exc
    # The upgrade committed: the copy goes, so that no second copy of the data lingers
    # in the folder (a client erased later must not survive in it).
    for leftover in (safety_copy, Path(f"{safety_copy}-wal"), Path(f"{safety_copy}-shm")):
        leftover.unlink(missing_ok=True)
    return True
