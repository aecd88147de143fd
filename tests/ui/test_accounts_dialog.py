"""The administrator's accounts screen, driven as an administrator would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from shelterplan.core import accounts
from shelterplan.core.actors import actor_named
from shelterplan.errors import NotAllowed
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.admin.accounts_dialog import (
    AccountsDialog,
    AddWorkerForm,
    NewWorker,
    RecoveryKeyDialog,
    ResetPassphraseForm,
)
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from shelterplan.ui.models.accounts_model import COLUMN_ADMINISTRATOR, COLUMN_ROLE, COLUMN_STATUS
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.desk import unlock_as_admin
from tests.ui.test_accessibility import _nameless

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "admin"
BEA, BEA_PHRASE = "Bea Worker", "bea's garden in the rain"
ROSA, ROSA_PHRASE = "Rosa Admin", "rosa keeps the books neat"


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(SHOTS / f"{name}.png"))


class Said:
    """What the dialog told the administrator (Messages.show), answered without a box."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, ask: bool = True, choose: int = 0):
        self.shown: list[str] = []
        monkeypatch.setattr(Messages, "show", staticmethod(self._show))
        monkeypatch.setattr(Messages, "ask", staticmethod(lambda *_a: ask))
        monkeypatch.setattr(Messages, "choose", staticmethod(lambda *_a: choose))

    def _show(self, _parent, _kind, _title, text) -> None:  # type: ignore[no-untyped-def]
        self.shown.append(text)


@pytest.fixture
def desk(new_store) -> Desk:  # type: ignore[no-untyped-def]
    store, _recovery_key = new_store
    return Desk.for_store(store)


@pytest.fixture
def dialog(qtbot, desk):  # type: ignore[no-untyped-def]
    opened = AccountsDialog(desk)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    return opened


def _cell(dialog: AccountsDialog, name: str, column: int) -> str:
    row = dialog.model.row_of(name)
    assert row >= 0, name
    return str(dialog.model.index(row, column).data())


def _add(qtbot, dialog, monkeypatch, name: str, role: str, phrase: str, admin: bool = False):  # type: ignore[no-untyped-def]
    values = NewWorker(name, role, admin, phrase)
    monkeypatch.setattr(AddWorkerForm, "ask", staticmethod(lambda _parent: values))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)


def test_the_list_and_adding_workers(qtbot, dialog, monkeypatch):
    said = Said(monkeypatch)
    assert dialog.model.rowCount() == 1
    assert _cell(dialog, ADMIN, COLUMN_ROLE) == "Supervisor"
    assert _cell(dialog, ADMIN, COLUMN_ADMINISTRATOR) == "Yes"
    _add(qtbot, dialog, monkeypatch, BEA, "worker", BEA_PHRASE)
    _add(qtbot, dialog, monkeypatch, ROSA, "admin", ROSA_PHRASE)
    assert said.shown == []
    assert dialog.model.rowCount() == 3
    assert dialog.selected().name == ROSA
    assert _cell(dialog, ROSA, COLUMN_ROLE) == "Admin (no case content)"
    assert _cell(dialog, ROSA, COLUMN_ADMINISTRATOR) == "Yes"
    assert _cell(dialog, BEA, COLUMN_ADMINISTRATOR) == "No"
    assert _cell(dialog, BEA, COLUMN_STATUS) == "Active"
    assert _nameless(dialog) == []
    dialog.select(BEA)
    _shot(dialog, "accounts")
    _add(qtbot, dialog, monkeypatch, "bea  WORKER", "worker", "another long phrase here")
    assert said.shown == ["There is already an account with that name."]


def test_disable_and_rotate_from_the_dialog(qtbot, dialog, monkeypatch, store_folder):
    _add(qtbot, dialog, monkeypatch, BEA, "worker", BEA_PHRASE)
    said = Said(monkeypatch, choose=1)  # "Disable and change the data key"
    dialog.select(BEA)
    assert dialog.disable_button.isEnabled()
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    assert _cell(dialog, BEA, COLUMN_STATUS) == "Disabled"
    assert said.shown and "new data key" in said.shown[-1]
    dialog.select(ADMIN)
    assert not dialog.disable_button.isEnabled()  # not herself
    with dialog._desk.session() as session:  # the desk goes on under the new key
        assert actor_named(session, ADMIN).administers
    dialog._desk.store.close()
    with pytest.raises(Exception, match="passphrase is not right"):
        CaseStore.unlock(store_folder, BEA, BEA_PHRASE)
    CaseStore.unlock(store_folder, ADMIN, PASSPHRASE).close()


def test_cancelling_disable_changes_nothing(qtbot, dialog, monkeypatch):
    _add(qtbot, dialog, monkeypatch, BEA, "worker", BEA_PHRASE)
    Said(monkeypatch, choose=2)
    dialog.select(BEA)
    qtbot.mouseClick(dialog.disable_button, Qt.MouseButton.LeftButton)
    assert _cell(dialog, BEA, COLUMN_STATUS) == "Active"


