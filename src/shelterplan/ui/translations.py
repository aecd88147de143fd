"""The screen's language: Qt's own strings (qtbase) and ours, from compiled .qm files.

English is the source language and needs no file. French and Spanish come from the Qt
Linguist sources in `resources/translations/`, compiled to `.qm` by
`python scripts/translations.py compile` (`scripts/setup.sh` runs it). The language
follows the system unless the worker chose one on the unlock screen (kept in this
computer's settings) or SHELTERPLAN_LANGUAGE (en, fr, es) says otherwise; a choice
applies the next time the app starts. Printed documents keep their own language
(`reports/terms.py`).

SHELTERPLAN_LANGUAGE=pseudo turns every screen string into a longer, accented version of
itself ("[Ŝâvé ~~~~]"), to find where a longer language would not fit.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from shelterplan import APP_NAME
from shelterplan.paths import resources_dir

log = logging.getLogger(__name__)
SCREEN_LANGUAGES = ("en", "fr", "es")
LOCALES = {"en": "en_CA", "fr": "fr_CA", "es": "es"}
SETTING = "screen/language"
PSEUDO = "pseudo"
_ACCENTED = str.maketrans("aceginorstuyzACEGINORSTUYZ", "âçéĝîñöŕšţûýžÂÇÉĜÎÑÖŔŠŢÛÝŽ")
_PLACEHOLDER = re.compile(r"(\{[a-z0-9_]*\}|%n|%\d|&&|&|<[^>]*>)")


def saved_language() -> str | None:
    """The language chosen on this computer (None: follow the system)."""
    value = QSettings(APP_NAME, APP_NAME).value(SETTING)
    return str(value) if value in SCREEN_LANGUAGES else None


def save_language(code: str | None) -> None:
    settings = QSettings(APP_NAME, APP_NAME)
    if code in SCREEN_LANGUAGES:
        settings.setValue(SETTING, code)
    else:
        settings.remove(SETTING)


def screen_language(requested: str | None = None) -> str:
    """The language asked for, else SHELTERPLAN_LANGUAGE, else the one chosen on this
    computer, else the system's; English if none fits."""
    for candidate in (
        requested,
        os.environ.get("SHELTERPLAN_LANGUAGE"),
        saved_language(),
        QLocale.system().name(),
    ):
        code = (candidate or "")[:2].lower()
        if code in SCREEN_LANGUAGES:
            return code
    return "en"


def pseudo_text(text: str) -> str:
    """Accented and about 40 % longer, placeholders and mnemonics kept as they are."""
    parts = _PLACEHOLDER.split(text)
    shown = "".join(
        part if _PLACEHOLDER.fullmatch(part) else part.translate(_ACCENTED) for part in parts
    )
    # The padding wraps like words do (a real translation has no 100-letter word).
    padding = "~" * max(2, len(text) * 2 // 5)
    return f"[{shown} {' '.join(re.findall('~{1,10}', padding))}]"


class PseudoTranslator(QTranslator):
    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo_text(source)

    def isEmpty(self) -> bool:
        return False


def compiled_folder() -> Path:
    return resources_dir() / "translations" / "qm"


def install_translators(
    app: QCoreApplication, language: str | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load Qt's and shelterplan's translations for the screen language; returns them
    (installed on `app`, parented to it). Missing files leave English, with a warning."""
    if (language or os.environ.get("SHELTERPLAN_LANGUAGE")) == PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [pseudo]
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
