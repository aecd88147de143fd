"""The outcome dashboard (supervisors and administrators): what the agency's work achieved.

Filters along the top — the period (from, to), months or quarters, a program, a lead
worker — and six figures below, each with a Chart tab and a Table tab
(`FigurePanel`): active cases and overdue steps per worker, goals achieved by domain,
days from intake to housing, referral outcomes by service, reviews held on time
(definitions: `core/outcomes.py`). Buttons save the report as PDF or CSV, or the
de-identified export for funders; each file is unencrypted and said so first.

Aggregate figures only, so administrators (who see no case content) may open it too;
the core refuses anyone else whatever this screen shows. The figures are read in one
short session per refresh; locking the app clears and closes the window
(`close_for_lock`).
"""

from __future__ import annotations

import html
import time
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shelterplan.core.agency import agency_details
from shelterplan.core.outcomes import (
    OutcomeFigures,
    OutcomeFilter,
    filter_choices,
    may_see_outcomes,
    outcome_figures,
)
from shelterplan.core.periods import Granularity, default_granularity, last_twelve_months
from shelterplan.errors import ShelterplanError
from shelterplan.reports.outcome_charts import Categories, chart_data, series_label
from shelterplan.reports.outcome_tables import FIGURES, bucket_label, outcome_tables
from shelterplan.ui.accessibility import room_for_shortcuts
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.reports import exports
from shelterplan.ui.reports.charts import short_name
from shelterplan.ui.reports.figure_panel import FigurePanel
from shelterplan.ui.reports.screen_terms import ScreenTerms
from shelterplan.ui.vocab_labels import DATE_FORMAT

