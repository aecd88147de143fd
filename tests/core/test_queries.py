"""The caseload and Today queries, on a small hand-built agency with a fixed `today`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from shelterplan.core import cases, planning, queries
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.queries import CaseloadFilter, Section, caseload_count, caseload_page
from shelterplan.core.vocab import Phase, Role
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Worker
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)  # a Monday
DAY = timedelta(days=1)


@dataclass(frozen=True)
class Agency:
    """Ids of the hand-built agency: workers by first name, cases by client name."""

    workers: dict[str, str]
    cases: dict[str, str]
    steps: dict[str, str]


def _case(session: Session, actor: Actor, name: str, **client: object) -> str:
    new = cases.NewClient(name, **client)  # type: ignore[arg-type]
    return cases.open_new_case(session, actor, new, opened_on=TODAY - 60 * DAY).id


def _step(session: Session, actor: Actor, case_id: str, action: str, **details: object) -> str:
    goal = planning.add_goal(session, actor, case_id, "Un logement à moi", domain="housing")
    return planning.add_step(session, actor, goal.id, action, **details).id  # type: ignore[arg-type]


def build_agency(store: CaseStore) -> Agency:
    """Bea (worker) has Océane, Amaia, Zoé and a closed case; Cleo (worker) has Beatriz;
    Sam is a supervisor and Ana the admin, with no cases of their own."""
    with store.session() as session:
        for name, role in (("Bea Worker", "worker"), ("Cleo Worker", "worker")):
            session.add(Worker(name=name, role=role))
        session.add(Worker(name="Sam Supervisor", role="supervisor"))
        session.flush()
        bea, cleo = actor_named(session, "Bea Worker"), actor_named(session, "Cleo Worker")
        ids = {
            "Océane": _case(session, bea, "Océane", legal_name="Marie Tremblay"),
            "Amaia": _case(session, bea, "Amaia", document_language="es"),
            "Zoé": _case(session, bea, "Zoé"),
            "Closed": _case(session, bea, "Claudine"),
            "Beatriz": _case(session, cleo, "Beatriz"),
        }
        steps = {
            "late": _step(session, bea, ids["Océane"], "Call legal aid", due_on=TODAY - 3 * DAY),
            "soon": _step(session, bea, ids["Océane"], "Fill the form", due_on=TODAY + 2 * DAY),
            "today": _step(
                session,
                bea,
                ids["Amaia"],
                "Cita en la clínica",
                due_on=TODAY + 7 * DAY,
                appointment_at=datetime(2026, 11, 23, 10, 30),
                appointment_place="Clínica del barrio",
            ),
            "far": _step(
                session, bea, ids["Amaia"], "Open a bank account", due_on=TODAY + 40 * DAY
            ),
            "b1": _step(session, cleo, ids["Beatriz"], "Solicitar ayuda", due_on=TODAY - 22 * DAY),
            "b2": _step(
                session, cleo, ids["Beatriz"], "Llamar al abogado", due_on=TODAY - 13 * DAY
            ),
            "b3": _step(
                session,
                cleo,
                ids["Beatriz"],
                "Entrevista de vivienda",
                due_on=TODAY + 3 * DAY,
                appointment_at=datetime(2026, 11, 26, 14, 0),
            ),
            "closed": _step(session, bea, ids["Closed"], "Old step", due_on=TODAY - 1 * DAY),
        }
        cases.add_note(
            session, bea, ids["Océane"], "Elle préfère l'école du quartier", datetime(2026, 11, 2)
        )
        planning.start_review(session, bea, ids["Zoé"], TODAY - 20 * DAY, None, TODAY + 4 * DAY)
        cases.set_phase(session, bea, ids["Closed"], Phase.CLOSED)
        workers = {
            "bea": bea.worker_id,
            "cleo": cleo.worker_id,
            "sam": actor_named(session, "Sam Supervisor").worker_id,
            "ana": actor_named(session, ADMIN).worker_id,
        }
    return Agency(workers, ids, steps)


@pytest.fixture
def agency(store: CaseStore) -> Agency:
    return build_agency(store)


@pytest.fixture(params=["gathered", "walked"])
def plan(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run each test with both query plans: a small caseload gathered, a large one walked."""
    if request.param == "walked":
        monkeypatch.setattr(queries, "LARGE_CASELOAD", 0)
    return str(request.param)


def _actor(session: Session, first_name: str) -> Actor:
    names = {"bea": "Bea Worker", "cleo": "Cleo Worker", "sam": "Sam Supervisor", "ana": ADMIN}
    return actor_named(session, names[first_name])


def _names(store: CaseStore, who: str, filters: CaseloadFilter, **page: object) -> list[str]:
    with store.session() as session:
        rows = caseload_page(session, _actor(session, who), filters, TODAY, **page)  # type: ignore[arg-type]
    return [row.client_name for row in rows]


def test_only_supervisors_may_see_all_cases():
    """The admin role sees no case content at all (tests/core/test_accounts.py)."""

    def role(r: Role) -> Actor:
        return Actor("w", "x", r)

    assert queries.may_see_all(role(Role.SUPERVISOR))
    assert not queries.may_see_all(role(Role.ADMIN))
    assert not queries.may_see_all(role(Role.WORKER))


