"""`shelterplan plan-pdf` and the agency details of `shelterplan settings`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.errors import NotFound

MIN_PREFIX = 6


def add_plan_pdf_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    plan = sub.add_parser(
        "plan-pdf", help="write a case plan as a PDF file (unencrypted: the file is readable)"
    )
    plan.add_argument(
        "case_id", metavar="CASE_ID", help="the case's id (or its first 6+ characters)"
    )
    plan.add_argument("--lang", choices=("en", "fr", "es"), help="default: her document language")
    plan.add_argument("--take-home", action="store_true", help="her copy: no shelter address")
    plan.add_argument("--large-print", action="store_true")
    plan.add_argument("--version", type=int, help="print signed version N exactly as signed")
    plan.add_argument("--out", type=Path, required=True)


def add_agency_arguments(settings: argparse.ArgumentParser) -> None:
    settings.add_argument("--agency-name", help="printed at the top of full plans")
    settings.add_argument("--agency-address", help="printed on the agency's copy only")
    settings.add_argument("--agency-phone")
    settings.add_argument("--agency-logo", type=Path, help="a PNG or JPEG file")
    settings.add_argument("--remove-agency-logo", action="store_true")
    settings.add_argument("--paper", choices=("letter", "a4"))


def find_case_id(session: Session, given: str) -> str:
    from shelterplan.store.models import Case

    given = given.strip().lower()
    if len(given) < MIN_PREFIX:
        raise NotFound(f"Give at least {MIN_PREFIX} characters of the case id.")
    found = session.scalars(
        select(Case.id).where(Case.id.like(f"{given}%"), Case.deleted_at.is_(None)).limit(2)
    ).all()
    if len(found) != 1:
        raise NotFound(
            "No case has that id." if not found else "Several cases start with that; give more."
        )
    return found[0]


def plan_pdf_bytes(session: Session, actor_name: str, args: argparse.Namespace) -> bytes:
    from shelterplan.core.actors import actor_named
    from shelterplan.core.versions import signed_pdf
    from shelterplan.reports.model import Audience
    from shelterplan.reports.printing import record_output, render_case_plan
    from shelterplan.store.models import PlanVersion

    actor = actor_named(session, actor_name)
    case_id = find_case_id(session, args.case_id)
    if args.version is not None:
        version_id = session.scalar(
            select(PlanVersion.id).where(
                PlanVersion.case_id == case_id, PlanVersion.number == args.version
            )
        )
        if version_id is None:
            raise NotFound(f"This case has no plan version {args.version}.")
        _version, data = signed_pdf(session, actor, version_id)
        record_output(session, actor, case_id, "plan.save_pdf")
        return data
    document = render_case_plan(
        session,
        actor,
        case_id,
        language=args.lang,
        audience=Audience.TAKE_HOME if args.take_home else Audience.FULL,
        large_print=args.large_print,
    )
    if document.missing_characters:
        shown = " ".join(sorted(document.missing_characters))
        print(
            f"Warning: the document font cannot print these characters (boxes): {shown}",
            file=sys.stderr,
        )
    record_output(session, actor, case_id, "plan.save_pdf")
    return document.data


def cmd_plan_pdf(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from shelterplan.store.atomic import write_atomic

    with store.session() as session:
        data = plan_pdf_bytes(session, store.worker_name, args)
        write_atomic(args.out, data)
    print(f"Wrote {args.out} ({len(data) // 1024 + 1} KB).")
    print("This file is NOT encrypted: print it, then delete it.")
    return 0


def apply_agency_settings(session: Session, actor_name: str, args: argparse.Namespace) -> None:
    from shelterplan.core.actors import actor_named
    from shelterplan.core.agency import set_agency_details

    fields = {
        "name": args.agency_name,
        "address": args.agency_address,
        "phone": args.agency_phone,
        "paper": args.paper,
    }
    logo = args.agency_logo.read_bytes() if args.agency_logo else None
    if any(v is not None for v in fields.values()) or logo or args.remove_agency_logo:
        set_agency_details(
            session,
            actor_named(session, actor_name),
            logo=logo,
            remove_logo=args.remove_agency_logo,
            **fields,
        )


def agency_lines(session: Session) -> list[str]:
    from shelterplan.core.agency import agency_details

    details = agency_details(session)
    logo = f"{len(details.logo)} bytes" if details.logo else "none"
    return [
        f"agency-name = {details.name}",
        f"agency-address = {details.address or ''}",
        f"agency-phone = {details.phone or ''}",
        f"agency-logo = {logo}",
        f"paper = {details.paper}",
    ]
