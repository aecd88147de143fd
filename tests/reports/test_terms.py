"""The report translator: complete in every language, natural dates, neutral safety words."""

from __future__ import annotations

import string
from datetime import date, datetime

import pytest

from shelterplan.core.safety_plan import SECTIONS
from shelterplan.core.vocab import (
    Domain,
    GoalStatus,
    PersonKind,
    ReferralStatus,
    Responsible,
    StepStatus,
)
from shelterplan.reports.model import SignatoryRole
from shelterplan.reports.terms import CATALOGUES, LANGUAGES, Terms

VOCAB = {
    "domain": Domain,
    "goal_status": GoalStatus,
    "responsible": Responsible,
    "step_status": StepStatus,
    "referral_status": ReferralStatus,
    "person_kind": PersonKind,
    "signatory": SignatoryRole,
}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_exists_in_all_three_languages() -> None:
    assert set(CATALOGUES) == set(LANGUAGES) == {"en", "fr", "es"}
    english = CATALOGUES["en"]
    for language, catalogue in CATALOGUES.items():
        assert set(catalogue) == set(english), language
        for key, text in catalogue.items():
            assert text.strip(), (language, key)
            assert _placeholders(text) == _placeholders(english[key]), (language, key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_stored_vocabulary_value_has_a_label(language: str) -> None:
    catalogue = CATALOGUES[language]
    for group, values in VOCAB.items():
        for value in values:
            assert f"{group}.{value}" in catalogue, (language, group, value)


def test_french_and_spanish_read_as_written_for_women() -> None:
    assert Terms("fr").vocab("responsible", "worker") == "Intervenante"
    assert Terms("es").vocab("responsible", "worker") == "Trabajadora"
    assert Terms("fr").text("doc.plan_title") == "Plan de cas"
    assert Terms("es").text("doc.plan_title") == "Plan de caso"
    assert Terms("fr").labelled("goal.target") == "Date visée\u00a0:"
    assert Terms("fr").quote("Un toit") == "«\u00a0Un toit\u00a0»"


def test_a_value_from_a_newer_store_prints_as_written() -> None:
    assert Terms("en").vocab("domain", "new_domain") == "new domain"
    assert Terms("en").vocab("domain", None) == ""


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError):
        Terms("de")


@pytest.mark.parametrize(
    ("language", "long", "short"),
    [
        ("en", "November 23, 2026", "Nov 23, 2026"),
        ("fr", "23 novembre 2026", "23 nov. 2026"),
        ("es", "23 de noviembre de 2026", "23 nov 2026"),
    ],
)
def test_dates_follow_each_language(language: str, long: str, short: str) -> None:
    terms = Terms(language)
    assert terms.date(date(2026, 11, 23)) == long
    assert terms.date("2026-11-23") == long
    assert terms.date("2026-11-23", short=True).replace("\u00a0", " ") == short
    assert terms.date(None) == ""
    assert terms.date("not a date") == "not a date"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "December 2, 2026, 10:30 a.m."),
        ("fr", "2 décembre 2026 à 10 h 30"),
        ("es", "2 de diciembre de 2026, 10:30"),
    ],
)
def test_appointments_carry_date_and_time(language: str, expected: str) -> None:
    terms = Terms(language)
    assert terms.appointment("2026-12-02T10:30:00").replace("\u00a0", " ") == expected
    assert terms.appointment(datetime(2026, 12, 2, 10, 30)).replace("\u00a0", " ") == expected
    assert terms.appointment(None) == ""


# A safety plan may be found by the wrong person: its headings name nothing revealing.
REVEALING = (
    "violen",
    "abus",
    "shelter",
    "assault",
    "hébergement",
    "refuge",
    "refugio",
    "maltrat",
    "agres",
    "danger",
    "escape",
    "fuir",
    "huir",
    "emergency",
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_safety_headings_are_gentle_and_neutral(language: str) -> None:
    terms = Terms(language)
    words = [terms.text(f"safety.{section}") for section in SECTIONS]
    words.append(terms.text("doc.safety_title"))
    for word in words:
        assert not any(bad in word.lower() for bad in REVEALING), word
