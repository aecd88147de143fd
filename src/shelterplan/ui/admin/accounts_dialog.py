"""The administrator's accounts screen: add, disable, reset a passphrase, new recovery key,
rotate the data key.

Only administrators open it (`AccountsDialog` refuses anyone else, and core/accounts.py
refuses every change whatever the screen shows). It shows staff names, never client
data. Passphrases and the recovery key are typed into password fields and never kept:
each form hands them to core and is dropped. A new recovery key is shown once, in a
read-only field that can be copied (the clipboard is cleared after a minute or on lock).
Locking closes the dialog and everything it opened.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core import accounts
from shelterplan.core.accounts import Account
from shelterplan.core.vocab import Role
from shelterplan.errors import NotAllowed, ShelterplanError
from shelterplan.ui.clipboard import sensitive_clipboard
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.models.accounts_model import (
    COLUMN_ADMINISTRATOR,
    COLUMN_NAME,
    COLUMN_ROLE,
    COLUMN_STATUS,
    AccountsModel,
)

T = TypeVar("T")


@dataclass(frozen=True)
class NewWorker:
    name: str
    role: str
    is_admin: bool
    passphrase: str


def _password_field(accessible_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    return edit


class _PassphraseForm(QDialog):
    """A new passphrase typed twice, with the rule checked as she types."""

    def _add_passphrase_rows(self, form: QFormLayout) -> None:
        self.passphrase_edit = _password_field(self.tr("New passphrase"))
        self.passphrase_edit.setObjectName("newPassphrase")
        self.repeat_edit = _password_field(self.tr("New passphrase again"))
        self.repeat_edit.setObjectName("repeatPassphrase")
        self.hint = QLabel()
        self.hint.setObjectName("passphraseHint")
        self.hint.setWordWrap(True)
        form.addRow(self.tr("New &passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Again"), self.repeat_edit)
        form.addRow(self.hint)
        self.passphrase_edit.textChanged.connect(self._update)
        self.repeat_edit.textChanged.connect(self._update)

    def _name_for_rule(self) -> str | None:
        return None

    def problem(self) -> str | None:
        """What stops the form from being accepted, in a sentence (None: nothing)."""
        typed = self.passphrase_edit.text()
        refusal = accounts.new_passphrase_problem(typed, self._name_for_rule())
        if refusal is not None:
            return error_text(refusal)
        if typed != self.repeat_edit.text():
            return self.tr("The two passphrases differ.")
        return None

    def _update(self) -> None:
        problem = self.problem() if self.passphrase_edit.text() else None
        default = self.tr("At least 12 characters: a short sentence of your own.")
        self.hint.setText(problem or default)
        self.ok_button.setEnabled(self.problem() is None and self._complete())
        self._fit_height()

    def _fit_height(self) -> None:
        """Taller when the hint takes more lines (a longer language): nothing is cut off."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            layout.invalidate()  # the hint's new text: measure it now, not at the next turn
            layout.activate()
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _complete(self) -> bool:
        return True

    def _buttons(self, ok_text: str) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        return buttons

    def _forget(self) -> None:
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()


class AddWorkerForm(_PassphraseForm):
    """Name, role, administrator rights and her first passphrase."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("addWorkerForm")
        self.setWindowTitle(self.tr("Add a worker"))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("workerName")
        self.name_edit.setMaxLength(accounts.NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("Her name"))
        self.role_box = QComboBox()
        self.role_box.setObjectName("workerRole")
        self.role_box.setAccessibleName(self.tr("Role"))
        labels = AccountsModel(self)
        for role in (Role.WORKER, Role.SUPERVISOR, Role.ADMIN):
            self.role_box.addItem(labels.role_label(role), role.value)
        self.admin_check = QCheckBox(
            self.tr("Also an &administrator (accounts, settings, backups)")
        )
        self.admin_check.setObjectName("workerIsAdmin")
        self.role_box.currentIndexChanged.connect(self._role_changed)
        explain = QLabel(
            self.tr(
                "A worker sees her own cases and those shared with her; a supervisor sees "
                "every case; an admin manages accounts and settings but sees no case."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Role"), self.role_box)
        form.addRow(self.admin_check)
        form.addRow(explain)
        self._add_passphrase_rows(form)
        self.name_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons(self.tr("Add")))
        self._update()
        self.resize(480, self.sizeHint().height())

    def _role_changed(self) -> None:
        is_admin_role = self.role_box.currentData() == Role.ADMIN.value
        self.admin_check.setChecked(is_admin_role or self.admin_check.isChecked())
        self.admin_check.setEnabled(not is_admin_role)

    def _name_for_rule(self) -> str | None:
        return self.name_edit.text()

    def _complete(self) -> bool:
        return bool(self.name_edit.text().strip())

    def values(self) -> NewWorker:
        return NewWorker(
            name=self.name_edit.text(),
            role=str(self.role_box.currentData()),
            is_admin=self.admin_check.isChecked(),
            passphrase=self.passphrase_edit.text(),
        )

    @staticmethod
    def ask(parent: QWidget | None) -> NewWorker | None:
        form = AddWorkerForm(parent)
        try:
            return form.values() if form.exec() == QDialog.DialogCode.Accepted else None
        finally:
            form._forget()


class ResetPassphraseForm(_PassphraseForm):
    """The recovery key, and the new passphrase she chose."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("resetPassphraseForm")
        self.setWindowTitle(self.tr("Reset a forgotten passphrase"))
        self._name = name
        intro = QLabel(
            self.tr(
                "Give {0} a new passphrase. The store's recovery key is needed; her old "
                "passphrase stops working."
            ).format(name)
        )
        intro.setWordWrap(True)
        self.recovery_edit = _password_field(self.tr("Recovery key"))
        self.recovery_edit.setObjectName("recoveryKey")
        self.recovery_edit.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("Recovery &key"), self.recovery_edit)
        self._add_passphrase_rows(form)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._buttons(self.tr("Set passphrase")))
        self._update()
        self.resize(520, self.sizeHint().height())

    def _name_for_rule(self) -> str | None:
        return self._name

    def _complete(self) -> bool:
        return bool(self.recovery_edit.text().strip())

    @staticmethod
    def ask(parent: QWidget | None, name: str) -> tuple[str, str] | None:
        """(recovery key, new passphrase), or None when cancelled."""
        form = ResetPassphraseForm(parent, name)
        try:
            if form.exec() != QDialog.DialogCode.Accepted:
                return None
            return form.recovery_edit.text(), form.passphrase_edit.text()
        finally:
            form._forget()


