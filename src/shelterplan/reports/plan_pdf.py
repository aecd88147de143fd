"""The printed case plan: `render_plan(PlanPrint) -> RenderedPdf`, all in memory.

Two copies come from one plan. The FULL copy is the agency's, signed in the session:
it carries the agency's address and phone, the safety notes (how to reach her safely)
and the items marked not-for-client, flagged as such. The TAKE_HOME copy is hers and
leaves all of those out. Every page's footer names the version and the start of the
content fingerprint, so a paper copy can be matched to the stored version.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass

from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, HRFlowable, Image, Table

from shelterplan.reports.blocks import Sheet
from shelterplan.reports.look import (
    BODY_LARGE,
    BODY_NORMAL,
    RULE,
    Ink,
    Metadata,
    Page,
    Run,
    build_pdf,
    frame_height,
    frame_width,
    page_size,
    plain_page,
    styles,
)
from shelterplan.reports.model import Audience, PlanPrint, RenderedPdf
from shelterplan.reports.plan_sections import (
    goals_section,
    next_review_section,
    people_section,
    referrals_section,
    safety_notes_section,
)
from shelterplan.reports.plan_view import plan_view
from shelterplan.reports.signatures import signatures_section
from shelterplan.reports.terms import Terms

log = logging.getLogger(__name__)

SEPARATOR = "  ·  "


def short_fingerprint(fingerprint: str) -> str:
    """The first 12 hex digits in groups of four: "3f9a 1c07 be52"."""
    head = fingerprint[:12].lower()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def _logo(data: bytes, max_width: float, max_height: float) -> Image | None:
    try:
        width, height = ImageReader(io.BytesIO(data)).getSize()
    except Exception:  # an unreadable logo must never stop a plan from printing
        log.warning("The agency logo could not be read; the plan is printed without it.")
        return None
    if width <= 0 or height <= 0:
        return None
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(data), width=width * scale, height=height * scale, hAlign="LEFT")


def _agency_band(sh: Sheet, p: PlanPrint, full: bool) -> list[Flowable]:
    st, agency = sh.st, p.agency
    text: list[Flowable] = sh.cell(agency.name or "", style="agency")
    if full:
        details = [part for part in (agency.address, agency.phone) if part]
        text += sh.cell(SEPARATOR.join(details), style="agency_detail")
    logo = _logo(agency.logo, 1.9 * st.gap * 5, st.gap * 3.4) if agency.logo else None
    if logo is None and not text:
        return []
    if logo is None:
        band: Flowable = Table([[text]], colWidths=[sh.width], hAlign="LEFT")
    else:
        logo_width = logo.drawWidth + st.body_size * 1.2
        band = Table(
            [[logo, text]],
            colWidths=[logo_width, sh.width - logo_width],
            hAlign="LEFT",
        )
    band.setStyle(
        [
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    rule = HRFlowable(
        width="100%", thickness=0.6, color=RULE, spaceBefore=st.gap * 0.6, spaceAfter=st.gap
    )
    return [band, rule]


def _title_block(sh: Sheet, p: PlanPrint, full: bool) -> list[Flowable]:
    t = sh.terms
    name = (p.snapshot.get("client") or {}).get("preferred_name") or ""
    copy = t.text("doc.copy_full" if full else "doc.copy_take_home")
    meta = SEPARATOR.join(
        [
            t.text("doc.printed_on", date=t.date(p.printed_on)),
            t.text("doc.version", number=p.version_number),
        ]
    )
    return [
        *sh.cell(t.text("doc.plan_title"), style="title"),
        *sh.cell(name, style="subtitle"),
        *sh.cell(meta, Run(SEPARATOR + copy, bold=True), style="meta"),
    ]


@dataclass
class PlanStory:
    """The flowables of one plan and what its pages need (see `render_plan`)."""

    story: list[Flowable]
    page: Page
    terms: Terms
    ink: Ink


def plan_story(p: PlanPrint) -> PlanStory:
    """The plan's content as ReportLab flowables, before any page is laid out."""
    terms = Terms(p.language)
    st = styles(BODY_LARGE if p.large_print else BODY_NORMAL)
    page = plain_page(page_size(p.paper), st)
    ink = Ink()
    sh = Sheet(terms, st, ink, frame_width(page), frame_height(page))
    full = p.audience == Audience.FULL
    view = plan_view(p.snapshot, full)

    story: list[Flowable] = [*_agency_band(sh, p, full), *_title_block(sh, p, full)]
    if full:
        story += safety_notes_section(sh, p.snapshot.get("safety_notes"))
    story += goals_section(sh, view, full)
    story += referrals_section(sh, view.referrals, full)
    story += people_section(sh, view.people)
    story += next_review_section(sh, p.snapshot.get("next_review_on"))
    story += signatures_section(sh, p.signatures, p.signed, p.printed_on)
    return PlanStory(story, page, terms, ink)


def render_plan(p: PlanPrint) -> RenderedPdf:
    """The plan as a PDF (bytes in memory), in `p.language`, for `p.audience`."""
    built = plan_story(p)
    terms, ink = built.terms, built.ink
    version = terms.text("doc.version", number=p.version_number)
    fingerprint = terms.text("footer.fingerprint", code=short_fingerprint(p.fingerprint))

    def footer(page_number: int, pages: int) -> str:
        return " · ".join(
            [version, fingerprint, terms.text("footer.page", page=page_number, pages=pages)]
        )

    ink.note(footer(0, 0))
    data, pages = build_pdf(
        built.story,
        built.page,
        Metadata(title=terms.text("doc.plan_title"), lang=terms.pdf_lang),
        footer,
    )
    return RenderedPdf(data=data, pages=pages, missing_characters=ink.missing())
