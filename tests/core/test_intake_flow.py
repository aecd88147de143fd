"""The intake flow without any screen: order, skips, checks, drafts and Finish."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from shelterplan.core import planning
from shelterplan.core.actors import actor_named
from shelterplan.core.rules import InvalidInput
from shelterplan.core.wizards.flow import Severity
from shelterplan.core.wizards.intake import STRENGTH_PROMPTS, IntakeFlow, directory_services
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import (
    AssessmentItem,
    Case,
    Client,
    Consent,
    Dependant,
    Goal,
    Person,
    Strength,
)
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)
ORDER = [
    "consent",
    "identity",
    "safe_contact",
    "household",
    "situation",
    "strengths",
    "goals",
    "team",
    "summary",
]


def _flow() -> IntakeFlow:
    return IntakeFlow(today=lambda: TODAY)


def _codes(flow: IntakeFlow, key: str, severity: Severity | None = None) -> list[str]:
    return [p.code for p in flow.check(key) if severity is None or p.severity == severity]


def _filled(service_id: str | None = None) -> IntakeFlow:
    """Every page answered, as a worker and Mme Tremblay would."""
    flow = _flow()
    answers: dict[str, dict[str, Any]] = {
        "consent": {
            "agrees_to_file": True,
            "share_with": [
                {"provider": "Clinique juridique du Plateau", "service_id": service_id},
                {"provider": "Dre Anne Lefebvre", "service_id": None},
                {"provider": "", "service_id": None},
            ],
            "contact_support_people": True,
        },
        "identity": {
            "preferred_name": "  Geneviève ",
            "legal_name": "Geneviève Tremblay",
            "pronouns": "elle",
            "birth_date": "1988-04-02",
            "approximate_age": None,
            "languages": ["français", "anglais"],
            "document_language": "fr",
        },
        "safe_contact": {
            "safe_phone": "514 555-0182",
            "no_safe_phone": False,
            "may_leave_message": False,
            "safe_times": "En semaine, 10 h – 14 h",
            "code_word": "lavande",
            "do_not_tell": "Son ex-conjoint, Marc, et sa belle-famille",
        },
        "household": {
            "dependants": [
                {"name": "Léa", "age": 7, "relationship": "fille", "with_her": True, "notes": ""},
                {"name": "Théo", "age": "3", "relationship": "fils", "with_her": True},
                {"name": "", "age": "", "relationship": "", "with_her": True, "notes": ""},
            ]
        },
        "situation": {
            "domains": {
                "safety": {"note": "Menaces par texto", "need_level": "urgent", "priority": 1},
                "housing": {"note": "Hébergée ici", "need_level": "high", "priority": 2},
                "income": {"note": "", "need_level": "declined", "priority": None},
                "legal": {"note": "", "need_level": "", "priority": None},
            }
        },
        "strengths": {
            "chosen": ["protects_children", "determined"],
            "prompt_words": {
                "protects_children": "Protects her children",
                "determined": "Determined",
            },
            "own_words": ["Cuisine pour tout l'étage", "  "],
        },
        "goals": {
            "goals": [
                {"text": "Un appartement à moi avec les enfants", "domain": "housing"},
                {"text": "Retourner aux études", "domain": ""},
                {"text": "", "domain": "income"},
            ]
        },
        "team": {
            "providers": [
                {
                    "name": "Me Sophie Gagnon",
                    "role": "avocate",
                    "organisation": "Clinique juridique du Plateau",
                    "phone": "514 555-0100",
                    "safe_to_contact": True,
                }
            ],
            "supports": [
                {"name": "Nadia", "role": "sœur", "phone": "", "safe_to_contact": True},
                {"name": "Claire", "role": "voisine", "phone": "", "safe_to_contact": False},
            ],
        },
    }
    for key, values in answers.items():
        flow.set_values(key, values)
    return flow


def test_pages_come_in_the_intake_order_and_all_but_two_can_be_skipped():
    flow = _flow()
    assert flow.kind == "intake"
    assert flow.page_keys() == ORDER
    assert flow.current == "consent"
    seen = [flow.current]
    while (following := flow.next_key()) is not None:
        flow.go_to(following)
        seen.append(following)
    assert seen == ORDER
    assert flow.previous_key() == "team"
    fixed = [key for key in ORDER if not flow.page(key).skippable]
    assert fixed == ["identity", "summary"]
    with pytest.raises(ValueError):
        flow.skip("identity")


def test_skipping_records_declined_not_empty():
    flow = _flow()
    flow.set_values("safe_contact", {"safe_phone": "514 555-0182"})
    flow.skip("safe_contact")
    assert flow.is_declined("safe_contact")
    assert "safe_contact" not in flow.values
    flow.set_values("household", {"dependants": []})  # answered, empty: not declined
    assert not flow.is_declined("household")
    assert flow.declined_pages() == ["safe_contact"]
    flow.set_values("safe_contact", {"safe_phone": ""})  # she answers after all
    assert not flow.is_declined("safe_contact")


def test_declining_consent_keeps_only_the_agreement_to_have_a_file():
    flow = _flow()
    flow.set_values(
        "consent",
        {
            "agrees_to_file": True,
            "share_with": [{"provider": "CLSC"}],
            "contact_support_people": True,
        },
    )
    flow.skip("consent")
    assert flow.is_declined("consent")
    assert flow.values["consent"] == {"agrees_to_file": True, "given_on": TODAY.isoformat()}
    assert flow.can_leave("consent")
    purposes = [c.purpose for c in flow.records().consents]
    assert purposes == ["case_file"]

    without = _flow()
    without.skip("consent")
    assert _codes(without, "consent") == ["file_consent_missing"]


def test_only_the_preferred_name_and_the_file_consent_block_an_empty_intake():
    flow = _flow()
    errors = {key: _codes(flow, key, Severity.ERROR) for key in ORDER[:-1]}
    assert {k: v for k, v in errors.items() if v} == {
        "consent": ["file_consent_missing"],
        "identity": ["preferred_name_missing"],
    }
    flow.set_values("identity", {"preferred_name": "   "})
    assert _codes(flow, "identity", Severity.ERROR) == ["preferred_name_missing"]
    flow.set_values("identity", {"preferred_name": "Ximena"})
    assert flow.can_leave("identity")
    assert _codes(flow, "summary") == ["page_has_errors"]
    flow.set_values("consent", {"agrees_to_file": True})
    assert flow.check("summary") == []


@pytest.mark.parametrize(
    ("answers", "errors", "warnings"),
    [
        ({"approximate_age": 0}, ["age_out_of_range"], []),
        ({"approximate_age": 130}, ["age_out_of_range"], []),
        ({"approximate_age": "trente"}, ["age_out_of_range"], []),
        ({"approximate_age": 129}, [], []),
        ({"approximate_age": 16}, [], ["minor"]),
        ({"birth_date": "2026-12-01"}, ["birth_date_in_future"], []),
        ({"birth_date": "1890-01-01"}, ["birth_date_too_early"], []),
        ({"birth_date": "01/02/1990"}, ["birth_date_invalid"], []),
        ({"birth_date": "1990-05-01", "approximate_age": 20}, [], ["age_differs_from_birth_date"]),
        ({"birth_date": "1990-05-01", "approximate_age": 36}, [], []),
        ({"document_language": "de"}, ["document_language_unknown"], []),
        ({"document_language": "es"}, [], []),
    ],
)
def test_identity_errors_and_warnings(answers, errors, warnings):
    flow = _flow()
    flow.set_values("identity", {"preferred_name": "Ximena", **answers})
    assert _codes(flow, "identity", Severity.ERROR) == errors
    assert _codes(flow, "identity", Severity.WARNING) == warnings
    assert flow.can_leave("identity") == (not errors)


def test_other_pages_warn_or_refuse_what_cannot_be_stored():
    flow = _flow()
    flow.set_values("safe_contact", {"no_safe_phone": True, "may_leave_message": True})
    assert _codes(flow, "safe_contact", Severity.WARNING) == ["message_without_phone"]
    assert flow.can_leave("safe_contact")

    flow.set_values(
        "household", {"dependants": [{"name": "", "age": 4}, {"name": "B", "age": 200}]}
    )
    problems = flow.check("household")
    assert [(p.code, p.detail) for p in problems] == [
        ("dependant_name_missing", "1"),
        ("dependant_age_out_of_range", "2"),
    ]

    domains = {
        "housing": {"note": "", "need_level": "high", "priority": 6},
        "income": {"note": "Aide sociale", "need_level": "", "priority": None},
        "culture": {"note": "", "need_level": "enormous", "priority": None},
        "astrology": {"note": "x"},
    }
    flow.set_values("situation", {"domains": domains})
    found = {(p.code, p.detail, p.severity) for p in flow.check("situation")}
    assert found == {
        ("priority_out_of_range", "housing", Severity.ERROR),
        ("need_level_missing", "income", Severity.WARNING),
        ("need_level_unknown", "culture", Severity.ERROR),
        ("domain_unknown", "astrology", Severity.ERROR),
    }

    flow.set_values("strengths", {"chosen": [], "own_words": []})
    assert _codes(flow, "strengths", Severity.WARNING) == ["no_strength"]
    assert flow.can_leave("strengths")
    flow.set_values("strengths", {"chosen": [STRENGTH_PROMPTS[0]], "own_words": []})
    assert flow.check("strengths") == []

    flow.set_values("goals", {"goals": [{"text": "Un chez-moi", "domain": "garden"}]})
    assert _codes(flow, "goals") == ["goal_domain_unknown"]

    flow.set_values("team", {"providers": [{"name": "", "phone": "514"}], "supports": []})
    assert [(p.code, p.field, p.detail) for p in flow.check("team")] == [
        ("person_name_missing", "providers", "1")
    ]


def test_a_draft_round_trip_restores_values_declined_and_page_exactly():
    flow = _filled()
    flow.skip("strengths")
    flow.go_to("goals")
    saved = json.loads(json.dumps(flow.to_draft(), ensure_ascii=False, sort_keys=True))
    again = IntakeFlow.from_draft(saved)
    assert isinstance(again, IntakeFlow)
    assert again.values == flow.values
    assert again.declined == {"strengths"}
    assert again.current == "goals"
    assert again.to_draft() == flow.to_draft()
    with pytest.raises(ValueError):
        IntakeFlow.from_draft({**saved, "kind": "goal"})


def test_summary_lists_what_will_be_created_and_what_she_declined():
    flow = _filled()
    flow.skip("team")
    lines = flow.summary_lines()
    items = [line.item for line in lines]
    assert items.count("consent") == 4  # file, two providers, support people
    assert items.count("dependant") == 2
    assert items.count("assessment") == 3  # legal left blank: not assessed
    assert items.count("strength") == 3
    assert items.count("goal") == 2
    assert "person" not in items
    assert [line.values for line in lines if line.item == "declined"] == [{"page": "team"}]
    contact = next(line.values for line in lines if line.item == "safe_contact")
    assert contact["has_code_word"] is True
    assert "lavande" not in json.dumps([line.values for line in lines], ensure_ascii=False)
    json.dumps([line.values for line in lines])  # plain data, ready for any screen


def test_a_declined_situation_page_records_every_domain_as_declined():
    flow = _filled()
    flow.skip("situation")
    records = flow.records().assessments
    assert len(records) == 12
    assert {r.need_level for r in records} == {"declined"}


@pytest.fixture
def service_id(store: CaseStore) -> str:
    with store.session() as session:
        return planning.add_service(session, "Clinique juridique du Plateau", domain="legal").id


def test_finish_creates_everything_in_one_go(store, service_id):
    flow = _filled(service_id)
    flow.skip("safe_contact")
    with store.session() as session:
        assert directory_services(session) == [(service_id, "Clinique juridique du Plateau")]
        case_id = flow.finish(session, actor_named(session, ADMIN))

    with store.session() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.opened_on == TODAY
        assert case.phase == "planning"  # her goals are written: planning has begun
        client = session.get(Client, case.client_id)
        assert client.preferred_name == "Geneviève"
        assert client.legal_name == "Geneviève Tremblay"
        assert client.birth_date == date(1988, 4, 2)
        assert client.languages == "français, anglais"
        assert client.document_language == "fr"
        assert client.declined == "safe_contact"
        assert client.safe_phone is None and client.code_word is None

        consents = session.scalars(
            select(Consent).where(Consent.case_id == case_id).order_by(Consent.scope)
        ).all()
        found = {(c.purpose, c.scope, c.service_id, c.given_on) for c in consents}
        assert found == {
            ("case_file", None, None, TODAY),
            ("share_with_provider", "Clinique juridique du Plateau", service_id, TODAY),
            ("share_with_provider", "Dre Anne Lefebvre", None, TODAY),
            ("contact_support_people", None, None, TODAY),
        }

        dependants = session.scalars(
            select(Dependant).where(Dependant.case_id == case_id).order_by(Dependant.name)
        ).all()
        assert [(d.name, d.age, d.relationship_to_her, d.with_her) for d in dependants] == [
            ("Léa", 7, "fille", True),
            ("Théo", 3, "fils", True),
        ]

        items = session.scalars(select(AssessmentItem).where(AssessmentItem.case_id == case_id))
        assert {(i.domain, i.need_level, i.client_priority, i.situation) for i in items} == {
            ("safety", "urgent", 1, "Menaces par texto"),
            ("housing", "high", 2, "Hébergée ici"),
            ("income", "declined", None, None),
        }

        strengths = session.scalars(select(Strength.description).where(Strength.case_id == case_id))
        assert set(strengths) == {
            "Protects her children",
            "Determined",
            "Cuisine pour tout l'étage",
        }

        goals = session.scalars(select(Goal).where(Goal.case_id == case_id)).all()
        assert {(g.in_her_words, g.kind, g.domain, g.parent_id) for g in goals} == {
            ("Un appartement à moi avec les enfants", "long_term", "housing", None),
            ("Retourner aux études", "long_term", None, None),
        }

        people = session.scalars(select(Person).where(Person.case_id == case_id)).all()
        assert {
            (p.kind, p.name, p.relationship_or_role, p.safe_to_contact, p.consent_to_share)
            for p in people
        } == {
            ("team", "Me Sophie Gagnon", "avocate", True, True),
            ("support", "Nadia", "sœur", True, False),
            ("support", "Claire", "voisine", False, False),
        }
        assert not any(p.list_on_plan for p in people)


def test_declined_situation_is_written_as_declined_assessments(store):
    flow = _flow()
    flow.set_values("consent", {"agrees_to_file": True})
    flow.set_values("identity", {"preferred_name": "Ximena", "document_language": "es"})
    for key in ("safe_contact", "household", "situation", "strengths", "goals", "team"):
        flow.skip(key)
    with store.session() as session:
        case_id = flow.finish(session, actor_named(session, ADMIN))
    with store.session() as session:
        case = session.get(Case, case_id)
        assert case.phase == "engagement"
        assert case.client.declined == ("safe_contact,household,situation,strengths,goals,team")
        levels = session.scalars(
            select(AssessmentItem.need_level).where(AssessmentItem.case_id == case_id)
        ).all()
        assert levels == ["declined"] * 12
        assert session.scalars(select(Consent.purpose).where(Consent.case_id == case_id)).all() == [
            "case_file"
        ]


def test_finish_refuses_an_unfinished_intake_and_writes_nothing(store):
    flow = _flow()
    flow.set_values("identity", {"preferred_name": "Ximena"})  # no file consent
    with pytest.raises(InvalidInput), store.session() as session:
        flow.finish(session, actor_named(session, ADMIN))
    with store.session() as session:
        assert session.scalars(select(Client)).all() == []


def test_a_provider_gone_from_the_directory_is_kept_by_name(store, service_id):
    with store.session() as session:
        from shelterplan.store.models import Service

        session.get(Service, service_id).deleted_at = session.get(Service, service_id).created_at
    flow = _filled(service_id)
    with store.session() as session:
        case_id = flow.finish(session, actor_named(session, ADMIN))
    with store.session() as session:
        linked = session.scalars(
            select(Consent.service_id).where(
                Consent.case_id == case_id, Consent.scope == "Clinique juridique du Plateau"
            )
        ).all()
        assert linked == [None]
