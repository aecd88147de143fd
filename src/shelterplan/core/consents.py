"""Is there a valid consent for this? One answer for referrals, copies and exports.

A consent of her case counts when it was given (on or before today), was not withdrawn
and has not expired (`ConsentEntry.state_on`). It must also be for the purpose asked and,
when a provider is named, for that provider:

- tied to the provider's directory entry (`Consent.service_id`), or, for consents
  recorded before the directory existed or typed by hand, not tied to any entry and
  naming the provider in its scope (case and accents ignored). Asked with no particular
  purpose (None), as referrals and third-party copies ask, a consent for that provider
  counts whatever its purpose was called: it is her consent to share with it;
- with no provider named, only consents not tied to one count: agreeing to share with
  one provider is narrower than a general purpose.

Sending anything of hers to a third party — a referral that shares her details, a
printed copy or an export of her file for a provider — needs that provider's consent
(`require_third_party_consent`). Her own copy, asked for by her, needs none: it is her
right of access, not a disclosure. A refusal is `NoConsent`, a plain sentence that names
what is missing (the purpose, or the provider: directory data), never anything of hers.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.core.rules import fold
from shelterplan.core.workspace import ConsentEntry
from shelterplan.errors import ShelterplanError
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store.models import Consent, Service

# Purposes the app itself asks about (stored codes, `ConsentPurpose` of the intake), in
# words for refusals; any other purpose is named as the caller gave it (a code).
PURPOSE_WORDS = {
    "case_file": QT_TRANSLATE_NOOP("errors", "keeping a file about her"),
    "share_with_provider": QT_TRANSLATE_NOOP("errors", "sharing her information with a provider"),
    "contact_support_people": QT_TRANSLATE_NOOP("errors", "contacting her support people"),
}


def _sentence(purpose: str | None, service_name: str | None) -> tuple[str, dict[str, object]]:
    """The refusal's sentence and the words that fill it in."""
    if service_name:
        return QT_TRANSLATE_NOOP(
            "errors",
            "She has no valid consent to sharing her information with {service} "
            "(never given, withdrawn or expired). Record her consent first.",
        ), {"service": service_name}
    what = PURPOSE_WORDS.get(purpose or "", purpose or QT_TRANSLATE_NOOP("errors", "this"))
    return QT_TRANSLATE_NOOP(
        "errors",
        "She has no valid consent for {what} (never given, withdrawn or expired). "
        "Record her consent first.",
    ), {"what": what}


class NoConsent(ShelterplanError):
    """Nothing was shared or written: the consent it needs is missing."""

    def __init__(
        self,
        purpose: str | None = None,
        service_name: str | None = None,
        message: str | None = None,
        **values: object,
    ) -> None:
        self.purpose = purpose
        self.service_name = service_name
        if message is None:
            message, values = _sentence(purpose, service_name)
        super().__init__(message, **values)


def _names_service(scope: str | None, service_name: str) -> bool:
    needle = fold(service_name).strip()
    return bool(scope and needle) and needle in fold(scope)


def _entry(consent: Consent) -> ConsentEntry:
    return ConsentEntry(
        consent.id,
        consent.purpose,
        consent.scope,
        consent.given_on,
        consent.withdrawn_on,
        consent.expires_on,
    )


def valid_consent(
    session: Session,
    case_id: str,
    purpose: str | None,
    service_id: str | None = None,
    today: date | None = None,
) -> str | None:
    """The id of a consent of the case valid today for `purpose` (None: any purpose) and,
    when given, the provider `service_id`; the most recently given one first. None when
    there is none."""
    day = today or date.today()
    name = ""
    if service_id is not None:
        name = session.scalar(select(Service.name).where(Service.id == service_id)) or ""
    query = select(Consent).where(Consent.case_id == case_id)
    if purpose is not None:
        query = query.where(Consent.purpose == purpose)
    consents = session.scalars(
        query.order_by(Consent.given_on.desc(), Consent.created_at.desc(), Consent.id)
    )
    for consent in consents:
        if service_id is None:
            if consent.service_id is not None:
                continue
        elif consent.service_id != service_id and not (
            consent.service_id is None and _names_service(consent.scope, name)
        ):
            continue
        if _entry(consent).valid_on(day):
            return consent.id
    return None


def require_consent(
    session: Session,
    case_id: str,
    purpose: str,
    service_id: str | None = None,
    today: date | None = None,
) -> str:
    """`valid_consent`, or `NoConsent` naming what is missing."""
    found = valid_consent(session, case_id, purpose, service_id, today)
    if found is None:
        raise NoConsent(purpose, _service_name(session, service_id))
    return found


def require_third_party_consent(
    session: Session, case_id: str, service_id: str, today: date | None = None
) -> str:
    """Her consent to share with this provider, before a copy of anything of hers (a
    printed plan, an export, a referral's details) goes to it; else `NoConsent`."""
    found = valid_consent(session, case_id, None, service_id, today)
    if found is None:
        raise NoConsent(None, _service_name(session, service_id) or "this provider")
    return found


def _service_name(session: Session, service_id: str | None) -> str | None:
    if service_id is None:
        return None
    # Named even when taken out of the directory since: it is directory data, not hers.
    return session.scalar(select(Service.name).where(Service.id == service_id))
