"""Mark as signed: the client and the worker must be named and signed, on a past date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from shelterplan.reports.model import SignatoryRole, SignatureBlock
from shelterplan.ui.messages import Kind
from shelterplan.ui.printing.sign_dialog import SignDialog, grouped_fingerprint
from tests.ui.printing.drawing import draw

TODAY = date(2024, 5, 2)
FINGERPRINT = "1a2b3c4d5e6f" + "0" * 52


def open_dialog(qtbot, blocks=None) -> SignDialog:  # type: ignore[no-untyped-def]
    if blocks is None:
        blocks = [
            SignatureBlock(SignatoryRole.CLIENT, "Rosa"),
            SignatureBlock(SignatoryRole.WORKER, "Wanda Worker"),
            SignatureBlock(SignatoryRole.SUPERVISOR, "Sam Supervisor"),
        ]
    dialog = SignDialog(None, 3, FINGERPRINT, blocks, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def editor(dialog: SignDialog, role: SignatoryRole):  # type: ignore[no-untyped-def]
    return next(e for e in dialog.editors if e.role == role)


def test_shows_the_version_and_its_fingerprint_grouped(qtbot):
    dialog = open_dialog(qtbot)
    assert dialog.fingerprint_label.text() == "1a2b 3c4d 5e6f"
    assert grouped_fingerprint("ABCDEF123456") == "abcd ef12 3456"
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.missing_label)))
    assert "Version 3" in texts
    assert "Check that this matches the footer of the paper copy" in texts


def test_prefilled_client_and_worker_are_signed_on_paper_by_default(qtbot):
    dialog = open_dialog(qtbot)
    assert editor(dialog, SignatoryRole.CLIENT).paper_check.isChecked()
    assert editor(dialog, SignatoryRole.WORKER).paper_check.isChecked()
    assert not editor(dialog, SignatoryRole.SUPERVISOR).paper_check.isChecked()
    assert dialog.ok_button.isEnabled()
    assert dialog.date_edit.date() == QDate(2024, 5, 2)
    blocks = dialog.signature_blocks()
    assert [(b.role, b.name, b.signed_on) for b in blocks] == [
        (SignatoryRole.CLIENT, "Rosa", TODAY),
        (SignatoryRole.WORKER, "Wanda Worker", TODAY),
    ]  # the supervisor did not sign


def test_ok_waits_for_both_names_and_both_signatures(qtbot):
    dialog = open_dialog(qtbot, [SignatureBlock(SignatoryRole.CLIENT)])  # worker added
    client, worker = editor(dialog, SignatoryRole.CLIENT), editor(dialog, SignatoryRole.WORKER)
    assert [e.role for e in dialog.editors] == [SignatoryRole.CLIENT, SignatoryRole.WORKER]
    assert not dialog.ok_button.isEnabled()
    assert "Client: name" in dialog.missing_label.text()
    client.name_edit.setText("Rosa")
    assert not dialog.ok_button.isEnabled()
    worker.name_edit.setText("   ")
    assert not dialog.ok_button.isEnabled()
    worker.name_edit.setText("Wanda Worker")
    assert dialog.ok_button.isEnabled()
    assert dialog.missing_label.text() == ""

    worker.paper_check.setChecked(False)
    assert not dialog.ok_button.isEnabled()
    assert "Worker: signature" in dialog.missing_label.text()
    draw(worker.signature.pad, [(30, 60), (120, 40), (200, 80)])  # signed on screen instead
    assert dialog.ok_button.isEnabled()


def test_a_signed_supervisor_needs_a_name_too(qtbot):
    dialog = open_dialog(qtbot)
    supervisor = editor(dialog, SignatoryRole.SUPERVISOR)
    supervisor.name_edit.clear()
    supervisor.paper_check.setChecked(True)
    assert not dialog.ok_button.isEnabled()
    assert "Supervisor: name" in dialog.missing_label.text()
    supervisor.name_edit.setText("Sam Supervisor")
    assert dialog.ok_button.isEnabled()
    assert [b.role for b in dialog.signature_blocks()][-1] == SignatoryRole.SUPERVISOR


def test_a_future_date_is_refused(qtbot, answers):
    dialog = open_dialog(qtbot)
    tomorrow = TODAY + timedelta(days=1)
    dialog.date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
    assert dialog.date_warning.isVisible()
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # e.g. by a shortcut: still refused, and said why
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    ((kind, _title, text),) = answers.shown
    assert kind == Kind.WARNING and "future" in text

    dialog.date_edit.setDate(QDate(2024, 5, 1))
    assert not dialog.date_warning.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.signed_on() == date(2024, 5, 1)


def test_drawn_signatures_come_back_with_the_blocks(qtbot):
    dialog = open_dialog(qtbot)
    client = editor(dialog, SignatoryRole.CLIENT)
    draw(client.signature.pad, [(20, 80), (80, 30), (140, 90), (220, 40)])
    draw(client.signature.pad, [(240, 60)])  # a dot
    with qtbot.waitSignal(dialog.accepted):
        dialog.ok_button.click()
    blocks = dialog.signature_blocks()
    client_block = blocks[0]
    assert client_block.role == SignatoryRole.CLIENT
    assert len(client_block.strokes) == 2
    assert len(client_block.strokes[0]) == 4
    assert all(0 <= x <= 1 and 0 <= y <= 1 for s in client_block.strokes for x, y in s)
    assert blocks[1].strokes == ()  # the worker signed on paper only


def test_every_control_is_named(qtbot):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit, QWidget

    dialog = open_dialog(qtbot)
    nameless = [
        w.objectName()
        for w in dialog.findChildren(QWidget)
        if isinstance(w, (QAbstractButton, QAbstractSpinBox, QLineEdit))
        and not isinstance(w.parent(), QAbstractSpinBox)
        and w.isVisibleTo(dialog)
        and not (w.accessibleName() or (isinstance(w, QAbstractButton) and w.text()))
    ]
    assert nameless == []
    names = {e.name_edit.accessibleName() for e in dialog.editors}
    assert names == {"Client: name", "Worker: name", "Supervisor: name"}


def test_close_for_lock_forgets_what_was_drawn(qtbot):
    dialog = open_dialog(qtbot)
    client = editor(dialog, SignatoryRole.CLIENT)
    draw(client.signature.pad, [(20, 80), (80, 30)])
    dialog.close_for_lock()
    assert not dialog.isVisible()
    assert client.signature.is_empty()
    assert client.name_edit.text() == ""
