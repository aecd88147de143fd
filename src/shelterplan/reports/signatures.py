"""Signature blocks: role, a name line, a space to sign (or her drawn strokes), a date line."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, KeepTogether, Table

from shelterplan.reports.blocks import Sheet, section_heading
from shelterplan.reports.look import INK
from shelterplan.reports.model import SignatureBlock, Stroke


class SignaturePad(Flowable):
    """The space to sign in; drawn strokes are scaled in, keeping their proportions."""

    def __init__(self, height: float, strokes: Sequence[Stroke] = ()) -> None:
        super().__init__()
        self.height = height
        self.width = 0.0
        self.strokes = [
            [(x, y) for x, y in stroke if math.isfinite(x) and math.isfinite(y)]
            for stroke in strokes
        ]
        self.strokes = [stroke for stroke in self.strokes if stroke]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def draw(self) -> None:
        points = [point for stroke in self.strokes for point in stroke]
        if not points:
            return
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        pad = 3.0
        box_w, box_h = self.width - 2 * pad, self.height - 2 * pad
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        # Fit the drawing's extent into the box; a dot or a flat line is not blown up
        # past the size it had on a pad as wide as the box.
        scale = min(
            box_w / span_x if span_x > 0 else math.inf,
            box_h / span_y if span_y > 0 else math.inf,
            box_w,
        )
        left = pad  # signatures start at the left, like on paper
        top = self.height - pad - (box_h - span_y * scale) / 2
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(1.1)
        canv.setLineCap(1)
        canv.setLineJoin(1)
        path = canv.beginPath()
        for stroke in self.strokes:
            first_x = left + (stroke[0][0] - min(xs)) * scale
            first_y = top - (stroke[0][1] - min(ys)) * scale
            path.moveTo(first_x, first_y)
            if len(stroke) == 1:
                path.lineTo(first_x + 0.5, first_y)  # a dot
            for x, y in stroke[1:]:
                path.lineTo(left + (x - min(xs)) * scale, top - (y - min(ys)) * scale)
        canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


def _block(sh: Sheet, block: SignatureBlock, width: float) -> Table:
    t, st = sh.terms, sh.st
    line = st.gap * 1.9

    def value(text: str) -> Flowable | str:
        return sh.ink.para(st.body, text) if text else ""

    rows: list[list[Flowable | str]] = [
        [sh.ink.para(st.subsection, t.vocab("signatory", str(block.role)))],
        [value(block.name)],
        [sh.ink.para(st.small, t.text("signature.name"))],
        [SignaturePad(st.gap * 3.2, block.strokes)],
        [sh.ink.para(st.small, t.text("signature.signature"))],
        [value(t.date(block.signed_on))],
        [sh.ink.para(st.small, t.text("signature.date"))],
    ]
    return Table(
        rows,
        colWidths=[width],
        minRowHeights=[0, line, 0, 0, 0, line, 0],
        hAlign="LEFT",
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 1), (-1, 1), 0.7, INK),
            ("LINEBELOW", (0, 3), (-1, 3), 0.7, INK),
            ("LINEBELOW", (0, 5), (-1, 5), 0.7, INK),
            ("BOTTOMPADDING", (0, 2), (-1, 2), st.body_size * 0.6),
            ("BOTTOMPADDING", (0, 4), (-1, 4), st.body_size * 0.6),
        ],
    )


def signatures_section(
    sh: Sheet, blocks: Sequence[SignatureBlock], signed: bool, printed_on: date
) -> list[Flowable]:
    """The signatures, kept together on one page with their heading."""
    if not blocks:
        return []
    t, st = sh.terms, sh.st
    story: list[Flowable] = [section_heading(sh, t.text("section.signatures"))]
    story.append(sh.ink.para(st.body, t.text("section.signatures_intro")))
    if signed:
        dates = [block.signed_on for block in blocks if block.signed_on]
        when = t.date(max(dates) if dates else printed_on)
        story += sh.cell(t.text("signature.signed_on", date=when), style="subsection")
    per_row = 1 if st.large else 2
    gutter = st.body_size * 2.4
    block_width = sh.width * 0.8 if per_row == 1 else (sh.width - gutter) / 2
    cells: list[Flowable | str] = [_block(sh, block, block_width) for block in blocks]
    while len(cells) % per_row:
        cells.append("")
    grid = Table(
        [cells[i : i + per_row] for i in range(0, len(cells), per_row)],
        colWidths=[block_width + (gutter if per_row == 2 else 0)] + [block_width] * (per_row - 1),
        hAlign="LEFT",
        spaceBefore=st.gap * 0.5,
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), gutter if per_row == 2 else 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), st.gap * 1.2),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ],
    )
    story.append(grid)
    return [KeepTogether(story)]
