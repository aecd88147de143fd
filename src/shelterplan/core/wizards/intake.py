"""The intake wizard's flow: a new client, from her consent to a case ready for planning.

Nine short pages. Every page she may refuse is skippable, and a skip is recorded as
"declined" (an answer), never as an empty page; the declined page keys end up in
`Client.declined`. Decisions worth knowing:

- Consent is skippable only in the sense that she declines the *optional* sharing: the
  first question, whether she agrees that the shelter keeps a file about her, must be
  answered yes before anything is recorded. A file kept without that agreement is the
  one thing the wizard must not make, so a skip keeps that answer (and its date) and
  drops only the sharing answers. The date of a consent is the day the page was answered
  (an intake may take several sessions), not the day the case is finally created.
- Apart from that agreement, only her preferred name (or alias) is required. Other
  problems are errors only when a value cannot be stored truthfully (an age of 300, a
  birth date next year, a child's row with no name at all); doubtful values are warnings.
- A skipped situation page records every domain as need level "declined": the assessment
  tab then says she chose not to say, instead of looking as if nobody asked. A later
  assessment of a domain replaces it (the newest item of a domain is the current one).
  On an answered page, a domain left blank is simply not assessed.
- Her goals are long-term goals in her own words (the goal wizard works backwards from
  them). Adding a goal moves the case into the planning phase, as the use case does.
- Consent purposes are stored as stable codes (`ConsentPurpose`); strengths chosen from
  the prompts are stored in the words the worker saw on screen, beside her own words.
- Support people are never listed on the printed plan by default: she carries the plan,
  and who is named on it is a safety decision for later, not for intake.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, ClassVar

from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.household import MAX_AGE
from shelterplan.core.rules import InvalidInput
from shelterplan.core.vocab import DOCUMENT_LANGUAGES, Domain, NeedLevel
from shelterplan.core.wizards.flow import PageSpec, Problem, Severity, WizardFlow
from shelterplan.core.wizards.intake_records import (
    CONSENT,
    GOALS,
    HOUSEHOLD,
    IDENTITY,
    SAFE_CONTACT,
    SITUATION,
    STRENGTHS,
    SUMMARY,
    TEAM,
    ConsentPurpose,
    IntakeRecords,
    add_dependant,
    age_on,
    directory_services,
    filled_rows,
    number,
    read_records,
    save_records,
    text,
)
from shelterplan.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "CONSENT",
    "GOALS",
    "HOUSEHOLD",
    "IDENTITY",
    "SAFE_CONTACT",
    "SITUATION",
    "STRENGTHS",
    "STRENGTH_PROMPTS",
    "SUMMARY",
    "TEAM",
    "ConsentPurpose",
    "IntakeFlow",
    "SummaryLine",
    "add_dependant",
    "directory_services",
]

# Prompts offered on the strengths page, so that it never starts empty.
STRENGTH_PROMPTS: tuple[str, ...] = (
    "kept_safe",
    "protects_children",
    "asked_for_help",
    "resourceful",
    "determined",
    "work_experience",
    "languages",
    "manages_money",
    "people_who_care",
    "faith_culture",
    "creative",
    "knows_what_she_wants",
)

# Answers a skip keeps: the agreement to have a file is not hers to "decline" and go on.
_KEPT_WHEN_DECLINED = {CONSENT: ("agrees_to_file", "given_on")}
_DOMAINS = {d.value for d in Domain}
_NEED_LEVELS = {n.value for n in NeedLevel}


@dataclass(frozen=True)
class SummaryLine:
    """One record the intake will create, or one page she declined.

    `item` says what it is ("client", "safe_contact", "consent", "dependant",
    "assessment", "strength", "goal", "person", "declined"); `values` holds its plain
    values, vocabulary as codes and her words as typed, so the UI picks the sentences.
    The code word itself is never in a summary: only whether there is one.
    """

    page: str
    item: str
    values: dict[str, Any] = field(default_factory=dict)


def _error(code: str, name: str | None = None, detail: str | None = None) -> Problem:
    return Problem(Severity.ERROR, code, name, detail)


def _warning(code: str, name: str | None = None, detail: str | None = None) -> Problem:
    return Problem(Severity.WARNING, code, name, detail)


def _bad_number(value: Any, low: int, high: int) -> bool:
    try:
        found = number(value)
    except ValueError:
        return True
    return found is not None and not low <= found <= high


@dataclass
class IntakeFlow(WizardFlow):
    kind: ClassVar[str] = "intake"
    pages: ClassVar[tuple[PageSpec, ...]] = (
        PageSpec(CONSENT, skippable=True),
        PageSpec(IDENTITY),
        PageSpec(SAFE_CONTACT, skippable=True),
        PageSpec(HOUSEHOLD, skippable=True),
        PageSpec(SITUATION, skippable=True),
        PageSpec(STRENGTHS, skippable=True),
        PageSpec(GOALS, skippable=True),
        PageSpec(TEAM, skippable=True),
        PageSpec(SUMMARY),
    )

    # The day consents are dated and the case opened (tests set it).
    today: Callable[[], date] = field(default=date.today, repr=False, compare=False)

    @classmethod
    def from_draft(
        cls, draft: dict[str, Any], case_id: str | None = None, goal_id: str | None = None
    ) -> IntakeFlow:
        flow = super().from_draft(draft, case_id, goal_id)
        assert isinstance(flow, IntakeFlow)
        return flow

    # --- values -----------------------------------------------------------------------
    def set_values(self, key: str, values: dict[str, Any]) -> None:
        """As the base; the consent page is dated the first time she agrees."""
        values = dict(values)
        if key == CONSENT and values.get("agrees_to_file") is True:
            values["given_on"] = self.get(CONSENT, "given_on") or self.today().isoformat()
        super().set_values(key, values)

    def skip(self, key: str) -> None:
        """As the base, except that the agreement to keep a file survives a skip of the
        consent page: declining means declining the optional sharing only."""
        kept = {
            name: self.values[key][name]
            for name in _KEPT_WHEN_DECLINED.get(key, ())
            if name in self.values.get(key, {})
        }
        super().skip(key)
        if kept:
            self.values[key] = kept

    def declined_pages(self) -> list[str]:
        return [key for key in self.page_keys() if key in self.declined]

    # --- checks -----------------------------------------------------------------------
    def check(self, key: str) -> list[Problem]:
        self.page(key)
        checker: Callable[[dict[str, Any]], list[Problem]] | None = getattr(
            self, f"_check_{key}", None
        )
        return checker(self.values.get(key, {})) if checker else []

    def _check_consent(self, values: dict[str, Any]) -> list[Problem]:
        if values.get("agrees_to_file") is not True:
            return [_error("file_consent_missing", "agrees_to_file")]
        return []

    def _check_identity(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        if not text(values.get("preferred_name")):
            problems.append(_error("preferred_name_missing", "preferred_name"))
        age: int | None = None
        if _bad_number(values.get("approximate_age"), 1, MAX_AGE):
            problems.append(_error("age_out_of_range", "approximate_age"))
        else:
            age = number(values.get("approximate_age"))
        birth: date | None = None
        if text(values.get("birth_date")):
            try:
                birth = date.fromisoformat(text(values.get("birth_date")))
            except ValueError:
                problems.append(_error("birth_date_invalid", "birth_date"))
        today = self.today()
        if birth is not None and birth > today:
            problems.append(_error("birth_date_in_future", "birth_date"))
        elif birth is not None and age_on(birth, today) > MAX_AGE:
            problems.append(_error("birth_date_too_early", "birth_date"))
        elif birth is not None:
            if age is not None and abs(age_on(birth, today) - age) > 1:
                problems.append(_warning("age_differs_from_birth_date", "approximate_age"))
            age = age_on(birth, today)
        if age is not None and age < 18:
            problems.append(_warning("minor", "approximate_age", str(age)))
        if values.get("document_language", "en") not in DOCUMENT_LANGUAGES:
            problems.append(_error("document_language_unknown", "document_language"))
        return problems

    def _check_safe_contact(self, values: dict[str, Any]) -> list[Problem]:
        has_phone = bool(text(values.get("safe_phone"))) and not values.get("no_safe_phone")
        if values.get("may_leave_message") is True and not has_phone:
            return [_warning("message_without_phone", "may_leave_message")]
        return []

    def _check_household(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        texts = ("name", "age", "relationship", "notes")
        for row_number, row in filled_rows(values, "dependants", texts):
            if not text(row.get("name")):
                problems.append(_error("dependant_name_missing", "dependants", str(row_number)))
            if _bad_number(row.get("age"), 0, MAX_AGE):
                problems.append(_error("dependant_age_out_of_range", "dependants", str(row_number)))
        return problems

    def _check_situation(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        for domain, answer in (values.get("domains") or {}).items():
            if domain not in _DOMAINS or not isinstance(answer, dict):
                problems.append(_error("domain_unknown", "domains", domain))
                continue
            level = text(answer.get("need_level"))
            if level and level not in _NEED_LEVELS:
                problems.append(_error("need_level_unknown", "domains", domain))
            if _bad_number(answer.get("priority"), 1, 5):
                problems.append(_error("priority_out_of_range", "domains", domain))
            elif not level and (text(answer.get("note")) or number(answer.get("priority"))):
                problems.append(_warning("need_level_missing", "domains", domain))
        return problems

    def _check_strengths(self, values: dict[str, Any]) -> list[Problem]:
        """Strengths-based practice: an empty page is worth a second look, never a block."""
        if not self.records().strengths:
            return [_warning("no_strength", "own_words")]
        return []

    def _check_goals(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        for row_number, goal in filled_rows(values, "goals", ("text", "domain")):
            domain = text(goal.get("domain"))
            if domain and domain not in _DOMAINS:
                problems.append(_error("goal_domain_unknown", "goals", str(row_number)))
        return problems

    def _check_team(self, values: dict[str, Any]) -> list[Problem]:
        problems: list[Problem] = []
        for group in ("providers", "supports"):
            texts = ("name", "role", "organisation", "phone")
            for row_number, row in filled_rows(values, group, texts):
                if not text(row.get("name")):
                    problems.append(_error("person_name_missing", group, str(row_number)))
        return problems

    def _check_summary(self, values: dict[str, Any]) -> list[Problem]:
        """Finish is refused while an earlier page still has an error (a resumed draft)."""
        return [
            _error("page_has_errors", None, key)
            for key in self.page_keys()
            if key != SUMMARY and not self.can_leave(key)
        ]

    # --- what will be created ---------------------------------------------------------
    def records(self) -> IntakeRecords:
        return read_records(self.values, self.declined_pages(), self.today())

    def summary_lines(self) -> list[SummaryLine]:
        """What Finish will create, page by page, then the pages she declined."""
        records = self.records()
        client = records.client
        lines = [
            SummaryLine(
                IDENTITY,
                "client",
                {
                    "preferred_name": client.preferred_name,
                    "legal_name": client.legal_name or "",
                    "pronouns": client.pronouns or "",
                    "birth_date": client.birth_date.isoformat() if client.birth_date else "",
                    "approximate_age": client.approximate_age,
                    "languages": list(client.languages),
                    "document_language": client.document_language,
                },
            )
        ]
        lines += [SummaryLine(CONSENT, "consent", asdict(c)) for c in records.consents]
        if SAFE_CONTACT not in self.declined:
            contact = {
                "safe_phone": client.safe_phone or "",
                "no_safe_phone": bool(self.get(SAFE_CONTACT, "no_safe_phone")),
                "may_leave_message": client.may_leave_message,
                "safe_times": client.safe_times or "",
                "has_code_word": client.code_word is not None,
                "do_not_tell": client.do_not_tell or "",
            }
            lines.append(SummaryLine(SAFE_CONTACT, "safe_contact", contact))
        lines += [SummaryLine(HOUSEHOLD, "dependant", asdict(d)) for d in records.dependants]
        lines += [SummaryLine(SITUATION, "assessment", asdict(a)) for a in records.assessments]
        lines += [SummaryLine(STRENGTHS, "strength", {"text": s}) for s in records.strengths]
        lines += [SummaryLine(GOALS, "goal", asdict(g)) for g in records.goals]
        lines += [SummaryLine(TEAM, "person", asdict(p)) for p in records.people]
        lines += [SummaryLine(k, "declined", {"page": k}) for k in records.declined]
        return lines

    # --- finishing --------------------------------------------------------------------
    def finish(self, session: Session, actor: Actor) -> str:
        """Create the client, her case and everything typed, in the caller's transaction
        (all or nothing); returns the new case id. The flow itself is left unchanged, so
        a refused Finish can be corrected and tried again."""
        if any(p.severity == Severity.ERROR for p in self.check(SUMMARY)):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "errors", "Some pages of the intake still have problems: go back to them."
                )
            )
        return save_records(session, actor, self.records(), self.today())
