"""Failed logins wait beside the store, then enter the audit trail at the next unlock."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from shelterplan.core.actors import actor_named
from shelterplan.core.cases import NewClient, open_new_case
from shelterplan.errors import WrongPassphrase
from shelterplan.store import audit_chain
from shelterplan.store.casestore import CaseStore
from shelterplan.store.failed_logins import FILE_NAME, KEEP, FailedLogins
from shelterplan.store.models import AuditEvent
from shelterplan.store.throttle import FILE_NAME as THROTTLE_FILE
from tests.conftest import ADMIN, PASSPHRASE

WRONG = "Wrong-Passphrase-Canary 42"
CLIENT = "Odalys Canaryleaf"


class Clock:
    def __init__(self) -> None:
        self.now = 1_900_000_000.0  # 2030-03-17, far from the real "now"

    def __call__(self) -> float:
        return self.now


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)


def _events(store: CaseStore) -> list[AuditEvent]:
    with store.session() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.sequence)))


def test_failures_are_appended_at_the_next_unlock_with_their_time(store, store_folder):
    with store.session() as session:
        open_new_case(session, actor_named(session, ADMIN), NewClient(CLIENT))
    store.close()
    clock = Clock()
    first = clock.now
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, "  ana   ADMIN ", WRONG, clock=clock)
    clock.now += 1
    second = clock.now
    with pytest.raises(WrongPassphrase):  # a name the store does not know
        CaseStore.unlock(store_folder, "Somebody Unknown", WRONG, clock=clock)

    path = store_folder / FILE_NAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text("utf-8")
    assert WRONG not in text and "Somebody" not in text and CLIENT not in text
    assert [entry.worker for entry in FailedLogins(store_folder).pending()] == [ADMIN, None]

    clock.now += 10
    reopened = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock)
    try:
        events = _events(reopened)
        failed = [e for e in events if e.action == "login.failed"]
        assert [(e.worker_name, e.at) for e in failed] == [
            (ADMIN, _utc(first)),
            (None, _utc(second)),
        ]
        # Nothing else is recorded: no record, and they come just before the login.
        assert all(e.record_type is None and e.record_id is None for e in failed)
        assert [e.action for e in events[-3:]] == ["login.failed", "login.failed", "login"]
        for event in failed:
            assert WRONG not in repr(vars(event)) and CLIENT not in repr(vars(event))
        with reopened.session() as session:
            assert audit_chain.verify(session) is None
    finally:
        reopened.close()
    assert not path.exists()  # cleared once in the trail

    again = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock)
    try:
        assert sum(e.action == "login.failed" for e in _events(again)) == 2  # not twice
    finally:
        again.close()


def test_only_the_last_failures_are_kept(tmp_path):
    clock = Clock()
    failures = FailedLogins(tmp_path, clock)
    for _ in range(KEEP + 5):
        failures.record("x" * 500, ["x" * 500])
        clock.now += 1
    pending = failures.pending()
    assert len(pending) == KEEP
    assert pending[0].at == _utc(Clock().now + 5)
    assert all(entry.worker is not None and len(entry.worker) == 120 for entry in pending)


def test_a_damaged_file_never_stops_an_unlock(store, store_folder):
    store.close()
    (store_folder / FILE_NAME).write_text("{not json")
    CaseStore.unlock(store_folder, ADMIN, PASSPHRASE).close()
    document = {"failures": [{"id": "a"}, {"id": "b", "worker": 3, "at": "2030-01-01T00:00"}]}
    (store_folder / FILE_NAME).write_text(json.dumps(document))
    reopened = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    try:
        failed = [e for e in _events(reopened) if e.action == "login.failed"]
        assert [(e.worker_name, e.at) for e in failed] == [(None, datetime(2030, 1, 1))]
    finally:
        reopened.close()


def test_a_file_that_cannot_be_cleared_does_not_repeat_entries(store, store_folder, monkeypatch):
    store.close()
    clock = Clock()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, ADMIN, WRONG, clock=clock)
    monkeypatch.setattr(FailedLogins, "_write", _fail)
    monkeypatch.setattr("pathlib.Path.unlink", _fail)
    CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock).close()
    monkeypatch.undo()
    assert (store_folder / FILE_NAME).exists()
    reopened = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE, clock=clock)
    try:
        assert sum(e.action == "login.failed" for e in _events(reopened)) == 1
    finally:
        reopened.close()
    assert not (store_folder / FILE_NAME).exists()


def test_the_throttle_file_is_separate_and_holds_no_name(store, store_folder):
    store.close()
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock(store_folder, ADMIN, WRONG, clock=Clock())
    throttle = (store_folder / THROTTLE_FILE).read_text("utf-8")
    assert ADMIN not in throttle and WRONG not in throttle


def _fail(*_args: object, **_kwargs: object) -> None:
    raise OSError(30, "read-only")


def test_a_wrong_recovery_key_is_a_failed_login_without_a_name(new_store, store_folder):
    store, _recovery_key = new_store
    store.close()
    wrong = "-".join(["abcd"] * 13)
    with pytest.raises(WrongPassphrase):
        CaseStore.unlock_with_recovery_key(store_folder, wrong)
    assert [entry.worker for entry in FailedLogins(store_folder).pending()] == [None]
    assert wrong not in (store_folder / FILE_NAME).read_text("utf-8")
    reopened = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    try:
        failed = [e for e in _events(reopened) if e.action == "login.failed"]
        assert [(e.worker_name, e.record_type) for e in failed] == [(None, None)]
    finally:
        reopened.close()
