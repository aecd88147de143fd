"""Building blocks shared by the documents: headings, tables, labelled facts, panels.

Tables take wrapped paragraphs in every cell, so no text runs past a column, and in
large print turn into one small card per row (label beside value), which stays readable
at 16 points where six columns would not.

Page breaks: a heading or a goal is never left alone at the foot of a page. Each block
knows the height of its start (its `lead`: e.g. a goal's header, the table header and
the first row), a conditional page break before it asks for that much room, and the
table itself may only split after its lead. No `KeepTogether` of whole tables, which
would push a long table to the next page and leave half a page blank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table

from shelterplan.reports.flowtable import GROUP_CUT, FlowTable
from shelterplan.reports.look import (
    ACCENT,
    ACCENT_LIGHT,
    MUTED,
    PANEL,
    RULE,
    SHADE,
    Ink,
    Run,
    Styles,
)
from shelterplan.reports.terms import Terms

Cell = list[Flowable]
Command = tuple[Any, ...]
_UNBOUNDED = 1e9


@dataclass(frozen=True)
class Sheet:
    """What every block of one document needs: its words, its type, its ink, its width."""

    terms: Terms
    st: Styles
    ink: Ink
    width: float
    height: float  # of the page's text frame

    def cell(self, *parts: str | Run | None, style: str = "cell") -> list[Paragraph]:
        """A paragraph from the non-empty parts, as a one-item cell (empty parts → [])."""
        runs = [part for part in parts if part]
        if not runs:
            return []
        return [self.ink.para(getattr(self.st, style), *runs)]

    def lines(self, *lines: str | Run | None, style: str = "cell") -> list[Paragraph]:
        """A cell of lines, one paragraph each (empty lines dropped).

        (One paragraph per line draws faster than one paragraph of mixed lines.)
        """
        st = getattr(self.st, style)
        runs = [Run(line) if isinstance(line, str) else line for line in lines if line]
        return [self.ink.para(st, run) for run in runs if run.text]

    def muted(self, text: str | None) -> Run | None:
        """A secondary line in a cell: smaller and grey."""
        return Run(text, color=MUTED, scale=0.91) if text else None

    def facts(self, pairs: Sequence[tuple[str, str | None]], style: str = "small") -> Cell:
        """ "Label: value · Label: value" for the pairs that have a value."""
        runs: list[str | Run] = []
        for key, value in pairs:
            if not value:
                continue
            if runs:
                runs.append(Run("   ·   ", color=ACCENT_LIGHT))
            runs += [Run(self.terms.labelled(key), bold=True), " " + value]
        return self.cell(*runs, style=style)


@dataclass
class Block:
    """Flowables, and the height of their start that must share a page."""

    flowables: list[Flowable] = field(default_factory=list)
    lead: float = 0.0


def height_of(flowable: Flowable, width: float) -> float:
    """The height a flowable takes at this width, spacing included (a trial layout)."""
    _, height = flowable.wrap(width, _UNBOUNDED)
    return height + flowable.getSpaceBefore() + flowable.getSpaceAfter()


def room_for(height: float) -> CondPageBreak:
    return CondPageBreak(height)


def section_heading(sh: Sheet, text: str) -> Table:
    """A section title with a thin rule under it."""
    st = sh.st
    return Table(
        [[sh.ink.para(st.section, text)]],
        colWidths=[sh.width],
        style=[
            ("LINEBELOW", (0, 0), (-1, -1), 0.9, ACCENT_LIGHT),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), st.body_size * 0.35),
        ],
        hAlign="LEFT",
        spaceBefore=st.section.spaceBefore,
        spaceAfter=st.section.spaceAfter,
    )


def with_heading(sh: Sheet, text: str, *blocks: Block) -> list[Flowable]:
    """A section: its heading, kept on a page with the start of what follows."""
    heading = section_heading(sh, text)
    first = next((block for block in blocks if block.flowables), Block())
    story: list[Flowable] = [room_for(height_of(heading, sh.width) + first.lead), heading]
    for block in blocks:
        story += block.flowables
    return story


def _padding(st: Styles) -> list[Command]:
    pad = st.body_size * 0.42
    return [
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.8),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad * 1.1),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]


def _lead_height(
    data: list[list[Any]],
    widths: list[float],
    heights: list[float | None],
    style: list[Command],
    rows: int,
) -> float:
    """The height of the first `rows` rows, laid out on their own."""
    rows = min(rows, len(data))
    if rows <= 0:
        return 0.0

    def inside(command: Command) -> bool:
        return all(row < rows for _, row in command[1:3])  # negative rows count from the end

    probe = Table(
        data[:rows],
        colWidths=widths,
        rowHeights=heights[:rows],
        style=[command for command in style if inside(command)],
    )
    return height_of(probe, sum(widths))


@dataclass(frozen=True)
class LeadIn:
    """A row across the whole table before its rows (a goal's header), and its style.

    `style` commands address the lead-in as row 0 and column 0 (it spans them all).
    """

    cell: Cell
    style: list[Command] = field(default_factory=list)
    empty: Cell = field(default_factory=list)  # shown instead of a table with no rows


Note = tuple[str, str]  # a full-width line under a row: (label, text)


def data_table(
    sh: Sheet,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[Cell]],
    width: float,
    lead_in: LeadIn | None = None,
    notes: Sequence[Sequence[Note]] = (),
    shown: Sequence[bool] | None = None,
) -> Block:
    """Rows of cells under a shaded header; columns nobody filled in are left out.

    `shown` overrides which columns print (several tables that should line up).

    `columns` are (label, share of the width); the first column is always kept. `notes`
    (per row, optional) are labelled lines printed across the whole width under their
    row: long text reads better there than squeezed into a column. In large print each
    row becomes a card: the first cell as its shaded title, then one line per filled
    cell and per note (before the last column), with its label. A page breaks between
    rows, never inside one that would fit on the next page (see `FlowTable`).
    """
    st = sh.st
    if shown is None:
        shown = [i == 0 or any(row[i] for row in rows) for i in range(len(columns))]
    keep = [i for i, show in enumerate(shown) if show]
    columns = [columns[i] for i in keep]
    rows = [[row[i] for i in keep] for row in rows]
    notes = list(notes) + [()] * (len(rows) - len(notes))
    if st.large:
        widths = [width * 0.3, width * 0.7]
    else:
        total = sum(share for _, share in columns)
        widths = [width * share / total for _, share in columns]
    blank = [""] * (len(widths) - 1)
    data: list[list[Any]] = []
    heights: list[float | None] = []
    style: list[Command] = _padding(st)
    if lead_in is not None:
        data += [[lead_in.cell, *blank], ["", *blank]]
        heights += [None, st.gap * 0.45]
        style += [
            ("SPAN", (0, 0), (-1, 0)),
            *lead_in.style,
            ("TOPPADDING", (0, 1), (-1, 1), 0),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
        ]
        if not rows and lead_in.empty:
            data.append([lead_in.empty, *blank])
            heights.append(None)
            style.append(("SPAN", (0, 2), (-1, 2)))
    offset = len(data)
    options: dict[str, Any] = {}
    groups: tuple[int, ...] = ()
    if not rows:
        pass  # only the lead-in, and what it says when there are no rows
    elif st.large:
        groups = _cards(sh, columns, rows, notes, data, heights, style)
    else:
        options["repeatRows"] = (offset,) if offset else 1
        data.append([sh.ink.para(st.cell_head, label) for label, _ in columns])
        heights.append(None)
        style += [
            ("BACKGROUND", (0, offset), (-1, offset), SHADE),
            ("LINEBELOW", (0, offset), (-1, offset), 0.8, ACCENT_LIGHT),
        ]
        groups = _grid_rows(sh, rows, notes, data, heights, style, blank)
    if not data:
        return Block()
    table = FlowTable(
        data,
        colWidths=widths,
        rowHeights=heights,
        style=style,
        splitInRow=st.gap * 2,
        hAlign="LEFT",
        **options,
    )
    table.grouped, table.groups = bool(rows), groups
    # The start that must share a page with what comes before: the whole first row (or
    # card) with the header; only its first line if it is so tall it will be cut anyway.
    lead_rows = groups[0] if groups else len(data)
    lead = _lead_height(data, widths, heights, style, lead_rows)
    if rows and lead > sh.height * GROUP_CUT:
        lead = _lead_height(data, widths, heights, style, offset + 2)
    return Block([table], lead)


def _note_lines(sh: Sheet, notes: Sequence[Note]) -> Cell:
    return [
        sh.ink.para(
            sh.st.cell, Run(sh.terms.text("punct.colon", label=label), bold=True), " " + text
        )
        for label, text in notes
        if text
    ]


def _grid_rows(
    sh: Sheet,
    rows: Sequence[Sequence[Cell]],
    notes: Sequence[Sequence[Note]],
    data: list[list[Any]],
    heights: list[float | None],
    style: list[Command],
    blank: list[str],
) -> tuple[int, ...]:
    """Append the rows, each with its notes across the width under it.

    Returns the first row of each row's group after the first (where a page may break).
    """
    starts: list[int] = []
    for index, (row, row_notes) in enumerate(zip(rows, notes, strict=True)):
        first = len(data)
        if index:
            starts.append(first)
        data.append(list(row))
        lines = _note_lines(sh, row_notes)
        if lines:
            data.append([lines, *blank])
            note = len(data) - 1
            style += [
                ("SPAN", (0, note), (-1, note)),
                ("TOPPADDING", (0, note), (-1, note), 0),
            ]
        last = len(data) - 1
        heights += [None] * (last - first + 1)
        style.append(("LINEBELOW", (0, last), (-1, last), 0.5, RULE))
    return tuple(starts)


def _cards(
    sh: Sheet,
    columns: Sequence[tuple[str, float]],
    rows: Sequence[Sequence[Cell]],
    notes: Sequence[Sequence[Note]],
    data: list[list[Any]],
    heights: list[float | None],
    style: list[Command],
) -> tuple[int, ...]:
    """Append one card per row: a shaded title line, then label | value lines.

    Returns the first row of each card after the first (where a page may break).
    """
    st = sh.st
    starts: list[int] = []
    for index, (row, row_notes) in enumerate(zip(rows, notes, strict=True)):
        if index:
            data.append(["", ""])
            heights.append(st.gap * 0.6)
            spacer = len(data) - 1
            style += [
                ("TOPPADDING", (0, spacer), (-1, spacer), 0),
                ("BOTTOMPADDING", (0, spacer), (-1, spacer), 0),
            ]
        first = len(data)
        if index:
            starts.append(first)
        data.append([sh.ink.para(st.cell_head, columns[0][0]), row[0]])
        lines = [(label, cell) for (label, _), cell in zip(columns[1:], row[1:], strict=True)]
        # The notes go before the last column (a step's instructions before its status).
        at = len(lines) - 1 if len(lines) > 1 else len(lines)
        lines[at:at] = [(label, [sh.ink.para(st.cell, text)]) for label, text in row_notes if text]
        for label, cell in lines:
            if cell:
                data.append([sh.ink.para(st.cell_head, label), cell])
        last = len(data) - 1
        heights += [None] * (last - first + 1)
        style += [
            ("BACKGROUND", (0, first), (-1, first), SHADE),
            ("BOX", (0, first), (-1, last), 0.6, RULE),
            ("LINEBELOW", (0, first), (-1, last - 1), 0.5, RULE),
        ]
    return tuple(starts)


def panel(sh: Sheet, title: str, pairs: Sequence[tuple[str, str]]) -> Flowable:
    """A lightly shaded box with an accent bar: a title, then label / value lines."""
    st = sh.st
    data: list[list[Flowable | str]] = [[sh.ink.para(st.subsection, title), ""]]
    for label, value in pairs:
        data.append([sh.ink.para(st.cell_head, label), sh.ink.para(st.cell, value)])
    table = Table(
        data,
        colWidths=[sh.width * 0.36, sh.width * 0.64],
        hAlign="LEFT",
        spaceBefore=st.gap,
        style=[
            *_padding(st),
            ("SPAN", (0, 0), (-1, 0)),
            ("BACKGROUND", (0, 0), (-1, -1), PANEL),
            ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
            ("LEFTPADDING", (0, 0), (0, -1), st.body_size * 0.9),
            ("TOPPADDING", (0, 0), (-1, 0), st.body_size * 0.6),
            ("BOTTOMPADDING", (0, -1), (-1, -1), st.body_size * 0.8),
        ],
    )
    return KeepTogether([table])


def muted_note(sh: Sheet, text: str) -> Paragraph:
    return sh.ink.para(sh.st.body_muted, Run(text, italic=True))


def gap(sh: Sheet, lines: float = 1.0) -> Spacer:
    return Spacer(1, sh.st.gap * lines)
