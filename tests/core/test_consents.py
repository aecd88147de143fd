"""Consent checks: given, withdrawn, expired, not yet, for another provider or purpose."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from shelterplan.core import cases, directory, planning
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.consents import (
    NoConsent,
    require_consent,
    require_third_party_consent,
    valid_consent,
)
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Consent
from tests.conftest import ADMIN
from tests.helpers.her_file import supervising_admin

TODAY = date(2026, 11, 23)
SECRET = "Zelda Secretname"


@pytest.fixture
def case(store: CaseStore) -> dict[str, str]:
    with store.session() as session:
        supervising_admin(session)
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient(SECRET), opened_on=TODAY)
        clinic = planning.add_service(session, "Clinique Santé Nord")
        other = planning.add_service(session, "Housing Help")
        return {"case": case.id, "clinic": clinic.id, "other": other.id}


def _consent(
    session: Session,
    case_id: str,
    purpose: str,
    service_id: str | None = None,
    scope: str | None = None,
    given: date = TODAY - timedelta(days=10),
    expires: date | None = None,
    withdrawn: date | None = None,
) -> str:
    actor: Actor = actor_named(session, ADMIN)
    consent = cases.record_consent(session, actor, case_id, purpose, scope, given, expires)
    session.execute(
        update(Consent)
        .where(Consent.id == consent.id)
        .values(service_id=service_id, withdrawn_on=withdrawn)
    )
    return consent.id


def test_a_given_consent_for_the_provider_is_valid(store, case):
    with store.session() as session:
        made = _consent(session, case["case"], "share_with_provider", case["clinic"])
        assert valid_consent(session, case["case"], None, case["clinic"], TODAY) == made
        assert require_third_party_consent(session, case["case"], case["clinic"], TODAY) == made
        assert valid_consent(session, case["case"], "share_with_provider", case["clinic"], TODAY)


@pytest.mark.parametrize(
    ("given", "expires", "withdrawn"),
    [
        (TODAY - timedelta(days=10), None, TODAY - timedelta(days=1)),  # withdrawn
        (TODAY - timedelta(days=10), TODAY - timedelta(days=1), None),  # expired
        (TODAY + timedelta(days=1), None, None),  # not yet given
    ],
    ids=["withdrawn", "expired", "not-yet"],
)
def test_withdrawn_expired_and_future_consents_do_not_count(store, case, given, expires, withdrawn):
    with store.session() as session:
        _consent(session, case["case"], "share_with_provider", case["clinic"], None, given, expires)
        session.execute(update(Consent).values(withdrawn_on=withdrawn))
        assert valid_consent(session, case["case"], None, case["clinic"], TODAY) is None
        with pytest.raises(NoConsent) as missing:
            require_third_party_consent(session, case["case"], case["clinic"], TODAY)
    message = str(missing.value)
    assert "Clinique Santé Nord" in message and "Record her consent first" in message
    assert SECRET not in message and "Zelda" not in message
    assert missing.value.service_name == "Clinique Santé Nord"


def test_expiring_today_still_counts(store, case):
    with store.session() as session:
        made = _consent(session, case["case"], "share_with_provider", case["clinic"], expires=TODAY)
        assert valid_consent(session, case["case"], None, case["clinic"], TODAY) == made
        after = TODAY + timedelta(days=1)
        assert valid_consent(session, case["case"], None, case["clinic"], after) is None


def test_a_consent_for_another_provider_does_not_count(store, case):
    with store.session() as session:
        _consent(session, case["case"], "share_with_provider", case["other"])
        assert valid_consent(session, case["case"], None, case["clinic"], TODAY) is None
        with pytest.raises(NoConsent):
            require_third_party_consent(session, case["case"], case["clinic"], TODAY)


def test_a_typed_scope_naming_the_provider_counts_accents_and_case_ignored(store, case):
    with store.session() as session:
        made = _consent(session, case["case"], "share", None, scope="la CLINIQUE sante nord")
        assert valid_consent(session, case["case"], None, case["clinic"], TODAY) == made
        assert valid_consent(session, case["case"], None, case["other"], TODAY) is None


def test_purposes_are_matched_and_a_provider_consent_is_not_a_general_one(store, case):
    with store.session() as session:
        _consent(session, case["case"], "case_file", case["clinic"])
        assert valid_consent(session, case["case"], "case_file", None, TODAY) is None
        general = _consent(session, case["case"], "case_file")
        assert valid_consent(session, case["case"], "case_file", None, TODAY) == general
        assert valid_consent(session, case["case"], "contact_support_people", None, TODAY) is None
        with pytest.raises(NoConsent) as missing:
            require_consent(session, case["case"], "contact_support_people", today=TODAY)
    assert "contacting her support people" in str(missing.value)


def test_the_newest_valid_consent_is_named(store, case):
    with store.session() as session:
        _consent(session, case["case"], "p", case["clinic"], given=TODAY - timedelta(days=30))
        newer = _consent(
            session, case["case"], "p", case["clinic"], given=TODAY - timedelta(days=2)
        )
        assert valid_consent(session, case["case"], None, case["clinic"], TODAY) == newer


def test_the_referral_check_is_the_same_check(store, case):
    """Referral sharing keeps its behaviour, and its refusal is a NoConsent too."""
    with store.session() as session:
        assert directory.matching_consent(session, case["case"], case["clinic"], TODAY) is None
        actor = actor_named(session, ADMIN)
        with pytest.raises(NoConsent) as missing:
            directory.refer_with_consent_check(
                session, actor, case["case"], case["clinic"], shares_client_details=True
            )
    assert isinstance(missing.value, directory.ConsentMissing)
    assert "without sharing details" in str(missing.value)
    with store.session() as session:
        made = _consent(session, case["case"], "anything", case["clinic"])
        assert directory.matching_consent(session, case["case"], case["clinic"], TODAY) == made
