"""Mark the printed plan as signed: who signed, and when.

The version about to be frozen is named by its number and its content fingerprint, the
same short code the paper copy prints in its footer, so the worker can check that the
paper in front of her is that version. The client's and the worker's blocks must be
named and signed (on paper, or drawn on screen) before the plan can be marked as signed;
a supervisor or another person may sign too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelterplan.reports.model import SignatoryRole, SignatureBlock
from shelterplan.ui.accessibility import overdue_colour
from shelterplan.ui.delegates import editor_date_format
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.printing.signature_pad import SignatureField

CONTEXT = "SignDialog"
REQUIRED = (SignatoryRole.CLIENT, SignatoryRole.WORKER)
FINGERPRINT_DIGITS = 12
NAME_LENGTH = 120


def role_label(role: SignatoryRole) -> str:
    labels = {
        SignatoryRole.CLIENT: QCoreApplication.translate(CONTEXT, "Client"),
        SignatoryRole.WORKER: QCoreApplication.translate(CONTEXT, "Worker"),
        SignatoryRole.SUPERVISOR: QCoreApplication.translate(CONTEXT, "Supervisor"),
        SignatoryRole.OTHER: QCoreApplication.translate(CONTEXT, "Other person"),
    }
    return labels[SignatoryRole(role)]


def grouped_fingerprint(fingerprint: str) -> str:
    """The first 12 hex digits in groups of four: "1a2b 3c4d 5e6f"."""
    short = fingerprint.strip().lower()[:FINGERPRINT_DIGITS]
    return " ".join(short[i : i + 4] for i in range(0, len(short), 4))


class SignatureBlockEditor(QGroupBox):
    """One person's block: name, "signed on paper", and optionally a drawn signature."""

    changed = Signal()

    def __init__(self, block: SignatureBlock, parent: QWidget | None = None) -> None:
        role = SignatoryRole(block.role)
        super().__init__(role_label(role), parent)
        self.setObjectName(f"signBlock_{role.value}")
        self.role = role
        caption = role_label(role)

        self.name_edit = QLineEdit(block.name)
        self.name_edit.setObjectName("signName")
        self.name_edit.setMaxLength(NAME_LENGTH)
        self.name_edit.setAccessibleName(self.tr("{0}: name").format(caption))
        self.name_edit.textChanged.connect(self.changed)
        name_label = QLabel(self.tr("Name"))
        name_label.setBuddy(self.name_edit)

        self.paper_check = QCheckBox(self.tr("Signed on paper"))
        self.paper_check.setObjectName("signedOnPaper")
        self.paper_check.setAccessibleName(self.tr("{0}: signed on paper").format(caption))
        self.paper_check.setChecked(role in REQUIRED)
        self.paper_check.toggled.connect(self.changed)

        self.signature = SignatureField(
            accessible_name=self.tr("{0}: signature drawn on screen").format(caption)
        )
        self.signature.changed.connect(self.changed)
        if block.strokes:
            self.signature.set_strokes(block.strokes)
        drawn_label = QLabel(self.tr("Signature drawn on screen (optional)"))

        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)
        grid.setHorizontalSpacing(12)
        grid.addWidget(name_label, 0, 0)
        grid.addWidget(self.name_edit, 0, 1)
        grid.addWidget(self.paper_check, 1, 1)
        grid.addWidget(drawn_label, 0, 2)
        grid.addWidget(self.signature, 1, 2, 3, 1)
        grid.setRowStretch(3, 1)

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def is_signed(self) -> bool:
        return self.paper_check.isChecked() or not self.signature.is_empty()

    def focus_chain(self) -> list[QWidget]:
        return [self.name_edit, self.paper_check, self.signature.clear_button]

    def block(self, signed_on: date) -> SignatureBlock:
        return SignatureBlock(
            role=self.role, name=self.name(), signed_on=signed_on, strokes=self.signature.strokes()
        )


class SignDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        version_number: int,
        fingerprint: str,
        blocks: Sequence[SignatureBlock],
        today: date | None = None,
        earliest: date | None = None,
    ) -> None:
        """`blocks` come prefilled (her preferred name, the worker's name); a client or
        worker block missing from them is added empty. `earliest` is the first date the
        plan may have been signed on (e.g. the day it was printed)."""
        super().__init__(parent)
        self.setObjectName("signDialog")
        self.setWindowTitle(self.tr("Mark as signed"))
        self._today = today or date.today()

        intro = QLabel(
            self.tr(
                "Version {0} of the plan will be kept exactly as printed and signed. "
                "Later changes will make a new version."
            ).format(version_number)
        )
        intro.setWordWrap(True)
        self.fingerprint_label = QLabel(grouped_fingerprint(fingerprint))
        self.fingerprint_label.setObjectName("signFingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.4)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fingerprint_label.setAccessibleName(self.tr("Fingerprint"))
        check = QLabel(self.tr("Check that this matches the footer of the paper copy."))
        check.setWordWrap(True)

        self.date_edit = QDateEdit(_qdate(self._today))
        self.date_edit.setObjectName("signedOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(editor_date_format())
        self.date_edit.setAccessibleName(self.tr("Signed on"))
        if earliest is not None:
            self.date_edit.setMinimumDate(_qdate(earliest))
        self.date_edit.dateChanged.connect(self._update)
        date_label = QLabel(self.tr("Signed &on"))
        date_label.setBuddy(self.date_edit)
        self.date_warning = QLabel(self.tr("The date cannot be in the future."))
        self.date_warning.setObjectName("signDateWarning")
        # Red where it reads well, the palette's own text colour under high contrast.
        warning_colour = overdue_colour(self.palette()).name()
        self.date_warning.setStyleSheet(f"color: {warning_colour}; font-weight: bold;")
        self.date_warning.setVisible(False)

        self.editors = [SignatureBlockEditor(block) for block in _with_required(blocks)]
        blocks_widget = QWidget()
        blocks_layout = QVBoxLayout(blocks_widget)
        blocks_layout.setContentsMargins(0, 0, 0, 0)
        for editor in self.editors:
            editor.changed.connect(self._update)
            blocks_layout.addWidget(editor)
        blocks_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("signBlocks")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the blocks in it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(blocks_widget)
        # Two blocks always show whole; more scroll once the screen is full.
        shown = self.editors[:2]
        spacing = blocks_layout.spacing() * max(len(shown) - 1, 0)
        scroll.setMinimumHeight(sum(e.sizeHint().height() for e in shown) + spacing + 2)
        scroll.setMinimumWidth(blocks_widget.sizeHint().width())
        self._blocks_height = blocks_widget.sizeHint().height() + 2

        self.missing_label = QLabel()
        self.missing_label.setObjectName("signMissing")
        self.missing_label.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton(
            self.tr("&Mark as signed"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        fingerprint_row = QHBoxLayout()
        fingerprint_row.addWidget(QLabel(self.tr("Fingerprint:")))
        fingerprint_row.addWidget(self.fingerprint_label)
        fingerprint_row.addSpacing(12)
        fingerprint_row.addWidget(check, 1)
        date_row = QHBoxLayout()
        date_row.addWidget(date_label)
        date_row.addWidget(self.date_edit)
        date_row.addSpacing(12)
        date_row.addWidget(self.date_warning)
        date_row.addStretch(1)
        footer = QHBoxLayout()
        footer.addWidget(self.missing_label, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(fingerprint_row)
        layout.addLayout(date_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

        chain: list[QWidget] = [self.date_edit]
        for editor in self.editors:
            chain += editor.focus_chain()
        chain += [self.ok_button, self.cancel_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._update()
        self._fit_to_screen(scroll)
        first_empty = next((e for e in self.editors if not e.name()), None)
        (first_empty.name_edit if first_empty else self.ok_button).setFocus()

    def _fit_to_screen(self, scroll: QScrollArea) -> None:
        """Show every block if the screen is tall enough, else scroll the extra ones."""
        extra = max(self._blocks_height - scroll.minimumHeight(), 0)
        height = self.sizeHint().height() + extra
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 60)
        self.resize(max(self.sizeHint().width(), 820), max(height, self.minimumSizeHint().height()))

    # --- state --------------------------------------------------------------------------
    def signed_on(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[return-value]

    def signature_blocks(self) -> tuple[SignatureBlock, ...]:
        """The blocks signed, in order, with their drawn strokes if any."""
        when = self.signed_on()
        return tuple(editor.block(when) for editor in self.editors if editor.is_signed())

    def missing(self) -> list[str]:
        """What still stops the plan being marked as signed (empty when ready)."""
        problems = []
        unsigned = {
            role
            for role in REQUIRED
            if not any(e.is_signed() for e in self.editors if e.role == role)
        }
        for editor in self.editors:  # in the order the blocks are shown
            if editor.role in unsigned:
                unsigned.discard(editor.role)
                problems.append(self.tr("{0}: signature").format(role_label(editor.role)))
            elif editor.is_signed() and not editor.name():
                problems.append(self.tr("{0}: name").format(role_label(editor.role)))
        if self.signed_on() > self._today:
            problems.append(self.tr("a date that is not in the future"))
        return problems

    def _update(self, *_args: object) -> None:
        future = self.signed_on() > self._today
        self.date_warning.setVisible(future)
        problems = self.missing()
        self.ok_button.setEnabled(not problems)
        self.missing_label.setText(
            self.tr("Still needed: {0}").format("; ".join(problems)) if problems else ""
        )

    def accept(self) -> None:
        if self.signed_on() > self._today:
            Messages.show(
                self,
                Kind.WARNING,
                self.tr("Mark as signed"),
                self.tr("The signing date is in the future. Choose the day it was signed."),
            )
            return
        if self.missing():
            return
        super().accept()

    def close_for_lock(self) -> None:
        """The app is locking: forget names and drawn signatures and close."""
        for editor in self.editors:
            editor.signature.clear()
            editor.name_edit.clear()
        self.reject()

    @staticmethod
    def ask(
        parent: QWidget | None,
        version_number: int,
        fingerprint: str,
        blocks: Sequence[SignatureBlock],
        today: date | None = None,
        earliest: date | None = None,
    ) -> tuple[tuple[SignatureBlock, ...], date] | None:
        """The signed blocks and the signing date, or None when the worker cancels."""
        dialog = SignDialog(parent, version_number, fingerprint, blocks, today, earliest)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.signature_blocks(), dialog.signed_on()
            return None
        finally:
            dialog.deleteLater()


def _with_required(blocks: Sequence[SignatureBlock]) -> list[SignatureBlock]:
    """The blocks given, with an empty client or worker block added if missing, in the
    order client, worker, supervisor, other (the caller's order within a role)."""
    present = {SignatoryRole(block.role) for block in blocks}
    added = [SignatureBlock(role) for role in REQUIRED if role not in present]
    order = list(SignatoryRole)
    return sorted([*added, *blocks], key=lambda block: order.index(SignatoryRole(block.role)))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
