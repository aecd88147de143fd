"""The print dialog: options re-render the preview; print and save use what it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QWidget

from shelterplan.errors import ShelterplanError
from shelterplan.reports.model import RenderedPdf
from shelterplan.ui.messages import Kind
from shelterplan.ui.printing.choices import (
    LARGE_PRINT,
    SUPERVISOR_BLOCK,
    TAKE_HOME,
    PrintChoice,
    plan_print_options,
)
from shelterplan.ui.printing.print_dialog import PrintDialog
from tests.ui.printing.pdfs import make_pdf, make_rendered

PAGES = {"en": 2, "fr": 3, "es": 4}


class FakeRenderer:
    """Stands in for the ReportLab renderers: records each choice, returns a real PDF."""

    def __init__(self, missing: frozenset[str] = frozenset()) -> None:
        self.choices: list[PrintChoice] = []
        self.missing = missing
        self.fail = False

    def __call__(self, choice: PrintChoice) -> RenderedPdf:
        self.choices.append(choice)
        if self.fail:
            raise ShelterplanError("The plan could not be printed: test failure.")
        return make_rendered(PAGES[choice.language], choice.language, self.missing)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    return printer


def open_dialog(qtbot, renderer: FakeRenderer, language: str = "en") -> PrintDialog:  # type: ignore[no-untyped-def]
    dialog = PrintDialog(
        None, "Print the case plan", plan_print_options(language), renderer, "case-plan-v3.pdf"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_opens_rendered_with_the_starting_options(qtbot):
    renderer = FakeRenderer()
    dialog = open_dialog(qtbot, renderer, "fr")
    assert renderer.choices == [PrintChoice("fr", frozenset())]
    assert dialog.preview.page_count() == 3
    assert dialog.language_box.currentText() == "Français"
    assert [dialog.language_box.itemText(i) for i in range(3)] == [
        "English",
        "Français",
        "Español",
    ]
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.missing_label.isVisible()


def test_option_changes_render_again_after_a_pause(qtbot):
    renderer = FakeRenderer()
    dialog = open_dialog(qtbot, renderer)
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    dialog.flag_boxes[TAKE_HOME].setChecked(True)
    dialog.flag_boxes[LARGE_PRINT].setChecked(True)
    assert dialog.rendered() is None  # the preview is out of date meanwhile
    expected = PrintChoice("es", frozenset({TAKE_HOME, LARGE_PRINT}))
    qtbot.waitUntil(lambda: renderer.choices[-1] == expected)
    assert len(renderer.choices) == 2  # one render for the three quick changes
    assert dialog.preview.page_count() == 4
    assert dialog.rendered() is not None and dialog.rendered().pages == 4
    assert dialog.print_button.isEnabled()

    dialog.flag_boxes[TAKE_HOME].setChecked(False)
    dialog.flag_boxes[SUPERVISOR_BLOCK].setChecked(True)
    expected = PrintChoice("es", frozenset({LARGE_PRINT, SUPERVISOR_BLOCK}))
    qtbot.waitUntil(lambda: renderer.choices[-1] == expected)


def test_missing_characters_are_shown_never_silent(qtbot):
    dialog = open_dialog(qtbot, FakeRenderer(missing=frozenset({"你", "\u200b"})))
    assert dialog.missing_label.isVisible()
    text = dialog.missing_label.text()
    assert text.startswith("These characters cannot be printed with the document font")
    assert "你 (U+4F60)" in text and "U+200B" in text


def test_print_prints_what_the_preview_shows_and_reports_it(qtbot, tmp_path):
    renderer = FakeRenderer()
    dialog = open_dialog(qtbot, renderer)
    out = tmp_path / "printed.pdf"
    dialog.choose_printer = lambda: pdf_printer(out)  # type: ignore[method-assign]
    dialog.flag_boxes[TAKE_HOME].setChecked(True)  # printed at once, before the pause ends
    with qtbot.waitSignal(dialog.printed) as signal:
        dialog.print_button.click()
    choice, rendered = signal.args
    assert choice == PrintChoice("en", frozenset({TAKE_HOME}))
    assert rendered == dialog.rendered()
    assert len(PdfReader(out).pages) == 2
    assert "2 page" in dialog.status_label.text()


def test_cancelling_the_printer_choice_prints_nothing(qtbot):
    dialog = open_dialog(qtbot, FakeRenderer())
    dialog.choose_printer = lambda: None  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_button.click()


def test_a_printer_failure_is_told_plainly(qtbot, answers):
    dialog = open_dialog(qtbot, FakeRenderer())
    broken = QPrinter()
    broken.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # no printer set up
    dialog.choose_printer = lambda: broken  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_button.click()
    ((kind, _title, text),) = answers.shown
    assert kind == Kind.ERROR
    assert "printer could not be started" in text


def test_save_as_pdf_warns_then_saves_exactly_the_bytes(qtbot, tmp_path, answers, monkeypatch):
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "PDF (*.pdf)"))
    )
    dialog = open_dialog(qtbot, FakeRenderer())
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.save_button.click()
    choice, rendered = signal.args
    assert choice == PrintChoice("en", frozenset())
    assert target.read_bytes() == rendered.data
    assert len(answers.asked) == 1
    assert dialog.last_saved_path == target


def test_declining_the_warning_saves_nothing(qtbot, tmp_path, answers):
    answers.ask = False
    dialog = open_dialog(qtbot, FakeRenderer())
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save_button.click()
    assert list(tmp_path.iterdir()) == []


def test_a_render_failure_shows_in_the_preview_and_nothing_can_be_printed(qtbot):
    renderer = FakeRenderer()
    dialog = open_dialog(qtbot, renderer)
    renderer.fail = True
    dialog.flag_boxes[LARGE_PRINT].setChecked(True)
    qtbot.waitUntil(lambda: "could not be printed" in dialog.preview.message_text())
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.rendered() is None


def test_fixed_mode_prints_the_stored_bytes_exactly(qtbot, tmp_path, answers, monkeypatch):
    stored = make_pdf(3, "Signed version 3")
    dialog = PrintDialog.for_fixed_pdf(
        None,
        "Print version 3",
        stored,
        "Version 3 as signed on 2024-05-02: printed exactly as signed.",
        "case-plan-v3-signed.pdf",
        PrintChoice("fr"),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.note_label.isVisible()
    assert "exactly as signed" in dialog.note_label.text()
    assert not dialog.language_box.isVisible() and not dialog.flags_group.isVisible()
    assert dialog.preview.page_count() == 3
    assert dialog.rendered() == RenderedPdf(stored, 3)

    out = tmp_path / "printed.pdf"
    dialog.choose_printer = lambda: pdf_printer(out)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.printed) as signal:
        dialog.print_button.click()
    assert signal.args[0] == PrintChoice("fr")
    assert signal.args[1].data == stored
    assert len(PdfReader(out).pages) == 3

    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "PDF (*.pdf)"))
    )
    dialog.save_button.click()
    assert target.read_bytes() == stored


def test_closing_lets_go_of_the_document(qtbot):
    dialog = open_dialog(qtbot, FakeRenderer())
    dialog.close_for_lock()
    assert not dialog.isVisible()
    assert dialog.preview.page_count() == 0
    assert dialog.rendered() is None


def test_every_control_is_named_and_tab_order_follows_the_screen(qtbot):
    dialog = open_dialog(qtbot, FakeRenderer())
    nameless = [
        w.objectName()
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QComboBox))
        and w.isVisibleTo(dialog)
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert nameless == []
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert dialog.language_box in buddies
    order = [dialog.language_box]
    widget = dialog.language_box.nextInFocusChain()
    while widget is not dialog.language_box:
        tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tabbable and widget.isVisibleTo(dialog) and widget.isEnabled():
            order.append(widget)
        widget = widget.nextInFocusChain()
    expected_start = [dialog.language_box, *dialog.flag_boxes.values()]
    assert order[: len(expected_start)] == expected_start
    chain = order[len(expected_start) :]
    assert chain.index(dialog.preview.zoom_out_button) < chain.index(dialog.print_button)
    assert chain.index(dialog.print_button) < chain.index(dialog.save_button)
    assert chain.index(dialog.save_button) < chain.index(dialog.close_button)


@pytest.mark.parametrize("flag", [TAKE_HOME, LARGE_PRINT, SUPERVISOR_BLOCK])
def test_each_flag_has_a_translatable_label(qtbot, flag):
    dialog = open_dialog(qtbot, FakeRenderer())
    assert dialog.flag_boxes[flag].text()
