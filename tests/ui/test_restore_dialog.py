"""Restoring a backup from the window: from the Backups dialog while signed in, and from
the unlock screen with nobody signed in (a new laptop). Real stores, real widgets."""

from __future__ import annotations

import errno
from datetime import datetime
from pathlib import Path

import keyring
import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shelterplan.core.actors import actor_named
from shelterplan.core.backups import make_backup
from shelterplan.core.erasure import client_of_case, erase_and_vacuum
from shelterplan.store import backup_restore
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Case, Client
from shelterplan.ui.admin import restore_dialog
from shelterplan.ui.admin.backups_dialog import BackupsDialog
from shelterplan.ui.admin.restore_dialog import RestoreDialog
from shelterplan.ui.main_window import MainWindow
from tests.conftest import ADMIN, PASSPHRASE, MemoryKeyring
from tests.helpers.desk import CLIENTS, unlock_as_admin
from tests.store.backup_helpers import flip, tree
from tests.ui.test_accessibility import _nameless

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
WRONG_KEY = "-".join(["ABCD"] * 13)
WAIT = 90_000


def _backup(folder: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with CaseStore.unlock(folder, ADMIN, PASSPHRASE) as store:
        with store.session() as session:
            admin = actor_named(session, ADMIN)
        make_backup(store, admin, target)
    return target


def _answer_file(monkeypatch: pytest.MonkeyPatch, file: Path) -> None:
    monkeypatch.setattr(restore_dialog, "choose_backup_file", lambda _parent: file)


def _live_cases(folder: Path) -> set[str]:
    with CaseStore.unlock(folder, ADMIN, PASSPHRASE) as store, store.session() as session:
        return set(session.scalars(sa.select(Case.id).where(Case.deleted_at.is_(None))))


def _from_backups_dialog(qtbot, window: MainWindow) -> RestoreDialog:  # type: ignore[no-untyped-def]
    backups = window.backup_reminder.open_dialog()
    assert isinstance(backups, BackupsDialog)
    assert backups.restore_button.isEnabled() and _nameless(backups) == []
    qtbot.mouseClick(backups.restore_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    assert not backups.isVisible()
    return dialog


def _with_recovery_key(dialog: RestoreDialog, key: str) -> None:
    dialog.recovery_radio.setChecked(True)
    dialog.recovery_edit.setText(key)
    dialog.confirm_box.setChecked(True)


def test_restore_from_the_backups_dialog_brings_back_a_deleted_case(
    qtbot, window, new_store, filled, store_folder, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    _store, recovery_key = new_store
    backup = _backup(store_folder, tmp_path / "usb" / "monday.spbackup")
    deleted, erased = filled[CLIENTS[0]], filled[CLIENTS[1]]
    # After the backup: one case is deleted (it comes back), one client is erased for
    # good (she must stay erased: the restore carries the erasure over).
    with CaseStore.unlock(store_folder, ADMIN, PASSPHRASE) as store:
        with store.session() as session:
            session.execute(
                sa.update(Case).where(Case.id == deleted).values(deleted_at=datetime(2026, 1, 5))
            )
            admin = actor_named(session, ADMIN)
            erased_client = client_of_case(session, erased)
        erase_and_vacuum(store, admin, erased_client)
    assert deleted not in _live_cases(store_folder)

    unlock_as_admin(qtbot, window)
    _answer_file(monkeypatch, backup)
    dialog = _from_backups_dialog(qtbot, window)
    assert dialog.preview is not None and dialog.preview.replaces_store
    assert "(" in dialog.made_label.text() and "MB" in dialog.made_label.text()
    assert "store now in this folder" in dialog.replaces_label.text()
    assert not dialog.restore_button.isEnabled()  # no secret, no confirmation yet
    _with_recovery_key(dialog, recovery_key)
    assert dialog.restore_button.isEnabled()
    assert dialog.preview.created_at.strftime("%Y") in dialog.confirm_label.text()
    assert _nameless(dialog) == []
    dialog.grab().save(str(SCREENSHOTS / "restore_dialog.png"))
    assert window.stack.currentWidget() is window.desk  # still signed in until the swap

    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert dialog.running and dialog.progress.isVisible()
    # The window locked before the swap: no connection of this program held the store.
    assert window.store is None and window.desk_context is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert "is restored" in dialog.status.text() and "kept in" in dialog.status.text()
    assert "erased again" in dialog.status.text()
    assert "Sign in to the restored store" in window.unlock_screen.message.text()
    assert [p.name for p in store_folder.iterdir() if p.name.startswith("replaced-")]
    QApplication.processEvents()  # the summary's lines are laid out
    dialog.grab().save(str(SCREENSHOTS / "restore_dialog_done.png"))
    dialog.close()

    unlock_as_admin(qtbot, window)
    with window.desk_context.session() as session:  # type: ignore[union-attr]
        live = set(session.scalars(sa.select(Case.id).where(Case.deleted_at.is_(None))))
        assert session.get(Client, erased_client) is None
    assert deleted in live and erased not in live


def test_a_tampered_backup_is_refused_and_the_store_still_opens(
    qtbot, window, filled, new_store, store_folder, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    _store, recovery_key = new_store
    good = _backup(store_folder, tmp_path / "good.spbackup")
    data = good.read_bytes()
    tampered = tmp_path / "tampered.spbackup"
    tampered.write_bytes(flip(data, len(data) // 2))  # inside the encrypted database
    truncated = tmp_path / "short.spbackup"
    truncated.write_bytes(data[:-100])
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    before = tree(store_folder)

    unlock_as_admin(qtbot, window)
    _answer_file(monkeypatch, notes)
    dialog = _from_backups_dialog(qtbot, window)
    assert dialog.preview is None and "not a shelterplan backup" in dialog.message.text()
    assert not dialog.restore_button.isEnabled()
    assert not dialog.confirm_box.isVisible()  # nothing to confirm: no blank check box
    monkeypatch.setattr(restore_dialog, "choose_backup_file", lambda _parent: truncated)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.preview is None and "damaged" in dialog.message.text()

    dialog.set_file(tampered)  # its manifest is sound: the damage shows while checking
    assert dialog.preview is not None and dialog.message.text() == ""
    assert dialog.confirm_box.isVisible() and dialog.confirm_box.accessibleName()
    _with_recovery_key(dialog, recovery_key)
    with qtbot.waitSignal(dialog._checks.finished, timeout=WAIT):
        dialog.start()
    assert "damaged, incomplete or has been altered" in dialog.message.text()
    assert not dialog.running and dialog.restore_button.isEnabled()
    # Refused before the swap: she is still signed in, and nothing in the folder changed.
    assert window.stack.currentWidget() is window.desk and window.store is not None
    dialog.close()
    window.lock()
    after = tree(store_folder)  # (signing in wrote to the database: compare the rest)
    assert not [k for k in after if k.startswith(("replaced-", ".restore-"))]
    assert after["keyslots.json"] == before["keyslots.json"]
    unlock_as_admin(qtbot, window)
    with window.desk_context.session() as session:  # type: ignore[union-attr]
        assert set(session.scalars(sa.select(Case.id))) == {filled[name] for name in CLIENTS}


def test_restore_from_the_unlock_screen_on_a_new_laptop(
    qtbot, filled, store_folder, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    backup = _backup(store_folder, tmp_path / "usb" / "friday.spbackup")
    laptop = tmp_path / "new-laptop" / "store"
    window = MainWindow(laptop)
    qtbot.addWidget(window)
    window.resize(900, 640)
    window.show()
    qtbot.waitExposed(window)
    screen = window.unlock_screen
    assert screen.no_store_note.isVisible() and screen.restore_button.isVisible()
    assert screen.worker_box.count() == 0 and _nameless(window) == []
    window.grab().save(str(SCREENSHOTS / "unlock_restore.png"))

    _answer_file(monkeypatch, backup)
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    assert "no store yet" in dialog.replaces_label.text()
    assert not laptop.exists()  # choosing and reading the file writes nothing
    dialog.admin_radio.setChecked(True)  # an administrator's passphrase, from the backup
    assert dialog.admin_box.isVisible() and not dialog.recovery_edit.isVisible()
    assert dialog.admin_box.currentText() == ADMIN  # the names the backup holds
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_box.setChecked(True)
    assert _nameless(dialog) == []
    dialog.grab().save(str(SCREENSHOTS / "restore_dialog_new_laptop.png"))
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        dialog.start()
    assert dialog.result is not None and dialog.result.replaced == "none"
    assert not screen.no_store_note.isVisible() and screen.restore_button.isFlat()
    assert screen.worker_box.findText(ADMIN) >= 0
    dialog.close()
    unlock_as_admin(qtbot, window)
    with window.desk_context.session() as session:  # type: ignore[union-attr]
        assert set(session.scalars(sa.select(Case.id))) == {filled[name] for name in CLIENTS}
    window.lock()
    window.grab().save(str(SCREENSHOTS / "unlock_with_store.png"))


def test_a_wrong_recovery_key_is_refused_and_nothing_changes(
    qtbot, filled, store_folder, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    backup = _backup(store_folder, tmp_path / "b.spbackup")
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert not screen.no_store_note.isVisible() and screen.restore_button.isFlat()
    before = tree(store_folder)
    _answer_file(monkeypatch, backup)
    dialog = screen.restore_from_backup()
    assert isinstance(dialog, RestoreDialog)
    _with_recovery_key(dialog, WRONG_KEY)
    with qtbot.waitSignal(dialog._checks.finished, timeout=WAIT):
        qtbot.keyClick(dialog.recovery_edit, Qt.Key.Key_Return)
    assert "recovery key is not right" in dialog.message.text()
    assert dialog.status.text() == "" and not dialog.running
    after = tree(store_folder)
    assert after["shelterplan.db"] == before["shelterplan.db"]
    assert not [k for k in after if k.startswith(("replaced-", ".restore-"))]

    # An administrator's passphrase that is wrong: the same plain refusal.
    dialog.admin_radio.setChecked(True)
    dialog.passphrase_edit.setText("not her passphrase at all")
    with qtbot.waitSignal(dialog._checks.finished, timeout=WAIT):
        dialog.start()
    assert "not right" in dialog.message.text()
    assert dialog.passphrase_edit.text() == ""  # cleared after a refusal
    dialog.close()
    unlock_as_admin(qtbot, window)  # the store still opens


def test_a_full_disk_is_said_plainly_and_the_store_is_kept(
    qtbot, filled, new_store, store_folder, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    _store, recovery_key = new_store
    backup = _backup(store_folder, tmp_path / "b.spbackup")
    before = tree(store_folder)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_restore, "copy_hashed", full)
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    _answer_file(monkeypatch, backup)
    dialog = window.unlock_screen.restore_from_backup()
    assert isinstance(dialog, RestoreDialog)
    _with_recovery_key(dialog, recovery_key)
    with qtbot.waitSignal(dialog._checks.finished, timeout=WAIT):
        dialog.start()
    assert "The disk is full" in dialog.message.text()
    after = tree(store_folder)
    assert after["shelterplan.db"] == before["shelterplan.db"]
    assert not [k for k in after if k.startswith(("replaced-", ".restore-"))]
    dialog.close()


def test_a_laptop_with_another_keyring_needs_the_recovery_key(
    qtbot, filled, new_store, store_folder, tmp_path, monkeypatch
):  # type: ignore[no-untyped-def]
    _store, recovery_key = new_store
    backup = _backup(store_folder, tmp_path / "b.spbackup")
    keyring.set_keyring(MemoryKeyring())  # the old laptop's keyring is gone with it
    laptop = tmp_path / "replacement" / "store"
    window = MainWindow(laptop)
    qtbot.addWidget(window)
    _answer_file(monkeypatch, backup)
    dialog = window.unlock_screen.restore_from_backup()
    assert isinstance(dialog, RestoreDialog)
    dialog.admin_radio.setChecked(True)
    dialog.admin_box.setCurrentText(ADMIN)
    dialog.passphrase_edit.setText(PASSPHRASE)
    dialog.confirm_box.setChecked(True)
    with qtbot.waitSignal(dialog._checks.finished, timeout=WAIT):
        dialog.start()
    assert "Restore it with the recovery key" in dialog.message.text()
    assert not laptop.exists()
    _with_recovery_key(dialog, recovery_key)
    with qtbot.waitSignal(dialog.restored, timeout=WAIT):
        dialog.start()
    assert dialog.result is not None and dialog.result.new_computer
    assert "another laptop" in dialog.status.text()
    assert "another laptop" in window.unlock_screen.message.text()
    # The recovery key opens it here; passphrases wait for an administrator to reset them.
    with (
        CaseStore.unlock_with_recovery_key(laptop, recovery_key) as store,
        store.session() as session,
    ):
        assert session.scalar(sa.select(sa.func.count()).select_from(Case)) == 3
