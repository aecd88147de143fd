"""`shelterplan outcomes` and `shelterplan funder-export` (supervisors and administrators).

    shelterplan --worker NAME outcomes [--from D] [--to D] [--program P] [--lead W]
                [--by month|quarter] [--lang en|fr|es] [--csv FILE | --pdf FILE]
    shelterplan --worker NAME funder-export --from D --to D --out FILE [--per-case]

`outcomes` prints the figures of the Outcomes dashboard as plain tables, or saves them as
CSV or PDF. `--lead W` (also spelt `--worker W` after the subcommand) narrows them to one
lead worker, by name. `funder-export` writes the de-identified export
(docs/funder-export.md) and records it in the audit trail. Dates are YYYY-MM-DD; the
period defaults to the last twelve months. Files are not encrypted: the command says so.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from shelterplan.errors import NotFound, ShelterplanError

UNENCRYPTED = (
    "This file is NOT encrypted: keep it where your agency allows and delete it when done."
)


class ReportArgumentError(ShelterplanError):
    """A date or an option the report commands cannot use."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    outcomes = sub.add_parser(
        "outcomes", help="the outcome figures (supervisors and admins); --csv or --pdf to save"
    )
    outcomes.add_argument("--from", dest="start", type=_day, help="first day (YYYY-MM-DD)")
    outcomes.add_argument("--to", dest="end", type=_day, help="last day (default: today)")
    outcomes.add_argument("--program", help="one program, as the cases name it")
    outcomes.add_argument(
        "--lead", "--worker", dest="lead_worker", metavar="W", help="one lead worker, by name"
    )
    outcomes.add_argument("--by", choices=("month", "quarter"), help="default: by the period")
    outcomes.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    saved = outcomes.add_mutually_exclusive_group()
    saved.add_argument("--csv", type=Path, metavar="FILE", help="save every table as CSV")
    saved.add_argument("--pdf", type=Path, metavar="FILE", help="save the report as PDF")

    funder = sub.add_parser(
        "funder-export",
        help="the de-identified export for funders: no names, small counts hidden (audited)",
    )
    funder.add_argument("--from", dest="start", type=_day, required=True)
    funder.add_argument("--to", dest="end", type=_day, required=True)
    funder.add_argument("--out", type=Path, required=True)
    funder.add_argument(
        "--per-case",
        action="store_true",
        help="add one row per goal (domain, status, months): NOT protected by suppression",
    )


def _filter(session: Any, args: argparse.Namespace, today: date) -> Any:
    from shelterplan.core.outcomes import OutcomeFilter
    from shelterplan.core.periods import Granularity, default_granularity, last_twelve_months
    from shelterplan.store.models import Worker

    default_start, default_end = last_twelve_months(today)
    start, end = args.start or default_start, args.end or default_end
    worker_id = None
    if args.lead_worker:
        wanted = " ".join(args.lead_worker.split()).casefold()
        found = [
            (worker_id, name)
            for worker_id, name in session.execute(select(Worker.id, Worker.name))
            if name.casefold() == wanted
        ]
        if not found:
            raise NotFound("There is no worker with that name.")
        worker_id = found[0][0]
    granularity = Granularity(args.by) if args.by else default_granularity(start, end)
    return OutcomeFilter(start, end, args.program, worker_id, granularity)


def _print_tables(figures: Any, language: str, out: Callable[[str], None]) -> None:
    from shelterplan.reports.outcome_tables import filter_lines, outcome_tables
    from shelterplan.reports.terms import Terms

    terms = Terms(language)
    out(terms.text("outcomes.title"))
    for label, value in filter_lines(figures, terms):
        out(f"  {label}: {value}")
    for table in outcome_tables(figures, terms):
        out("")
        out(table.title)
        out(f"  ({table.note})")
        rows = [table.header, *table.rows]
        widths = [max(len(row[i]) for row in rows) for i in range(len(table.header))]
        for row in rows:
            cells = [row[0].ljust(widths[0])] + [
                cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
            ]
            out("  " + "  ".join(cells).rstrip())
        if not table.rows:
            out("  " + terms.text("outcomes.nothing"))


def cmd_outcomes(store: Any, args: argparse.Namespace, out: Callable[[str], None] = print) -> int:
    from shelterplan.core.actors import actor_named
    from shelterplan.core.agency import agency_details
    from shelterplan.core.outcomes import outcome_figures
    from shelterplan.reports.outcomes_csv import outcomes_csv
    from shelterplan.reports.outcomes_pdf import render_outcomes
    from shelterplan.store.atomic import write_atomic

    today = date.today()
    with store.session() as session:
        actor = actor_named(session, store.worker_name)
        figures = outcome_figures(session, actor, _filter(session, args, today), today)
        agency = agency_details(session).name
    if args.csv is not None:
        write_atomic(args.csv, outcomes_csv(figures, args.lang))
        out(f"Wrote {args.csv}.")
        out(UNENCRYPTED)
    elif args.pdf is not None:
        document = render_outcomes(figures, args.lang, agency_name=agency)
        write_atomic(args.pdf, document.data)
        out(f"Wrote {args.pdf} ({document.pages} pages).")
        out(UNENCRYPTED)
    else:
        _print_tables(figures, args.lang, out)
    return 0


def cmd_funder_export(
    store: Any, args: argparse.Namespace, out: Callable[[str], None] = print
) -> int:
    from shelterplan.core.funder_export import PER_CASE_WARNING, write_funder_export

    if args.start > args.end:
        raise ReportArgumentError("The period must start on or before the day it ends.")
    export = write_funder_export(
        store, store.worker_name, args.out, args.start, args.end, per_case=args.per_case
    )
    out(
        f"Wrote {args.out}: aggregate figures for {args.start} to {args.end}, "
        f"{export.hidden} small or revealing counts hidden (shown as 'x'). "
        "The export is recorded in the audit trail."
    )
    if args.per_case:
        out(f"{export.record_rows} record-level rows included. {PER_CASE_WARNING}")
    out(UNENCRYPTED)
    return 0


def commands(unlock: Callable[[argparse.Namespace], Any]) -> dict[str, Callable[..., int]]:
    """The subcommands, each run on the store `unlock` opens (as in cli.py)."""

    def outcomes(args: argparse.Namespace) -> int:
        with unlock(args) as store:
            return cmd_outcomes(store, args)

    def funder(args: argparse.Namespace) -> int:
        with unlock(args) as store:
            return cmd_funder_export(store, args)

    return {"outcomes": outcomes, "funder-export": funder}
