"""What a new passphrase must be: long enough, and not one everybody else uses.

At least 12 characters and at most 1,000; no composition rules (no "one digit, one
capital"): a short sentence of her own is both easier to remember and harder to guess.
A passphrase is refused when it is in the list of common passwords shipped in
`resources/passwords/` (see resources/README.md), compared ignoring case and surrounding
spaces, and also with every space removed ("Correct Horse Battery Staple" is refused
like "correcthorsebatterystaple"), or when it is her own name.

The rule sits beside the key slots, so every place a passphrase is set — creating a
store, adding a worker, changing or resetting a passphrase — goes through it.
"""

from __future__ import annotations

import functools
import logging

from shelterplan.errors import ShelterplanError
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.paths import resources_dir

log = logging.getLogger(__name__)

MIN_LENGTH = 12
MAX_LENGTH = 1000
COMMON_FILE = ("passwords", "common-passwords.txt")


class WeakPassphrase(ShelterplanError):
    """A new passphrase was refused; the message says why, plainly."""


def _folded(text: str) -> str:
    return text.strip().casefold()


def _spaceless(text: str) -> str:
    return "".join(text.split()).casefold()


@functools.cache
def common_passphrases() -> frozenset[str]:
    """The shipped list, each entry folded both ways (as typed, and without spaces)."""
    try:
        path = resources_dir().joinpath(*COMMON_FILE)
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        # A broken install must not lock everyone out; the length rule still holds.
        log.warning("The list of common passwords is missing; only the length is checked.")
        return frozenset()
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    return frozenset({_folded(e) for e in entries} | {_spaceless(e) for e in entries})


# The rules a passphrase can break: codes, so that the screen says them in its language.
TOO_SHORT, TOO_LONG, TOO_COMMON, IS_NAME = "too_short", "too_long", "too_common", "is_name"
_SENTENCES = {
    TOO_SHORT: QT_TRANSLATE_NOOP(
        "errors",
        "A passphrase needs at least {least} characters: "
        "a short sentence of your own is easy to remember.",
    ),
    TOO_LONG: QT_TRANSLATE_NOOP("errors", "A passphrase can have at most {most} characters."),
    TOO_COMMON: QT_TRANSLATE_NOOP(
        "errors", "This passphrase is too common: choose a longer phrase of your own."
    ),
    IS_NAME: QT_TRANSLATE_NOOP(
        "errors", "A passphrase cannot be your name: choose a phrase of your own."
    ),
}
_LIMITS = {"least": MIN_LENGTH, "most": MAX_LENGTH}


def passphrase_rule(passphrase: str, name: str | None = None) -> str | None:
    """The rule `passphrase` breaks (TOO_SHORT, TOO_LONG, TOO_COMMON, IS_NAME), or None."""
    if len(passphrase.strip()) < MIN_LENGTH:
        return TOO_SHORT
    if len(passphrase) > MAX_LENGTH:
        return TOO_LONG
    common = common_passphrases()
    if _folded(passphrase) in common or _spaceless(passphrase) in common:
        return TOO_COMMON
    if name and _spaceless(passphrase) == _spaceless(name):
        return IS_NAME
    return None


def passphrase_refusal(passphrase: str, name: str | None = None) -> WeakPassphrase | None:
    """Why `passphrase` cannot be used (the refusal, in words the screen translates), or
    None when it can."""
    rule = passphrase_rule(passphrase, name)
    return None if rule is None else WeakPassphrase(_SENTENCES[rule], **_LIMITS)


def check_new_passphrase(passphrase: str, name: str | None = None) -> None:
    """Raise `WeakPassphrase` unless `passphrase` may be set for `name`."""
    refusal = passphrase_refusal(passphrase, name)
    if refusal is not None:
        raise refusal