def test_a_worker_sees_her_own_cases_and_only_those(store, agency, plan):
    mine = CaseloadFilter()
    everything = CaseloadFilter(all_cases=True)
    assert _names(store, "bea", mine) == ["Amaia", "Claudine", "Océane", "Zoé"]
    assert _names(store, "bea", everything) == ["Amaia", "Claudine", "Océane", "Zoé"]
    assert _names(store, "cleo", mine) == ["Beatriz"]
    assert _names(store, "ana", mine) == [] and _names(store, "sam", mine) == []
    for boss in ("ana", "sam"):
        assert _names(store, boss, everything) == [
            "Amaia",
            "Beatriz",
            "Claudine",
            "Océane",
            "Zoé",
        ]
    with store.session() as session:
        assert caseload_count(session, _actor(session, "bea"), everything, TODAY) == 4
        assert caseload_count(session, _actor(session, "sam"), everything, TODAY) == 5


def test_rows_carry_the_next_step_overdue_count_and_lead_worker(store, agency):
    with store.session() as session:
        rows = caseload_page(session, _actor(session, "sam"), CaseloadFilter(True), TODAY)
    by_name = {row.client_name: row for row in rows}
    oceane = by_name["Océane"]
    assert oceane.case_id == agency.cases["Océane"]
    assert (oceane.next_step, oceane.next_due_on) == ("Call legal aid", TODAY - 3 * DAY)
    assert oceane.overdue_count == 1 and oceane.phase == "implementation"
    assert oceane.last_contact_on == date(2026, 11, 2)  # the note
    assert oceane.worker_name == "Bea Worker"
    assert by_name["Beatriz"].overdue_count == 2 and by_name["Beatriz"].worker_name == "Cleo Worker"
    zoe = by_name["Zoé"]
    assert (zoe.next_step, zoe.next_due_on, zoe.overdue_count, zoe.phase) == (
        None,
        None,
        0,
        "review",
    )


@pytest.mark.parametrize(
    ("sort", "descending", "expected"),
    [
        ("name", False, ["Amaia", "Beatriz", "Claudine", "Océane", "Zoé"]),
        ("name", True, ["Zoé", "Océane", "Claudine", "Beatriz", "Amaia"]),
        # Claudine's case is closed but her step was left open: the caseload shows it.
        ("overdue", True, ["Beatriz", "Claudine", "Océane", "Amaia", "Zoé"]),
        ("next_due", False, ["Beatriz", "Océane", "Claudine", "Amaia", "Zoé"]),
        ("next_due", True, ["Amaia", "Claudine", "Océane", "Beatriz", "Zoé"]),  # none last
        ("phase", False, ["Amaia", "Beatriz", "Océane", "Zoé", "Claudine"]),
        ("worker", False, ["Amaia", "Claudine", "Océane", "Zoé", "Beatriz"]),
        ("last_contact", True, ["Zoé", "Océane", "Amaia", "Beatriz", "Claudine"]),
    ],
)
def test_every_sort_key(store, agency, sort, descending, expected):
    page = {"sort": sort, "descending": descending}
    assert _names(store, "sam", CaseloadFilter(all_cases=True), **page) == expected


def test_an_unknown_sort_key_is_refused(store, agency):
    with pytest.raises(ValueError, match="sort key"):
        _names(store, "bea", CaseloadFilter(), sort="age")


def test_filters_by_phase_worker_and_overdue(store, agency, plan):
    everything = CaseloadFilter(all_cases=True)
    assert _names(store, "sam", CaseloadFilter(True, phase="review")) == ["Zoé"]
    cleos = CaseloadFilter(True, worker_id=agency.workers["cleo"])
    assert _names(store, "sam", cleos) == ["Beatriz"]
    overdue = ["Beatriz", "Claudine", "Océane"]
    assert _names(store, "sam", CaseloadFilter(True, overdue_only=True)) == overdue
    assert _names(store, "bea", CaseloadFilter(overdue_only=True)) == ["Claudine", "Océane"]
    with store.session() as session:
        sam = _actor(session, "sam")
        assert caseload_count(session, sam, CaseloadFilter(True, overdue_only=True), TODAY) == 3
        assert caseload_count(session, sam, everything, TODAY) == 5


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("oce", ["Océane"]),  # her preferred name, accent ignored, as a prefix
        ("OCÉANE", ["Océane"]),
        ("tremb", ["Océane"]),  # her legal name (the alias's other side)
        ("ecole", ["Océane"]),  # a note: "l'école"
        ("quartier prefere", ["Océane"]),  # every word must match
        ("zo", ["Zoé"]),
        ("nobody", []),
        ("   ", ["Amaia", "Beatriz", "Claudine", "Océane", "Zoé"]),  # nothing to search for
    ],
)
def test_search_over_names_aliases_and_notes(store, agency, typed, expected):
    assert _names(store, "sam", CaseloadFilter(True, search=typed)) == expected


