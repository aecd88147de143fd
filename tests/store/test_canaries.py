"""No record written through a use case is readable in the files SQLite leaves behind."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from shelterplan.store.casestore import DB_FILE, CaseStore
from shelterplan.store.migrate import create_schema
from shelterplan.store.models import Worker
from tests.conftest import ADMIN
from tests.helpers.content import write_everything


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _hits(paths: list[Path], canaries: list[str]) -> list[tuple[str, str]]:
    found = []
    for path in paths:
        data = path.read_bytes()
        for text in canaries:
            for encoding in ("utf-8", "utf-16-le"):
                if text.encode(encoding) in data:
                    found.append((path.name, text))
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    for variable in ("TMPDIR", "SQLITE_TMPDIR", "TMP", "TEMP"):
        monkeypatch.setenv(variable, str(folder))
    return folder


def test_no_plaintext_in_database_wal_shm_or_temp(store: CaseStore, store_folder, private_tmp):
    with store.session() as session:
        canaries, _ = write_everything(session, ADMIN)
    # A big sort that would spill to a temp file if temp storage were on disk.
    with store.engine.connect() as connection:
        connection.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
            "SELECT i, (SELECT preferred_name FROM clients) || i AS t FROM n ORDER BY t DESC"
        ).fetchall()
        wal = store_folder / f"{DB_FILE}-wal"
        assert wal.exists() and wal.stat().st_size > 0  # the live files are scanned too
        open_files = _files(store_folder) + _files(private_tmp)
        assert _hits(open_files, canaries) == []
    store.close()
    assert _hits(_files(store_folder) + _files(private_tmp), canaries) == []


def test_control_run_on_plain_sqlite_finds_the_canaries(tmp_path: Path, private_tmp):
    """The same writes on an unencrypted SQLite file are visible: the scan really works."""
    # Same SQLite library (sqlcipher3), no key: the only difference is encryption.
    engine = create_engine(f"sqlite:///{tmp_path / 'plain.db'}", module=sqlcipher3.dbapi2)
    create_schema(engine)
    with Session(engine) as session, session.begin():
        session.add(Worker(name=ADMIN, role="supervisor", is_admin=True))
    with Session(engine) as session, session.begin():
        canaries, _ = write_everything(session, ADMIN)
    engine.dispose()
    found = {text for _, text in _hits([tmp_path / "plain.db"], canaries)}
    assert found == set(canaries)
