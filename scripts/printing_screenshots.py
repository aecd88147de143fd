"""Save PNGs of the print and sign dialogs, to look at them.

    QT_QPA_PLATFORM=offscreen /tmp/venv/bin/python scripts/printing_screenshots.py [OUT]

Writes OUT/*.png (default screenshots/printing/, git-ignored). The plan shown is made up
here with ReportLab (synthetic words only); the real renderers live in `reports/`.
"""

from __future__ import annotations

import io
import math
import os
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from shelterplan.reports.model import RenderedPdf, SignatoryRole, SignatureBlock, Stroke
from shelterplan.ui.printing.choices import (
    LARGE_PRINT,
    TAKE_HOME,
    PrintChoice,
    plan_print_options,
)
from shelterplan.ui.printing.print_dialog import PrintDialog
from shelterplan.ui.printing.sign_dialog import SignDialog

FONT = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "DejaVuSans.ttf"
WORDS = {
    "en": ("Case plan", "Goal", "Find a safe, permanent home", "Apply for housing support"),
    "fr": ("Plan d'intervention", "But", "Trouver un logement sûr", "Demander une aide au loyer"),
    "es": ("Plan de caso", "Meta", "Encontrar una vivienda segura", "Pedir ayuda para la renta"),
}
# A made-up support person whose name has characters DejaVu Sans cannot print.
SUPPORT = "Mei 李"


def sample_plan(choice: PrintChoice) -> RenderedPdf:
    """A two-page stand-in for the plan renderer, honouring language and large print."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT)))
    face = pdfmetrics.getFont("DejaVuSans").face
    title, goal, long_term, step = WORDS[choice.language]
    size = 15 if choice.has(LARGE_PRINT) else 11
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=LETTER, invariant=True)
    height = LETTER[1]
    for page in (1, 2):
        y = height - 72
        pdf.setFont("DejaVuSans", size + 7)
        pdf.drawString(72, y, f"{title} — Ana (v3)")
        y -= 2.4 * size
        pdf.setFont("DejaVuSans", size)
        if not choice.has(TAKE_HOME):
            pdf.drawString(72, y, "Maison Example · 123 Example Street")
            y -= 2 * size
        for number in range(1, 9):
            pdf.drawString(72, y, f"{goal} {page}.{number}: {long_term}")
            pdf.drawString(90, y - 1.4 * size, f"• {step} — 2024-06-{number + 10:02d}")
            y -= 3.4 * size
            if y < 140:
                break
        pdf.drawString(72, y, f"Support: {SUPPORT}")
        pdf.setFont("DejaVuSans", 8)
        pdf.drawString(72, 40, f"1a2b 3c4d 5e6f · {page}/2")
        pdf.showPage()
    pdf.save()
    missing = frozenset(c for c in SUPPORT if ord(c) not in face.charToGlyph)
    return RenderedPdf(data=out.getvalue(), pages=2, missing_characters=missing)


def scribble() -> tuple[Stroke, ...]:
    """A made-up signature: a looping line and a dot, in units of the pad's width."""
    loop = tuple(
        (
            round(0.12 + 0.55 * t + 0.04 * math.sin(t * 19), 4),
            round(0.62 - 0.28 * math.sin(t * 9.4) * (1 - t) - 0.05 * math.cos(t * 23), 4),
        )
        for t in (i / 80 for i in range(81))
    )
    tail = tuple((round(0.66 + 0.2 * t, 4), round(0.6 + 0.1 * t * t, 4)) for t in (0, 0.5, 1))
    flat = 0.3  # the pad is about 3 times as wide as it is high

    def squash(stroke: Stroke) -> Stroke:
        return tuple((x, round(y * flat, 4)) for x, y in stroke)

    return (squash(loop), squash(tail), squash(((0.45, 0.22), (0.454, 0.22))))


def settle(app: QApplication, seconds: float = 0.6) -> None:
    """Let the PDF view render its pages (it renders in the background)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(app: QApplication, widget: QWidget, path: Path) -> None:
    widget.show()
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    shown: list[QWidget] = []

    dialog = PrintDialog(
        None, "Print the case plan", plan_print_options("fr"), sample_plan, "case-plan-v3.pdf"
    )
    shown.append(dialog)
    save(app, dialog, out / "print_dialog.png")
    dialog.flag_boxes[TAKE_HOME].setChecked(True)
    dialog.flag_boxes[LARGE_PRINT].setChecked(True)
    dialog.refresh()
    save(app, dialog, out / "print_dialog_take_home.png")

    fixed = PrintDialog.for_fixed_pdf(
        None,
        "Print version 3",
        sample_plan(PrintChoice("en")).data,
        "Version 3 as signed on 2 May 2024: printed exactly as signed.",
        "case-plan-v3-signed.pdf",
    )
    shown.append(fixed)
    save(app, fixed, out / "print_dialog_fixed.png")

    blocks = [
        SignatureBlock(SignatoryRole.CLIENT, "Ana"),
        SignatureBlock(SignatoryRole.WORKER, "Wanda Example"),
    ]
    sign = SignDialog(None, 3, "1a2b3c4d5e6f" + "0" * 52, blocks, today=date(2024, 5, 2))
    shown.append(sign)
    save(app, sign, out / "sign_dialog_empty.png")
    sign.editors[0].signature.set_strokes(scribble())
    save(app, sign, out / "sign_dialog.png")
    sign.editors[0].name_edit.clear()
    sign.editors[1].paper_check.setChecked(False)
    save(app, sign, out / "sign_dialog_missing.png")
    sign.date_edit.setDate(QDate(2024, 5, 9))
    save(app, sign, out / "sign_dialog_future.png")

    supervised = SignDialog(
        None, 4, "abcdef0123456789", [*blocks, SignatureBlock(SignatoryRole.SUPERVISOR, "Sam")]
    )
    shown.append(supervised)
    save(app, supervised, out / "sign_dialog_supervisor.png")

    for widget in shown:  # delete before the application goes away
        widget.close()
        widget.deleteLater()
    app.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots/printing"))
