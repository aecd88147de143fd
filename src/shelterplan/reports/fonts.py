"""The embedded fonts: DejaVu Sans, registered with ReportLab once per process.

Parsing the TrueType files costs tens of milliseconds, so it happens on first use
only and the faces are shared by every later document. `missing_characters` tells
which characters a face has no glyph for: ReportLab prints those as a box.
"""

from __future__ import annotations

import threading
import unicodedata
from enum import StrEnum
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shelterplan.paths import resources_dir

FAMILY = "ShelterplanSans"


class Face(StrEnum):
    """The three faces shipped, by ReportLab font name."""

    REGULAR = "ShelterplanSans"
    BOLD = "ShelterplanSans-Bold"
    OBLIQUE = "ShelterplanSans-Oblique"


_FILES = {
    Face.REGULAR: "DejaVuSans.ttf",
    Face.BOLD: "DejaVuSans-Bold.ttf",
    Face.OBLIQUE: "DejaVuSans-Oblique.ttf",
}


class _Font(TTFont):
    """A TrueType font that remembers the widths of the words it has measured.

    Laying out a plan measures the same words thousands of times; the measuring is pure
    Python here (ReportLab's C accelerator is optional and not installed). The words are
    hers: `forget_measured_words` empties the memory after each document.
    """

    @lru_cache(maxsize=1 << 15)  # noqa: B019 (the fonts live as long as the process)
    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        width: float = super().stringWidth(text, size, encoding)
        return width


def forget_measured_words() -> None:
    """Drop the remembered word widths (so no document's words stay in memory)."""
    _Font.stringWidth.cache_clear()


_lock = threading.Lock()
_cmaps: dict[Face, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the faces and the family (bold/italic markup) once; cheap afterwards."""
    if _cmaps:
        return
    with _lock:
        if _cmaps:
            return
        folder = resources_dir() / "fonts"
        loaded: dict[Face, frozenset[int]] = {}
        for face, filename in _FILES.items():
            font = _Font(face.value, str(folder / filename))
            pdfmetrics.registerFont(font)
            loaded[face] = frozenset(font.face.charToGlyph)
        # <b> and <i> in paragraph markup pick these faces; there is no bold oblique.
        addMapping(FAMILY, 0, 0, Face.REGULAR.value)
        addMapping(FAMILY, 1, 0, Face.BOLD.value)
        addMapping(FAMILY, 0, 1, Face.OBLIQUE.value)
        addMapping(FAMILY, 1, 1, Face.BOLD.value)
        _cmaps.update(loaded)  # last: a filled cache means everything is registered


def _needs_glyph(char: str) -> bool:
    # Spacing and control characters are laid out, not drawn (ReportLab maps the
    # no-break space onto the space glyph).
    return not char.isspace() and unicodedata.category(char) != "Cc"


def missing_characters(text: str, face: Face = Face.REGULAR) -> frozenset[str]:
    """Characters of `text` the face has no glyph for (they would print as a box)."""
    register_fonts()
    cmap = _cmaps[face]
    return frozenset(ch for ch in set(text) if ord(ch) not in cmap and _needs_glyph(ch))
