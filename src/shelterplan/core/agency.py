"""The agency's own details, printed at the top of the plans it hands out.

Kept as settings inside the encrypted store (a shelter's address is itself sensitive).
Only an administrator changes them; every worker's printouts read them.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from sqlalchemy.orm import Session

from shelterplan.core.actors import Actor
from shelterplan.core.rules import InvalidInput
from shelterplan.core.settings import get_setting, put_setting
from shelterplan.errors import NotAllowed
from shelterplan.i18n import QT_TRANSLATE_NOOP
from shelterplan.store import audit_chain

NAME = "agency_name"
ADDRESS = "agency_address"
PHONE = "agency_phone"
LOGO = "agency_logo"
PAPER = "paper_size"

PAPER_SIZES = ("letter", "a4")
MAX_LOGO_BYTES = 512 * 1024
_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


@dataclass(frozen=True)
class AgencyDetails:
    name: str
    address: str | None
    phone: str | None
    logo: bytes | None
    paper: str  # letter or a4


def agency_details(session: Session) -> AgencyDetails:
    raw_logo = get_setting(session, LOGO)
    logo = None
    if raw_logo:
        try:
            logo = base64.b64decode(raw_logo, validate=True)
        except (binascii.Error, ValueError):
            logo = None  # a damaged logo prints no logo rather than no plan
    paper = get_setting(session, PAPER) or "letter"
    return AgencyDetails(
        name=get_setting(session, NAME) or "",
        address=get_setting(session, ADDRESS) or None,
        phone=get_setting(session, PHONE) or None,
        logo=logo,
        paper=paper if paper in PAPER_SIZES else "letter",
    )


def _check_logo(logo: bytes) -> None:
    if len(logo) > MAX_LOGO_BYTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "errors", "The logo is too large: use a PNG or JPEG image under 512 KB."
            )
        )
    if not (logo.startswith(_PNG) or logo.startswith(_JPEG)):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The logo must be a PNG or JPEG image."))


def set_agency_details(
    session: Session,
    actor: Actor,
    *,
    name: str | None = None,
    address: str | None = None,
    phone: str | None = None,
    logo: bytes | None = None,
    remove_logo: bool = False,
    paper: str | None = None,
) -> AgencyDetails:
    """Change the given details; None leaves one as it is, an empty string clears it."""
    if not actor.administers:
        raise NotAllowed(
            QT_TRANSLATE_NOOP("errors", "Only an administrator can change the agency's details.")
        )
    if paper is not None and paper not in PAPER_SIZES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The paper size is 'letter' or 'a4'."))
    if logo is not None:
        _check_logo(logo)
    for key, value in ((NAME, name), (ADDRESS, address), (PHONE, phone), (PAPER, paper)):
        if value is not None:
            put_setting(session, key, value.strip())
    if remove_logo:
        put_setting(session, LOGO, "")
    elif logo is not None:
        put_setting(session, LOGO, base64.b64encode(logo).decode("ascii"))
    audit_chain.append(session, "settings.agency", actor.name)
    return agency_details(session)
