"""The outcome report as a PDF: the plans' look, a chart and a table per figure.

`render_outcomes(figures, language)` lays out, in memory: the agency's name, the title,
the period and filters in a panel, a line saying the report names no client; then for
each figure a heading, its definition, a bar chart (ReportLab graphics, the same
categories and colours as the dashboard: `outcome_charts`) and its table. Pages carry
"Page X of Y". The PDF's metadata says only "Outcome report".

Charts draw every word through the document font and note it with the `Ink`, so a
character the font lacks is reported as in the plans.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import BarChart, HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Table

from shelterplan.core.outcomes import OutcomeFigures
from shelterplan.reports.blocks import (
    Block,
    Sheet,
    gap,
    height_of,
    muted_note,
    panel,
    with_heading,
)
from shelterplan.reports.fonts import Face, register_fonts
from shelterplan.reports.look import (
    ACCENT_LIGHT,
    BODY_NORMAL,
    INK,
    MUTED,
    RULE,
    SHADE,
    Ink,
    Metadata,
    Run,
    build_pdf,
    frame_height,
    frame_width,
    page_size,
    plain_page,
    styles,
)
from shelterplan.reports.model import PaperSize, RenderedPdf
from shelterplan.reports.outcome_charts import Categories, ChartData, chart_data, series_label
from shelterplan.reports.outcome_tables import (
    FigureTable,
    bucket_label,
    filter_lines,
    outcome_tables,
)
from shelterplan.reports.terms import Terms

LABEL_SIZE = 7.5
NAME_ROOM = 0.3  # at most this share of the chart's width for bar names
ELLIPSIS = "…"


def _fit(text: str, width: float, size: float) -> str:
    """Shorten a bar name to `width` points, ending with an ellipsis."""
    if stringWidth(text, Face.REGULAR.value, size) <= width:
        return text
    while text and stringWidth(text + ELLIPSIS, Face.REGULAR.value, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def _categories(chart: ChartData, figures: OutcomeFigures, terms: Terms) -> list[str]:
    if chart.category_kind == Categories.BUCKETS:
        granularity = figures.filters.granularity
        return [bucket_label(b, granularity, terms) for b in figures.buckets]
    return [name or "" for name in chart.categories]


def _style_axes(bars: BarChart) -> None:
    for axis in (bars.categoryAxis, bars.valueAxis):
        axis.labels.fontName = Face.REGULAR.value
        axis.labels.fontSize = LABEL_SIZE
        axis.labels.fillColor = INK
        axis.strokeColor = RULE
        axis.strokeWidth = 0.6
    bars.valueAxis.valueMin = 0
    bars.valueAxis.visibleGrid = True
    bars.valueAxis.gridStrokeColor = HexColor("#e3e9ea")
    bars.valueAxis.gridStrokeWidth = 0.5
    bars.valueAxis.labelTextFormat = _axis_number
    bars.valueAxis.forceZero = 1
    bars.categoryAxis.visibleTicks = False
    bars.strokeColor = None


def _axis_number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def draw_chart(
    chart: ChartData, figures: OutcomeFigures, terms: Terms, ink: Ink, width: float
) -> Drawing:
    """A bar chart of one figure, `width` points wide, with a legend under it if needed."""
    register_fonts()
    names = _categories(chart, figures, terms)
    legend_rows = 0
    labels = [series_label(chart.key, s.key, terms) for s in chart.series]
    if chart.legend:
        per_row = 3 if width > 300 else 2
        legend_rows = (len(labels) + per_row - 1) // per_row
    legend_height = legend_rows * (LABEL_SIZE + 6) + (8 if legend_rows else 0)
    data = [[value if value is not None else 0 for value in s.values] for s in chart.series]
    bars: BarChart
    if chart.horizontal:
        room = min(
            width * NAME_ROOM,
            max((_text_width(n) for n in names), default=0) + 8,
        )
        names = [_fit(n, room - 6, LABEL_SIZE) for n in names]
        height = max(70.0, 15.0 * len(names) + 30) + legend_height
        bars = HorizontalBarChart()
        bars.x, bars.y = room, 18 + legend_height
        bars.width, bars.height = width - room - 12, height - bars.y - 6
        # ReportLab draws the first category at the bottom: the biggest goes on top.
        names = names[::-1]
        data = [row[::-1] for row in data]
        bars.categoryAxis.labels.boxAnchor = "e"
        bars.categoryAxis.labels.dx = -4
    else:
        height = 170.0 + legend_height
        bars = VerticalBarChart()
        bars.x, bars.y = 34, 30 + legend_height
        bars.width, bars.height = width - 44, height - bars.y - 8
        bars.categoryAxis.labels.boxAnchor = "n"
        bars.categoryAxis.labels.dy = -3
        if len(names) > 8:
            bars.categoryAxis.labels.angle = 35
            bars.categoryAxis.labels.boxAnchor = "ne"
            bars.y += 10
            bars.height -= 10
    bars.data = data
    bars.categoryAxis.categoryNames = names
    if chart.stacked:
        bars.categoryAxis.style = "stacked"
    bars.barSpacing = 0.5
    bars.groupSpacing = 6 if chart.horizontal else 8
    for index, series in enumerate(chart.series):
        bars.bars[index].fillColor = HexColor(series.colour)
        bars.bars[index].strokeColor = None
    _style_axes(bars)
    drawing = Drawing(width, height)
    drawing.add(bars)
    for name in names:
        ink.note(name)
    if chart.legend:
        legend = Legend()
        legend.fontName = Face.REGULAR.value
        legend.fontSize = LABEL_SIZE
        legend.fillColor = INK
        legend.strokeColor = None
        legend.alignment = "right"
        legend.colorNamePairs = [
            (HexColor(s.colour), label) for s, label in zip(chart.series, labels, strict=True)
        ]
        legend.columnMaximum = 1 if len(labels) <= 3 else 2
        legend.deltax = (width - 20) / 3
        legend.dxTextSpace = 4
        legend.dx = legend.dy = 7
        legend.deltay = LABEL_SIZE + 6
        legend.boxAnchor = "nw"
        legend.x, legend.y = bars.x if not chart.horizontal else 4, legend_height - 2
        legend.columnMaximum = legend_rows
        drawing.add(legend)
        for label in labels:
            ink.note(label)
    if chart.cut:
        note = f"+{chart.cut}"
        drawing.add(String(width - 4, 4, note, fontName=Face.REGULAR.value, fontSize=LABEL_SIZE,
                           fillColor=MUTED, textAnchor="end"))  # fmt: skip
    return drawing


def _text_width(text: str) -> float:
    return float(stringWidth(text, Face.REGULAR.value, LABEL_SIZE))


def _table(sh: Sheet, table: FigureTable) -> Block:
    """The figure's table, as the plans draw theirs: a shaded header, thin rules between
    rows; names left, numbers (and their headings) right, the total row in bold. The
    header repeats when the table runs onto the next page."""
    st = sh.st
    right = _right_aligned(sh.st.cell)
    right_head = _right_aligned(sh.st.cell_head)
    widths = _widths(sh, table)
    data: list[list[Flowable]] = [
        [sh.ink.para(st.cell_head, table.header[0])]
        + [sh.ink.para(right_head, label) for label in table.header[1:]]
    ]
    last = len(table.rows) - 1
    for index, row in enumerate(table.rows):
        bold = table.total_row and index == last
        data.append(
            [sh.ink.para(st.cell, Run(row[0], bold=bold))]
            + [sh.ink.para(right, Run(value or " ", bold=bold)) for value in row[1:]]
        )
    pad = st.body_size * 0.42
    side = _side_padding(sh, table)
    style: list[tuple[object, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), side),
        ("RIGHTPADDING", (0, 0), (-1, -1), side),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 0.9),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT_LIGHT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
    ]
    if table.total_row:
        style.append(("LINEABOVE", (0, -1), (-1, -1), 0.9, MUTED))
    grid = Table(data, colWidths=widths, style=style, repeatRows=1, hAlign="LEFT")
    lead = height_of(Table(data[:2], colWidths=widths, style=style[:8]), sh.width)
    return Block([grid], lead)


def _side_padding(sh: Sheet, table: FigureTable) -> float:
    """Tighter cells when a table has many columns (twelve months and a total)."""
    return sh.st.body_size * (0.25 if len(table.header) > 9 else 0.42)


def _widths(sh: Sheet, table: FigureTable) -> list[float]:
    """Number columns as wide as their longest word or number; the names get the rest."""
    st = sh.st
    pad = 2 * _side_padding(sh, table) + 2

    def widest(texts: list[str], face: Face, size: float) -> float:
        words = [word for text in texts for word in text.split()]
        return max((float(stringWidth(w, face.value, size)) for w in words), default=0.0)

    numbers = []
    for column in range(1, len(table.header)):
        head = widest([table.header[column]], Face.BOLD, st.cell_head.fontSize)
        values = widest([row[column] for row in table.rows], Face.BOLD, st.cell.fontSize)
        numbers.append(max(head, values, 14.0) + pad)
    room = sh.width * 0.8
    if sum(numbers) > room:
        numbers = [width * room / sum(numbers) for width in numbers]
    elif len(numbers) > 1:  # spread them a little: columns of numbers read better apart
        extra = min(sh.width * 0.5 - sum(numbers), sum(numbers) * 0.6)
        numbers = [width + max(0.0, extra) / len(numbers) for width in numbers]
    return [sh.width - sum(numbers), *numbers]


def _right_aligned(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-right", parent=style, alignment=TA_RIGHT)


def _figure(
    sh: Sheet,
    table: FigureTable,
    chart: ChartData,
    figures: OutcomeFigures,
) -> list[Flowable]:
    """Heading, definition, chart and table of one figure: on one page when they fit,
    else with the heading, chart and first rows together."""
    note = muted_note(sh, table.note)
    if not table.rows or chart.empty:
        nothing = sh.ink.para(sh.st.body, sh.terms.text("outcomes.nothing"))
        if not table.rows:
            return with_heading(sh, table.title, Block([note, nothing], height_of(note, sh.width)))
        start: list[Flowable] = [note, nothing]
    else:
        drawing = draw_chart(chart, figures, sh.terms, sh.ink, sh.width)
        start = [note, drawing, gap(sh, 0.5)]
    lead = sum(height_of(f, sh.width) for f in start)
    rows = _table(sh, table)
    whole = lead + sum(height_of(f, sh.width) for f in rows.flowables)
    if whole < sh.height * 0.85:  # it fits on a page: never leave a row or two behind
        return with_heading(sh, table.title, Block([KeepTogether(start + rows.flowables)], whole))
    return with_heading(sh, table.title, Block([KeepTogether(start)], lead + rows.lead), rows)


def render_outcomes(
    figures: OutcomeFigures,
    language: str = "en",
    paper: PaperSize = PaperSize.LETTER,
    agency_name: str = "",
) -> RenderedPdf:
    """The outcome report as PDF bytes, in memory."""
    terms = Terms(language)
    st = styles(BODY_NORMAL)
    page = plain_page(page_size(paper), st)
    ink = Ink()
    sh = Sheet(terms, st, ink, frame_width(page), frame_height(page))
    story: list[Flowable] = []
    if agency_name:
        story += sh.cell(agency_name, style="agency")
    lines = filter_lines(figures, terms)
    story += sh.cell(terms.text("outcomes.title"), style="title")
    story += sh.cell(lines[0][1], style="subtitle")
    story.append(panel(sh, terms.text("outcomes.as_of", date=terms.date(figures.today)), lines[1:]))
    story.append(gap(sh, 0.6))
    story.append(muted_note(sh, terms.text("outcomes.aggregate_note")))
    charts = {chart.key: chart for chart in chart_data(figures)}
    for table in outcome_tables(figures, terms):
        story += _figure(sh, table, charts[table.key], figures)

    title = terms.text("outcomes.title")

    def footer(page_number: int, pages: int) -> str:
        return " · ".join([title, terms.text("footer.page", page=page_number, pages=pages)])

    ink.note(footer(0, 0))
    data, pages = build_pdf(story, page, Metadata(title=title, lang=terms.pdf_lang), footer)
    return RenderedPdf(data=data, pages=pages, missing_characters=ink.missing())
