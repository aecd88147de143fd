"""What the print dialog offers and what the worker chose, as plain values.

The same dialog prints the case plan and the safety plan: each caller describes its
options with `PrintOptions` and turns a `PrintChoice` into a `RenderedPdf`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from shelterplan.core.vocab import DOCUMENT_LANGUAGES

CONTEXT = "PrintOptions"

# Each language in its own name, never translated: she looks for her language's name.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}

# Flag keys the app's callers use (a caller may define others).
TAKE_HOME = "take_home"
LARGE_PRINT = "large_print"
POCKET_CARD = "pocket_card"
SUPERVISOR_BLOCK = "supervisor_block"


@dataclass(frozen=True)
class PrintChoice:
    """The options the document is printed with."""

    language: str  # en, fr, es: the document's language, not the screen's
    flags: frozenset[str] = frozenset()

    def has(self, flag: str) -> bool:
        return flag in self.flags


@dataclass(frozen=True)
class FlagOption:
    """One checkbox of the dialog; `label` and `detail` are already translated.

    `detail`, if any, is a short line shown under the checkbox (what the option leaves
    out or changes).
    """

    key: str
    label: str
    checked: bool = False
    detail: str = ""


@dataclass(frozen=True)
class PrintOptions:
    """The controls the dialog shows, with their starting values."""

    language: str = "en"
    languages: tuple[str, ...] = DOCUMENT_LANGUAGES
    flags: tuple[FlagOption, ...] = field(default=())

    def initial_choice(self) -> PrintChoice:
        language = self.language if self.language in self.languages else self.languages[0]
        return PrintChoice(language, frozenset(f.key for f in self.flags if f.checked))


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plan_print_options(language: str, take_home: bool = False) -> PrintOptions:
    """The case plan's options: her take-home copy, large print, a supervisor's block."""
    return PrintOptions(
        language=language,
        flags=(
            FlagOption(
                TAKE_HOME,
                _tr("Take-home copy for her"),
                checked=take_home,
                detail=_tr("No shelter address, no safety notes, nothing marked not for her."),
            ),
            FlagOption(LARGE_PRINT, _tr("Large print")),
            FlagOption(SUPERVISOR_BLOCK, _tr("Add a signature block for a supervisor")),
        ),
    )


def safety_print_options(language: str) -> PrintOptions:
    """Her safety plan's options: large print, or a card to fold into a pocket."""
    return PrintOptions(
        language=language,
        flags=(
            FlagOption(LARGE_PRINT, _tr("Large print")),
            FlagOption(
                POCKET_CARD,
                _tr("Pocket card size"),
                detail=_tr("The essentials on a small card, easy to keep out of sight."),
            ),
        ),
    )
