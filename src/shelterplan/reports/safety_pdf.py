"""Her safety plan, printed discreetly: `render_safety_plan(SafetyPrint) -> RenderedPdf`.

The paper may be found by the person she is keeping safe from, so it says nothing about
where it came from or what it is: no agency name, logo or address, a neutral title
("My notes"), gentle headings, neutral PDF metadata. The agreed word is printed only
when there is one. As a pocket card it fits a 3.5 × 5 inch page, over several if needed.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from shelterplan.core.safety_plan import SECTIONS
from shelterplan.reports.blocks import Sheet, gap, muted_note
from shelterplan.reports.look import (
    ACCENT,
    BODY_LARGE,
    BODY_NOTES,
    BODY_POCKET,
    BODY_POCKET_LARGE,
    POCKET_CARD,
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
from shelterplan.reports.model import RenderedPdf, SafetyPrint
from shelterplan.reports.terms import Terms


def _sections(sh: Sheet, sections: dict[str, str]) -> list[Flowable]:
    story: list[Flowable] = []
    for key in SECTIONS:
        text = (sections.get(key) or "").strip()
        if not text:
            continue
        heading = sh.ink.para(sh.st.subsection, Run(sh.terms.text(f"safety.{key}"), color=ACCENT))
        body = sh.ink.para(sh.st.body, text)
        story.append(KeepTogether([heading, body]))
    return story


def render_safety_plan(p: SafetyPrint) -> RenderedPdf:
    """The safety plan as a PDF (bytes in memory), letter/A4 or a pocket card."""
    terms = Terms(p.language)
    if p.pocket_card:
        st = styles(BODY_POCKET_LARGE if p.large_print else BODY_POCKET)
        page = plain_page(POCKET_CARD, st)
    else:
        st = styles(BODY_LARGE if p.large_print else BODY_NOTES)
        page = plain_page(page_size(p.paper), st)
    ink = Ink()
    sh = Sheet(terms, st, ink, frame_width(page), frame_height(page))

    story: list[Flowable] = [
        *sh.cell(terms.text("doc.safety_title"), style="title"),
        *sh.cell(terms.date(p.printed_on), style="meta"),
        gap(sh, 0.2),
    ]
    sections = _sections(sh, p.sections)
    story += sections or [muted_note(sh, terms.text("safety.empty"))]

    def footer(page_number: int, pages: int) -> str:
        return terms.text("footer.page", page=page_number, pages=pages)

    ink.note(footer(0, 0))
    data, pages = build_pdf(
        story, page, Metadata(title=terms.text("doc.safety_title"), lang=terms.pdf_lang), footer
    )
    return RenderedPdf(data=data, pages=pages, missing_characters=ink.missing())
