"""Schema upgrades: every fixture store upgrades; a failed upgrade puts the store back."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select

from shelterplan.errors import UpgradeFailed
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.store.engine import make_engine
from shelterplan.store.keyslots import KeySlots
from shelterplan.store.migrate import (
    MIGRATIONS,
    StoreTooNew,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_if_needed,
)
from shelterplan.store.models import Base, Client

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE_STORES = sorted(FIXTURES.glob("store-*"))
FIXTURE_ADMIN = "Fixture Admin"
FIXTURE_PASSPHRASE = "fixture passphrase 0001"

ADD_COLUMN = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("test_extra", sa.String(20), nullable=True))
    {fail}


def downgrade() -> None:
    pass
"""


def _fixture_copy(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / source.name
    shutil.copytree(source, target)
    return target


def _scripts_with_0002(tmp_path: Path, fail: bool) -> Path:
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    body = ADD_COLUMN.format(
        down=head_revision(), fail='raise RuntimeError("simulated failure")' if fail else "pass"
    )
    (scripts / "versions" / "9001_test_extra.py").write_text(body)
    return scripts


def _engine_for(folder: Path):  # type: ignore[no-untyped-def]
    slots = KeySlots.load(folder)
    data_key = slots.unlock_worker(FIXTURE_ADMIN, FIXTURE_PASSPHRASE, None)
    return make_engine(folder / "shelterplan.db", data_key)


def test_there_is_a_fixture_store_for_the_current_schema():
    assert (FIXTURES / f"store-{head_revision()}").is_dir()


@pytest.mark.parametrize("fixture", FIXTURE_STORES, ids=[p.name for p in FIXTURE_STORES])
def test_each_fixture_store_opens_upgraded_with_its_content(fixture, tmp_path, no_keyring):
    folder = _fixture_copy(fixture, tmp_path)
    with CaseStore.unlock(folder, FIXTURE_ADMIN, FIXTURE_PASSPHRASE) as store:
        assert current_revision(store.engine) == head_revision()
        with store.session() as session:
            names = session.scalars(select(Client.preferred_name)).all()
            assert any(name.startswith("CANARY") for name in names)
            assert audit_chain.verify(session) is None


def test_upgrade_backs_up_then_adds_the_column(tmp_path, no_keyring):
    folder = _fixture_copy(FIXTURES / "store-0001", tmp_path)
    engine = _engine_for(folder)
    config = alembic_config(_scripts_with_0002(tmp_path, fail=False))
    assert upgrade_if_needed(engine, folder / "shelterplan.db", config) is True
    columns = [c["name"] for c in inspect(engine).get_columns("clients")]
    assert columns[-1] == "test_extra"
    # The safety copy is gone once the upgrade committed: no second copy of her data.
    assert not list(folder.glob("shelterplan.db.before-upgrade-*"))
    engine.dispose()


def test_failed_upgrade_puts_the_store_back(tmp_path, no_keyring):
    folder = _fixture_copy(FIXTURES / "store-0001", tmp_path)
    engine = _engine_for(folder)
    with engine.connect() as connection:
        before = connection.exec_driver_sql("SELECT * FROM clients ORDER BY id").all()
    config = alembic_config(_scripts_with_0002(tmp_path, fail=True))
    with pytest.raises(UpgradeFailed) as caught:
        upgrade_if_needed(engine, folder / "shelterplan.db", config)
    assert "put back as it was" in str(caught.value)
    assert current_revision(engine) == "0001"
    assert "test_extra" not in [c["name"] for c in inspect(engine).get_columns("clients")]
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT * FROM clients ORDER BY id").all() == before
    engine.dispose()


def test_store_from_a_newer_version_is_refused_untouched(tmp_path, no_keyring):
    folder = _fixture_copy(FIXTURES / "store-0001", tmp_path)
    engine = _engine_for(folder)
    with engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreTooNew):
        upgrade_if_needed(engine, folder / "shelterplan.db", alembic_config())
    engine.dispose()


def test_migrations_build_exactly_the_models(tmp_path):
    """Upgrading an empty database gives the schema the models describe."""
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'm.db'}", module=sqlcipher3.dbapi2)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "include_object": lambda o, n, t, *_: not (t == "table" and n.startswith("search_"))
            },
        )
        assert compare_metadata(context, Base.metadata) == []
        triggers = {
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='trigger'"
            )
        }
    assert {"clients_search_insert", "notes_search_insert", "plan_versions_frozen"} <= triggers
