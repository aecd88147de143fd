"""The review wizard's flow: going over the plan with her, goal by goal.

Seed 003's cycle ends in monitoring and continuous evaluation: measure the progress she
made, name what favoured or hindered change, adjust. The pages:

1. `since` — what happened since the last review (or since the plan began): for each
   active goal, the steps done, missed and still open. Nothing to answer: the worker and
   she look at it together first.
2. `goals` — for each goal: a progress rating, what helped, what got in the way, and the
   decision: keep, amend (the plan is edited when the wizard closes), achieved, or set
   aside with a reason (required).
3. `needs` — her needs as last assessed; those that changed are updated in place.
4. `next` — the next review date (after today) and a short summary in her words.
5. `summary` — read back; leaving it saves the review (a commit page: no way back).
6. `done` — what was saved, and what to do now: print the updated plan, print her
   progress page, amend.

What the pages show comes from `core.reviews.review_context`, read once into the flow
before the pages are built; `check` is pure. Decisions are kept by goal id, so a draft
resumed after the plan changed simply drops goals that are no longer active.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from shelterplan.core import reviews
from shelterplan.core.actors import Actor
from shelterplan.core.reviews import GoalDecision, NeedChange, ReviewContext, ReviewSaved
from shelterplan.core.rules import InvalidInput
from shelterplan.core.vocab import NeedLevel, ProgressRating, ReviewDecision
from shelterplan.core.wizards.flow import PageSpec, Problem, Severity, WizardFlow
from shelterplan.core.wizards.goals import parse_day
from shelterplan.i18n import QT_TRANSLATE_NOOP

# Four weeks: the same weekday as today, a month later.
DEFAULT_INTERVAL = timedelta(days=28)
# A next review further away than this is worth a second look (never blocked).
FAR_AWAY = timedelta(days=183)


class ReviewProblem(StrEnum):
    NO_DECISION = "NO_DECISION"
    UNKNOWN_DECISION = "UNKNOWN_DECISION"
    NO_REASON = "NO_REASON"
    UNKNOWN_RATING = "UNKNOWN_RATING"
    NO_RATING = "NO_RATING"  # a warning
    RATED_ACHIEVED_NOT_MARKED = "RATED_ACHIEVED_NOT_MARKED"  # a warning
    OPEN_STEPS_CLOSE = "OPEN_STEPS_CLOSE"  # a warning: detail is how many
    UNKNOWN_LEVEL = "UNKNOWN_LEVEL"
    NO_LEVEL = "NO_LEVEL"  # a situation written for a domain without a need level
    NO_NEXT_REVIEW = "NO_NEXT_REVIEW"
    BAD_DATE = "BAD_DATE"
    NEXT_REVIEW_NOT_AFTER_TODAY = "NEXT_REVIEW_NOT_AFTER_TODAY"
    NEXT_REVIEW_FAR = "NEXT_REVIEW_FAR"  # a warning
    NO_SUMMARY = "NO_SUMMARY"  # a warning


def _text(value: Any) -> str:
    return str(value or "").strip()


def blank_goal_review() -> dict[str, Any]:
    """A goal not gone over yet: no rating, no decision."""
    return {"rating": None, "helped": "", "hindered": "", "decision": None, "reason": ""}


@dataclass
class ReviewFlow(WizardFlow):
    kind: ClassVar[str] = "review"
    pages: ClassVar[tuple[PageSpec, ...]] = (
        PageSpec("since"),
        PageSpec("goals"),
        PageSpec("needs"),
        PageSpec("next"),
        PageSpec("summary"),
        PageSpec("done"),
    )

    context: ReviewContext | None = None

    # --- the store, read once before the pages ---------------------------------------
    def load_context(self, session: Session, actor: Actor, today: date) -> ReviewContext:
        if self.case_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The review needs a case."))
        context = reviews.review_context(session, actor, self.case_id, today)
        if context.case_closed:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "This case is closed; reopen it before reviewing the plan."
                )
            )
        self.context = context
        return context

    @classmethod
    def from_draft(
        cls, draft: dict[str, Any], case_id: str | None = None, goal_id: str | None = None
    ) -> WizardFlow:
        flow = super().from_draft(draft, case_id=case_id, goal_id=goal_id)
        if flow.current == "done":  # never saved after the review was, but be sure
            flow.current = "summary"
        return flow

    # --- what was typed, read back ----------------------------------------------------
    def goal_ids(self) -> list[str]:
        return [goal.goal_id for goal in self.context.goals] if self.context else []

    def goal_values(self, goal_id: str) -> dict[str, Any]:
        """What was said about one goal (blank when not gone over yet)."""
        by_goal = self.get("goals", "by_goal", {}) or {}
        return {**blank_goal_review(), **dict(by_goal.get(goal_id) or {})}

    def decisions(self) -> list[GoalDecision]:
        """A decision for each active goal that has one, in the plan's order."""
        found = []
        for goal_id in self.goal_ids():
            values = self.goal_values(goal_id)
            if not values.get("decision"):
                continue
            found.append(
                GoalDecision(
                    goal_id=goal_id,
                    decision=str(values["decision"]),
                    progress=values.get("rating") or None,
                    helped=_text(values.get("helped")) or None,
                    hindered=_text(values.get("hindered")) or None,
                    reason=_text(values.get("reason")) or None,
                )
            )
        return found

    def decided(self, decision: str) -> list[str]:
        """The goals given this decision, in the plan's order."""
        return [d.goal_id for d in self.decisions() if d.decision == decision]

    def need_rows(self) -> dict[str, dict[str, Any]]:
        return dict(self.get("needs", "needs", {}) or {})

    def need_changes(self) -> list[NeedChange]:
        """The domains whose need level or situation differs from the last assessment."""
        changes = []
        for domain, row in self.need_rows().items():
            level = row.get("need_level")
            situation = _text(row.get("situation")) or None
            before = self.context.need(domain) if self.context else None
            if before is None and (not level or level == NeedLevel.NONE) and situation is None:
                continue  # a domain never assessed, left as it was
            if before is not None and (before.need_level, before.situation) == (level, situation):
                continue
            changes.append(NeedChange(domain, str(level or NeedLevel.NONE), situation))
        return changes

    def suggested_next_review(self) -> date:
        """The date already set if it is still ahead (an early review), else four weeks."""
        context = self.context
        today = context.today if context else date.today()
        if context is not None and context.next_review_on and context.next_review_on > today:
            return context.next_review_on
        return today + DEFAULT_INTERVAL

    def next_review_on(self) -> date | None:
        try:
            return parse_day(self.get("next", "next_review_on"))
        except ValueError:
            return None

    def summary_words(self) -> str:
        return _text(self.get("next", "summary"))

    def steps_to_cancel(self) -> int:
        """Open steps of the goals achieved or set aside: they close with the review."""
        if self.context is None:
            return 0
        closing = set(self.decided(ReviewDecision.ACHIEVED))
        closing |= set(self.decided(ReviewDecision.SET_ASIDE))
        return sum(len(g.still_open) for g in self.context.goals if g.goal_id in closing)

    # --- checking ---------------------------------------------------------------------
    def check(self, key: str) -> list[Problem]:
        checks = {
            "goals": self._check_goals,
            "needs": self._check_needs,
            "next": self._check_next,
            "summary": self.errors,
        }
        check = checks.get(key)
        return check() if check is not None else []

    def errors(self) -> list[Problem]:
        """Every error left on any page (a resumed draft may hold some): blocks saving."""
        found: list[Problem] = []
        for key in ("goals", "needs", "next"):
            found += [p for p in self.check(key) if p.severity == Severity.ERROR]
        return found

    def _check_goals(self) -> list[Problem]:
        error, warning = Severity.ERROR, Severity.WARNING
        problems: list[Problem] = []
        decisions = {d.value for d in ReviewDecision}
        ratings = {r.value for r in ProgressRating}
        for goal in self.context.goals if self.context else ():
            values = self.goal_values(goal.goal_id)
            decision, rating = values.get("decision"), values.get("rating")
            where = goal.goal_id
            if not decision:
                problems.append(Problem(error, ReviewProblem.NO_DECISION, where))
            elif decision not in decisions:
                problems.append(Problem(error, ReviewProblem.UNKNOWN_DECISION, where))
            elif decision == ReviewDecision.SET_ASIDE and not _text(values.get("reason")):
                problems.append(Problem(error, ReviewProblem.NO_REASON, where))
            if rating and rating not in ratings:
                problems.append(Problem(error, ReviewProblem.UNKNOWN_RATING, where))
            elif not rating:
                problems.append(Problem(warning, ReviewProblem.NO_RATING, where))
            elif rating == ProgressRating.ACHIEVED and decision in (
                ReviewDecision.KEEP,
                ReviewDecision.AMEND,
            ):
                problems.append(Problem(warning, ReviewProblem.RATED_ACHIEVED_NOT_MARKED, where))
            closing = (ReviewDecision.ACHIEVED, ReviewDecision.SET_ASIDE)
            if decision in closing and goal.still_open:
                detail = str(len(goal.still_open))
                problems.append(Problem(warning, ReviewProblem.OPEN_STEPS_CLOSE, where, detail))
        return sorted(problems, key=lambda p: p.severity != Severity.ERROR)

    def _check_needs(self) -> list[Problem]:
        levels = {level.value for level in NeedLevel}
        problems = []
        for domain, row in self.need_rows().items():
            level = row.get("need_level")
            if level and level not in levels:
                problems.append(Problem(Severity.ERROR, ReviewProblem.UNKNOWN_LEVEL, domain))
            elif not level and _text(row.get("situation")):
                problems.append(Problem(Severity.ERROR, ReviewProblem.NO_LEVEL, domain))
        return problems

    def _check_next(self) -> list[Problem]:
        problems: list[Problem] = []
        raw = self.get("next", "next_review_on")
        try:
            day = parse_day(raw)
        except ValueError:
            return [Problem(Severity.ERROR, ReviewProblem.BAD_DATE, "next_review_on", str(raw))]
        today = self.context.today if self.context else date.today()
        if day is None:
            problems.append(Problem(Severity.ERROR, ReviewProblem.NO_NEXT_REVIEW, "next_review_on"))
        elif day <= today:
            problems.append(
                Problem(
                    Severity.ERROR,
                    ReviewProblem.NEXT_REVIEW_NOT_AFTER_TODAY,
                    "next_review_on",
                    day.isoformat(),
                )
            )
        elif day - today > FAR_AWAY:
            problems.append(
                Problem(
                    Severity.WARNING,
                    ReviewProblem.NEXT_REVIEW_FAR,
                    "next_review_on",
                    day.isoformat(),
                )
            )
        if not self.summary_words():
            problems.append(Problem(Severity.WARNING, ReviewProblem.NO_SUMMARY, "summary"))
        return problems

    # --- saving -----------------------------------------------------------------------
    def finish(self, session: Session, actor: Actor) -> ReviewSaved:
        """Write the review in the caller's one transaction (see `reviews.apply_review`)."""
        if self.case_id is None or self.context is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The review needs a case."))
        if self.errors():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Some pages of the review still need an answer.")
            )
        return reviews.apply_review(
            session,
            actor,
            self.case_id,
            next_review_on=self.next_review_on(),
            summary=self.summary_words() or None,
            decisions=self.decisions(),
            need_changes=self.need_changes(),
            held_on=self.context.today,
        )
