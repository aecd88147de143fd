"""The caseload tab: search, filters and the paged table of her cases.

Everything is reachable from the keyboard: Ctrl+F (the main window) or Tab lands in the
search box, Down moves into the table, Enter opens the case under the cursor. Typing
searches after a short pause (each keystroke restarts the timer); Enter searches at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.queries import CaseloadFilter, may_see_all, phase_choices, worker_choices
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.models.caseload_model import (
    COL_CLIENT,
    COL_LAST_CONTACT,
    COL_NEXT_DUE,
    COL_NEXT_STEP,
    COL_OVERDUE,
    COL_PHASE,
    COL_WORKER,
    COLUMNS,
    CaseIdRole,
    CaseloadModel,
)
from shelterplan.ui.vocab_labels import date_text, phase_label

SEARCH_PAUSE_MS = 150  # long enough to skip a query per keystroke, short enough to feel live
COUNT_PAUSE_MS = 300  # the count looks at every matching case: wait until typing settles
WORKER_EMS = 11  # room for a worker's full name


class CaseloadView(QWidget):
    case_requested = Signal(str)  # case id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseloadView")
        self._desk: Desk | None = None
        self.model = CaseloadModel(self)
        self.model.failed.connect(self._show_failure)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("caseloadSearch")
        self.search_edit.setPlaceholderText(self.tr("Search names, aliases and notes"))
        self.search_edit.setAccessibleName(self.tr("Search cases"))
        self.search_edit.setAccessibleDescription(
            self.tr("Searches her preferred name, legal name and notes as you type.")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.installEventFilter(self)
        search_label = QLabel(self.tr("&Search"))
        search_label.setBuddy(self.search_edit)

        self.scope_box = QComboBox()
        self.scope_box.setObjectName("caseloadScope")
        self.scope_box.addItem(self.tr("My cases"), False)
        self.scope_box.addItem(self.tr("All cases"), True)
        self.scope_box.setAccessibleName(self.tr("Which cases to show"))
        self.scope_label = QLabel(self.tr("Sho&w"))
        self.scope_label.setBuddy(self.scope_box)

        self.worker_box = QComboBox()
        self.worker_box.setObjectName("caseloadWorker")
        self.worker_box.setAccessibleName(self.tr("Worker"))
        self.worker_label = QLabel(self.tr("Wor&ker"))
        self.worker_label.setBuddy(self.worker_box)

        self.phase_box = QComboBox()
        self.phase_box.setObjectName("caseloadPhase")
        self.phase_box.addItem(self.tr("All phases"), None)
        for phase in phase_choices():
            self.phase_box.addItem(phase_label(phase), phase.value)
        self.phase_box.setAccessibleName(self.tr("Phase"))
        phase_label_widget = QLabel(self.tr("P&hase"))
        phase_label_widget.setBuddy(self.phase_box)

        self.overdue_check = QCheckBox(self.tr("Only &overdue"))
        self.overdue_check.setObjectName("caseloadOverdue")
        self.overdue_check.setAccessibleName(self.tr("Only cases with overdue steps"))

        self.table = QTableView()
        self.table.setObjectName("caseloadTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSortIndicator(COL_CLIENT, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # sorts by the indicator: the model's own order
        self._size_columns()
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._on_activated)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)

        self.status_label = QLabel()
        self.status_label.setObjectName("caseloadStatus")
        self.status_label.setAccessibleName(self.tr("Number of cases"))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_PAUSE_MS)
        self._count_timer.timeout.connect(self._show_count)
        self._first_page_timer = QTimer(self)
        self._first_page_timer.setSingleShot(True)
        self._first_page_timer.setInterval(0)
        self._first_page_timer.timeout.connect(self._after_first_page)
        self.model.modelReset.connect(self._on_reset)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_filters)
        self.scope_box.currentIndexChanged.connect(self._on_scope_changed)
        self.worker_box.currentIndexChanged.connect(self.apply_filters)
        self.phase_box.currentIndexChanged.connect(self.apply_filters)
        self.overdue_check.toggled.connect(self.apply_filters)

        # The search has a row of its own: longer languages widen the filters' labels,
        # and the search field must keep room to type in.
        search = QHBoxLayout()
        search.addWidget(search_label)
        search.addWidget(self.search_edit, 1)
        filters = QHBoxLayout()
        for widget in (
            self.scope_label,
            self.scope_box,
            self.worker_label,
            self.worker_box,
            phase_label_widget,
            self.phase_box,
            self.overdue_check,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        for first, second in (
            (self.search_edit, self.scope_box),
            (self.scope_box, self.worker_box),
            (self.worker_box, self.phase_box),
            (self.phase_box, self.overdue_check),
            (self.overdue_check, self.table),
        ):
            QWidget.setTabOrder(first, second)
        self._show_supervisor_filters(False)

    # --- loading ------------------------------------------------------------------------
    def load(self, desk: Desk) -> None:
        """Show this worker's caseload; supervisors and admins also get the scope and
        worker filters. Reads the worker list in one short unit of work."""
        self._desk = desk
        boss = may_see_all(desk.actor)
        with self._quiet():
            self.worker_box.clear()
            self.worker_box.addItem(self.tr("Any worker"), None)
            if boss:
                with desk.session() as session:
                    for worker in worker_choices(session):
                        self.worker_box.addItem(worker.name, worker.worker_id)
        self._show_supervisor_filters(boss)
        self.model.set_filters(self._filters_from_widgets())
        self.model.load(desk)

    def refresh(self) -> None:
        """Read the caseload again (after a write), keeping filters and sort."""
        if self._desk is not None:
            self.model.load(self._desk)

    def clear(self) -> None:
        """Drop every row, name and filter text (on lock)."""
        for timer in (self._search_timer, self._count_timer, self._first_page_timer):
            timer.stop()
        self._desk = None
        with self._quiet():
            self.search_edit.clear()
            self.scope_box.setCurrentIndex(0)
            self.worker_box.clear()
            self.phase_box.setCurrentIndex(0)
            self.overdue_check.setChecked(False)
        self._show_supervisor_filters(False)
        self.model.clear()
        self.status_label.clear()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- filters ------------------------------------------------------------------------
    def apply_filters(self) -> None:
        """Apply the search and filters now (Enter, or when the typing pause is over)."""
        self._search_timer.stop()
        if self._desk is not None:
            self.model.set_filters(self._filters_from_widgets())

    def _filters_from_widgets(self) -> CaseloadFilter:
        all_cases = bool(self.scope_box.currentData()) and not self.scope_box.isHidden()
        return CaseloadFilter(
            all_cases=all_cases,
            phase=self.phase_box.currentData(),
            worker_id=self.worker_box.currentData() if all_cases else None,
            overdue_only=self.overdue_check.isChecked(),
            search=self.search_edit.text().strip() or None,
        )

    def _on_scope_changed(self) -> None:
        self.worker_box.setEnabled(bool(self.scope_box.currentData()))
        self.apply_filters()

    def _show_supervisor_filters(self, shown: bool) -> None:
        for widget in (self.scope_label, self.scope_box, self.worker_label, self.worker_box):
            widget.setVisible(shown)
        self.worker_box.setEnabled(shown and bool(self.scope_box.currentData()))

    def _quiet(self) -> _SignalsBlocked:
        return _SignalsBlocked(
            self.search_edit, self.scope_box, self.worker_box, self.phase_box, self.overdue_check
        )

    # --- the table and the count ----------------------------------------------------------
    def _on_reset(self) -> None:
        self.status_label.clear()
        self._first_page_timer.start()  # runs once the first page is in (same turn)

    def _after_first_page(self) -> None:
        """A short caseload is counted by its first page; a long one once typing settles."""
        if self.model.total_is_known():
            self._show_count()
        else:
            self.status_label.setText(self.tr("{0}+ cases").format(self.model.rowCount()))
            self._count_timer.start()

    def _show_count(self) -> None:
        if self._desk is None:
            return
        total = self.model.total()
        if total == 1:
            self.status_label.setText(self.tr("1 case"))
        else:
            self.status_label.setText(self.tr("{0} cases").format(total))

    def _on_activated(self, index: QModelIndex) -> None:
        case_id = index.data(CaseIdRole)
        if case_id:
            self.case_requested.emit(str(case_id))

    def _show_menu(self, position: QPoint) -> None:
        """The menu key (or Shift+F10) opens the case or sorts: no mouse needed."""
        self.table_menu().exec(self.table.viewport().mapToGlobal(position))

    def table_menu(self) -> QMenu:
        menu = QMenu(self)
        current = self.table.currentIndex()
        open_action = menu.addAction(self.tr("&Open case"))
        open_action.setEnabled(current.isValid())
        open_action.triggered.connect(lambda: self._on_activated(self.table.currentIndex()))
        sort_menu = menu.addMenu(self.tr("&Sort by"))
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = sort_menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(header.sortIndicatorSection() == column)
            action.triggered.connect(lambda _=False, c=column: self.sort_by(c))
        return menu

    def sort_by(self, column: int) -> None:
        """Sort by this column; choosing the column already sorted by turns the order."""
        header = self.table.horizontalHeader()
        ascending = Qt.SortOrder.AscendingOrder
        turn = header.sortIndicatorSection() == column and header.sortIndicatorOrder() == ascending
        self.table.sortByColumn(column, Qt.SortOrder.DescendingOrder if turn else ascending)

    def _size_columns(self) -> None:
        """Widths from the fonts in use: dates and headers whole, names mostly whole."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        text = self.table.fontMetrics()
        bold = QFont(header.font())
        bold.setBold(True)
        titles = QFontMetrics(bold)
        pad = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 24  # + arrow
        dates = max(text.horizontalAdvance(date_text(date(2026, m, 28))) for m in range(1, 13))
        samples = {
            COL_CLIENT: text.horizontalAdvance("M") * 11,
            COL_PHASE: max(text.horizontalAdvance(phase_label(p)) for p in phase_choices()),
            COL_NEXT_DUE: dates,
            COL_OVERDUE: text.horizontalAdvance("⚠ 99"),
            COL_LAST_CONTACT: dates,
            COL_WORKER: text.horizontalAdvance("M") * WORKER_EMS,
        }
        for column, sample in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(sample + 16, titles.horizontalAdvance(title) + pad))

    def _fit_next_step(self) -> None:
        """The next step gets the room left; the worker column takes any remainder."""
        header = self.table.horizontalHeader()
        fixed = (COL_NEXT_STEP, COL_WORKER)
        others = sum(header.sectionSize(c) for c in range(COLUMNS) if c not in fixed)
        worker = self.table.fontMetrics().horizontalAdvance("M") * WORKER_EMS + 16
        room = self.table.viewport().width() - others - worker
        header.resizeSection(COL_NEXT_STEP, max(room, header.minimumSectionSize() * 4))

    def _show_failure(self, message: str) -> None:
        Messages.show(self, Kind.WARNING, self.tr("Caseload"), message)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down (or Page Down) in the search box moves into the table; the table's
        width is shared out again when it changes."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_next_step()
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else None
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount() > 0:
                self.apply_filters()
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)


class _SignalsBlocked:
    """Set several widgets without each one firing a query."""

    def __init__(self, *widgets: QObject) -> None:
        self._widgets = widgets

    def __enter__(self) -> None:
        for widget in self._widgets:
            widget.blockSignals(True)

    def __exit__(self, *_exc: object) -> None:
        for widget in self._widgets:
            widget.blockSignals(False)
