"""The shared look of every printed document: type, colours, page sizes, the build.

A document is a list of ReportLab flowables made through an `Ink`, which escapes the
text, remembers every character it prints (to report the ones the font lacks) and picks
the face. `build_pdf` lays the story out on pages that all carry a footer ending in
"Page X of Y", and gives back the bytes; the same story always gives the same bytes.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph
from reportlab.platypus.paraparser import ParaFrag

from shelterplan.reports.fonts import (
    Face,
    forget_measured_words,
    missing_characters,
    register_fonts,
)
from shelterplan.reports.model import PaperSize

# Page streams are compressed and left binary: ASCII85 on top only makes them bigger and
# slower to write. (A process-wide ReportLab setting; the reports are its only user.)
rl_config.useA85 = 0

# Colours: dark ink, one calm accent, light shades that still read in black and white.
INK = HexColor("#1d2a30")
MUTED = HexColor("#56646b")
ACCENT = HexColor("#2b6468")
ACCENT_LIGHT = HexColor("#9fc2c3")
SHADE = HexColor("#e6efef")
PANEL = HexColor("#f4f6f6")
RULE = HexColor("#c5d2d4")

POCKET_CARD = (3.5 * inch, 5 * inch)

# Body sizes in points; every other size follows from the body size.
BODY_NORMAL = 10.0
BODY_NOTES = 11.5  # her safety plan on a full page: few words, roomier type
BODY_LARGE = 16.0
BODY_POCKET = 8.0
BODY_POCKET_LARGE = 11.0


def page_size(paper: PaperSize) -> tuple[float, float]:
    return A4 if paper == PaperSize.A4 else LETTER


@dataclass(frozen=True)
class Styles:
    """Paragraph styles for one body size (normal, large print, pocket card)."""

    body_size: float
    body: ParagraphStyle
    body_muted: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    meta: ParagraphStyle
    agency: ParagraphStyle
    agency_detail: ParagraphStyle
    section: ParagraphStyle
    subsection: ParagraphStyle
    kind: ParagraphStyle
    goal: ParagraphStyle
    subgoal: ParagraphStyle
    cell: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_head: ParagraphStyle
    footer_size: float

    @property
    def gap(self) -> float:
        """The basic vertical rhythm: one body line."""
        return self.body.leading

    @property
    def large(self) -> bool:
        return self.body_size >= BODY_LARGE


@lru_cache(maxsize=8)
def styles(body_size: float) -> Styles:
    """The styles for a body size; built once and shared (never mutate them)."""
    register_fonts()
    s = body_size

    def style(name: str, size: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", Face.REGULAR.value)
        kw.setdefault("textColor", INK)
        kw.setdefault("leading", round(size * 1.32, 2))
        return ParagraphStyle(f"{name}-{s:g}", fontSize=size, splitLongWords=1, **kw)

    bold = Face.BOLD.value
    return Styles(
        body_size=s,
        body=style("body", s, spaceAfter=s * 0.4),
        body_muted=style("body-muted", s, textColor=MUTED, spaceAfter=s * 0.4),
        small=style("small", s * 0.86, textColor=MUTED),
        title=style("title", s * 2.1, fontName=bold, textColor=ACCENT, leading=s * 2.5),
        subtitle=style("subtitle", s * 1.45, leading=s * 1.9, spaceBefore=s * 0.2),
        meta=style("meta", s * 0.9, textColor=MUTED, spaceBefore=s * 0.35),
        agency=style("agency", s * 1.15, fontName=bold, textColor=INK),
        agency_detail=style("agency-detail", s * 0.86, textColor=MUTED),
        section=style(
            "section",
            s * 1.4,
            fontName=bold,
            textColor=ACCENT,
            spaceBefore=s * 1.5,
            spaceAfter=s * 0.6,
            keepWithNext=1,
        ),
        subsection=style(
            "subsection", s * 1.05, fontName=bold, spaceBefore=s * 0.8, spaceAfter=s * 0.35
        ),
        kind=style("kind", s * 0.8, fontName=bold, textColor=ACCENT, leading=s * 1.1),
        goal=style("goal", s * 1.25, fontName=bold, leading=s * 1.6, spaceAfter=s * 0.3),
        subgoal=style("subgoal", s * 1.1, fontName=bold, leading=s * 1.42, spaceAfter=s * 0.3),
        cell=style("cell", s * 0.9),
        cell_muted=style("cell-muted", s * 0.82, textColor=MUTED),
        cell_head=style("cell-head", s * 0.82, fontName=bold, textColor=INK),
        footer_size=max(6.0, s * 0.75),
    )


@dataclass(frozen=True)
class Run:
    """A piece of a paragraph in its own face or colour (a label before a value)."""

    text: str
    bold: bool = False
    italic: bool = False
    color: Color | None = None
    scale: float = 1.0  # of the paragraph's font size


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    """Line breaks as "\n", tabs as spaces, control codes gone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


def _fragment(style: ParagraphStyle, face: Face, run: Run, text: str) -> ParaFrag:
    """One run of text as ReportLab's paragraph parser would have made it."""
    frag = ParaFrag()
    frag.rise = 0
    frag.greek = 0
    frag.link = []
    frag.us_lines = []
    frag.fontName = face.value
    frag.bold = int(face == Face.BOLD)
    frag.italic = int(face == Face.OBLIQUE)
    frag.fontSize = style.fontSize * run.scale
    frag.textColor = run.color if run.color is not None else style.textColor
    frag.text = text
    return frag


