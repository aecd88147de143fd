"""One figure of the dashboard: its title, what it counts, and a Chart / Table tab pair.

The chart and the table always show the same figure, so colour is never the only way to
read it: the table has every number, in words a screen reader can speak.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shelterplan.reports.outcome_charts import Categories, ChartData
from shelterplan.reports.outcome_tables import FigureTable
from shelterplan.ui.models.figure_table_model import FigureTableModel
from shelterplan.ui.reports.charts import RENDER_HINT, build_chart

CHART_HEIGHT = 300


class FigurePanel(QGroupBox):
    CHART, TABLE = range(2)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"figure_{key}")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName(f"figureNote_{key}")
        self.note.setStyleSheet("color: palette(placeholder-text);")

        self.chart_view = QChartView()
        self.chart_view.setObjectName(f"chart_{key}")
        self.chart_view.setRenderHint(RENDER_HINT)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart_view.setAccessibleName(self.tr("Chart"))  # the figure's title, once shown
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName(f"chartEmpty_{key}")
        self.chart_stack = QStackedWidget()
        self.chart_stack.addWidget(self.chart_view)
        self.chart_stack.addWidget(self.empty)

        self.model = FigureTableModel(self)
        self.table = QTableView()
        self.table.setObjectName(f"table_{key}")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setAccessibleName(self.tr("Table"))  # the figure's title, once shown
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.tabs = QTabWidget()
        self.tabs.setObjectName(f"figureTabs_{key}")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.chart_stack, self.tr("&Chart"))
        self.tabs.addTab(self.table, self.tr("T&able"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.tabs, 1)

    def show_figure(
        self,
        table: FigureTable,
        chart: ChartData,
        categories: Sequence[str],
        series_labels: Sequence[str],
        nothing: str,
    ) -> None:
        """Show a figure: the chart (or `nothing` when there is nothing to draw) and table."""
        self.setTitle(table.title)
        self.note.setText(table.note)
        self.chart_view.setAccessibleName(self.tr("{0}: chart").format(table.title))
        self.chart_view.setAccessibleDescription(self.tr("The same figures are in the Table tab."))
        self.table.setAccessibleName(self.tr("{0}: table").format(table.title))
        self.model.set_table(table)
        if self.model.columnCount():  # names take the room left; numbers their own width
            self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        previous = self.chart_view.chart()
        height = CHART_HEIGHT
        if chart.empty:
            self.empty.setText(nothing)
            self.chart_stack.setCurrentWidget(self.empty)
        else:
            bars = len(categories) if chart.horizontal else 0
            legend = 40 if chart.legend else 0
            height = max(CHART_HEIGHT, 22 * bars + 70 + legend)
            self.chart_view.setChart(build_chart(chart, categories, series_labels))
            self.chart_stack.setCurrentWidget(self.chart_view)
            if previous is not None:
                previous.deleteLater()
        # The chart decides the height; a longer table scrolls inside it.
        self.tabs.setFixedHeight(height + self.tabs.tabBar().sizeHint().height() + 8)

    def clear(self) -> None:
        self.model.clear()
        previous = self.chart_view.chart()
        self.chart_view.setChart(build_chart(_EMPTY, [], []))
        if previous is not None:
            previous.deleteLater()


_EMPTY = ChartData("", (), Categories.NAMES, (), horizontal=False, stacked=False)
