"""A refusal from `core/` or `store/` in the worker's language.

Their sentences are English source text marked with `QT_TRANSLATE_NOOP("errors", ...)`
(`shelterplan/i18n.py`); here they are looked up in the "errors" context, and so are the
marked phrases that fill their `{placeholders}` ("The domain", "keeping a file about
her"). Names and numbers are put in as they are. Anything not marked, or a translation
whose placeholders do not fit, shows as the English sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shelterplan.errors import ShelterplanError
from shelterplan.i18n import Phrase

CONTEXT = "errors"


def _translated(value: object) -> object:
    if isinstance(value, Phrase):
        return QCoreApplication.translate(CONTEXT, value)
    return value


def error_text(error: BaseException) -> str:
    """`error`'s sentence in the screen's language."""
    if not isinstance(error, ShelterplanError) or not isinstance(error.template, Phrase):
        return str(error)
    template = QCoreApplication.translate(CONTEXT, error.template)
    if not error.values:
        return template
    values = {key: _translated(value) for key, value in error.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost its placeholders
        return str(error)