def test_reset_a_passphrase_with_the_recovery_key(qtbot, new_store, dialog, monkeypatch):
    _store, recovery_key = new_store
    _add(qtbot, dialog, monkeypatch, BEA, "worker", BEA_PHRASE)
    said = Said(monkeypatch)
    dialog.select(BEA)
    wrong = ("AAAA-" * 12 + "AAAA", "bea's second garden")
    monkeypatch.setattr(ResetPassphraseForm, "ask", staticmethod(lambda *_a: wrong))
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert said.shown == ["That recovery key is not right for this store."]
    right = (recovery_key, "bea's second garden")
    monkeypatch.setattr(ResetPassphraseForm, "ask", staticmethod(lambda *_a: right))
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert "can now unlock" in said.shown[-1]


def test_a_new_recovery_key_is_shown_once(qtbot, new_store, dialog, monkeypatch):
    _store, old_key = new_store
    Said(monkeypatch, ask=True)
    shown: list[str] = []
    monkeypatch.setattr(RecoveryKeyDialog, "show_key", staticmethod(lambda _p, k: shown.append(k)))
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0] != old_key
    assert shown[0] not in (dialog._desk.store.folder / "keyslots.json").read_text()


def test_the_recovery_key_dialog_warns_copies_and_forgets(qtbot, monkeypatch):
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-ABCD-EFGH-IJKL-MNOP-QRST"
    box = RecoveryKeyDialog(None, key)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.key_edit.text() == key and box.key_edit.isReadOnly()
    assert "only this once" in box.findChild(QLabel, "recoveryKeyWarning").text()
    assert not box.close_button.isEnabled()
    box.done_check.setChecked(True)
    assert box.close_button.isEnabled()
    assert _nameless(box) == []
    _shot(box, "recovery_key")
    qtbot.mouseClick(box.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == key
    box.reject()
    assert box.key_edit.text() == ""


def test_the_add_form_checks_the_passphrase_as_she_types(qtbot):
    form = AddWorkerForm(None)
    qtbot.addWidget(form)
    form.show()
    form.name_edit.setText("Dina Worker")
    form.passphrase_edit.setText("PasswordPassword")
    form.repeat_edit.setText("PasswordPassword")
    assert "too common" in form.hint.text() and not form.ok_button.isEnabled()
    form.passphrase_edit.setText("dina's kettle at seven")
    assert "differ" in form.hint.text() and not form.ok_button.isEnabled()
    form.repeat_edit.setText("dina's kettle at seven")
    assert form.ok_button.isEnabled()
    form.role_box.setCurrentIndex(form.role_box.findData("admin"))
    assert form.admin_check.isChecked() and not form.admin_check.isEnabled()
    assert form.values().role == "admin" and form.values().is_admin
    assert _nameless(form) == []
    _shot(form, "add_worker")
    form._forget()
    assert form.passphrase_edit.text() == "" and form.repeat_edit.text() == ""


def test_a_worker_cannot_open_the_accounts_screen(new_store):
    store, _key = new_store
    accounts.add_worker(store, Desk.for_store(store).actor, BEA, "worker", False, BEA_PHRASE)
    store.close()
    bea = CaseStore.unlock(store.folder, BEA, BEA_PHRASE)
    with bea, pytest.raises(NotAllowed):
        AccountsDialog(Desk.for_store(bea))


def test_the_window_offers_accounts_to_administrators_only(qtbot, window, filled, store_folder):
    unlock_as_admin(qtbot, window)
    assert window.accounts_action.isVisible() and window.accounts_action.isEnabled()
    desk = window.desk_context
    accounts.add_worker(desk.store, desk.actor, ROSA, "admin", False, ROSA_PHRASE)
    accounts.add_worker(desk.store, desk.actor, BEA, "worker", False, BEA_PHRASE)
    window.lock()
    for name, phrase, sees_cases in ((BEA, BEA_PHRASE, True), (ROSA, ROSA_PHRASE, False)):
        screen = window.unlock_screen
        screen.worker_box.setCurrentText(name)
        screen.passphrase_edit.setText(phrase)
        qtbot.keyClick(screen.passphrase_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.desk)
        assert window.accounts_action.isVisible() is (name == ROSA)
        assert window.new_client_action.isEnabled() is sees_cases
        assert window.caseload.model.rowCount() == 0  # no case is hers; Rosa sees none
        window.lock()


def test_locking_closes_the_accounts_screen(qtbot, window, filled, monkeypatch):
    unlock_as_admin(qtbot, window)
    opened: list[AccountsDialog] = []
    monkeypatch.setattr(AccountsDialog, "exec", lambda self: opened.append(self) or self.show())
    monkeypatch.setattr(AccountsDialog, "deleteLater", lambda self: None)
    window.accounts_action.trigger()
    assert opened and opened[0].isVisible()
    recovery = RecoveryKeyDialog(opened[0], "ABCD-EFGH")
    recovery.show()
    window.lock()
    assert not recovery.isVisible() and recovery.key_edit.text() == ""
    assert window.stack.currentWidget() is window.unlock_screen
