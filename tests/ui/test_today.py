"""The Today tab: sections, lines that open the case at a step, the empty state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from shelterplan.core.actors import actor_named
from shelterplan.core.queries import Section, today_agenda
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Worker
from shelterplan.ui.context import Desk
from shelterplan.ui.models.today_model import (
    COL_CLIENT,
    COL_WHAT,
    COL_WHEN,
    CaseIdRole,
    SectionRole,
    StepIdRole,
    TodayModel,
)
from shelterplan.ui.today_view import TodayView
from tests.core.test_queries import TODAY, Agency, build_agency
from tests.ui.test_caseload import desk_for

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@pytest.fixture
def agency(store: CaseStore) -> Agency:
    return build_agency(store)


def _outline(model: TodayModel) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """Each section heading with its lines as (when, client, what)."""
    outline = []
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        lines = [
            tuple(model.index(line, column, heading).data() for column in range(3))
            for line in range(model.rowCount(heading))
        ]
        outline.append((heading.data(), lines))
    return outline  # type: ignore[return-value]


def _every_text(model: TodayModel) -> str:
    texts = []

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                texts.extend(str(index.data(role)) for role in (0, 3, Qt.ItemDataRole.UserRole))
            walk(model.index(row, 0, parent))

    walk(QModelIndex())
    return " ".join(texts)


def test_model_groups_the_agenda_under_headings(qtbot, store, agency):
    model = TodayModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load(desk_for(store, "Bea Worker"))
    assert _outline(model) == [
        ("Overdue steps (1)", [("20 Nov 2026 · 3 days late", "Océane", "Call legal aid")]),
        (
            "Appointments today (1)",
            [("Today, 10:30", "Amaia", "Cita en la clínica — Clínica del barrio")],
        ),
        ("Steps due this week (1)", [("Wed 25 Nov", "Océane", "Fill the form")]),
        ("Reviews due (1)", [("Fri 27 Nov", "Zoé", "Review the plan together")]),
    ]
    heading = model.index(0, 0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    assert heading.data(Qt.ItemDataRole.FontRole).bold()
    assert heading.data(SectionRole) == Section.OVERDUE
    line = model.index(0, COL_CLIENT, heading)
    assert line.flags() & Qt.ItemFlag.ItemIsSelectable
    assert line.data(CaseIdRole) == agency.cases["Océane"]
    assert line.data(StepIdRole) == agency.steps["late"]
    review = model.index(0, COL_WHAT, model.index(3, 0))
    assert review.data(CaseIdRole) == agency.cases["Zoé"] and review.data(StepIdRole) == ""

    model.load(desk_for(store, "Sam Supervisor"), all_cases=True)  # reload: tester watches
    assert [heading for heading, _ in _outline(model)] == [
        "Overdue steps (3)",
        "Appointments today (1)",
        "Steps due this week (1)",
        "Appointments later this week (1)",
        "Reviews due (1)",
    ]
    model.clear()
    assert model.rowCount() == 0 and "Océane" not in _every_text(model)


@pytest.fixture
def view(qtbot) -> TodayView:
    widget = TodayView()
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    QAbstractItemModelTester(widget.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return widget


def test_enter_on_a_line_opens_the_case_at_that_step(qtbot, store, agency, view):
    view.load(desk_for(store, "Bea Worker"))
    assert view.title.text() == "Today, Monday, 23 November 2026"  # the locale's long date
    assert view.all_cases_check.isHidden()
    first = view.tree.currentIndex()  # the first line is ready for the keyboard
    assert first.data(StepIdRole) == agency.steps["late"]
    view.tree.setFocus()
    with qtbot.waitSignal(view.step_requested) as signal:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert signal.args == [agency.cases["Océane"], agency.steps["late"]]

    review = view.model.index(0, COL_WHEN, view.model.index(3, 0))
    view.tree.setCurrentIndex(review)
    with qtbot.waitSignal(view.review_requested) as signal:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert signal.args == [agency.cases["Zoé"]]  # a review due: the case opens to review it

    heading = view.model.index(0, 0)
    view.tree.setCurrentIndex(heading)
    with qtbot.assertNotEmitted(view.step_requested):
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)  # a heading folds instead
    assert not view.tree.isExpanded(heading)


def test_supervisors_may_switch_to_every_case(qtbot, store, agency, view):
    view.load(desk_for(store, "Sam Supervisor"))
    assert not view.all_cases_check.isHidden()
    assert view.tree.isHidden() and not view.empty_label.isHidden()
    assert view.empty_label.text() == "Nothing overdue or due this week."
    view.all_cases_check.setChecked(True)
    assert not view.tree.isHidden() and view.empty_label.isHidden()
    assert "Beatriz" in _every_text(view.model)


def test_clear_forgets_every_line(qtbot, store, agency, view):
    view.load(desk_for(store, "Bea Worker"))
    assert "Océane" in _every_text(view.model)
    view.clear()
    assert view.model.rowCount() == 0 and view.title.text() == ""
    assert "Océane" not in _every_text(view.model)


def test_screenshot_of_today(qtbot, store):
    from shelterplan.core.demo import populate

    populate(store, 30, seed=1, today=TODAY)
    with store.session() as session:  # the demo worker with the fullest week
        workers = select(Worker.name).where(Worker.role == "worker").order_by(Worker.name)
        actors = [actor_named(session, name) for name in session.scalars(workers)]
        worker = max(
            actors,
            key=lambda a: len({e.section for e in today_agenda(session, a, TODAY).entries}),
        )
    widget = TodayView()
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(Desk(store, worker, lambda: TODAY))
    assert widget.model.rowCount() > 0
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / "today.png"))
