"""The de-identified export for funders: aggregate figures only, no name, no free text,
no id, small counts hidden (totals included), and every export in the audit trail."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.core.funder_export import (
    AUDIT_ACTION,
    PER_CASE_WARNING,
    funder_export,
    section_named,
    write_funder_export,
)
from shelterplan.core.suppression import HIDDEN
from shelterplan.errors import NotAllowed
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, Case, Client, Person, Service, Worker
from tests.conftest import ADMIN
from tests.helpers.content import write_everything
from tests.helpers.outcomes import TODAY, outcome_store, worker_names

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
START = TODAY - timedelta(days=364)


def _sections(data: bytes) -> dict[str, list[list[str]]]:
    """The file read back with the csv module: section name -> its rows."""
    text = data.decode("utf-8-sig")
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for row in csv.reader(io.StringIO(text)):
        if len(row) == 1 and row[0].startswith("[") and row[0].endswith("]"):
            current = found.setdefault(row[0][1:-1], [])
        elif row and current is not None:
            current.append(row)
    return found


@pytest.fixture
def canary_store(store: CaseStore) -> tuple[CaseStore, list[str]]:
    """Demo cases, plus a case with a canary string in every field anyone types."""
    outcome_store(store, clients=60, seed=3)
    with store.session() as session:
        canaries, _case_id = write_everything(session, ADMIN)
    return store, canaries


def _names(store: CaseStore) -> list[str]:
    with store.session() as session:
        names = list(session.scalars(select(Worker.name)))
        names += list(session.scalars(select(Service.name)))
        names += list(session.scalars(select(Client.preferred_name)))
        names += [n for n in session.scalars(select(Client.legal_name)) if n]
        names += list(session.scalars(select(Person.name)))
        names += [p for p in session.scalars(select(Case.program).distinct()) if p]
    return [n for n in names if len(n) >= 4]


@pytest.mark.parametrize("per_case", [False, True])
def test_no_name_no_free_text_no_id(canary_store, tmp_path, per_case):
    store, canaries = canary_store
    out = tmp_path / "funder.csv"
    export = write_funder_export(store, ADMIN, out, START, TODAY, today=TODAY, per_case=per_case)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    text = data.decode("utf-8-sig")
    for canary in canaries:
        assert canary not in text
    assert "CANARY" not in text
    for name in _names(store):
        assert name not in text, name
    assert not UUID.search(text)
    sections = _sections(data)
    assert {"about", "summary", "goals_achieved_by_domain", "days_intake_to_housing"} <= set(
        sections
    )
    assert ("record_level" in sections) is per_case
    assert (PER_CASE_WARNING in text) is per_case
    if per_case:
        warning, header, *rows = sections["record_level"]
        assert warning == [PER_CASE_WARNING]
        assert header[0] == "case_number" and export.record_rows == len(rows) > 0
        for row in rows:
            assert re.fullmatch(r"\d+", row[0])
            assert all(re.fullmatch(r"(\d{4}-\d{2})?", row[i]) for i in (1, 2, 6))
            assert row[3] in ("long_term", "intermediate", "unspecified", "other")


def test_every_export_is_in_the_audit_trail(canary_store, tmp_path):
    store, _ = canary_store

    def exports() -> list[tuple[str | None, str | None]]:
        with store.session() as session:
            return [
                (e.worker_name, e.record_type)
                for e in session.scalars(
                    select(AuditEvent).where(AuditEvent.action == AUDIT_ACTION)
                )
            ]

    assert exports() == []
    write_funder_export(store, ADMIN, tmp_path / "a.csv", START, TODAY, today=TODAY)
    write_funder_export(store, ADMIN, tmp_path / "b.csv", START, TODAY, today=TODAY, per_case=True)
    assert exports() == [(ADMIN, None), (ADMIN, "per_case")]


def test_a_failed_write_leaves_no_audit_entry_and_no_file(canary_store, tmp_path):
    store, _ = canary_store
    missing = tmp_path / "no-such-folder" / "funder.csv"
    with pytest.raises(OSError):
        write_funder_export(store, ADMIN, missing, START, TODAY, today=TODAY)
    with store.session() as session:
        count = session.scalar(select(func.count()).where(AuditEvent.action == AUDIT_ACTION))
    assert count == 0 and not missing.exists()


def test_workers_cannot_export(canary_store, tmp_path):
    store, _ = canary_store
    worker = worker_names(store)[0]
    with pytest.raises(NotAllowed):
        write_funder_export(store, worker, tmp_path / "x.csv", START, TODAY, today=TODAY)
    assert not (tmp_path / "x.csv").exists()


def _three_housing_goals(store: CaseStore) -> date:
    """Goals achieved today: 3 in housing, 12 in income (so 15 in the month)."""
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        for index in range(15):
            case = cases.open_new_case(
                session,
                actor,
                cases.NewClient(f"Synthetic Person {index}"),
                opened_on=date.today() - timedelta(days=40 + index),
            )
            domain = "housing" if index < 3 else "income"
            goal = planning.add_goal(session, actor, case.id, f"Goal {index}", domain=domain)
            planning.set_goal_status(session, actor, goal.id, "achieved")
    return date.today()


def test_a_count_of_three_is_never_visible_even_through_totals(store, tmp_path):
    today = _three_housing_goals(store)
    start = today.replace(day=1)
    with store.session() as session:
        export = funder_export(session, actor_named(session, ADMIN), start, today, today)
    goals = section_named(export, "goals_achieved_by_domain")
    header, rows = goals.header, {row[0]: row for row in goals.rows}
    assert header[-1] == "total" and set(rows) == {"housing", "income", "total"}
    month = header.index(today.strftime("%Y-%m"))
    assert rows["housing"][month] == HIDDEN and rows["housing"][-1] == HIDDEN
    # 12 + 3 = 15 would give the 3 away: the 12 is hidden too, and so is every value
    # that the remaining ones would pin down.
    assert rows["income"][month] == HIDDEN
    assert "3" not in [cell for row in goals.rows for cell in row[1:]]
    for line in [*goals.rows, *zip(*goals.rows, strict=True)]:
        assert list(line).count(HIDDEN) != 1 or line[0] == "domain", line
    # The housing median rests on 3 cases: hidden, and its count too.
    housing = section_named(export, "days_intake_to_housing")
    assert all(row[1] in ("0", HIDDEN) and row[2] in ("", HIDDEN) for row in housing.rows)
    summary = dict(section_named(export, "summary").rows)
    assert summary["cases_open_in_period"] == "15"


def test_csv_round_trips(canary_store, tmp_path):
    store, _ = canary_store
    out = tmp_path / "funder.csv"
    export = write_funder_export(store, ADMIN, out, START, TODAY, today=TODAY)
    sections = _sections(out.read_bytes())
    for section in export.sections:
        rows = sections[section.name]
        if section.note:
            rows = rows[1:]
        assert rows[0] == list(section.header)
        assert [tuple(r) for r in rows[1:]] == list(section.rows)
    about = dict(map(tuple, sections["about"][1:]))
    assert about["period_start"] == START.isoformat() and about["hidden_marker"] == HIDDEN


def test_the_docs_describe_the_format():
    doc = Path(__file__).resolve().parents[2] / "docs" / "funder-export.md"
    text = doc.read_text(encoding="utf-8")
    for section in ("summary", "goals_achieved_by_domain", "record_level", "hidden_marker"):
        assert section in text