class RecoveryKeyDialog(QDialog):
    """The new recovery key, shown this once, with what to do with it."""

    def __init__(self, parent: QWidget | None, recovery_key: str) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("New recovery key"))
        warning = QLabel(
            self.tr(
                "<b>Write this recovery key down now and keep it locked away.</b> It is "
                "shown only this once. The old recovery key no longer opens the store. "
                "Without a recovery key, a forgotten passphrase cannot be reset."
            )
        )
        warning.setObjectName("recoveryKeyWarning")
        warning.setWordWrap(True)
        self.key_edit = QLineEdit(recovery_key)
        self.key_edit.setObjectName("recoveryKeyText")
        self.key_edit.setReadOnly(True)
        self.key_edit.setAccessibleName(self.tr("The new recovery key"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_edit.setFont(font)
        self.key_edit.setMinimumWidth(
            self.key_edit.fontMetrics().horizontalAdvance(recovery_key) + 24
        )
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setToolTip(self.tr("The clipboard is cleared after a minute"))
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(lambda: sensitive_clipboard().copy(self.key_edit.text()))
        row = QHBoxLayout()
        row.addWidget(self.key_edit, 1)
        row.addWidget(self.copy_button)
        self.done_check = QCheckBox(self.tr("I have written it down"))
        self.done_check.setObjectName("recoveryKeyWritten")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.done_check.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(row)
        layout.addWidget(self.done_check)
        layout.addWidget(buttons)

    def reject(self) -> None:
        self.key_edit.clear()  # nothing of it stays in the widget once closed
        super().reject()

    @staticmethod
    def show_key(parent: QWidget | None, recovery_key: str) -> None:
        RecoveryKeyDialog(parent, recovery_key).exec()


class AccountsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        if not accounts.may_manage_accounts(desk.actor):
            raise NotAllowed("Only an administrator can manage accounts.")
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self.setWindowTitle(self.tr("Accounts"))
        self._desk = desk
        self.model = AccountsModel(self)

        intro = QLabel(
            self.tr(
                "Who can unlock this store, and what each can see. Disabling an account "
                "takes her key away at once."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("accountsTable")
        self.table.setAccessibleName(self.tr("Accounts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_ROLE, COLUMN_ADMINISTRATOR, COLUMN_STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(self.tr("A new account, with her own passphrase"))
        self.disable_button = QPushButton(self.tr("&Disable…"))
        self.disable_button.setToolTip(self.tr("She can no longer unlock the store"))
        self.reset_button = QPushButton(self.tr("&Reset passphrase…"))
        self.reset_button.setToolTip(self.tr("A forgotten passphrase, with the recovery key"))
        self.recovery_button = QPushButton(self.tr("New re&covery key…"))
        self.recovery_button.setToolTip(self.tr("The old recovery key stops working"))
        self.rotate_button = QPushButton(self.tr("Rotate data &key…"))
        self.rotate_button.setToolTip(
            self.tr("Re-encrypt the store so that old copies of the key file open nothing")
        )
        self.add_button.clicked.connect(self.add_worker)
        self.disable_button.clicked.connect(self.disable_worker)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.rotate_button.clicked.connect(self.rotate_data_key)
        side = QVBoxLayout()
        for button in (self.add_button, self.disable_button, self.reset_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addSpacing(16)
        for button in (self.recovery_button, self.rotate_button):
            button.setAutoDefault(False)
            side.addWidget(button)
        side.addStretch(1)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addLayout(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.reload()

    # --- showing ----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        current = self.selected()
        _ok, found = self._run(lambda: accounts.accounts(self._desk.store, self._desk.actor))
        self.model.load(found or [])
        wanted = select or (current.name if current else None)
        row = self.model.row_of(wanted) if wanted else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Account | None:
        index = self.table.currentIndex()
        return self.model.account_at(index.row()) if index.isValid() else None

    def select(self, name: str) -> None:
        row = self.model.row_of(name)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        account = self.selected()
        mine = account is not None and account.worker_id == self._desk.actor.worker_id
        self.disable_button.setEnabled(account is not None and account.can_unlock and not mine)
        self.reset_button.setEnabled(account is not None and account.active)

    def _run(self, work: Callable[[], T]) -> tuple[bool, T | None]:
        """Run a change: (True, its result), or (False, None) once the refusal (a plain
        sentence) has been shown."""
        try:
            return True, work()
        except ShelterplanError as error:
            Messages.show(self, Kind.WARNING, self.tr("Accounts"), error_text(error))
            return False, None

    # --- changing ---------------------------------------------------------------------
    def add_worker(self) -> None:
        values = AddWorkerForm.ask(self)
        if values is None:
            return
        _ok, added = self._run(
            lambda: accounts.add_worker(
                self._desk.store,
                self._desk.actor,
                values.name,
                values.role,
                values.is_admin,
                values.passphrase,
            )
        )
        if added is not None:
            self.reload(select=added.name)

    def disable_worker(self) -> None:
        account = self.selected()
        if account is None:
            return
        choice = Messages.choose(
            self,
            self.tr("Disable an account"),
            self.tr(
                "{0} will no longer be able to unlock the store; her name stays on her "
                "records.\n\nIf she may have kept a copy of the store's files, also change "
                "the data key: copies made before then stop opening. This takes a moment, "
                "and every other shelterplan window on this store must be closed."
            ).format(account.name),
            [
                self.tr("Disable"),
                self.tr("Disable and change the data key"),
                self.tr("Cancel"),
            ],
        )
        if choice not in (0, 1):
            return
        disabled, _ = self._run(
            lambda: accounts.disable_worker(self._desk.store, self._desk.actor, account.name)
        )
        self.reload(select=account.name)
        if disabled and choice == 1:
            self._rotate()

    def reset_passphrase(self) -> None:
        account = self.selected()
        if account is None:
            return
        answer = ResetPassphraseForm.ask(self, account.name)
        if answer is None:
            return
        recovery_key, passphrase = answer
        done, _ = self._run(
            lambda: accounts.reset_passphrase(
                self._desk.store, self._desk.actor, account.name, recovery_key, passphrase
            )
        )
        if done:
            Messages.show(
                self,
                Kind.INFO,
                self.tr("Reset passphrase"),
                self.tr("{0} can now unlock the store with her new passphrase.").format(
                    account.name
                ),
            )
        self.reload(select=account.name)

    def new_recovery_key(self) -> None:
        if not Messages.ask(
            self,
            self.tr("New recovery key"),
            self.tr(
                "Make a new recovery key? The current one stops working at once. The new "
                "one is shown only once: have paper and a pen ready."
            ),
        ):
            return
        made, recovery_key = self._run(
            lambda: accounts.new_recovery_key(self._desk.store, self._desk.actor)
        )
        if made and recovery_key is not None:
            RecoveryKeyDialog.show_key(self, recovery_key)

    def rotate_data_key(self) -> None:
        _ok, problem = self._run(
            lambda: accounts.rotation_blockers(self._desk.store, self._desk.actor)
        )
        if problem:
            Messages.show(self, Kind.WARNING, self.tr("Rotate data key"), problem)
            return
        if Messages.ask(
            self,
            self.tr("Rotate data key"),
            self.tr(
                "Re-encrypt the whole store under a new data key? Every active worker and "
                "the recovery key keep working; old copies of the key file stop opening "
                "it. Close every other shelterplan window on this store first."
            ),
        ):
            self._rotate()

    def _rotate(self) -> None:
        done, _ = self._run(lambda: accounts.rotate_data_key(self._desk.store, self._desk.actor))
        if done:
            Messages.show(
                self,
                Kind.INFO,
                self.tr("Rotate data key"),
                self.tr(
                    "The store is now encrypted under a new data key. Backups made before "
                    "now are still under the old one."
                ),
            )

    def close_for_lock(self) -> None:
        """Locking: close the forms this dialog opened (their typing is dropped), then it."""
        for child in self.findChildren(QDialog):
            if child.isVisible():
                child.reject()
        self.model.clear()
        self.reject()
