"""Qt Charts for the outcome figures, built from `reports.outcome_charts.ChartData`.

The same categories, series and colours as the printed report. Bars only (horizontal for
people and services, whose names need room; vertical for months and quarters), stacked
where the parts add up, a legend where there is more than one series, no animation. The
table beside every chart says the same in words and numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from shelterplan.reports.outcome_charts import ChartData

MAX_NAME = 28  # characters of a bar's name before it is cut with "…"


def short_name(name: str) -> str:
    """A worker's or service's name, cut to fit beside a bar."""
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1].rstrip() + "…"


def _series(chart: ChartData) -> QAbstractBarSeries:
    if chart.horizontal:
        return QHorizontalStackedBarSeries() if chart.stacked else QHorizontalBarSeries()
    return QStackedBarSeries() if chart.stacked else QBarSeries()


def _top(chart: ChartData) -> float:
    if not chart.series:
        return 0.0
    columns = list(zip(*(s.values for s in chart.series), strict=True))
    if chart.stacked:
        return max((sum(v or 0 for v in column) for column in columns), default=0.0)
    return max((v or 0 for column in columns for v in column), default=0.0)


def build_chart(chart: ChartData, categories: Sequence[str], labels: Sequence[str]) -> QChart:
    """A chart of `chart`'s series over `categories`: the screen's words, as rich text
    (escape names; a month may be "Dec<br>2025")."""
    qchart = QChart()
    qchart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    qchart.setBackgroundRoundness(0)
    qchart.setMargins(QMargins(2, 2, 2, 2))
    names = list(categories)
    values = [list(s.values) for s in chart.series]
    if chart.horizontal:  # Qt draws the first category at the bottom: biggest on top
        names = names[::-1]
        values = [v[::-1] for v in values]
    series = _series(chart)
    for index, (data, label) in enumerate(zip(chart.series, labels, strict=True)):
        bar_set = QBarSet(label)
        bar_set.append([float(v or 0) for v in values[index]])
        bar_set.setColor(QColor(data.colour))
        bar_set.setBorderColor(QColor(data.colour))
        series.append(bar_set)
    series.setBarWidth(min(0.7, 0.2 * len(names)) if chart.horizontal else 0.7)
    qchart.addSeries(series)
    category_axis = QBarCategoryAxis()
    category_axis.append(names)
    category_axis.setGridLineVisible(False)
    value_axis = QValueAxis()
    value_axis.setRange(0, max(1.0, _top(chart)))
    value_axis.applyNiceNumbers()
    value_axis.setLabelFormat("%d")
    value_axis.setGridLineColor(QColor("#e3e9ea"))
    small = QFont()
    small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
    for axis in (category_axis, value_axis):
        axis.setLabelsFont(small)
        axis.setLinePenColor(QColor("#c5d2d4"))
    category_side = Qt.AlignmentFlag.AlignLeft if chart.horizontal else Qt.AlignmentFlag.AlignBottom
    value_side = Qt.AlignmentFlag.AlignBottom if chart.horizontal else Qt.AlignmentFlag.AlignLeft
    qchart.addAxis(category_axis, category_side)
    qchart.addAxis(value_axis, value_side)
    series.attachAxis(category_axis)
    series.attachAxis(value_axis)
    legend = qchart.legend()
    legend.setVisible(chart.legend)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setFont(small)
    return qchart


RENDER_HINT = QPainter.RenderHint.Antialiasing
