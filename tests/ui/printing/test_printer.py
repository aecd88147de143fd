"""print_pdf paints each PDF page on a printer page; a PDF file printer checks the result."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4, LETTER

from shelterplan.ui.printing.printer import PdfUnreadable, PrinterUnavailable, print_pdf
from tests.ui.printing.pdfs import make_pdf


def pdf_printer(path: Path, size: QPageSize.PageSizeId = QPageSize.PageSizeId.Letter) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(size))
    return printer


def page_sizes(path: Path) -> list[tuple[float, float]]:
    reader = PdfReader(path)
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]


@pytest.mark.parametrize(
    ("size", "points"),
    [(QPageSize.PageSizeId.Letter, LETTER), (QPageSize.PageSizeId.A4, A4)],
)
def test_one_printer_page_per_pdf_page_on_the_printers_paper(qtbot, tmp_path, size, points):
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out, size)
    assert print_pdf(make_pdf(3), printer) == 3
    sizes = page_sizes(out)
    assert len(sizes) == 3
    for width, height in sizes:
        assert width == pytest.approx(points[0], abs=1.5)
        assert height == pytest.approx(points[1], abs=1.5)
    assert not printer.fullPage()  # the caller's printer is left as it was


def test_pages_are_printed_as_images_capped_in_resolution(qtbot, tmp_path):
    out = tmp_path / "printed.pdf"
    print_pdf(make_pdf(1), pdf_printer(out), dpi_cap=100)
    page = PdfReader(out).pages[0]
    images = list(page.images)
    assert len(images) == 1
    width, height = images[0].image.size
    assert width <= 8.5 * 100 + 2 and height <= 11 * 100 + 2
    assert width >= 8.5 * 100 * 0.9  # a letter page on letter paper is not shrunk much


def test_the_print_dialogs_page_range_is_respected(qtbot, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pdf(make_pdf(4), printer) == 2
    assert len(page_sizes(out)) == 2


def test_a_range_past_the_last_page_prints_nothing(qtbot, tmp_path):
    out = tmp_path / "printed.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(5, 6)
    assert print_pdf(make_pdf(2), printer) == 0
    assert not out.exists()


def test_unreadable_bytes_raise_a_plain_error_and_print_nothing(qtbot, tmp_path):
    out = tmp_path / "printed.pdf"
    with pytest.raises(PdfUnreadable) as raised:
        print_pdf(b"not a pdf", pdf_printer(out))
    assert "could not be read" in str(raised.value)
    assert not out.exists()


def test_no_printer_raises_a_plain_error(qtbot):
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # Qt's fallback with no printer
    with pytest.raises(PrinterUnavailable) as raised:
        print_pdf(make_pdf(1), printer)
    assert "printer could not be started" in str(raised.value)


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_raises_a_plain_error(qtbot, tmp_path):
    printer = pdf_printer(tmp_path / "no such folder" / "printed.pdf")
    with pytest.raises(PrinterUnavailable):
        print_pdf(make_pdf(1), printer)
