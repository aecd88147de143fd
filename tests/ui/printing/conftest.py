"""Printing tests: answer the app's questions instead of leaving modal boxes open."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from shelterplan.ui.messages import Kind, Messages


@dataclass
class Answers:
    """What `Messages.ask` answers, and a record of every message shown or asked."""

    ask: bool = True
    asked: list[tuple[str, str]] = field(default_factory=list)
    shown: list[tuple[Kind, str, str]] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    record = Answers()

    def ask(_parent: object, title: str, text: str) -> bool:
        record.asked.append((title, text))
        return record.ask

    def show(_parent: object, kind: Kind, title: str, text: str) -> None:
        record.shown.append((kind, title, text))

    monkeypatch.setattr(Messages, "ask", staticmethod(ask))
    monkeypatch.setattr(Messages, "show", staticmethod(show))
    return record
