"""Print a document: options on the left, the pages as they will print on the right.

Every change of an option renders the document again (after a short pause, so clicking
through options stays quick) through the caller's `render` callback; what is printed or
saved is always exactly what the preview shows. Characters the document font cannot
print are listed in a visible warning, never dropped silently.

The dialog never touches the database: the caller records what was printed when
`printed` or `saved` fires (and may then offer "Mark as signed").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPageSize, QPalette, QShortcut
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shelterplan.errors import ShelterplanError
from shelterplan.reports.model import RenderedPdf
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.printing.choices import PrintChoice, PrintOptions, language_name
from shelterplan.ui.printing.pdf_preview import PdfPreview
from shelterplan.ui.printing.printer import print_pdf
from shelterplan.ui.printing.save_pdf import save_pdf_copy

RENDER_PAUSE_MS = 150
OPTIONS_WIDTH = 300
# Paper sizes the printer is set to when the document has that size (never a card size).
_SHEETS = (QPageSize.PageSizeId.Letter, QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Legal)

Render = Callable[[PrintChoice], RenderedPdf]


def describe_characters(characters: Iterable[str]) -> str:
    """Each character with its code, e.g. "ʻ (U+02BB), 你 (U+4F60)"; invisible ones by code."""
    parts = []
    for character in sorted(set(characters)):
        code = f"U+{ord(character):04X}"
        visible = character.isprintable() and not character.isspace()
        parts.append(f"{character} ({code})" if visible else code)
    return ", ".join(parts)


class PrintDialog(QDialog):
    printed = Signal(object, object)  # PrintChoice, RenderedPdf: sent to a printer
    saved = Signal(object, object)  # PrintChoice, RenderedPdf: saved as a PDF file

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        options: PrintOptions,
        render: Render,
        file_name: str = "document.pdf",
    ) -> None:
        """`file_name` is suggested when saving and names the print job: no client name."""
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(title)
        self._render = render
        self._file_name = file_name
        self._options = options
        self._fixed_choice: PrintChoice | None = None
        self._rendered: RenderedPdf | None = None
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_PAUSE_MS)
        self._render_timer.timeout.connect(self.refresh)
        self.last_saved_path: Path | None = None

        self.language_box = QComboBox()
        self.flag_boxes: dict[str, QCheckBox] = {}
        self.note_label = QLabel()
        self.note_label.setObjectName("printNote")
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(
            "QLabel { background: #e7f0fb; color: #0f2e52; border: 1px solid #8fb4e3;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.note_label.setVisible(False)
        self.options_panel = self._build_options(options)

        self.missing_label = QLabel()
        self.missing_label.setObjectName("missingCharacters")
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.missing_label.setStyleSheet(
            "QLabel { background: #fff4ce; color: #3d3000; border: 1px solid #d9b300;"
            " border-radius: 4px; padding: 6px; }"
        )
        self.missing_label.setVisible(False)
        self.preview = PdfPreview()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.note_label)
        right.addWidget(self.missing_label)
        right.addWidget(self.preview, 1)

        self.status_label = QLabel()
        self.status_label.setObjectName("printStatus")
        self.buttons = QDialogButtonBox()
        self.print_button = self._add_button(self.tr("&Print…"), "printButton")
        self.print_button.clicked.connect(self.print_document)
        self.save_button = self._add_button(self.tr("Save as P&DF…"), "savePdfButton")
        self.save_button.setToolTip(self.tr("Save a copy on disk (not encrypted)"))
        self.save_button.clicked.connect(self.save_copy)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)
        self.print_button.setDefault(True)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Print), self, activated=self._print_shortcut
        )

        body = QHBoxLayout()
        body.addWidget(self.options_panel)
        body.addLayout(right, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.status_label, 1)
        footer.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(footer)
        self._set_tab_order()
        self.resize(1000, 720)
        self.refresh()  # the first render: the dialog opens showing the document

    @classmethod
    def for_fixed_pdf(
        cls,
        parent: QWidget | None,
        title: str,
        data: bytes,
        note: str,
        file_name: str = "signed-document.pdf",
        choice: PrintChoice | None = None,
    ) -> PrintDialog:
        """Print stored bytes exactly as they are (a signed version): no options.

        `choice` is what `printed`/`saved` report (e.g. the version's language).
        """

        def unchanged(_choice: PrintChoice) -> RenderedPdf:
            return RenderedPdf(data=data, pages=0)

        dialog = cls(parent, title, PrintOptions(flags=()), unchanged, file_name)
        dialog._fixed_choice = choice or PrintChoice(language="")  # options never re-render
        dialog.options_panel.setVisible(False)
        dialog.note_label.setText(note)
        dialog.note_label.setVisible(True)
        return dialog

    # --- building -----------------------------------------------------------------------
    def _build_options(self, options: PrintOptions) -> QWidget:
        panel = QWidget()
        panel.setObjectName("printOptions")
        panel.setMinimumWidth(OPTIONS_WIDTH)  # wider if a translated label needs it
        panel.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        initial = options.initial_choice()
        self.language_box.setObjectName("printLanguage")
        self.language_box.setAccessibleName(self.tr("Language of the document"))
        for code in options.languages:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(initial.language), 0))
        self.language_box.currentIndexChanged.connect(self._option_changed)
        self.language_label = QLabel(self.tr("Document &language"))
        self.language_label.setBuddy(self.language_box)

        self.flags_group = QGroupBox(self.tr("Options"))
        self.flags_group.setObjectName("printFlags")
        flags_layout = QVBoxLayout(self.flags_group)
        for flag in options.flags:
            box = QCheckBox(flag.label)
            box.setObjectName(f"printFlag_{flag.key}")
            box.setChecked(flag.key in initial.flags)
            box.toggled.connect(self._option_changed)
            flags_layout.addWidget(box)
            if flag.detail:
                box.setAccessibleDescription(flag.detail)
                detail = QLabel(flag.detail)
                detail.setWordWrap(True)
                detail.setIndent(box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth))
                detail.setContentsMargins(6, 0, 0, 4)
                detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                flags_layout.addWidget(detail)
            self.flag_boxes[flag.key] = box
        self.flags_group.setVisible(bool(options.flags))

        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(self.language_label)
        layout.addWidget(self.language_box)
        layout.addSpacing(8)
        layout.addWidget(self.flags_group)
        layout.addStretch(1)
        return panel

    def _add_button(self, text: str, name: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        assert button is not None
        button.setObjectName(name)
        button.setEnabled(False)  # until there is a document to print
        return button

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.language_box, *self.flag_boxes.values()]
        chain += [
            self.preview.zoom_out_button,
            self.preview.zoom_in_button,
            self.preview.fit_button,
            self.preview.view,
            self.print_button,
            self.save_button,
            self.close_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- the document -------------------------------------------------------------------
    def current_choice(self) -> PrintChoice:
        if self._fixed_choice is not None:
            return self._fixed_choice
        flags = frozenset(key for key, box in self.flag_boxes.items() if box.isChecked())
        return PrintChoice(language=self.language_box.currentData() or "", flags=flags)

    def rendered(self) -> RenderedPdf | None:
        """What the preview shows and Print/Save would use, once rendered."""
        return self._rendered

    def _option_changed(self, *_args: object) -> None:
        # The preview no longer matches the options; Print and Save stay enabled (no
        # flicker) and render first if pressed before the pause ends.
        self._rendered = None
        self._render_timer.start()

    def refresh(self) -> None:
        """Render with the current options now (the pause timer calls this)."""
        self._render_timer.stop()
        if self._fixed_choice is not None:
            return
        self._rendered = None
        self._set_actions_enabled(False)
        try:
            rendered = self._render(self.current_choice())
        except ShelterplanError as error:
            self.missing_label.setVisible(False)
            self.preview.show_message(error_text(error))
            return
        self._show(rendered)

    def _show(self, rendered: RenderedPdf) -> None:
        if not self.preview.set_pdf(rendered.data):
            self.missing_label.setVisible(False)
            return
        if not rendered.pages:
            rendered = RenderedPdf(rendered.data, self.preview.page_count(), frozenset())
        self._rendered = rendered
        missing = rendered.missing_characters
        self.missing_label.setText(
            self.tr(
                "These characters cannot be printed with the document font and show as boxes: {0}"
            ).format(describe_characters(missing))
            if missing
            else ""
        )
        self.missing_label.setVisible(bool(missing))
        self._set_actions_enabled(True)
        self.status_label.clear()

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _ready(self) -> RenderedPdf | None:
        """The document for the current options, rendering it now if a change waits."""
        if self._render_timer.isActive() or self._rendered is None:
            self.refresh()
        return self._rendered

    # --- printing and saving ------------------------------------------------------------
    def choose_printer(self) -> QPrinter | None:
        """Ask which printer (the system's print dialog); None when she cancels.

        Tests replace this to print to a PDF file instead.
        """
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self._file_name).stem)  # print queues show this name
        self._match_paper(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(self.preview.page_count(), 1))
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        return printer if accepted else None

    def _match_paper(self, printer: QPrinter) -> None:
        """Start on the document's paper size when it is a usual sheet (Letter, A4)."""
        if not self.preview.page_count():
            return
        points = self.preview.page_point_size(0)
        size = QPageSize(
            QSizeF(points), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch
        )
        if size.id() in _SHEETS:
            printer.setPageSize(QPageSize(size.id()))

    def _print_shortcut(self) -> None:
        if self.print_button.isEnabled():
            self.print_document()

    def print_document(self) -> None:
        rendered = self._ready()
        if rendered is None:
            return
        choice = self.current_choice()
        printer = self.choose_printer()
        if printer is None:
            return
        try:
            pages = print_pdf(rendered.data, printer)
        except ShelterplanError as error:
            Messages.show(self, Kind.ERROR, self.tr("Not printed"), error_text(error))
            return
        if not pages:
            self.status_label.setText(self.tr("No page was in the range chosen; nothing printed."))
            return
        self.status_label.setText(self.tr("Sent %n page(s) to the printer.", None, pages))
        self.printed.emit(choice, rendered)

    def save_copy(self) -> None:
        rendered = self._ready()
        if rendered is None:
            return
        choice = self.current_choice()
        path = save_pdf_copy(self, rendered.data, self._file_name)
        if path is None:
            return
        self.last_saved_path = path
        self.status_label.setText(self.tr("Saved a copy as {0}.").format(path.name))
        self.saved.emit(choice, rendered)

    # --- closing ------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._render_timer.stop()
        self.preview.clear()  # let go of the document's bytes
        self._rendered = None
        super().done(result)

    def close_for_lock(self) -> None:
        """The app is locking: drop the document and close."""
        self.reject()
