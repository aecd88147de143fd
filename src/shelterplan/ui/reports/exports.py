"""Saving the outcome report as PDF or CSV, and the de-identified export for funders.

Each file leaves the encrypted store, so each is saved only when asked, after the same
warning as a saved plan (`ui/printing/save_pdf.py`), atomically. The funder export is
computed, written and recorded in the audit trail together (`core/funder_export.py`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from shelterplan.core.funder_export import write_funder_export
from shelterplan.core.outcomes import OutcomeFigures
from shelterplan.errors import DiskFull, ReadOnly, ShelterplanError
from shelterplan.reports.outcomes_csv import outcomes_csv
from shelterplan.reports.outcomes_pdf import render_outcomes
from shelterplan.ui.context import Desk
from shelterplan.ui.error_text import error_text
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.printing.save_pdf import CopyTexts, save_pdf_copy, save_unencrypted_copy

CONTEXT = "OutcomeExports"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def file_stem(figures: OutcomeFigures) -> str:
    """ "outcomes-2025-12-01-to-2026-11-23": the period only, never a name."""
    f = figures.filters
    return f"outcomes-{f.start.isoformat()}-to-{f.end.isoformat()}"


def _csv_texts(what: str) -> CopyTexts:
    return CopyTexts(
        suffix=".csv",
        warning_title=_tr("Save an unencrypted copy?"),
        warning=_tr(
            "The saved CSV file is not encrypted. Anyone who has this laptop, the folder "
            "or the USB stick it is saved on can open it and read everything in it{0}.\n\n"
            "Save it only where your agency allows, and delete it when you no longer "
            "need it.\n\nSave a copy anyway?"
        ).format(what),
        dialog_caption=_tr("Save as CSV (not encrypted)"),
        file_filter=_tr("CSV files (*.csv)"),
        not_saved_title=_tr("The copy was not saved"),
        disk_full=_tr(
            "The disk is full, so the file was not saved. Free some space, or choose "
            "another place, and try again."
        ),
        read_only=_tr(
            "The file could not be saved there: the folder is read-only or you do not "
            "have permission to write in it. Nothing was saved; choose another folder and "
            "try again."
        ),
        failed=_tr(
            "The file could not be saved there, and nothing was saved. Check that the "
            "folder still exists (a USB stick may have been taken out), then choose "
            "another place and try again."
        ),
    )


def save_report_pdf(
    parent: QWidget | None, figures: OutcomeFigures, language: str, agency_name: str
) -> Path | None:
    document = render_outcomes(figures, language, agency_name=agency_name)
    return save_pdf_copy(parent, document.data, f"{file_stem(figures)}.pdf")


def save_report_csv(parent: QWidget | None, figures: OutcomeFigures, language: str) -> Path | None:
    texts = _csv_texts(_tr(" (staff and service names, and the agency's figures)"))
    return save_unencrypted_copy(
        parent, lambda: outcomes_csv(figures, language), f"{file_stem(figures)}.csv", texts
    )


def save_funder_export(
    parent: QWidget | None, desk: Desk, start: date, end: date, today: date
) -> Path | None:
    """Warn, ask where, then compute, audit and write the de-identified export."""
    texts = _csv_texts(_tr(" (aggregate figures only: no names, small counts hidden)"))
    if not Messages.ask(parent, texts.warning_title, texts.warning):
        return None
    suggested = f"funder-export-{start.isoformat()}-to-{end.isoformat()}.csv"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, _tr("Save the export for funders (not encrypted)"), suggested, texts.file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".csv":
        path = path.with_name(path.name + ".csv")
    try:
        write_funder_export(desk.store, desk.actor.name, path, start, end, today)
    except DiskFull:
        problem = texts.disk_full
    except ReadOnly:
        problem = texts.read_only
    except ShelterplanError as error:
        problem = error_text(error)
    except OSError:
        problem = texts.failed
    else:
        return path
    Messages.show(parent, Kind.ERROR, texts.not_saved_title, problem)
    return None
