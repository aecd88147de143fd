"""The agency's details printed on its plans: name, address, phone, logo, paper size.

Administrators only (the core refuses anyone else). The address and phone print only on
the agency's copy of a plan, never on her take-home copy or her safety plan.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.agency import MAX_LOGO_BYTES, agency_details, set_agency_details
from shelterplan.errors import ShelterplanError
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages

LOGO_PREVIEW = 160


class AgencyDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agencyDialog")
        self.setWindowTitle(self.tr("Agency details for printed plans"))
        self._desk = desk
        self._logo: bytes | None = None
        self._logo_changed = False

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("agencyName")
        self.name_edit.setAccessibleName(self.tr("Agency name"))
        self.address_edit = QPlainTextEdit()
        self.address_edit.setObjectName("agencyAddress")
        self.address_edit.setAccessibleName(self.tr("Address"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(70)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("agencyPhone")
        self.phone_edit.setAccessibleName(self.tr("Phone"))
        self.paper_box = QComboBox()
        self.paper_box.setObjectName("agencyPaper")
        self.paper_box.setAccessibleName(self.tr("Paper size"))
        self.paper_box.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.paper_box.addItem(self.tr("A4 (210 × 297 mm)"), "a4")

        self.logo_label = QLabel()
        self.logo_label.setObjectName("agencyLogo")
        self.logo_label.setAccessibleName(self.tr("Logo"))
        self.logo_label.setMinimumSize(LOGO_PREVIEW, LOGO_PREVIEW // 2)
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_logo = QPushButton(self.tr("Choose &logo…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("&Remove logo"))
        self.remove_logo.clicked.connect(self._remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addLayout(logo_buttons)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&Address"), self.address_edit)
        form.addRow(self.tr("&Phone"), self.phone_edit)
        form.addRow(self.tr("Paper si&ze"), self.paper_box)
        form.addRow(self.tr("Logo"), logo_row)
        note = QLabel(
            self.tr(
                "The name and logo print at the top of every plan. The address and phone "
                "print only on the agency's copy, never on her take-home copy; her safety "
                "plan carries nothing of the agency."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._load()

    def _load(self) -> None:
        with self._desk.session() as session:
            details = agency_details(session)
        self.name_edit.setText(details.name)
        self.address_edit.setPlainText(details.address or "")
        self.phone_edit.setText(details.phone or "")
        self.paper_box.setCurrentIndex(max(self.paper_box.findData(details.paper), 0))
        self._show_logo(details.logo)

    def _show_logo(self, logo: bytes | None) -> None:
        self._logo = logo
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo_label.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW,
                    LOGO_PREVIEW // 2,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(bool(logo))

    def _choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the agency's logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> bool:
        try:
            size = path.stat().st_size
            if size > MAX_LOGO_BYTES:
                raise ValueError
            data = path.read_bytes()
        except (OSError, ValueError):
            Messages.show(
                self,
                Kind.WARNING,
                self.tr("Logo"),
                self.tr("Choose a PNG or JPEG image under 512 KB that this computer can read."),
            )
            return False
        self._show_logo(data)
        self._logo_changed = True
        return True

    def _remove_logo(self) -> None:
        self._show_logo(None)
        self._logo_changed = True

    def save(self) -> None:
        try:
            with self._desk.session() as session:
                set_agency_details(
                    session,
                    self._desk.actor,
                    name=self.name_edit.text(),
                    address=self.address_edit.toPlainText(),
                    phone=self.phone_edit.text(),
                    paper=self.paper_box.currentData(),
                    logo=self._logo if self._logo_changed and self._logo else None,
                    remove_logo=self._logo_changed and not self._logo,
                )
        except ShelterplanError as error:
            Messages.show(
                self, Kind.WARNING, self.tr("The details were not saved"), error_text(error)
            )
            return
        self.accept()
