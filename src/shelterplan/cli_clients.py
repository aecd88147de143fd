"""`shelterplan client-export`, `shelterplan erase` and `shelterplan retention`.

Nothing here prints a client's name or any of her records: cases and clients are named
by id, what would be erased by counts.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from shelterplan.cli_documents import MIN_PREFIX, find_case_id
from shelterplan.errors import NotFound, ShelterplanError

NOT_ENCRYPTED = "This file is NOT encrypted: keep it on an encrypted drive and delete it when done."


class NotConfirmed(ShelterplanError):
    """A destructive command was asked without --yes; nothing was changed."""


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    export = sub.add_parser(
        "client-export",
        help="write one client's whole file and signed plans as a ZIP (unencrypted!)",
    )
    export.add_argument(
        "case_id", metavar="CASE_ID", help="one of her cases (or its first 6+ characters)"
    )
    export.add_argument("--out", type=Path, required=True, help="the ZIP file to write")
    export.add_argument(
        "--for-service",
        metavar="SERVICE_ID",
        help="a copy of this case for a provider of the directory (needs her consent)",
    )

    erase = sub.add_parser(
        "erase", help="erase the client of a case and all her cases for good, at her request"
    )
    erase.add_argument(
        "case_id", metavar="CASE_ID", help="one of her cases (or its first 6+ characters)"
    )
    erase.add_argument(
        "--yes", action="store_true", help="erase; without it, only show what would be erased"
    )

    retention = sub.add_parser(
        "retention",
        help="show or set how long closed cases are kept; purge older ones (administrators)",
    )
    retention.add_argument("--years", type=int, help="set the retention period in years")
    retention.add_argument(
        "--purge", action="store_true", help="erase clients whose cases are all older"
    )
    retention.add_argument(
        "--yes", action="store_true", help="with --purge: erase; without it, only show"
    )


def find_service_id(session: Session, given: str) -> str:
    from shelterplan.store.models import Service

    given = given.strip().lower()
    if len(given) < MIN_PREFIX:
        raise NotFound(f"Give at least {MIN_PREFIX} characters of the service id.")
    found = session.scalars(select(Service.id).where(Service.id.like(f"{given}%")).limit(2)).all()
    if len(found) != 1:
        raise NotFound(
            "No service has that id." if not found else "Several services start with that."
        )
    return found[0]


def cmd_client_export(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from shelterplan.core.client_export import write_client_file

    with store.session() as session:
        case_id = find_case_id(session, args.case_id)
        service_id = find_service_id(session, args.for_service) if args.for_service else None
    exported = write_client_file(store, case_id, args.out, for_service_id=service_id)
    whose = "a copy of one case for the provider" if service_id else "her whole file"
    print(
        f"Wrote {whose} to {args.out}: {exported.cases} case(s), "
        f"{exported.pdfs} signed plan PDF(s)."
    )
    print(NOT_ENCRYPTED)
    return 0


def _preview_lines(preview) -> list[str]:  # type: ignore[no-untyped-def]
    lines = [f"Client {preview.client_id} and {len(preview.case_ids)} case(s):"]
    lines += [f"  case {case_id}" for case_id in preview.case_ids]
    lines += [f"  {label}: {count}" for label, count in preview.counts if count]
    return lines


def cmd_erase(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from shelterplan.core.actors import actor_named
    from shelterplan.core.erasure import client_of_case, erase_and_vacuum, erasure_preview

    with store.session() as session:
        actor = actor_named(session, store.worker_name)
        client_id = client_of_case(session, find_case_id(session, args.case_id))
        preview = erasure_preview(session, actor, client_id)
    if not args.yes:
        print("Would erase for good:")
        print("\n".join(_preview_lines(preview)))
        raise NotConfirmed("Nothing was erased: run the command again with --yes to erase.")
    erase_and_vacuum(store, actor, client_id)
    print(
        f"Erased client {client_id}: {preview.total} record(s) in {len(preview.case_ids)} case(s)."
    )
    print(
        "The store file was rewritten so that none of it remains. A backup or export taken "
        "before still holds it: restoring or importing one will not bring her back."
    )
    return 0


def cmd_retention(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from shelterplan.core.actors import actor_named
    from shelterplan.core.retention import (
        closed_cases_older_than,
        cutoff,
        purge_closed_cases,
        retention_years,
        set_retention_years,
    )
    from shelterplan.store.maintenance import vacuum_store

    today = date.today()
    with store.session() as session:
        actor = actor_named(session, store.worker_name)
        if args.years is not None:
            set_retention_years(session, actor, args.years)
        years = retention_years(session)
        if years is None:
            if args.purge:
                raise NotFound("No retention period is set: set one with --years N first.")
            print("No retention period is set: closed cases are kept until erased.")
            return 0
        found = closed_cases_older_than(session, actor, years, today)
        if args.purge and args.yes:
            records = purge_closed_cases(session, actor, years, today, confirmed=True)
    if args.purge and args.yes:
        vacuum_store(store)
        cases = sum(len(record.case_ids) for record in records)
        print(
            f"Erased {len(records)} client(s) with {cases} closed case(s) older than {years} years."
        )
        return 0
    erasable = sorted({case.client_id for case in found if case.erasable})
    kept = [case for case in found if not case.erasable]
    print(f"retention-years = {years} (cases closed before {cutoff(years, today).isoformat()})")
    print(
        f"{len(found)} closed case(s) are older: {len(erasable)} client(s) would be erased; "
        f"{len(kept)} case(s) stay because their client has a more recent or open case."
    )
    for client_id in erasable:
        ids = " ".join(case.case_id for case in found if case.client_id == client_id)
        print(f"  client {client_id}: {ids}")
    if args.purge:
        raise NotConfirmed("Nothing was erased: run the command again with --purge --yes.")
    return 0


COMMANDS = {
    "client-export": cmd_client_export,
    "erase": cmd_erase,
    "retention": cmd_retention,
}


def run(store, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    try:
        return COMMANDS[args.command](store, args)
    finally:
        sys.stdout.flush()  # the counts come before the one-line refusal on stderr
