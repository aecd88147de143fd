"""Save a copy of a PDF on disk, only when the worker asks and after a clear warning.

The store is encrypted; a saved PDF is not. So the worker is told so first, then chooses
where, and the file is written atomically (temp file in the same folder, then replace):
a full disk or a folder she may not write to leaves nothing half-written behind.
`save_unencrypted_copy` does the same for another kind of file (her file as a ZIP) with
that kind's words.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from shelterplan.errors import DiskFull, ReadOnly
from shelterplan.store.atomic import write_atomic
from shelterplan.ui.messages import Kind, Messages

CONTEXT = "SavePdf"
PDF_SUFFIX = ".pdf"

# The folder chosen last, for this run of the app only (never written anywhere).
_last_folder: Path | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class CopyTexts:
    """What the worker reads while saving one kind of unencrypted copy (all translated)."""

    suffix: str  # ".pdf"
    warning_title: str
    warning: str
    dialog_caption: str
    file_filter: str
    not_saved_title: str
    disk_full: str
    read_only: str
    failed: str


def _pdf_texts() -> CopyTexts:
    return CopyTexts(
        suffix=PDF_SUFFIX,
        warning_title=_tr("Save an unencrypted copy?"),
        warning=_tr(
            "The saved PDF file is not encrypted. Anyone who has this laptop, the folder "
            "or the USB stick it is saved on can open it and read everything in it.\n\n"
            "Save it only where your agency allows, and delete it when you no longer "
            "need it.\n\nSave a copy anyway?"
        ),
        dialog_caption=_tr("Save a copy as PDF (not encrypted)"),
        file_filter=_tr("PDF documents (*.pdf)"),
        not_saved_title=_tr("The copy was not saved"),
        disk_full=_tr(
            "The disk is full, so the PDF was not saved. Free some space, or choose "
            "another place, and try again."
        ),
        read_only=_tr(
            "The PDF could not be saved there: the folder is read-only or you do not have "
            "permission to write in it. Nothing was saved; choose another folder and try "
            "again."
        ),
        failed=_tr(
            "The PDF could not be saved there, and nothing was saved. Check that the "
            "folder still exists (a USB stick may have been taken out), then choose "
            "another place and try again."
        ),
    )


def save_pdf_copy(parent: QWidget | None, data: bytes, suggested_name: str) -> Path | None:
    """Warn, ask where, write. Returns the file written, or None when nothing was saved.

    `suggested_name` is a plain file name without the client's name ("case-plan-v3.pdf").
    """
    return save_unencrypted_copy(parent, data, suggested_name, _pdf_texts())


def save_unencrypted_copy(
    parent: QWidget | None, data: bytes | Callable[[], bytes], suggested_name: str, texts: CopyTexts
) -> Path | None:
    """The same for any kind of file: warn, ask where, write atomically (mode 0600).

    `data` may be a function that makes the bytes once the worker chose where, so nothing
    is built when she declines; what it raises (a plain `ShelterplanError`) is the
    caller's to show.
    """
    if not Messages.ask(parent, texts.warning_title, texts.warning):
        return None
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        texts.dialog_caption,
        str(_start_folder() / _plain_name(suggested_name, texts.suffix)),
        texts.file_filter,
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != texts.suffix:
        path = path.with_name(path.name + texts.suffix)
        if path.exists() and not Messages.ask(
            parent,
            _tr("Replace the file?"),
            _tr("A file named {0} already exists in that folder. Replace it?").format(path.name),
        ):
            return None
    if not _write(parent, path, data() if callable(data) else data, texts):
        return None
    global _last_folder
    _last_folder = path.parent
    return path


def _write(parent: QWidget | None, path: Path, data: bytes, texts: CopyTexts) -> bool:
    try:
        write_atomic(path, data)
        os.chmod(path, 0o600)
    except DiskFull:
        problem = texts.disk_full
    except ReadOnly:
        problem = texts.read_only
    except OSError:
        problem = texts.failed
    else:
        return True
    Messages.show(parent, Kind.ERROR, texts.not_saved_title, problem)
    return False


def _plain_name(suggested_name: str, suffix: str = PDF_SUFFIX) -> str:
    name = Path(suggested_name).name or "document" + suffix
    return name if name.lower().endswith(suffix) else name + suffix


def _start_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()
