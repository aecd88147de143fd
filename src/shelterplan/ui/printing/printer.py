"""Print PDF bytes on a `QPrinter`: each page rendered to an image and painted on paper.

One printer page per PDF page, at the printer's resolution (capped, so a 1200 dpi printer
does not get 130-megabyte images). The page is painted on the whole sheet at its real size
(the PDF carries its own margins), shrunk to fit when the sheet is smaller, and centred.
Nothing is written to disk except what the printer itself writes (a PDF file when the
printer's output is a file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from shelterplan.errors import ShelterplanError
from shelterplan.ui.printing.pdf_memory import PdfInMemory

POINTS_PER_INCH = 72.0
CONTEXT = "Printing"


class PdfUnreadable(ShelterplanError):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                CONTEXT,
                "The document could not be read, so nothing was printed. Close the print "
                "window and try again; if it happens again, tell your administrator.",
            )
        )


class PrinterUnavailable(ShelterplanError):
    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                CONTEXT,
                "The printer could not be started, so nothing was printed. Check that it is "
                "switched on and connected, or choose another printer, and try again.",
            )
        )


class PrintInterrupted(ShelterplanError):
    def __init__(self, printed: int) -> None:
        self.printed = printed
        super().__init__(
            QCoreApplication.translate(
                CONTEXT,
                "Printing stopped after %n page(s). Check the printer and print the document "
                "again.",
                None,
                printed,
            )
        )


def pages_to_print(printer: QPrinter, page_count: int) -> list[int]:
    """The pages (counted from 0) the print dialog asked for: all, or its page range."""
    ranges = printer.pageRanges()
    if printer.printRange() != QPrinter.PrintRange.PageRange or ranges.isEmpty():
        return list(range(page_count))
    return [page for page in range(page_count) if ranges.contains(page + 1)]


def print_pdf(data: bytes, printer: QPrinter, dpi_cap: int = 300) -> int:
    """Print `data` on `printer`; returns the number of pages printed.

    Raises `PdfUnreadable` when the bytes are not a readable PDF and `PrinterUnavailable`
    when painting on the printer cannot start.
    """
    pdf = PdfInMemory()
    try:
        if not pdf.load(data):
            raise PdfUnreadable()
        pages = pages_to_print(printer, pdf.page_count())
        if not pages:
            return 0
        return _paint_pages(pdf, pages, printer, max(dpi_cap, 72))
    finally:
        pdf.close()


def _paint_pages(pdf: PdfInMemory, pages: list[int], printer: QPrinter, dpi_cap: int) -> int:
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and not printer.outputFileName():
        raise PrinterUnavailable()  # what QPrinter falls back to when no printer is set up
    was_full_page = printer.fullPage()
    printer.setFullPage(True)  # paint on the whole sheet: the PDF has its own margins
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrinterUnavailable()
        printed = 0
        try:
            for page in pages:
                if printed and not printer.newPage():
                    raise PrintInterrupted(printed)
                _paint_page(painter, pdf, page, printer, dpi_cap)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        printer.setFullPage(was_full_page)


def _paint_page(
    painter: QPainter, pdf: PdfInMemory, page: int, printer: QPrinter, dpi_cap: int
) -> None:
    resolution = printer.resolution()
    sheet = printer.paperRect(QPrinter.Unit.DevicePixel)
    points = pdf.document.pagePointSize(page)
    if points.isEmpty():
        return  # an empty page: leave the sheet blank
    real_size = QSizeF(points) * (resolution / POINTS_PER_INCH)
    scale = min(1.0, sheet.width() / real_size.width(), sheet.height() / real_size.height())
    target_size = real_size * scale
    target = QRectF(
        (sheet.width() - target_size.width()) / 2,
        (sheet.height() - target_size.height()) / 2,
        target_size.width(),
        target_size.height(),
    )
    dpi = min(resolution, dpi_cap)
    pixels = (target_size * (dpi / resolution)).toSize()
    image = _render_on_white(pdf, page, pixels)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(target, image)


def _render_on_white(pdf: PdfInMemory, page: int, pixels: QSize) -> QImage:
    """The page as an opaque image (QtPdf leaves the paper transparent)."""
    rendered = pdf.document.render(page, pixels)
    if rendered.isNull():
        raise PdfUnreadable()
    sheet = QImage(rendered.size(), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.white)
    painter = QPainter(sheet)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return sheet
