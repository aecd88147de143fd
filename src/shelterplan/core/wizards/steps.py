"""The step wizard's flow: definite steps with deadlines for one goal (seed 004).

Each step says what is done, who does it (she, the worker, a provider, a support
person), by when, any appointment (date, time, place), instructions for her and the
documents or forms she needs. The flow warns, never blocks, when a due date has passed,
falls after the goal's target date, or lands in a week already crowded with her steps:
the worker may have good reasons, but she should see it.

What the checks need from the store (the goal's target date, her open steps per week,
today) is read once into a `StepContext` before the pages are shown, so `check` is pure
and testable without a store.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core import planning
from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import InvalidInput, get_live
from shelterplan.core.vocab import Phase, Responsible, StepStatus
from shelterplan.core.wizards.flow import PageSpec, Problem, Severity, WizardFlow
from shelterplan.core.wizards.goals import parse_day
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.models import Case, Goal, Step

# A week holding this many open steps of hers (counting the new ones) is "crowded".
CROWDED_WEEK_STEPS = 4

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class StepProblem(StrEnum):
    NO_STEPS = "NO_STEPS"
    ACTION_EMPTY = "ACTION_EMPTY"
    BAD_RESPONSIBLE = "BAD_RESPONSIBLE"
    BAD_DATE = "BAD_DATE"
    BAD_TIME = "BAD_TIME"
    DUE_IN_PAST = "DUE_IN_PAST"
    DUE_AFTER_GOAL_TARGET = "DUE_AFTER_GOAL_TARGET"
    CROWDED_WEEK = "CROWDED_WEEK"


def week_start(day: date) -> date:
    """The Monday of the ISO week a day falls in."""
    return day - timedelta(days=day.weekday())


def step_field(index: int, name: str) -> str:
    """How a problem names the input it is about: "steps.<row>.<field>"."""
    return f"steps.{index}.{name}"


def step_row(problem: Problem) -> int | None:
    """The row (0-based) of the step a problem is about, if it is about one."""
    parts = (problem.field or "").split(".")
    return int(parts[1]) if len(parts) == 3 and parts[1].isdigit() else None


@dataclass(frozen=True)
class StepContext:
    goal_id: str
    case_id: str
    goal_words: str
    goal_target_on: date | None
    today: date
    # Her open steps already in the store, by the Monday of the week they are due.
    open_steps_by_week: dict[date, int] = field(default_factory=dict)


@dataclass(frozen=True)
class WizardStep:
    """A step as typed, parsed (a date or time that does not parse is None)."""

    action: str
    responsible: str
    responsible_name: str | None
    due_on: date | None
    appointment_at: datetime | None
    appointment_place: str | None
    instructions: str | None
    documents_needed: str | None


def _day_or_none(text: Any) -> date | None:
    try:
        return parse_day(text)
    except ValueError:
        return None


def _clock(text: Any) -> time | None:
    match = _TIME.match(str(text or "").strip())
    return time(int(match.group(1)), int(match.group(2))) if match else None


def _optional(value: Any) -> str | None:
    return (str(value).strip() or None) if value else None


def blank_step() -> dict[str, Any]:
    """A new row of the steps page: she does it, no date yet."""
    return {
        "action": "",
        "responsible": Responsible.CLIENT.value,
        "responsible_name": "",
        "due_on": None,
        "appointment_on": None,
        "appointment_time": None,
        "appointment_place": "",
        "instructions": "",
        "documents_needed": "",
    }


@dataclass
class StepFlow(WizardFlow):
    kind: ClassVar[str] = "steps"
    pages: ClassVar[tuple[PageSpec, ...]] = (PageSpec("steps"), PageSpec("summary"))

    context: StepContext | None = None

    def load_context(self, session: Session, actor: Actor, today: date) -> StepContext:
        """The goal's words and target date and her open steps per week, read once."""
        if self.goal_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The step wizard needs a goal."))
        goal = get_live(session, Goal, self.goal_id)
        case = get_live(session, Case, goal.case_id)
        require_case_access(session, actor, case.id)
        self.case_id = case.id
        # "This client": her open steps in every case of hers, not only this one.
        due_dates = session.scalars(
            select(Step.due_on)
            .join(Case, Case.id == Step.case_id)
            .where(
                Case.client_id == case.client_id,
                Case.deleted_at.is_(None),
                Case.phase != Phase.CLOSED,  # a closed case's leftovers are not her week
                Step.status == StepStatus.OPEN,
                Step.deleted_at.is_(None),
                Step.due_on.is_not(None),
            )
        ).all()
        self.context = StepContext(
            goal_id=goal.id,
            case_id=case.id,
            goal_words=goal.in_her_words,
            goal_target_on=goal.target_on,
            today=today,
            open_steps_by_week=dict(Counter(week_start(day) for day in due_dates if day)),
        )
        return self.context

    # --- what was typed, read back ----------------------------------------------------
    def step_rows(self) -> list[dict[str, Any]]:
        return [dict(row) for row in self.get("steps", "steps", [])]

    def steps(self) -> list[WizardStep]:
        found = []
        for row in self.step_rows():
            day, clock = (
                _day_or_none(row.get("appointment_on")),
                _clock(row.get("appointment_time")),
            )
            found.append(
                WizardStep(
                    action=str(row.get("action") or "").strip(),
                    responsible=str(row.get("responsible") or ""),
                    responsible_name=_optional(row.get("responsible_name")),
                    due_on=_day_or_none(row.get("due_on")),
                    appointment_at=datetime.combine(day, clock) if day and clock else None,
                    appointment_place=_optional(row.get("appointment_place")),
                    instructions=_optional(row.get("instructions")),
                    documents_needed=_optional(row.get("documents_needed")),
                )
            )
        return found

    # --- checking ---------------------------------------------------------------------
    def check(self, key: str) -> list[Problem]:
        if key == "summary":
            return [p for p in self.check("steps") if p.severity == Severity.ERROR]
        if key != "steps":
            return []
        rows = self.step_rows()
        if not rows:
            return [Problem(Severity.ERROR, StepProblem.NO_STEPS)]
        problems: list[Problem] = []
        for index, row in enumerate(rows):
            problems += self._check_row(index, row)
        problems += self._crowded_weeks()
        # Errors first: they are what the worker must fix before anything else.
        return sorted(problems, key=lambda p: p.severity != Severity.ERROR)

    def _check_row(self, index: int, row: dict[str, Any]) -> list[Problem]:
        error, warning = Severity.ERROR, Severity.WARNING
        problems = []
        if not str(row.get("action") or "").strip():
            problems.append(Problem(error, StepProblem.ACTION_EMPTY, step_field(index, "action")))
        if row.get("responsible") not in {r.value for r in Responsible}:
            where = step_field(index, "responsible")
            problems.append(Problem(error, StepProblem.BAD_RESPONSIBLE, where))
        for name in ("due_on", "appointment_on"):
            try:
                parse_day(row.get(name))
            except ValueError:
                where = step_field(index, name)
                problems.append(Problem(error, StepProblem.BAD_DATE, where, str(row.get(name))))
        if row.get("appointment_on") and _clock(row.get("appointment_time")) is None:
            where = step_field(index, "appointment_time")
            detail = str(row.get("appointment_time") or "")
            problems.append(Problem(error, StepProblem.BAD_TIME, where, detail))
        due = _day_or_none(row.get("due_on"))
        if due is None or self.context is None:
            return problems
        where = step_field(index, "due_on")
        if due < self.context.today:
            problems.append(Problem(warning, StepProblem.DUE_IN_PAST, where, due.isoformat()))
        target = self.context.goal_target_on
        if target is not None and due > target:
            problems.append(
                Problem(warning, StepProblem.DUE_AFTER_GOAL_TARGET, where, target.isoformat())
            )
        return problems

    def _crowded_weeks(self) -> list[Problem]:
        """One warning per week where her open steps, with the new ones, reach the limit."""
        if self.context is None:
            return []
        adding = Counter(week_start(s.due_on) for s in self.steps() if s.due_on is not None)
        return [
            Problem(Severity.WARNING, StepProblem.CROWDED_WEEK, None, monday.isoformat())
            for monday in sorted(adding)
            if self.context.open_steps_by_week.get(monday, 0) + adding[monday] >= CROWDED_WEEK_STEPS
        ]

    # --- saving -----------------------------------------------------------------------
    def finish(self, session: Session, actor: Actor) -> list[str]:
        """Add the steps to the goal in the caller's one transaction; returns their ids."""
        if self.goal_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The step wizard needs a goal."))
        if self.check("summary"):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Some steps still need fixing before they can be saved."
                )
            )
        created = []
        for step in self.steps():
            record = planning.add_step(
                session,
                actor,
                self.goal_id,
                step.action,
                step.responsible,
                step.due_on,
                responsible_name=step.responsible_name,
                appointment_at=step.appointment_at,
                appointment_place=step.appointment_place,
                instructions=step.instructions,
                documents_needed=step.documents_needed,
            )
            created.append(record.id)
        return created
