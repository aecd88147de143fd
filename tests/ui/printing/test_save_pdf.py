"""Saving a copy: warned first, written whole or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from shelterplan.store import atomic
from shelterplan.ui.messages import Kind
from shelterplan.ui.printing.save_pdf import save_pdf_copy
from tests.ui.printing.pdfs import make_pdf


@pytest.fixture
def file_dialog(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Answers the save dialog with `answer["path"]` and records what it was asked."""
    answer: dict[str, object] = {"path": "", "calls": []}

    def get_save_file_name(parent, caption, folder, filters):  # type: ignore[no-untyped-def]
        answer["calls"].append((caption, folder, filters))  # type: ignore[union-attr]
        return str(answer["path"]), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return answer


def test_the_warning_comes_first_and_declining_writes_nothing(
    qtbot, tmp_path, answers, file_dialog
):
    answers.ask = False
    file_dialog["path"] = str(tmp_path / "copy.pdf")
    assert save_pdf_copy(None, make_pdf(1), "case-plan-v3.pdf") is None
    assert len(answers.asked) == 1
    title, text = answers.asked[0]
    assert "unencrypted" in title
    assert "not encrypted" in text
    assert "USB stick" in text and "delete it" in text
    assert file_dialog["calls"] == []
    assert list(tmp_path.iterdir()) == []


def test_accepting_writes_exactly_the_bytes(qtbot, tmp_path, answers, file_dialog):
    data = make_pdf(2)
    target = tmp_path / "copy.pdf"
    file_dialog["path"] = str(target)
    assert save_pdf_copy(None, data, "case-plan-v3.pdf") == target
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pdf"]  # no temp file left
    ((_caption, folder, filters),) = file_dialog["calls"]
    assert Path(folder).name == "case-plan-v3.pdf"
    assert "*.pdf" in filters
    assert answers.shown == []


def test_a_name_without_pdf_gets_it(qtbot, tmp_path, answers, file_dialog):
    file_dialog["path"] = str(tmp_path / "copy")
    assert save_pdf_copy(None, b"%PDF-1.4 bytes", "plan") == tmp_path / "copy.pdf"
    assert (tmp_path / "copy.pdf").read_bytes() == b"%PDF-1.4 bytes"


def test_cancelling_the_file_dialog_writes_nothing(qtbot, tmp_path, answers, file_dialog):
    file_dialog["path"] = ""
    assert save_pdf_copy(None, make_pdf(1), "plan.pdf") is None
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_folder_shows_an_error_and_leaves_no_file(
    qtbot, tmp_path, answers, file_dialog
):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        file_dialog["path"] = str(folder / "copy.pdf")
        assert save_pdf_copy(None, make_pdf(1), "plan.pdf") is None
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
    ((kind, _title, text),) = answers.shown
    assert kind == Kind.ERROR
    assert "permission" in text and "choose another folder" in text


def test_no_permission_shows_an_error_and_leaves_no_file(
    qtbot, tmp_path, answers, file_dialog, monkeypatch
):
    def refuse(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    file_dialog["path"] = str(tmp_path / "copy.pdf")
    assert save_pdf_copy(None, make_pdf(1), "plan.pdf") is None
    assert list(tmp_path.iterdir()) == []
    ((kind, _title, text),) = answers.shown
    assert kind == Kind.ERROR
    assert "Nothing was saved" in text


def test_a_full_disk_shows_an_error_and_leaves_nothing_half_written(
    qtbot, tmp_path, answers, file_dialog, monkeypatch
):
    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", disk_full)
    file_dialog["path"] = str(tmp_path / "copy.pdf")
    assert save_pdf_copy(None, make_pdf(1), "plan.pdf") is None
    assert list(tmp_path.iterdir()) == []  # the temp file was removed
    ((kind, _title, text),) = answers.shown
    assert kind == Kind.ERROR
    assert "disk is full" in text


def test_a_missing_folder_shows_an_error(qtbot, tmp_path, answers, file_dialog):
    file_dialog["path"] = str(tmp_path / "stick was removed" / "copy.pdf")
    assert save_pdf_copy(None, make_pdf(1), "plan.pdf") is None
    ((kind, _title, text),) = answers.shown
    assert kind == Kind.ERROR
    assert "nothing was saved" in text
