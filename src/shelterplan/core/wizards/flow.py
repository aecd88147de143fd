"""The shape every wizard flow shares.

A flow holds what was typed, page by page, as plain JSON-able values, so that it can be
saved as a draft after every page change and resumed exactly where it stopped. A page
can be skipped when it is marked skippable: its questions are then recorded as
"declined" (she chose not to answer), which is not the same as "not asked yet".
Problems found on a page are either errors (the page cannot be left) or warnings
(shown, never blocking).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """Something to tell the worker about a page. `code` is what the UI translates;
    `field` names the input it is about; `detail` carries a value to show (a date)."""

    severity: Severity
    code: str
    field: str | None = None
    detail: str | None = None


@dataclass(frozen=True)
class PageSpec:
    key: str
    skippable: bool = False


@dataclass
class WizardFlow:
    """Base class: subclasses set `kind` and `pages` and implement `check` and `finish`."""

    kind: ClassVar[str] = ""
    pages: ClassVar[tuple[PageSpec, ...]] = ()

    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    declined: set[str] = field(default_factory=set)
    current: str = ""
    case_id: str | None = None
    goal_id: str | None = None

    def __post_init__(self) -> None:
        if not self.current:
            self.current = self.pages[0].key

    # --- pages ------------------------------------------------------------------------
    def page(self, key: str) -> PageSpec:
        for spec in self.pages:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def page_keys(self) -> list[str]:
        """The pages this flow shows, in order (a subclass may leave some out)."""
        return [spec.key for spec in self.pages]

    def next_key(self) -> str | None:
        keys = self.page_keys()
        index = keys.index(self.current)
        return keys[index + 1] if index + 1 < len(keys) else None

    def previous_key(self) -> str | None:
        keys = self.page_keys()
        index = keys.index(self.current)
        return keys[index - 1] if index > 0 else None

    def go_to(self, key: str) -> None:
        self.page(key)
        self.current = key

    # --- values -----------------------------------------------------------------------
    def set_values(self, key: str, values: dict[str, Any]) -> None:
        self.page(key)
        self.values[key] = dict(values)
        self.declined.discard(key)

    def get(self, key: str, name: str, default: Any = None) -> Any:
        return self.values.get(key, {}).get(name, default)

    def skip(self, key: str) -> None:
        """She chose not to answer this page: record it as declined."""
        if not self.page(key).skippable:
            raise ValueError(f"page {key!r} cannot be skipped")
        self.values.pop(key, None)
        self.declined.add(key)

    def is_declined(self, key: str) -> bool:
        return key in self.declined

    # --- checking and finishing ---------------------------------------------------------
    def check(self, key: str) -> list[Problem]:
        """Problems on one page (errors block leaving it; warnings do not)."""
        return []

    def can_leave(self, key: str) -> bool:
        return not any(p.severity == Severity.ERROR for p in self.check(key))

    def finish(self, session: Session, actor: Actor) -> Any:
        raise NotImplementedError

    # --- drafts -----------------------------------------------------------------------
    def to_draft(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "values": self.values,
            "declined": sorted(self.declined),
            "current": self.current,
        }

    @classmethod
    def from_draft(
        cls, draft: dict[str, Any], case_id: str | None = None, goal_id: str | None = None
    ) -> WizardFlow:
        if draft.get("kind") != cls.kind:
            raise ValueError("this draft belongs to another wizard")
        known = {spec.key for spec in cls.pages}
        flow = cls(
            values={k: dict(v) for k, v in draft.get("values", {}).items() if k in known},
            declined={k for k in draft.get("declined", []) if k in known},
            current=draft.get("current") if draft.get("current") in known else "",
            case_id=case_id,
            goal_id=goal_id,
        )
        return flow
