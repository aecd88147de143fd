"""Marking the sentences that `core/` and `store/` show the worker, without Qt.

`QT_TRANSLATE_NOOP("errors", "...")` returns its text unchanged, as a `Phrase`; its name
is the one `pyside6-lupdate` looks for, so `scripts/translations.py update` collects
these sentences for the translators. The screen shows them in the worker's language
through `ui/error_text.py`; the command line and the logs keep the English source.
"""

from __future__ import annotations


class Phrase(str):
    """English source text that the screen translates (a sentence, or a phrase put into
    one through a `{placeholder}`)."""

    __slots__ = ()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Phrase:
    """Mark `source` for translation in `context`; the text itself is unchanged."""
    del context  # read by pyside6-lupdate, not at run time
    return Phrase(source)
