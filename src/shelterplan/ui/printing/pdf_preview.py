"""Shows a PDF held in memory: every page scrolling, fit to width, zoom, "page X of Y".

A PDF that cannot be read shows a plain sentence in place of the pages; the widget never
raises for bad bytes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSizeF, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shelterplan.ui.printing.pdf_memory import PdfInMemory

ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 4.0
POINTS_PER_INCH = 72.0


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self._pdf = PdfInMemory(self)

        self.view = QPdfView()
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Preview of the document"))
        self.view.setDocument(self._pdf.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and PgUp/PgDn scroll
        self.view.setMinimumSize(260, 240)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.view.viewport().installEventFilter(self)

        self.message = QLabel()
        self.message.setObjectName("pdfPreviewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)

        self.zoom_out_button = self._tool_button("−", self.tr("Zoom out"), self.zoom_out)
        self.zoom_out_button.setObjectName("zoomOut")
        self.zoom_in_button = self._tool_button("+", self.tr("Zoom in"), self.zoom_in)
        self.zoom_in_button.setObjectName("zoomIn")
        self.fit_button = self._tool_button(
            self.tr("Fit width"), self.tr("Fit the page to the width"), self.fit_width
        )
        self.fit_button.setObjectName("fitWidth")
        self.fit_button.setCheckable(True)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.page_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_label)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.page_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QWidget.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        QWidget.setTabOrder(self.zoom_in_button, self.fit_button)
        QWidget.setTabOrder(self.fit_button, self.view)
        self.show_message(self.tr("Nothing to show yet."))

    def _tool_button(self, text: str, name: str, slot: object) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setAutoRaise(False)
        button.clicked.connect(slot)
        return button

    # --- content ------------------------------------------------------------------------
    def set_pdf(self, data: bytes) -> bool:
        """Show `data`, keeping the page in view when the same document is shown again.

        Returns False (and shows a plain message) when the bytes are not a readable PDF.
        """
        keep_page = self.view.pageNavigator().currentPage() if self.page_count() else 0
        keep_scroll = self.view.verticalScrollBar().value()
        if not self._pdf.load(data):
            self.show_message(
                self.tr(
                    "This document cannot be shown: it is damaged or not a PDF. "
                    "Close this window and try again; if it happens again, tell your "
                    "administrator."
                )
            )
            return False
        self.stack.setCurrentWidget(self.view)
        self._set_controls_enabled(True)
        if keep_page < self.page_count():
            self.view.verticalScrollBar().setValue(keep_scroll)
        self._update_page_label()
        self._update_zoom_label()
        return True

    def page_count(self) -> int:
        return self._pdf.page_count()

    def page_point_size(self, page: int) -> QSizeF:
        """A page's size in points (1/72 inch); empty when there is no such page."""
        if not 0 <= page < self.page_count():
            return QSizeF()
        return self._pdf.document.pagePointSize(page)

    def current_page(self) -> int:
        """The page in view, counted from 0."""
        return self.view.pageNavigator().currentPage() if self.page_count() else 0

    def clear(self) -> None:
        """Forget the document (and the bytes it was read from)."""
        self._pdf.close()
        self.show_message(self.tr("Nothing to show yet."))

    def show_message(self, text: str) -> None:
        """A plain sentence in place of the pages (nothing to show, or it failed)."""
        self._pdf.close()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._set_controls_enabled(False)
        self.page_label.clear()
        self.zoom_label.clear()

    def message_text(self) -> str:
        """The sentence shown instead of pages, or "" while pages are shown."""
        return self.message.text() if self.stack.currentWidget() is self.message else ""

    def _set_controls_enabled(self, enabled: bool) -> None:
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(enabled)

    # --- zoom ---------------------------------------------------------------------------
    def zoom_factor(self) -> float:
        """The scale shown now (1.0 is the page's real size on this screen)."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or not self.page_count():
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        available = self.view.viewport().width() - margins.left() - margins.right()
        page_width = self._pdf.document.pagePointSize(self.current_page()).width()
        screen_width = page_width * self.logicalDpiX() / POINTS_PER_INCH
        return available / screen_width if screen_width > 0 else 1.0

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    def _set_zoom(self, factor: float) -> None:
        if not self.page_count():
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, ZOOM_MIN), ZOOM_MAX))
        self._update_zoom_label()

    def _update_zoom_label(self) -> None:
        fitting = self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
        self.fit_button.setChecked(fitting)
        if not self.page_count():
            self.zoom_label.clear()
            return
        factor = self.zoom_factor()
        self.zoom_label.setText(self.tr("{0} %").format(round(factor * 100)))
        self.zoom_in_button.setEnabled(fitting or factor < ZOOM_MAX - 1e-6)
        self.zoom_out_button.setEnabled(fitting or factor > ZOOM_MIN + 1e-6)

    def _update_page_label(self, _page: int = 0) -> None:
        count = self.page_count()
        if not count:
            self.page_label.clear()
            return
        current = min(self.current_page(), count - 1) + 1
        self.page_label.setText(self.tr("Page {0} of {1}").format(current, count))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._update_zoom_label()  # fitting to a new width changes the scale
        return super().eventFilter(watched, event)