def test_search_stays_inside_her_caseload(store, agency):
    assert _names(store, "cleo", CaseloadFilter(search="oce")) == []
    assert _names(store, "bea", CaseloadFilter(search="oce")) == ["Océane"]


@pytest.fixture
def crowd(store: CaseStore) -> list[str]:
    """Thirty-seven cases for Bea with names in a scrambled order and a few twins."""
    with store.session() as session:
        session.add(Worker(name="Bea Worker", role="worker"))
        session.flush()
        bea = actor_named(session, "Bea Worker")
        names = [f"Client {(n * 17) % 31:02d}" for n in range(31)] + ["Twin"] * 6
        for index, name in enumerate(names):
            case_id = _case(session, bea, name)
            if index % 3:
                _step(session, bea, case_id, f"step {index}", due_on=TODAY + (index % 7 - 3) * DAY)
    return names


def test_pages_follow_each_other_in_a_stable_order(store, crowd, plan):
    with store.session() as session:
        bea = actor_named(session, "Bea Worker")
        for sort in queries.SORT_KEYS:
            for descending in (False, True):
                order = (sort, descending)
                whole = caseload_page(session, bea, CaseloadFilter(), TODAY, 0, 100, *order)
                pages = [
                    caseload_page(session, bea, CaseloadFilter(), TODAY, offset, 10, *order)
                    for offset in range(0, 40, 10)
                ]
                assert [len(p) for p in pages] == [10, 10, 10, 7], order
                paged = [row.case_id for page in pages for row in page]
                assert paged == [row.case_id for row in whole], order
                assert len(set(paged)) == len(crowd), order


def test_today_agenda_sections(store, agency, plan):
    with store.session() as session:
        agenda = queries.today_agenda(session, _actor(session, "bea"), TODAY)
    assert agenda.today == TODAY and agenda.cut_short == frozenset()

    def lines(section: Section) -> list[tuple[str, str | None, str | None]]:
        return [(e.client_name, e.step_id, e.text) for e in agenda.section(section)]

    steps = agency.steps
    assert lines(Section.OVERDUE) == [("Océane", steps["late"], "Call legal aid")]
    assert lines(Section.APPOINTMENTS_TODAY) == [("Amaia", steps["today"], "Cita en la clínica")]
    # Amaia's step is due this week too, but is listed once, under its appointment.
    assert lines(Section.DUE_THIS_WEEK) == [("Océane", steps["soon"], "Fill the form")]
    assert lines(Section.APPOINTMENTS_THIS_WEEK) == []
    assert lines(Section.REVIEWS_DUE) == [("Zoé", None, None)]
    review = agenda.section(Section.REVIEWS_DUE)[0]
    assert review.case_id == agency.cases["Zoé"] and review.due_on == TODAY + 4 * DAY
    appointment = agenda.section(Section.APPOINTMENTS_TODAY)[0]
    assert appointment.appointment_at == datetime(2026, 11, 23, 10, 30)
    assert appointment.place == "Clínica del barrio"
    assert appointment.case_id == agency.cases["Amaia"]


def test_today_for_everyone_only_when_asked_and_allowed(store, agency, plan):
    with store.session() as session:
        mine = queries.today_agenda(session, _actor(session, "sam"), TODAY)
        everyone = queries.today_agenda(session, _actor(session, "sam"), TODAY, all_cases=True)
        admin = queries.today_agenda(session, _actor(session, "ana"), TODAY, all_cases=True)
        worker = queries.today_agenda(session, _actor(session, "cleo"), TODAY, all_cases=True)
    assert mine.entries == ()
    assert admin.entries == everyone.entries
    overdue = [(e.client_name, e.text) for e in everyone.section(Section.OVERDUE)]
    assert overdue == [
        ("Beatriz", "Solicitar ayuda"),
        ("Beatriz", "Llamar al abogado"),
        ("Océane", "Call legal aid"),
    ]  # most overdue first; the closed case's step is not there
    later = everyone.section(Section.APPOINTMENTS_THIS_WEEK)
    assert [(e.client_name, e.step_id) for e in later] == [("Beatriz", agency.steps["b3"])]
    assert {e.client_name for e in worker.entries} == {"Beatriz"}


def test_long_sections_are_cut_short_and_say_so(store, agency):
    with store.session() as session:
        agenda = queries.today_agenda(session, _actor(session, "sam"), TODAY, True, limit=1)
    assert [e.text for e in agenda.section(Section.OVERDUE)] == ["Solicitar ayuda"]
    assert agenda.cut_short == {Section.OVERDUE}


def test_deadlines_and_choices(store, agency, plan):
    with store.session() as session:
        rows = queries.deadlines(session, _actor(session, "bea"), TODAY)
        workers = queries.worker_choices(session)
    assert [(r.client_name, r.action, r.overdue) for r in rows] == [
        ("Océane", "Call legal aid", True),
        ("Océane", "Fill the form", False),
        ("Amaia", "Cita en la clínica", False),
    ]
    assert [w.name for w in workers] == [ADMIN, "Bea Worker", "Cleo Worker", "Sam Supervisor"]
    assert queries.phase_choices()[0] == Phase.ENGAGEMENT
    assert queries.phase_choices()[-1] == Phase.CLOSED
