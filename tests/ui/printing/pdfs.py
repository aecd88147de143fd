"""Small real PDFs made with ReportLab in memory, with known text on each page."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

from shelterplan.reports.model import RenderedPdf


def page_text(number: int, label: str = "Test plan") -> str:
    return f"{label} - page {number}"


def make_pdf(
    pages: int = 1, label: str = "Test plan", pagesize: tuple[float, float] = LETTER
) -> bytes:
    """A PDF of `pages` pages; page n says "<label> - page n"."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=pagesize, invariant=True)
    width, height = pagesize
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 14)
        pdf.drawString(54, height - 72, page_text(number, label))
        pdf.rect(36, 36, width - 72, height - 72)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def make_rendered(
    pages: int = 1, label: str = "Test plan", missing: frozenset[str] = frozenset()
) -> RenderedPdf:
    return RenderedPdf(data=make_pdf(pages, label), pages=pages, missing_characters=missing)
