"""The preview shows PDF bytes from memory, every page, and never crashes on bad bytes."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSize
from PySide6.QtPdfWidgets import QPdfView

from shelterplan.ui.printing.pdf_preview import PdfPreview
from tests.ui.printing.pdfs import make_pdf


def _preview(qtbot) -> PdfPreview:  # type: ignore[no-untyped-def]
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 500)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def test_loads_every_page_and_says_which_page_is_shown(qtbot):
    preview = _preview(qtbot)
    assert preview.set_pdf(make_pdf(3))
    assert preview.page_count() == 3
    assert preview.stack.currentWidget() is preview.view
    assert preview.message_text() == ""
    assert preview.page_label.text() == "Page 1 of 3"
    assert preview.view.pageMode() == QPdfView.PageMode.MultiPage
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth

    scroll = preview.view.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 3 of 3")


def test_keeps_the_bytes_alive_while_shown(qtbot):
    preview = _preview(qtbot)
    preview.set_pdf(make_pdf(2))  # the caller keeps no reference to the bytes
    gc.collect()
    image = preview._pdf.document.render(1, QSize(120, 160))
    assert not image.isNull()
    assert any(image.pixel(x, y) != 0 for x in range(0, 120, 4) for y in range(0, 160, 4))
    preview.grab()


def test_a_new_document_replaces_the_old_one(qtbot):
    preview = _preview(qtbot)
    preview.set_pdf(make_pdf(4))
    preview.set_pdf(make_pdf(2))
    assert preview.page_count() == 2
    assert preview.page_label.text() == "Page 1 of 2"


def test_bad_bytes_show_a_plain_message(qtbot):
    preview = _preview(qtbot)
    preview.set_pdf(make_pdf(2))
    assert not preview.set_pdf(b"%PDF-1.4 this is not really a PDF")
    assert preview.page_count() == 0
    assert "cannot be shown" in preview.message_text()
    assert not preview.zoom_in_button.isEnabled()
    assert not preview.set_pdf(b"")
    assert preview.page_count() == 0


def test_clear_forgets_the_document(qtbot):
    preview = _preview(qtbot)
    preview.set_pdf(make_pdf(2))
    preview.clear()
    assert preview.page_count() == 0
    assert preview.page_label.text() == ""
    assert preview.message_text()


def test_zoom_in_out_and_back_to_fit_width(qtbot):
    preview = _preview(qtbot)
    preview.set_pdf(make_pdf(1))
    fitted = preview.zoom_factor()
    preview.zoom_in_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert abs(preview.zoom_factor() - fitted * 1.25) < 1e-6
    assert preview.zoom_label.text() == f"{round(fitted * 125)} %"
    preview.zoom_out_button.click()
    preview.zoom_out_button.click()
    assert preview.zoom_factor() < fitted
    preview.fit_button.click()
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert preview.fit_button.isChecked()
    for _ in range(20):
        preview.zoom_out()
    assert preview.zoom_factor() == 0.25
    assert not preview.zoom_out_button.isEnabled()


def test_showing_the_document_again_keeps_the_place(qtbot):
    preview = _preview(qtbot)
    preview.set_pdf(make_pdf(3))
    scroll = preview.view.verticalScrollBar()
    scroll.setValue(scroll.maximum())
    qtbot.waitUntil(lambda: preview.current_page() == 2)
    preview.set_pdf(make_pdf(3, "Large print"))  # e.g. an option changed
    assert scroll.value() == scroll.maximum()
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 3 of 3")