def fragments(style: ParagraphStyle, runs: Iterable[Run]) -> list[ParaFrag]:
    """Paragraph fragments for plain-text runs.

    Made directly rather than through paragraph markup: text is never read as markup
    (nothing to escape, no way for typed text to change the layout), and a long plan
    skips thousands of markup parses.
    """
    base = Face(style.fontName)
    frags: list[ParaFrag] = []
    for run in runs:
        face = Face.BOLD if run.bold else Face.OBLIQUE if run.italic else base
        for index, line in enumerate(_clean(run.text).split("\n")):
            if index:
                brk = _fragment(style, face, run, "")
                brk.lineBreak = True
                frags.append(brk)
            if line:
                frags.append(_fragment(style, face, run, line))
    return frags or [_fragment(style, base, Run(""), "")]


class _Paragraph(Paragraph):
    """A paragraph that remembers its last layout.

    Tables lay every cell out several times at the same width (sizing, splitting,
    drawing); breaking the lines once per width keeps a long plan fast.
    """

    _laid_out_at = -1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Table cell widths come out of sums in different orders: equal up to rounding.
        if abs(availWidth - self._laid_out_at) < 1e-6:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._laid_out_at = availWidth
        return size


class Ink:
    """Makes paragraphs from plain text and remembers every character put on the page."""

    def __init__(self) -> None:
        self._printed: dict[Face, list[str]] = {face: [] for face in Face}

    def note(self, text: str, face: Face = Face.REGULAR) -> None:
        """Record text drawn some other way (footers, canvas strings)."""
        self._printed[face].append(text)

    def para(self, style: ParagraphStyle, *runs: str | Run) -> Paragraph:
        """A paragraph of plain text runs (never markup) in the style's face."""
        base = Face(style.fontName)
        parts = [Run(run) if isinstance(run, str) else run for run in runs]
        parts = [run for run in parts if run.text]
        for run in parts:
            face = Face.BOLD if run.bold else Face.OBLIQUE if run.italic else base
            self._printed[face].append(run.text)
        return _Paragraph("", style, frags=fragments(style, parts))

    def missing(self) -> frozenset[str]:
        """Every printed character some face it was printed in has no glyph for."""
        found: set[str] = set()
        for face, texts in self._printed.items():
            found |= missing_characters("".join(texts), face)
        return frozenset(found)


@dataclass(frozen=True)
class Page:
    """How the pages of one document are laid out."""

    size: tuple[float, float]
    margin: float
    top_margin: float
    bottom_margin: float
    footer_size: float


def plain_page(size: tuple[float, float], st: Styles) -> Page:
    margin = 0.8 * inch if size[0] > 4 * inch else 0.28 * inch
    footer_room = st.footer_size * 3.2
    return Page(
        size=size,
        margin=margin,
        top_margin=margin * 0.9,
        bottom_margin=margin * 0.55 + footer_room,
        footer_size=st.footer_size,
    )


def _canvas_with_footer(
    page: Page, footer: Callable[[int, int], str], counted: list[int]
) -> type[Canvas]:
    """A canvas that holds its pages back until the end, then stamps each footer.

    The footer needs the total number of pages; pages are kept as canvas states and
    drawn when the document is saved, so one layout pass is enough.
    """

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._stamp(total)
                Canvas.showPage(self)
            counted.append(total)
            super().save()

        def _stamp(self, total: int) -> None:
            width = page.size[0]
            y = page.bottom_margin * 0.45
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            rule_y = y + page.footer_size * 1.6
            self.line(page.margin, rule_y, width - page.margin, rule_y)
            self.setFont(Face.REGULAR.value, page.footer_size)
            self.setFillColor(MUTED)
            self.drawCentredString(width / 2, y, footer(self.getPageNumber(), total))
            self.restoreState()

    return FooterCanvas


@dataclass(frozen=True)
class Metadata:
    """What the PDF says about itself: neutral, never a person's name."""

    title: str
    lang: str


def build_pdf(
    story: Iterable[Flowable],
    page: Page,
    meta: Metadata,
    footer: Callable[[int, int], str],
) -> tuple[bytes, int]:
    """Lay the story out and return (PDF bytes, number of pages). Memory only.

    Deterministic: `invariant=1` fixes the creation date and the document ID, font
    subsets are named by number, and nothing else depends on time or addresses.
    """
    register_fonts()
    buffer = io.BytesIO()
    width, height = page.size
    doc = BaseDocTemplate(
        buffer,
        pagesize=page.size,
        leftMargin=page.margin,
        rightMargin=page.margin,
        topMargin=page.top_margin,
        bottomMargin=page.bottom_margin,
        title=meta.title,
        author="shelterplan",
        subject="",
        keywords=[],
        creator="shelterplan",
        producer="shelterplan",
        lang=meta.lang,
        displayDocTitle=1,
        invariant=1,
        pageCompression=1,
        initialFontName=Face.REGULAR.value,
    )
    frame = Frame(
        page.margin,
        page.bottom_margin,
        width - 2 * page.margin,
        height - page.top_margin - page.bottom_margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    counted: list[int] = []
    try:
        doc.build(list(story), canvasmaker=_canvas_with_footer(page, footer, counted))
    finally:
        forget_measured_words()
    return buffer.getvalue(), counted[-1]


def frame_width(page: Page) -> float:
    return page.size[0] - 2 * page.margin


def frame_height(page: Page) -> float:
    return page.size[1] - page.top_margin - page.bottom_margin
