"""The supervisor's audit viewer: filters, rows in words, paging, and checking the chain."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from shelterplan.core.actors import actor_named
from shelterplan.store import cipher
from shelterplan.store.casestore import CaseStore
from shelterplan.store.keyslots import KeySlots
from shelterplan.store.models import AuditEvent
from shelterplan.ui.audit.audit_dialog import AuditDialog, local_day_start_utc
from shelterplan.ui.context import Desk
from shelterplan.ui.main_window import MainWindow
from shelterplan.ui.models.audit_model import COL_ACTION, COL_RECORD, COL_WORKER, AuditModel
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.audit import (
    LOCK_TIMES,
    STAFF_PASSPHRASE,
    SUPERVISOR,
    WORKER,
    add_staff,
    fill_audit_trail,
)

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "admin"


@pytest.fixture
def trail(store: CaseStore) -> dict[str, str]:
    add_staff(store)
    return fill_audit_trail(store)


def _desk(store: CaseStore, name: str = SUPERVISOR) -> Desk:
    with store.session() as session:
        return Desk(store, actor_named(session, name))


def _dialog(qtbot, store: CaseStore) -> AuditDialog:  # type: ignore[no-untyped-def]
    dialog = AuditDialog(_desk(store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _column(dialog: AuditDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _choose(box, data) -> None:  # type: ignore[no-untyped-def]
    index = box.findData(data)
    assert index >= 0, data
    box.setCurrentIndex(index)


def test_rows_in_words_newest_first_and_filters(qtbot, store, trail):
    dialog = _dialog(qtbot, store)
    assert dialog.model.rowCount() > 15
    sequences = [entry.sequence for entry in dialog.entries()]
    assert sequences == sorted(sequences, reverse=True)
    actions = _column(dialog, COL_ACTION)
    assert "Opened a case" in actions and "Printed a plan" in actions
    assert not any("." in text for text in actions)  # every key has words

    _choose(dialog.worker_box, WORKER)
    assert set(_column(dialog, COL_WORKER)) == {WORKER}
    assert "Opened a case" in _column(dialog, COL_ACTION)

    dialog.clear_filters()
    _choose(dialog.action_box, "plan.print")
    assert _column(dialog, COL_ACTION) == ["Printed a plan"]
    assert _column(dialog, COL_RECORD) == ["Case · Zoé Canarybird"]
    assert dialog.count_label.text() == "1 entry"

    dialog.clear_filters()
    _choose(dialog.action_box, "lock")
    dialog.since_edit.setDate(QDate(2030, 3, 1))
    dialog.until_edit.setDate(QDate(2030, 3, 31))  # the last day is included
    start, end = local_day_start_utc(date(2030, 3, 1)), local_day_start_utc(date(2030, 4, 1))
    expected = [at for at in LOCK_TIMES if start <= at < end]
    assert [e.at for e in dialog.entries()] == sorted(expected, reverse=True)
    assert expected  # whatever the test machine's time zone, March holds some


def test_client_search_then_pick_her(qtbot, store, trail):
    dialog = _dialog(qtbot, store)
    qtbot.keyClicks(dialog.client_search, "zoe can")
    qtbot.waitUntil(lambda: dialog.client_box.count() == 2)
    # Typing looked nobody up in the trail: the filter waits for her to be picked.
    assert dialog.model.filters().client_id is None
    assert dialog.client_box.itemText(1).startswith("Zoé Canarybird (since ")
    assert dialog.pick_client(trail["client:Zoé"])
    records = set(_column(dialog, COL_RECORD))
    assert records and all(text.endswith("· Zoé Canarybird") for text in records)
    assert {"Case · Zoé Canarybird", "Consent · Zoé Canarybird", "Step · Zoé Canarybird"} <= (
        records
    )
    with store.session() as session:
        looks = session.scalars(select(AuditEvent).where(AuditEvent.action == "audit.view")).all()
    assert (SUPERVISOR, "client", trail["client:Zoé"]) in {
        (e.worker_name, e.record_type, e.record_id) for e in looks
    }
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.clear_filters()
    dialog.resize(1000, 640)
    assert dialog.grab().save(str(SCREENSHOTS / "audit.png"))


def test_fetches_more_as_asked_without_repeating_rows(qtbot, store, trail, monkeypatch):
    monkeypatch.setattr(AuditModel, "PAGE_SIZE", 5)
    dialog = _dialog(qtbot, store)
    assert dialog.model.rowCount() == 5 and dialog.more_button.isVisible()
    assert "Showing the newest 5 of" in dialog.count_label.text()
    while dialog.more_button.isVisible():
        qtbot.mouseClick(dialog.more_button, Qt.MouseButton.LeftButton)
    sequences = [entry.sequence for entry in dialog.entries()]
    assert sequences == list(range(sequences[0], 0, -1))  # all, once, in order


def test_check_the_chain_says_intact_then_where_it_breaks(
    qtbot, store, store_folder, trail, tmp_path
):
    dialog = _dialog(qtbot, store)
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.check_button.isEnabled, timeout=20_000)
    assert "The store is intact" in dialog.check_result.text()
    dialog.close_for_lock()
    store.close()

    # A copy, changed by someone holding the key: the guard dropped, an entry edited.
    copy = tmp_path / "tampered"
    shutil.copytree(store_folder, copy)
    with CaseStore.unlock(copy, SUPERVISOR, STAFF_PASSPHRASE) as probe, probe.session() as s:
        printed = s.scalar(select(AuditEvent.sequence).where(AuditEvent.action == "plan.print"))
    key = KeySlots.load(copy).unlock_worker(ADMIN, PASSPHRASE, _secret(copy))
    db = copy / "shelterplan.db"
    connection = cipher.connect(db, key, cipher.profile_of(db, key))
    connection.execute("DROP TRIGGER audit_events_no_update")
    connection.execute(
        "UPDATE audit_events SET worker_name = 'Someone Else' WHERE sequence = ?", (printed,)
    )
    connection.commit()
    connection.close()

    tampered = CaseStore.unlock(copy, SUPERVISOR, STAFF_PASSPHRASE)
    try:
        broken = _dialog(qtbot, tampered)
        qtbot.mouseClick(broken.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(broken.check_button.isEnabled, timeout=20_000)
        text = broken.check_result.text()
        assert f"broken at entry {printed} of" in text
        assert "the entry was changed" in text
        assert "Printed a plan, Someone Else" in text
        assert f"Everything up to entry {printed - 1} (" in text
        assert "tell your administrator" in text
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        assert broken.grab().save(str(SCREENSHOTS / "audit_broken_chain.png"))
        broken.close_for_lock()
    finally:
        tampered.close()


def test_lock_clears_and_closes_the_viewer_and_only_readers_get_it(
    qtbot, store, store_folder, trail
):
    store.close()
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    for name, may_read in ((WORKER, False), (SUPERVISOR, True)):
        screen = window.unlock_screen
        screen.worker_box.setCurrentText(name)
        screen.passphrase_edit.setText(STAFF_PASSPHRASE)
        qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)
        assert window.audit_action.isVisible() is may_read
        assert window.audit_action.isEnabled() is may_read
        if not may_read:
            window.show_audit()  # even if reached somehow: nothing opens
            assert not window.findChildren(AuditDialog)
            window.lock()
    window.audit_action.trigger()
    dialog = window.findChild(AuditDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.rowCount() > 0
    window.lock()
    assert dialog.model.rowCount() == 0 and not dialog.isVisible()


def _secret(folder: Path):  # type: ignore[no-untyped-def]
    from shelterplan.store.device import load_device_secret

    slots = KeySlots.load(folder)
    return load_device_secret(slots.store_id) if slots.device_bound else None


def test_every_control_is_named_and_all_text_is_translatable(qtbot, store, trail):
    from tests.ui.test_accessibility import _nameless

    dialog = _dialog(qtbot, store)
    assert _nameless(dialog) == []
    source = Path(AuditDialog.__module__.replace(".", "/") + ".py")
    text = (Path(__file__).resolve().parents[2] / "src" / source).read_text()
    # Every QLabel/QPushButton/QGroupBox text goes through tr().
    import re

    assert not re.search(r"Q(Label|PushButton|GroupBox)\(\"", text)
    assert not re.search(r"setText\(\"|addItem\(\"|setToolTip\(\"|setPlaceholderText\(\"", text)
