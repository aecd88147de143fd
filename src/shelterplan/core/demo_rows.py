"""The demo-data generator: one synthetic case at a time, as plain row dicts.

Rows are dicts with their UUIDs, timestamps and row version already set, ready for a
bulk insert (see `shelterplan.core.demo`). Faker is slow, so it only fills small pools
per locale at the start; everything after that is drawn with one seeded
`random.Random`, so the same seed and `today` always give the same caseload.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from faker import Faker

from shelterplan.core.demo_words import (
    EXTRA_LANGUAGES,
    INTERMEDIATE_DOMAINS,
    LANGS,
    LANGUAGE_NAMES,
    LOCALES,
    LONG_TERM_DOMAINS,
    NICKNAMES,
    PROGRAMS,
    TEXT_LOCALES,
    WORDS,
)
from shelterplan.core.vocab import (
    Domain,
    GoalKind,
    GoalStatus,
    InterventionModel,
    NeedLevel,
    PersonKind,
    Phase,
    ReferralStatus,
    Responsible,
    StepStatus,
)
from shelterplan.store.base import Base, new_id, utcnow
from shelterplan.store.models import (
    AssessmentItem,
    Case,
    CaseAssignment,
    Client,
    Consent,
    Goal,
    Note,
    Option,
    Person,
    Referral,
    Review,
    Step,
    Strength,
)

SNAPSHOT_SHARE = 0.05  # share of all cases that get a signed plan version
SNAPSHOT_CAP = 1000  # snapshots are ORM reads: keep the big run fast
# Parents before children, so every foreign key is satisfied as rows go in.
INSERT_ORDER: tuple[type[Base], ...] = (Client, Case, CaseAssignment, AssessmentItem, Strength,
                                         Person, Consent, Goal, Option, Step, Referral, Note,
                                         Review)  # fmt: skip
_SOFT_DELETED = {m for m in INSERT_ORDER if "deleted_at" in m.__table__.c}
_DOMAINS = tuple(Domain)
_REFERRAL_STATUSES = tuple(ReferralStatus)


def _weighted(values: Any, weights: tuple[int, ...]) -> tuple[tuple[Any, ...], list[int]]:
    """Values with cumulative weights, computed once (draws happen millions of times)."""
    return tuple(values), list(itertools.accumulate(weights))


_PHASES = _weighted(Phase, (8, 10, 12, 45, 15, 10))
_MODELS = _weighted(InterventionModel, (70, 20, 10))
_NEEDS = _weighted(NeedLevel, (5, 20, 35, 25, 10, 5))
_RESPONSIBLE = _weighted(Responsible, (45, 30, 15, 10))


@dataclass(frozen=True)
class ToSign:
    """A case whose plan gets a signed version once its rows are in the database."""

    case_id: str
    language: str
    client_name: str
    worker_name: str
    signed_on: date


@dataclass(frozen=True)
class _Pool:
    """Faker output drawn once per locale; the generator only picks from these."""

    first: list[str]
    last: list[str]
    phones: list[str]
    sentences: list[str]
    words: list[str]


def _pools(seed: int) -> dict[str, _Pool]:
    pools = {}
    for i, lang in enumerate(LANGS):
        fake, text = Faker(LOCALES[lang]), Faker(TEXT_LOCALES[lang])
        fake.seed_instance(seed * 10 + i)
        text.seed_instance(seed * 10 + i + 5)
        pools[lang] = _Pool(
            first=[fake.first_name_female() for _ in range(600)],
            last=[fake.last_name() for _ in range(600)],
            phones=[fake.phone_number().split("x")[0].strip() for _ in range(300)],
            sentences=[text.sentence(nb_words=9) for _ in range(300)],
            words=[w for w in (text.word() for _ in range(300)) if len(w) > 3],
        )
    return pools


@dataclass(frozen=True)
class _CaseInfo:
    id: str
    lang: str
    phase: Phase
    opened: date
    worker_id: str


@dataclass(frozen=True)
class DirectoryEntry:
    """A service of the directory, as steps, people and referrals point to it."""

    id: str
    domain: str
    name: str
    address: str


class RowGenerator:
    """Builds the rows of one batch of cases as dicts, in foreign-key order."""

    def __init__(
        self, seed: int, today: date, workers: list[tuple[str, str]], services: list[DirectoryEntry]
    ) -> None:
        self.rng = random.Random(seed)
        self.pools = _pools(seed)
        self.today = today
        self.workers = workers
        self.services = services
        self.snapshots_left = SNAPSHOT_CAP
        self.rows: dict[type[Base], list[dict[str, Any]]] = {m: [] for m in INSERT_ORDER}
        self.to_sign: list[ToSign] = []
        self.now = utcnow()

    def add(self, model: type[Base], row_id: str | None = None, **values: Any) -> str:
        """Queue one row; the keys and bookkeeping columns are set here, once."""
        row_id = row_id or new_id()
        values.update(id=row_id, created_at=self.now, updated_at=self.now, row_version=1)
        if model in _SOFT_DELETED:
            values["deleted_at"] = None
        self.rows[model].append(values)
        return row_id

    def draw(self, weighted: tuple[tuple[Any, ...], list[int]]) -> Any:
        return self.rng.choices(weighted[0], cum_weights=weighted[1])[0]

    def pick(self, lang: str, key: str) -> str:
        return self.rng.choice(WORDS[lang][key])

    def day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def case(self) -> None:
        """One client, her case and everything in it."""
        rng, lang = self.rng, self.rng.choice(LANGS)
        pool = self.pools[lang]
        first, last = rng.choice(pool.first), rng.choice(pool.last)
        roll = rng.random()
        preferred = first if roll < 0.7 else rng.choice(NICKNAMES) if roll < 0.85 else ""
        preferred = preferred or f"{first} {last[0]}."
        age = rng.randint(18, 72)
        birth = self.today - timedelta(days=age * 365 + rng.randint(0, 364))
        has_birth = rng.random() < 0.5
        extra = f", {rng.choice(EXTRA_LANGUAGES[lang])}" if rng.random() < 0.3 else ""
        client_id = self.add(
            Client,
            preferred_name=preferred,
            legal_name=f"{first} {last}" if rng.random() < 0.45 else None,
            pronouns=self.pick(lang, "pronouns"),
            birth_date=birth if has_birth else None,
            approximate_age=age if not has_birth and rng.random() < 0.6 else None,
            languages=LANGUAGE_NAMES[lang] + extra,
            document_language=lang,
            safe_phone=rng.choice(pool.phones) if rng.random() < 0.8 else None,
            may_leave_message=rng.choice((True, False, None)),
            safe_times=self.pick(lang, "safe_times") if rng.random() < 0.7 else None,
            code_word=rng.choice(pool.words) if rng.random() < 0.25 else None,
            do_not_tell=self.pick(lang, "do_not_tell") if rng.random() < 0.15 else None,
        )
        phase = self.draw(_PHASES)
        model = self.draw(_MODELS)
        opened = self.today - timedelta(days=rng.randint(10, 540))
        worker_id, worker_name = rng.choice(self.workers)
        case = _CaseInfo(new_id(), lang, phase, opened, worker_id)
        domains = rng.sample(_DOMAINS, rng.randint(3, 6))
        goals = self.plan(case, domains)
        held, review_on = self.review(case)
        last_contact = max(self.extras(case, domains, goals), held or opened)
        self.add(
            Case,
            case.id,
            client_id=client_id,
            program=rng.choice(PROGRAMS),
            phase=phase,
            intervention_model=model,
            opened_on=opened,
            closed_on=last_contact if phase == Phase.CLOSED else None,
            next_review_on=review_on,
            last_contact_on=last_contact,
        )
        self.add(CaseAssignment, case_id=case.id, worker_id=worker_id, lead=True)
        if rng.random() < 0.05:  # shared with a colleague
            other = rng.choice([w for w in self.workers if w[0] != worker_id])
            self.add(CaseAssignment, case_id=case.id, worker_id=other[0], lead=False)
        if (
            self.snapshots_left > 0
            and phase in (Phase.IMPLEMENTATION, Phase.REVIEW)
            and rng.random() < SNAPSHOT_SHARE * 1.7  # about 5% of all cases
        ):
            self.snapshots_left -= 1
            signed_on = self.day(opened, self.today)
            self.to_sign.append(ToSign(case.id, lang, preferred, worker_name, signed_on))

    def plan(self, case: _CaseInfo, domains: list[Domain]) -> list[tuple[str, str]]:
        """Assessment, strengths, goals worked backwards, options and steps."""
        rng, lang, opened, case_id = self.rng, case.lang, case.opened, case.id
        closed = case.phase == Phase.CLOSED
        pool = self.pools[lang]
        for domain in domains:
            self.add(
                AssessmentItem,
                case_id=case_id,
                domain=domain,
                situation=rng.choice(pool.sentences),
                need_level=self.draw(_NEEDS),
                client_priority=rng.randint(1, 5) if rng.random() < 0.7 else None,
                risks=rng.choice(pool.sentences) if rng.random() < 0.3 else None,
                assessed_on=min(self.today, opened + timedelta(days=rng.randint(0, 14))),
            )
        for _ in range(rng.randint(1, 3)):
            self.add(Strength, case_id=case_id, description=self.pick(lang, "strength"))
        goals: list[tuple[str, str]] = []  # (goal id, domain)
        intermediates: list[tuple[str, str]] = []
        chosen = [i for i, d in enumerate(LONG_TERM_DOMAINS) if d in domains]
        chosen = chosen or list(range(len(LONG_TERM_DOMAINS)))
        for position, index in enumerate(rng.sample(chosen, min(len(chosen), rng.randint(1, 2)))):
            domain = LONG_TERM_DOMAINS[index]
            target = opened + timedelta(days=rng.randint(120, 540))
            goal_id = self.goal(case, None, index, target, position)
            goals.append((goal_id, domain))
            for sub in range(rng.randint(1, 3)):
                near = [i for i, d in enumerate(INTERMEDIATE_DOMAINS) if d == domain]
                sub_index = rng.choice(
                    near if near and rng.random() < 0.6 else range(len(INTERMEDIATE_DOMAINS))
                )
                sub_target = self.day(opened + timedelta(days=30), target)
                sub_id = self.goal(case, goal_id, sub_index, sub_target, sub)
                intermediates.append((sub_id, INTERMEDIATE_DOMAINS[sub_index]))
        goals.extend(intermediates)
        positions: dict[str, int] = {}
        for _ in range(rng.randint(5, 15)):
            goal_id = rng.choice(intermediates if rng.random() < 0.75 else goals)[0]
            positions[goal_id] = positions.get(goal_id, -1) + 1
            self.step(case, goal_id, positions[goal_id], closed)
        return goals

    def goal(
        self, case: _CaseInfo, parent_id: str | None, index: int, target: date, position: int
    ) -> str:
        """A goal in her words (long-term when it has no parent) and the options weighed."""
        rng, lang = self.rng, case.lang
        kind = GoalKind.LONG_TERM if parent_id is None else GoalKind.INTERMEDIATE
        key = "long_term" if parent_id is None else "intermediate"
        domain = (LONG_TERM_DOMAINS if parent_id is None else INTERMEDIATE_DOMAINS)[index]
        status = GoalStatus.ACTIVE
        if case.phase == Phase.CLOSED:
            status = rng.choice((GoalStatus.ACHIEVED, GoalStatus.ACHIEVED, GoalStatus.SET_ASIDE))
        elif kind == GoalKind.INTERMEDIATE and rng.random() < 0.15:
            status = GoalStatus.ACHIEVED
        achieved = self.day(case.opened, self.today)
        goal_id = self.add(
            Goal,
            case_id=case.id,
            parent_id=parent_id,
            kind=kind,
            domain=domain,
            in_her_words=WORDS[lang][key][index],
            target_on=target,
            status=status,
            concurrent_theme=domain in (Domain.SUBSTANCE_USE, Domain.MENTAL_HEALTH),
            position=position,
            achieved_on=achieved if status == GoalStatus.ACHIEVED else None,
        )
        count = rng.randint(1, 2)
        for n in range(count):
            self.add(
                Option,
                goal_id=goal_id,
                description=self.pick(lang, "option"),
                benefits=self.pick(lang, "benefit"),
                alternatives=self.pick(lang, "alternative"),
                consequences=self.pick(lang, "consequence"),
                chosen=n == count - 1,
                reason=self.pick(lang, "reason") if n == count - 1 else None,
            )
        return goal_id

    def step(self, case: _CaseInfo, goal_id: str, position: int, closed: bool) -> None:
        """A step due in the past or the future; past ones mostly have an outcome."""
        rng, lang, today = self.rng, case.lang, self.today
        due = case.opened + timedelta(days=rng.randint(7, (today - case.opened).days + 90))
        roll = rng.random()
        if due < today:
            status = StepStatus.DONE if roll < 0.55 else StepStatus.MISSED if roll < 0.7 else None
            status = status or (StepStatus.CANCELLED if roll < 0.75 else StepStatus.OPEN)
        else:
            status = StepStatus.DONE if roll < 0.1 else StepStatus.OPEN
        if closed and status == StepStatus.OPEN:
            status = StepStatus.CANCELLED
        outcome = None
        if status in (StepStatus.DONE, StepStatus.MISSED):
            outcome = self.pick(lang, "done" if status == StepStatus.DONE else "missed")
        done_on = min(today, max(case.opened, due + timedelta(days=rng.randint(-3, 3))))
        responsible = self.draw(_RESPONSIBLE)
        service = rng.choice(self.services)
        named = {
            Responsible.PROVIDER: service.name,
            Responsible.SUPPORT_PERSON: rng.choice(self.pools[lang].first),
        }
        appointment = rng.random() < 0.15
        place = service.address if rng.random() < 0.5 else self.pick(lang, "place")
        self.add(
            Step,
            goal_id=goal_id,
            case_id=case.id,
            action=self.pick(lang, "step"),
            responsible=responsible,
            responsible_name=named.get(responsible),
            due_on=due,
            appointment_at=datetime.combine(due, time(rng.randint(9, 16))) if appointment else None,
            appointment_place=place if appointment else None,
            instructions=self.pick(lang, "instructions") if rng.random() < 0.3 else None,
            documents_needed=self.pick(lang, "documents") if rng.random() < 0.15 else None,
            status=status,
            outcome=outcome,
            outcome_on=None if status == StepStatus.OPEN else done_on,
            position=position,
        )

    def extras(self, case: _CaseInfo, domains: list[Domain], goals: list[tuple[str, str]]) -> date:
        """Notes, people, consent and referrals; returns the last contact date."""
        rng, lang, opened, case_id = self.rng, case.lang, case.opened, case.id
        pool = self.pools[lang]
        last_contact = opened
        for _ in range(rng.randint(1, 4)):
            written = datetime.combine(self.day(opened, self.today), time(rng.randint(8, 19)))
            last_contact = max(last_contact, written.date())
            body = " ".join(rng.choice(pool.sentences) for _ in range(rng.randint(1, 3)))
            self.add(Note, case_id=case_id, worker_id=case.worker_id, written_at=written, body=body)
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            team = rng.random() < 0.4
            service = rng.choice(self.services)
            self.add(
                Person,
                case_id=case_id,
                kind=PersonKind.TEAM if team else PersonKind.SUPPORT,
                name=f"{rng.choice(pool.first)} {rng.choice(pool.last)}",
                relationship_or_role=self.pick(lang, "team" if team else "support"),
                organisation=service.name if team else None,
                phone=rng.choice(pool.phones) if rng.random() < 0.7 else None,
                safe_to_contact=rng.random() < 0.6,
                consent_to_share=rng.random() < 0.5,
                list_on_plan=rng.random() < 0.5,
            )
        expires = opened + timedelta(days=365) if rng.random() < 0.5 else None
        self.add(
            Consent,
            case_id=case_id,
            purpose=self.pick(lang, "consent"),
            scope=None,
            given_on=opened,
            withdrawn_on=self.day(opened, self.today) if rng.random() < 0.03 else None,
            expires_on=expires,
        )
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            near = [s for s in self.services if s.domain in domains] or self.services
            service = rng.choice(near)
            goal_id = next((g for g, d in goals if d == service.domain), None)
            status = rng.choice(_REFERRAL_STATUSES)
            outcome_key = {ReferralStatus.COMPLETED: "done", ReferralStatus.DECLINED: "missed"}
            self.add(
                Referral,
                case_id=case_id,
                service_id=service.id,
                goal_id=goal_id,
                status=status,
                made_on=None if status == ReferralStatus.PROPOSED else self.day(opened, self.today),
                outcome=self.pick(lang, outcome_key[status]) if status in outcome_key else None,
                shares_client_details=rng.random() < 0.4,
            )
        return last_contact

    def review(self, case: _CaseInfo) -> tuple[date | None, date | None]:
        """A review for some cases; returns when it was held and the next review date."""
        rng, phase = self.rng, case.phase
        if phase not in (Phase.REVIEW, Phase.IMPLEMENTATION) or rng.random() > 0.6:
            return None, None
        held = self.day(case.opened + timedelta(days=7), self.today)
        upcoming = held + timedelta(days=rng.choice((30, 60, 90)))
        self.add(
            Review,
            case_id=case.id,
            worker_id=case.worker_id,
            held_on=held,
            summary=self.pick(case.lang, "review"),
            next_review_on=upcoming,
        )
        return held, upcoming

    def take(self) -> tuple[dict[type[Base], list[dict[str, Any]]], list[ToSign]]:
        """Hand over the queued rows and plans to sign, and start the next batch empty."""
        rows, to_sign = self.rows, self.to_sign
        self.rows = {m: [] for m in INSERT_ORDER}
        self.to_sign = []
        self.now = utcnow()
        return rows, to_sign
