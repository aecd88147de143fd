"""The screen's language: Qt's own strings (qtbase) and ours, from compiled .qm files.

English is the source language and needs no file. French and Spanish come from the Qt
Linguist sources in `resources/translations/`, compiled to `.qm` by
`python scripts/translations.py compile` (`scripts/setup.sh` runs it). The language
follows the system unless SHELTERPLAN_LANGUAGE (en, fr, es) says otherwise; it applies
at start. Printed documents keep their own language (`reports/terms.py`).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from shelterplan.paths import resources_dir

log = logging.getLogger(__name__)
SCREEN_LANGUAGES = ("en", "fr", "es")
LOCALES = {"en": "en_CA", "fr": "fr_CA", "es": "es"}


def screen_language(requested: str | None = None) -> str:
    """The language asked for, else SHELTERPLAN_LANGUAGE, else the system's; en if none fits."""
    for candidate in (requested, os.environ.get("SHELTERPLAN_LANGUAGE"), QLocale.system().name()):
        code = (candidate or "")[:2].lower()
        if code in SCREEN_LANGUAGES:
            return code
    return "en"


def compiled_folder() -> Path:
    return resources_dir() / "translations" / "qm"


def install_translators(
    app: QCoreApplication, language: str | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load Qt's and shelterplan's translations for the screen language; returns them
    (installed on `app`, parented to it). Missing files leave English, with a warning."""
    code = screen_language(language)
    QLocale.setDefault(QLocale(LOCALES[code]))
    if code == "en":
        return []
    installed: list[QTranslator] = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    files = sorted((folder or compiled_folder()).glob(f"shelterplan_*_{code}.qm"))
    if not files:
        log.warning("no compiled translations for %s: run scripts/translations.py compile", code)
    for path in files:
        ours = QTranslator(app)
        if ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
