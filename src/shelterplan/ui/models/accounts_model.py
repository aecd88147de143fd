"""The agency's worker accounts as a table: name, role, administrator, status.

Staff names only, never client data; the accounts dialog loads the whole list (an
agency has tens of accounts) in one short session after each change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from shelterplan.core.accounts import Account
from shelterplan.core.vocab import Role
from shelterplan.ui.accessibility import muted_colour
from shelterplan.ui.models.rows import RowsTableModel

Index = QModelIndex | QPersistentModelIndex

COLUMN_NAME = 0
COLUMN_ROLE = 1
COLUMN_ADMINISTRATOR = 2
COLUMN_STATUS = 3
COLUMN_COUNT = 4

WorkerIdRole = Qt.ItemDataRole.UserRole + 1


class AccountsModel(RowsTableModel[Account]):
    column_count = COLUMN_COUNT

    def account_at(self, row: int) -> Account | None:
        return self.row_at(row)

    def row_of(self, name: str) -> int:
        wanted = " ".join(name.split()).casefold()
        for row, account in enumerate(self._rows):
            if " ".join(account.name.split()).casefold() == wanted:
                return row
        return -1

    def role_label(self, role: Role) -> str:
        return {
            Role.WORKER: self.tr("Worker"),
            Role.SUPERVISOR: self.tr("Supervisor"),
            Role.ADMIN: self.tr("Admin (no case content)"),
        }[role]

    def status_label(self, account: Account) -> str:
        if account.can_unlock:
            return self.tr("Active")
        if account.active:
            return self.tr("No passphrase yet")
        return self.tr("Disabled")

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            COLUMN_NAME: self.tr("Name"),
            COLUMN_ROLE: self.tr("Role"),
            COLUMN_ADMINISTRATOR: self.tr("Administrator"),
            COLUMN_STATUS: self.tr("Status"),
        }.get(section)

    def _display(self, account: Account, column: int) -> str | None:
        if column == COLUMN_NAME:
            return account.name
        if column == COLUMN_ROLE:
            return self.role_label(account.role)
        if column == COLUMN_ADMINISTRATOR:
            return self.tr("Yes") if account.administers else self.tr("No")
        if column == COLUMN_STATUS:
            return self.status_label(account)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        account = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(account, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COLUMN_STATUS:
            if not account.active:
                return self.tr("She can no longer unlock the store.")
            if not account.can_unlock:
                return self.tr("Add her again to give her a passphrase.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not account.active:
            return muted_colour()  # "Disabled" says it in words too
        if role == WorkerIdRole:
            return account.worker_id
        return None