REFRESH_PAUSE_MS = 250  # filters changed in a row make one refresh


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class OutcomesDialog(QDialog):
    refreshed = Signal(float)  # milliseconds the last refresh took

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcomesDialog")
        self.setWindowTitle(self.tr("Outcomes"))
        self.setAccessibleName(self.tr("Outcome reports"))
        self.resize(1180, 860)
        self.desk: Desk | None = desk
        self.figures: OutcomeFigures | None = None
        self.terms = ScreenTerms(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_PAUSE_MS)
        self._timer.timeout.connect(self.refresh)

        self._build_filters()
        self.panels = {key: FigurePanel(key) for key in FIGURES}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for index, key in enumerate(FIGURES):
            grid.addWidget(self.panels[key], index // 2, index % 2)
        scroll = QScrollArea()
        scroll.setObjectName("outcomesScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the figures in it
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)

        self.summary = QLabel()
        self.summary.setObjectName("outcomesSummary")
        self.pdf_button = QPushButton(self.tr("Save &PDF report…"))
        self.pdf_button.setObjectName("outcomesPdf")
        self.pdf_button.setAccessibleName(self.tr("Save the report as a PDF file (not encrypted)"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        self.csv_button.setObjectName("outcomesCsv")
        self.csv_button.setAccessibleName(self.tr("Save every table as a CSV file (not encrypted)"))
        self.csv_button.clicked.connect(self.save_csv)
        self.funder_button = QPushButton(self.tr("&Export for funders…"))
        self.funder_button.setObjectName("outcomesFunder")
        self.funder_button.setAccessibleName(
            self.tr("Save the de-identified export for funders: no names, small counts hidden")
        )
        self.funder_button.clicked.connect(self.save_funder_export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.pdf_button, self.csv_button, self.funder_button, close):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(self.filter_row)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        room_for_shortcuts(self)  # "&To" would show as "Tc"
        self._load_choices()

    # --- filters ----------------------------------------------------------------------
    def _build_filters(self) -> None:
        today = self._today()
        start, end = last_twelve_months(today)
        self.from_edit = self._date_edit("outcomesFrom", self.tr("Period starts on"), start)
        self.to_edit = self._date_edit("outcomesTo", self.tr("Period ends on"), end)
        self.by_box = QComboBox()
        self.by_box.setObjectName("outcomesBy")
        self.by_box.setAccessibleName(self.tr("Group by month or quarter"))
        self.by_box.addItem(self.tr("Month"), Granularity.MONTH.value)
        self.by_box.addItem(self.tr("Quarter"), Granularity.QUARTER.value)
        self.by_box.setCurrentIndex(
            0 if default_granularity(start, end) == Granularity.MONTH else 1
        )
        self.program_box = QComboBox()
        self.program_box.setObjectName("outcomesProgram")
        self.program_box.setAccessibleName(self.tr("Program"))
        self.worker_box = QComboBox()
        self.worker_box.setObjectName("outcomesWorker")
        self.worker_box.setAccessibleName(self.tr("Lead worker"))
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("&From"), self.from_edit),
            (self.tr("&To"), self.to_edit),
            (self.tr("&By"), self.by_box),
            (self.tr("Pro&gram"), self.program_box),
            (self.tr("&Worker"), self.worker_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            caption.setMinimumWidth(caption.sizeHint().width())
            row.addWidget(caption)
            row.addWidget(widget)
            row.addSpacing(10)
        row.addStretch(1)
        self.filter_row = row
        for edit in (self.from_edit, self.to_edit):
            edit.dateChanged.connect(self._soon)
        for box in (self.by_box, self.program_box, self.worker_box):
            box.currentIndexChanged.connect(self._soon)

    def _date_edit(self, name: str, accessible: str, day: date) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        return edit

    def _today(self) -> date:
        return self.desk.today() if self.desk is not None else date.today()

    def _load_choices(self) -> None:
        if self.desk is None:
            return
        with self.desk.session() as session:
            choices = filter_choices(session, self.desk.actor)
        for box, everyone, items in (
            (self.program_box, self.tr("All programs"), [(p, p) for p in choices.programs]),
            (self.worker_box, self.tr("All workers"), [(n, w) for w, n in choices.workers]),
        ):
            box.blockSignals(True)
            box.clear()
            box.addItem(everyone, None)
            for text, value in items:
                box.addItem(text, value)
            box.blockSignals(False)

    def current_filter(self) -> OutcomeFilter:
        return OutcomeFilter(
            start=_pydate(self.from_edit.date()),
            end=_pydate(self.to_edit.date()),
            program=self.program_box.currentData(),
            worker_id=self.worker_box.currentData(),
            granularity=Granularity(self.by_box.currentData()),
        )

    def _soon(self) -> None:
        self._timer.start()

    # --- figures ----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the figures for the filters and draw every chart and table."""
        self._timer.stop()
        if self.desk is None:
            return
        started = time.perf_counter()
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            with self.desk.session() as session:
                figures = outcome_figures(
                    session, self.desk.actor, self.current_filter(), self._today()
                )
        except ShelterplanError as error:
            self.summary.setText(error_text(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_figures(figures)
        elapsed = (time.perf_counter() - started) * 1000
        self.refreshed.emit(elapsed)

    def show_figures(self, figures: OutcomeFigures) -> None:
        self.figures = figures
        t = self.terms
        tables = {table.key: table for table in outcome_tables(figures, t)}
        granularity = figures.filters.granularity
        # Chart labels are rich text: names escaped, months on two lines ("Dec<br>2025").
        months = [
            html.escape(bucket_label(b, granularity, t)).replace(" ", "<br>", 1)
            for b in figures.buckets
        ]
        for chart in chart_data(figures):
            if chart.category_kind == Categories.BUCKETS:
                categories = months
            else:
                categories = [html.escape(short_name(name or "")) for name in chart.categories]
            labels = [series_label(chart.key, s.key, t) for s in chart.series]
            self.panels[chart.key].show_figure(
                tables[chart.key], chart, categories, labels, t.text("outcomes.nothing")
            )
        self.summary.setText(
            self.tr("Figures as of {0} · {1} cases in the period").format(
                t.date(figures.today), figures.active_cases_total
            )
        )

    # --- files ------------------------------------------------------------------------
    def save_pdf(self) -> None:
        if self.figures is None or self.desk is None:
            return
        with self.desk.session() as session:
            agency = agency_details(session).name
        exports.save_report_pdf(self, self.figures, self.terms.language, agency)

    def save_csv(self) -> None:
        if self.figures is not None:
            exports.save_report_csv(self, self.figures, self.terms.language)

    def save_funder_export(self) -> None:
        if self.figures is None or self.desk is None:
            return
        f = self.figures.filters
        saved = exports.save_funder_export(self, self.desk, f.start, f.end, self._today())
        if saved is not None:
            Messages.show(
                self,
                Kind.INFO,
                self.tr("Export for funders"),
                self.tr(
                    "Saved {0}. It holds aggregate figures for the whole agency over the "
                    "period, with counts under 5 hidden; the export is recorded in the "
                    "audit trail."
                ).format(saved.name),
            )

    # --- life cycle ---------------------------------------------------------------------
    @classmethod
    def show_for(cls, desk: Desk, parent: QWidget) -> OutcomesDialog | None:
        """Open (or bring forward) the dashboard; None when this worker may not see it."""
        if not may_see_outcomes(desk.actor):
            return None
        for existing in parent.findChildren(OutcomesDialog):
            if existing.isVisible():
                existing.raise_()
                existing.activateWindow()
                return existing
        try:
            dialog = cls(desk, parent)
        except ShelterplanError as error:
            Messages.show(parent, Kind.WARNING, cls.tr_static("Outcomes"), error_text(error))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.refresh()
        return dialog

    @staticmethod
    def tr_static(text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("OutcomesDialog", text)

    def close_for_lock(self) -> None:
        """The app locked: drop the figures and the store, and close."""
        self._timer.stop()
        self.figures = None
        self.desk = None
        for panel in self.panels.values():
            panel.clear()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        super().closeEvent(event)
