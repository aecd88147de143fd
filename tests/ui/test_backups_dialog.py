"""The Backups dialog and the reminder administrators see after unlocking."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from shelterplan.core import accounts
from shelterplan.core.actors import actor_named
from shelterplan.core.backups import backup_settings, make_backup
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.admin.backups_dialog import BackupsDialog
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from tests.conftest import ADMIN
from tests.helpers.desk import unlock_as_admin
from tests.ui.test_accessibility import _nameless

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "admin"
WORKER = "Wanda Worker"
WORKER_PASSPHRASE = "wanda's long passphrase"


def _desk(store: CaseStore, name: str = ADMIN) -> Desk:
    with store.session() as session:
        return Desk(store, actor_named(session, name))


def test_an_admin_chooses_a_folder_and_backs_up_now(qtbot, store: CaseStore, tmp_path):
    dialog = BackupsDialog(_desk(store))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.last_label.text() == "Never"
    assert dialog.days_box.value() == 7
    usb = tmp_path / "usb"
    usb.mkdir()
    dialog.folder_edit.setText(str(usb))
    dialog.days_box.setValue(14)
    assert _nameless(dialog) == []
    with qtbot.waitSignal(dialog._run.finished, timeout=60_000):
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        assert dialog.running and not dialog.backup_button.isEnabled()
    [written] = list(usb.iterdir())
    assert written.name.startswith("shelterplan-backup-")
    assert written.name in dialog.result_label.text()
    assert "today" in dialog.last_label.text()
    assert dialog.backup_button.isEnabled() and not dialog.progress.isVisible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "backups.png"))
    with store.session() as session:
        settings = backup_settings(session)
    assert settings.folder == usb and settings.reminder_days == 14
    assert settings.last_backup_at is not None


def test_a_missing_drive_is_said_plainly(qtbot, store: CaseStore, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show", lambda _p, _k, _t, text: shown.append(text))
    dialog = BackupsDialog(_desk(store))
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "unplugged"))
    with qtbot.waitSignal(dialog._run.finished, timeout=60_000):
        dialog.back_up_now()
    assert len(shown) == 1 and "plug in the drive" in shown[0]
    assert dialog.last_label.text() == "Never"


def test_a_worker_cannot_change_the_settings(qtbot, store: CaseStore, tmp_path, monkeypatch):
    admin = _desk(store).actor
    accounts.add_worker(store, admin, WORKER, "worker", False, WORKER_PASSPHRASE)
    shown: list[str] = []
    monkeypatch.setattr(Messages, "show", lambda _p, _k, _t, text: shown.append(text))
    dialog = BackupsDialog(_desk(store, WORKER))
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path))
    dialog.save_and_close()
    assert shown and "administrator" in shown[0]
    with store.session() as session:
        assert backup_settings(session).folder is None


def test_the_reminder_after_unlock(qtbot, window, store_folder):  # type: ignore[no-untyped-def]
    unlock_as_admin(qtbot, window)
    reminder = window.backup_reminder
    assert reminder.isVisible() and reminder.due
    assert "No backup yet" in reminder.text() and reminder.accessibleName()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SCREENSHOTS / "backup_reminder.png"))
    dialog = reminder.open_dialog()
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    window.lock()
    assert not reminder.isVisible()
    assert not [d for d in window.findChildren(BackupsDialog) if d.isVisible()]


def test_no_reminder_after_a_recent_backup_nor_for_workers(qtbot, window, store_folder, tmp_path):  # type: ignore[no-untyped-def]
    with CaseStore.unlock(store_folder, ADMIN, "a long test passphrase") as store:
        admin = _desk(store).actor
        make_backup(store, admin, tmp_path / "b.spbackup")
        accounts.add_worker(store, admin, WORKER, "worker", False, WORKER_PASSPHRASE)
    unlock_as_admin(qtbot, window)
    assert window.backup_reminder.isVisible() and not window.backup_reminder.due
    assert window.backup_reminder.text() == "Backups…"
    window.lock()
    screen = window.unlock_screen
    screen.worker_box.setCurrentText(WORKER)
    screen.passphrase_edit.setText(WORKER_PASSPHRASE)
    qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)
    assert not window.backup_reminder.isVisible()
