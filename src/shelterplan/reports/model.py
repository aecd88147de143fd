"""What a printed document is made from, as plain data, and what rendering gives back.

The renderers take only these values (never a database session), so a document can be
built again from a frozen plan version and come out byte for byte the same.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from shelterplan.core.progress import Progress


class Audience(StrEnum):
    FULL = "full"  # the agency's copy, signed in the session
    TAKE_HOME = "take_home"  # her copy: no shelter address, no safety notes, no hidden items


class SignatoryRole(StrEnum):
    CLIENT = "client"
    WORKER = "worker"
    SUPERVISOR = "supervisor"
    OTHER = "other"


class PaperSize(StrEnum):
    LETTER = "letter"
    A4 = "a4"


# A drawn signature: strokes of points (x, y), y downwards, both scaled by the pad's width
# (x in 0..1; y in 0..height/width), so the drawing keeps its proportions when printed.
Stroke = tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class Agency:
    name: str = ""
    address: str | None = None
    phone: str | None = None
    logo: bytes | None = None  # PNG or JPEG bytes, printed at the top of the full copy


@dataclass(frozen=True)
class SignatureBlock:
    """One block at the end of the plan. Unsigned blocks print empty lines to sign on."""

    role: SignatoryRole
    name: str = ""
    signed_on: date | None = None
    strokes: tuple[Stroke, ...] = ()


@dataclass(frozen=True)
class PlanPrint:
    """Everything one printed plan shows.

    `snapshot` is `shelterplan.core.versions.plan_snapshot()` (or a frozen version's
    stored snapshot); `fingerprint` is its content SHA-256 (hex), printed shortened in the
    footer so a paper copy can be matched to the stored version.
    """

    snapshot: dict[str, Any]
    fingerprint: str
    version_number: int
    language: str  # en, fr, es: the document's language, not the screen's
    printed_on: date
    agency: Agency = field(default_factory=Agency)
    audience: Audience = Audience.FULL
    large_print: bool = False
    paper: PaperSize = PaperSize.LETTER
    signatures: tuple[SignatureBlock, ...] = (
        SignatureBlock(SignatoryRole.CLIENT),
        SignatureBlock(SignatoryRole.WORKER),
    )
    signed: bool = False  # a signed, frozen version (prints "signed on" with the blocks)


@dataclass(frozen=True)
class SafetyPrint:
    """Her safety plan, printed discreetly: no agency name, logo or address."""

    sections: dict[str, str]  # section key (core.safety_plan.SECTIONS) -> her text
    language: str
    printed_on: date
    pocket_card: bool = False
    large_print: bool = False
    paper: PaperSize = PaperSize.LETTER


@dataclass(frozen=True)
class ProgressPrint:
    """Her progress page: what she has achieved since the plan began, for her to keep.

    `progress` is `shelterplan.core.progress.progress()`. Like her take-home copy it
    carries no agency address and no safety notes.
    """

    progress: Progress
    language: str  # en, fr, es: her document language, not the screen's
    printed_on: date
    large_print: bool = False
    paper: PaperSize = PaperSize.LETTER


@dataclass(frozen=True)
class RenderedPdf:
    """A finished document, in memory only."""

    data: bytes
    pages: int
    # Characters the embedded font has no glyph for: printed as a visible box, and
    # reported so the worker can be told (never dropped silently).
    missing_characters: frozenset[str] = frozenset()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()
