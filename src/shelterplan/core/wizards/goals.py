"""The goal wizard's flow, worked backwards as seed 004 teaches.

The worker writes the long-term goal first (where she wants to be), then the
intermediate goals that lead there (permanent housing ← an income source + a bed in the
meantime), weighs the options for each goal (benefits, alternatives, consequences) and
records the one she chose and why, picks services from the directory (each becomes a
proposed referral), and names the concurrent themes that run alongside (substance use
treatment, counselling).

Until `finish`, goals exist only inside the flow, named by a local key ("g1" is always
the long-term goal, intermediate goals get "g2", "g3"…), so a draft can hold options and
referrals for goals that are not in the store yet. Everything the flow needs from the
store (her long-term goals, the service directory, today's date) comes in a
`GoalContext` loaded before the pages are shown, so `check` stays pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core import planning
from shelterplan.core.actors import Actor, require_case_access
from shelterplan.core.rules import InvalidInput, get_live
from shelterplan.core.vocab import Domain, GoalKind, GoalStatus, ReferralStatus
from shelterplan.core.wizards.flow import PageSpec, Problem, Severity, WizardFlow
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.models import Case, Goal, Service

LONG_TERM_KEY = "g1"


def parse_day(text: Any) -> date | None:
    """A date kept in the flow as ISO text ("" or None: no date). Raises ValueError."""
    if text is None or text == "":
        return None
    return date.fromisoformat(str(text))


class GoalMode(StrEnum):
    NEW = "new"  # write a new long-term goal
    EXISTING = "existing"  # add intermediate goals under one already in her plan


class GoalProblem(StrEnum):
    WORDS_EMPTY = "WORDS_EMPTY"
    UNKNOWN_DOMAIN = "UNKNOWN_DOMAIN"
    BAD_DATE = "BAD_DATE"
    NO_GOAL_CHOSEN = "NO_GOAL_CHOSEN"
    UNKNOWN_GOAL = "UNKNOWN_GOAL"
    TARGET_IN_PAST = "TARGET_IN_PAST"
    INTERMEDIATE_AFTER_TARGET = "INTERMEDIATE_AFTER_TARGET"
    NO_INTERMEDIATE = "NO_INTERMEDIATE"
    OPTION_EMPTY = "OPTION_EMPTY"
    SEVERAL_CHOSEN = "SEVERAL_CHOSEN"
    NONE_CHOSEN = "NONE_CHOSEN"
    UNKNOWN_SERVICE = "UNKNOWN_SERVICE"


@dataclass(frozen=True)
class GoalChoice:
    """A long-term goal already in her plan, that new intermediate goals may lead to."""

    id: str
    in_her_words: str
    domain: str | None
    target_on: date | None
    concurrent_theme: bool


@dataclass(frozen=True)
class ServiceChoice:
    """An entry of the agency's directory, as the services page lists it."""

    id: str
    name: str
    domain: str | None
    address: str | None
    phone: str | None
    hours: str | None
    languages: str | None


@dataclass(frozen=True)
class GoalContext:
    today: date
    long_term_goals: tuple[GoalChoice, ...] = ()
    services: tuple[ServiceChoice, ...] = ()

    def goal(self, goal_id: str | None) -> GoalChoice | None:
        return next((g for g in self.long_term_goals if g.id == goal_id), None)

    def service(self, service_id: str | None) -> ServiceChoice | None:
        return next((s for s in self.services if s.id == service_id), None)


@dataclass(frozen=True)
class WizardGoal:
    """A goal as the flow holds it before `finish` (dates already parsed, None if bad)."""

    key: str
    in_her_words: str
    domain: str | None
    target_on: date | None
    existing_id: str | None = None  # the long-term goal chosen from her plan


def _day_or_none(text: Any) -> date | None:
    try:
        return parse_day(text)
    except ValueError:
        return None


def _text(value: Any) -> str:
    return str(value or "").strip()


_KEY_NUMBER = re.compile(r"^g(\d+)$")


