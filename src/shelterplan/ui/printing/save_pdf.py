"""Save a copy of a PDF on disk, only when the worker asks and after a clear warning.

The store is encrypted; a saved PDF is not. So the worker is told so first, then chooses
where, and the file is written atomically (temp file in the same folder, then replace):
a full disk or a folder she may not write to leaves nothing half-written behind.
"""

from __future__ import annotations

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


def save_pdf_copy(parent: QWidget | None, data: bytes, suggested_name: str) -> Path | None:
    """Warn, ask where, write. Returns the file written, or None when nothing was saved.

    `suggested_name` is a plain file name without the client's name ("case-plan-v3.pdf").
    """
    if not Messages.ask(
        parent,
        _tr("Save an unencrypted copy?"),
        _tr(
            "The saved PDF file is not encrypted. Anyone who has this laptop, the folder "
            "or the USB stick it is saved on can open it and read everything in it.\n\n"
            "Save it only where your agency allows, and delete it when you no longer "
            "need it.\n\nSave a copy anyway?"
        ),
    ):
        return None
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Save a copy as PDF (not encrypted)"),
        str(_start_folder() / _plain_name(suggested_name)),
        _tr("PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != PDF_SUFFIX:
        path = path.with_name(path.name + PDF_SUFFIX)
        if path.exists() and not Messages.ask(
            parent,
            _tr("Replace the file?"),
            _tr("A file named {0} already exists in that folder. Replace it?").format(path.name),
        ):
            return None
    if not _write(parent, path, data):
        return None
    global _last_folder
    _last_folder = path.parent
    return path


def _write(parent: QWidget | None, path: Path, data: bytes) -> bool:
    try:
        write_atomic(path, data)
    except DiskFull:
        problem = _tr(
            "The disk is full, so the PDF was not saved. Free some space, or choose "
            "another place, and try again."
        )
    except ReadOnly:
        problem = _tr(
            "The PDF could not be saved there: the folder is read-only or you do not have "
            "permission to write in it. Nothing was saved; choose another folder and try "
            "again."
        )
    except OSError:
        problem = _tr(
            "The PDF could not be saved there, and nothing was saved. Check that the "
            "folder still exists (a USB stick may have been taken out), then choose "
            "another place and try again."
        )
    else:
        return True
    Messages.show(parent, Kind.ERROR, _tr("The copy was not saved"), problem)
    return False


def _plain_name(suggested_name: str) -> str:
    name = Path(suggested_name).name or "document.pdf"
    return name if name.lower().endswith(PDF_SUFFIX) else name + PDF_SUFFIX


def _start_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()