@dataclass
class GoalFlow(WizardFlow):
    kind: ClassVar[str] = "goals"
    pages: ClassVar[tuple[PageSpec, ...]] = (
        PageSpec("long_term"),
        PageSpec("intermediate"),
        PageSpec("options"),
        PageSpec("services", skippable=True),
        PageSpec("concurrent"),
        PageSpec("summary"),
    )

    context: GoalContext | None = None

    # --- the store, read once before the pages ---------------------------------------
    def load_context(self, session: Session, actor: Actor, today: date) -> GoalContext:
        """Her active long-term goals and the service directory, read in one short visit."""
        if self.case_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The goal wizard needs a case."))
        get_live(session, Case, self.case_id)
        require_case_access(session, actor, self.case_id)
        goals = session.execute(
            select(Goal.id, Goal.in_her_words, Goal.domain, Goal.target_on, Goal.concurrent_theme)
            .where(
                Goal.case_id == self.case_id,
                Goal.kind == GoalKind.LONG_TERM,
                Goal.status == GoalStatus.ACTIVE,
                Goal.deleted_at.is_(None),
            )
            .order_by(Goal.position, Goal.created_at, Goal.id)
        ).all()
        services = session.execute(
            select(
                Service.id,
                Service.name,
                Service.domain,
                Service.address,
                Service.phone,
                Service.hours,
                Service.languages,
            )
            .where(Service.deleted_at.is_(None))
            .order_by(Service.name, Service.id)
        ).all()
        self.context = GoalContext(
            today=today,
            long_term_goals=tuple(GoalChoice(*row[:4], bool(row[4])) for row in goals),
            services=tuple(ServiceChoice(*row) for row in services),
        )
        return self.context

    # --- what was typed, read back ----------------------------------------------------
    def mode(self) -> GoalMode:
        return GoalMode.EXISTING if self.get("long_term", "mode") == "existing" else GoalMode.NEW

    def long_term(self) -> WizardGoal:
        """The goal everything else leads to: the one written here, or the one chosen."""
        if self.mode() == GoalMode.EXISTING:
            goal_id = self.get("long_term", "existing_goal_id")
            chosen = self.context.goal(goal_id) if self.context else None
            if chosen is not None:
                return WizardGoal(
                    LONG_TERM_KEY, chosen.in_her_words, chosen.domain, chosen.target_on, goal_id
                )
            return WizardGoal(LONG_TERM_KEY, "", None, None, goal_id)
        return WizardGoal(
            LONG_TERM_KEY,
            _text(self.get("long_term", "words")),
            self.get("long_term", "domain") or None,
            _day_or_none(self.get("long_term", "target_on")),
        )

    def intermediate_goals(self) -> list[WizardGoal]:
        return [
            WizardGoal(
                str(g.get("key")),
                _text(g.get("words")),
                g.get("domain") or None,
                _day_or_none(g.get("target_on")),
            )
            for g in self.get("intermediate", "goals", [])
        ]

    def wizard_goals(self) -> list[WizardGoal]:
        """The goals options and referrals may be attached to: long-term, then intermediate."""
        return [self.long_term(), *self.intermediate_goals()]

    def options_for(self, key: str) -> list[dict[str, Any]]:
        return list(self.get("options", "by_goal", {}).get(key, []))

    def referrals(self) -> list[dict[str, Any]]:
        """(service_id, goal key) pairs she agreed to, each once."""
        seen: set[tuple[str, str]] = set()
        found = []
        for referral in self.get("services", "referrals", []):
            pair = (str(referral.get("service_id")), str(referral.get("goal") or LONG_TERM_KEY))
            if pair not in seen:
                seen.add(pair)
                found.append({"service_id": pair[0], "goal": pair[1]})
        return found

    def themes(self) -> list[dict[str, Any]]:
        return list(self.get("concurrent", "themes", []))

    def new_goal_key(self, in_use: list[str] | tuple[str, ...] = ()) -> str:
        """A key never used in this flow, so a removed goal's options never reattach."""
        used = [LONG_TERM_KEY, *in_use]
        used += [str(g.get("key")) for g in self.get("intermediate", "goals", [])]
        used += list(self.get("options", "by_goal", {}))
        used += [str(r.get("goal")) for r in self.get("services", "referrals", [])]
        numbers = [int(m.group(1)) for key in used if (m := _KEY_NUMBER.match(key or ""))]
        return f"g{max(numbers) + 1}"

    def suggest_goal(self, service_id: str) -> str:
        """The goal a service most likely serves: the first of the same domain, else the
        long-term goal."""
        service = self.context.service(service_id) if self.context else None
        for goal in self.wizard_goals():
            if service is not None and service.domain and goal.domain == service.domain:
                return goal.key
        return LONG_TERM_KEY

    def set_values(self, key: str, values: dict[str, Any]) -> None:
        super().set_values(key, values)
        if key in ("long_term", "intermediate"):
            self._forget_removed_goals()

    def _forget_removed_goals(self) -> None:
        """Options and referrals of a goal the worker removed go with it."""
        known = {goal.key for goal in self.wizard_goals()}
        if "options" in self.values:
            by_goal = self.get("options", "by_goal", {})
            self.values["options"]["by_goal"] = {k: v for k, v in by_goal.items() if k in known}
        if "services" in self.values:
            kept = [r for r in self.get("services", "referrals", []) if r.get("goal") in known]
            self.values["services"]["referrals"] = kept

    # --- checking ---------------------------------------------------------------------
    def check(self, key: str) -> list[Problem]:
        checks = {
            "long_term": self._check_long_term,
            "intermediate": self._check_intermediate,
            "options": self._check_options,
            "services": self._check_services,
            "concurrent": self._check_concurrent,
            "summary": self.errors,
        }
        return checks[key]()

    def errors(self) -> list[Problem]:
        """Every error left on any page (a resumed draft may hold some): blocks finishing."""
        found: list[Problem] = []
        for spec in self.pages[:-1]:
            if not self.is_declined(spec.key):
                found += [p for p in self.check(spec.key) if p.severity == Severity.ERROR]
        return found

    def _check_goal(self, key: str, words: Any, domain: Any, target: Any) -> list[Problem]:
        problems = []
        if not _text(words):
            problems.append(Problem(Severity.ERROR, GoalProblem.WORDS_EMPTY, key))
        if domain and domain not in {d.value for d in Domain}:
            problems.append(Problem(Severity.ERROR, GoalProblem.UNKNOWN_DOMAIN, key, str(domain)))
        try:
            day = parse_day(target)
        except ValueError:
            problems.append(Problem(Severity.ERROR, GoalProblem.BAD_DATE, key, str(target)))
        else:
            if day is not None and self.context is not None and day < self.context.today:
                problems.append(
                    Problem(Severity.WARNING, GoalProblem.TARGET_IN_PAST, key, day.isoformat())
                )
        return problems

    def _check_long_term(self) -> list[Problem]:
        if self.mode() == GoalMode.EXISTING:
            goal_id = self.get("long_term", "existing_goal_id")
            if not goal_id:
                return [Problem(Severity.ERROR, GoalProblem.NO_GOAL_CHOSEN, LONG_TERM_KEY)]
            if self.context is not None and self.context.goal(goal_id) is None:
                return [Problem(Severity.ERROR, GoalProblem.UNKNOWN_GOAL, LONG_TERM_KEY)]
            return []
        values = self.values.get("long_term", {})
        return self._check_goal(
            LONG_TERM_KEY, values.get("words"), values.get("domain"), values.get("target_on")
        )

    def _check_intermediate(self) -> list[Problem]:
        goals = self.get("intermediate", "goals", [])
        if not goals:
            return [Problem(Severity.WARNING, GoalProblem.NO_INTERMEDIATE)]
        long_term_target = self.long_term().target_on
        problems: list[Problem] = []
        for goal in goals:
            key = str(goal.get("key"))
            problems += self._check_goal(
                key, goal.get("words"), goal.get("domain"), goal.get("target_on")
            )
            target = _day_or_none(goal.get("target_on"))
            if target and long_term_target and target > long_term_target:
                problems.append(
                    Problem(
                        Severity.ERROR,
                        GoalProblem.INTERMEDIATE_AFTER_TARGET,
                        key,
                        long_term_target.isoformat(),
                    )
                )
        return problems

    def _check_options(self) -> list[Problem]:
        problems: list[Problem] = []
        for goal in self.wizard_goals():
            options = self.options_for(goal.key)
            if any(not _text(o.get("description")) for o in options):
                problems.append(Problem(Severity.ERROR, GoalProblem.OPTION_EMPTY, goal.key))
            chosen = sum(1 for o in options if o.get("chosen"))
            if chosen > 1:
                problems.append(Problem(Severity.ERROR, GoalProblem.SEVERAL_CHOSEN, goal.key))
            elif options and not chosen:
                problems.append(Problem(Severity.WARNING, GoalProblem.NONE_CHOSEN, goal.key))
        return problems

    def _check_services(self) -> list[Problem]:
        known = {goal.key for goal in self.wizard_goals()}
        problems = []
        for referral in self.referrals():
            service_id = referral["service_id"]
            if self.context is not None and self.context.service(service_id) is None:
                problems.append(Problem(Severity.ERROR, GoalProblem.UNKNOWN_SERVICE, service_id))
            if referral["goal"] not in known:
                problems.append(Problem(Severity.ERROR, GoalProblem.UNKNOWN_GOAL, service_id))
        return problems

    def _check_concurrent(self) -> list[Problem]:
        problems: list[Problem] = []
        for number, theme in enumerate(self.themes(), start=1):
            problems += self._check_goal(f"t{number}", theme.get("words"), theme.get("domain"), "")
        return problems

    # --- saving -----------------------------------------------------------------------
    def finish(self, session: Session, actor: Actor) -> list[str]:
        """Write every goal, option, choice and referral in the caller's one transaction;
        returns the ids of the goals created (long-term, intermediate, then themes)."""
        if self.case_id is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The goal wizard needs a case."))
        if self.errors():
            raise InvalidInput(
                QT_TRANSLATE_NOOP("errors", "Some pages of the goal wizard still need fixing.")
            )
        case_id = self.case_id
        add_goal = partial(planning.add_goal, session, actor, case_id)
        created: list[str] = []
        ids: dict[str, str] = {}
        long_term = self.long_term()
        if long_term.existing_id is not None:
            parent = get_live(session, Goal, long_term.existing_id)
            if parent.case_id != case_id or parent.kind != GoalKind.LONG_TERM:
                raise InvalidInput(
                    QT_TRANSLATE_NOOP("errors", "Choose a long-term goal of this case.")
                )
            ids[LONG_TERM_KEY] = parent.id
        else:
            kind, domain, target = GoalKind.LONG_TERM, long_term.domain, long_term.target_on
            ids[LONG_TERM_KEY] = add_goal(long_term.in_her_words, kind, None, domain, target).id
            created.append(ids[LONG_TERM_KEY])
        for goal in self.intermediate_goals():
            kind, parent_id = GoalKind.INTERMEDIATE, ids[LONG_TERM_KEY]
            ids[goal.key] = add_goal(
                goal.in_her_words, kind, parent_id, goal.domain, goal.target_on
            ).id
            created.append(ids[goal.key])
        for key, goal_id in ids.items():
            for choice in self.options_for(key):
                words = _text(choice.get("description"))
                weighed = [
                    choice.get(name) for name in ("benefits", "alternatives", "consequences")
                ]
                option = planning.add_option(session, actor, goal_id, words, *weighed)
                if choice.get("chosen"):
                    planning.choose_option(session, actor, option.id, choice.get("reason"))
        for referral in self.referrals():
            service_id, goal_id = referral["service_id"], ids[referral["goal"]]
            planning.refer(session, actor, case_id, service_id, goal_id, ReferralStatus.PROPOSED)
        for theme in self.themes():
            words, domain = _text(theme.get("words")), theme.get("domain") or None
            theme_goal = add_goal(words, GoalKind.LONG_TERM, domain=domain, concurrent_theme=True)
            created.append(theme_goal.id)
        return created
