"""The Plan tab: the tree, in-place editing through the delegates, undo/redo, read-only."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit

from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.core.plan_tree import PlanStep
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Step, Worker
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from shelterplan.ui.models.plan_tree_model import (
    COL_DUE,
    COL_OUTCOME,
    COL_STATUS,
    COL_WHAT,
    COL_WHO,
    DateRole,
    ItemKindRole,
    OverdueRole,
)
from shelterplan.ui.workspace.outcome_dialog import OutcomeDialog
from shelterplan.ui.workspace.plan_tab import PlanTab
from tests.conftest import ADMIN

TODAY = date(2026, 11, 23)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


@dataclass(frozen=True)
class Plan:
    case_id: str
    income_assistance: str  # overdue
    id_card: str
    bed: str


@pytest.fixture
def plan(store: CaseStore) -> Plan:
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(
            session, actor, cases.NewClient("Amélie", document_language="fr"), opened_on=TODAY
        )
        home = planning.add_goal(
            session,
            actor,
            case.id,
            "A safe home of my own, near my daughter's school",
            domain="housing",
            target_on=TODAY + timedelta(days=180),
        )
        income = planning.add_goal(
            session,
            actor,
            case.id,
            "A steady income",
            kind="intermediate",
            parent_id=home.id,
            domain="income",
            target_on=TODAY + timedelta(days=90),
        )
        shelter = planning.add_goal(
            session, actor, case.id, "A bed until the housing comes through",
            kind="intermediate", parent_id=home.id, domain="housing", concurrent_theme=True,
        )  # fmt: skip
        planning.add_step(
            session, actor, home.id, "Put her name on the BC Housing registry", "worker",
            TODAY + timedelta(days=14),
        )  # fmt: skip
        apply = planning.add_step(
            session, actor, income.id, "Apply for income assistance", "client",
            TODAY - timedelta(days=3), instructions="Bring the bank statement",
        )  # fmt: skip
        id_card = planning.add_step(
            session, actor, income.id, "Replace her ID card", "support_person",
            TODAY + timedelta(days=5), responsible_name="Her sister Lise",
            appointment_at=datetime(2026, 11, 27, 14, 30), appointment_place="Service Canada",
        )  # fmt: skip
        bed = planning.add_step(
            session, actor, shelter.id, "Call the second-stage shelter", "provider", TODAY,
            responsible_name="Maison Marguerite",
        )  # fmt: skip
        done = planning.add_step(session, actor, shelter.id, "Tour the shelter", "client")
        planning.record_step_outcome(
            session, actor, done.id, "done", "She liked the room", TODAY - timedelta(days=1)
        )
        return Plan(case.id, apply.id, id_card.id, bed.id)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Messages the tab shows; a test that expects none asserts the list stays empty."""
    shown: list[tuple[str, str]] = []

    def show(_parent, _kind, title: str, text: str) -> None:  # type: ignore[no-untyped-def]
        shown.append((title, text))

    monkeypatch.setattr(Messages, "show", staticmethod(show))
    return shown


@pytest.fixture
def tab(qtbot, store: CaseStore, plan: Plan, warnings) -> Iterator[PlanTab]:  # type: ignore[no-untyped-def]
    widget = PlanTab()
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    assert widget.load(Desk.for_store(store, today=lambda: TODAY), plan.case_id)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    assert warnings == [], "no unexpected warning was shown"


def _step(store: CaseStore, step_id: str) -> Step:
    with store.session() as session:
        return session.get(Step, step_id)


def _activate(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _key(qtbot, tab: PlanTab, key: str) -> None:  # type: ignore[no-untyped-def]
    modifiers = Qt.KeyboardModifier.ControlModifier
    if key == "redo":
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, modifiers)


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_the_tree_shows_goals_intermediate_goals_and_steps(qtbot, tab, plan):
    model = tab.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 1
    home = model.index(0, COL_WHAT)
    assert home.data() == "Long-term goal: A safe home of my own, near my daughter's school"
    assert home.data(ItemKindRole) == "goal"
    assert model.index(0, COL_DUE).data() == "Target 22 May 2027"
    assert model.index(0, COL_STATUS).data() == "Active"
    # Her own step first, then the intermediate goals that lead to the home.
    assert [model.index(row, COL_WHAT, home).data() for row in range(3)] == [
        "Put her name on the BC Housing registry",
        "Intermediate goal: A steady income",
        "Intermediate goal: A bed until the housing comes through",
    ]
    income = model.index(1, COL_WHAT, home)
    assert model.rowCount(income) == 2
    id_card = model.index(1, COL_WHO, income)
    assert id_card.data() == "Her sister Lise"
    assert id_card.data(Qt.ItemDataRole.ToolTipRole) == "Support person: Her sister Lise"
    assert model.index(1, COL_WHAT, income).data(Qt.ItemDataRole.ToolTipRole) == (
        "Replace her ID card\nAppointment: 27 Nov 2026 at 14:30\nWhere: Service Canada"
    )
    assert id_card.data(Qt.ItemDataRole.EditRole) == "support_person"
    assert model.index(1, COL_DUE, income).data(DateRole) == QDate(2026, 11, 28)
    assert tab.view.isExpanded(income), "the plan opens fully expanded"
    assert tab.summary.text() == "Goals: 3   Steps: 5   Overdue: 1"
    shelter = model.index(2, COL_WHAT, home)
    assert model.index(1, COL_OUTCOME, shelter).data() == "22 Nov 2026: She liked the room"
    assert model.index(1, COL_STATUS, shelter).data() == "Done"
    _shot(tab, "plan_tab")


def test_an_overdue_step_says_so_in_words_not_only_in_colour(tab, plan):
    model = tab.model
    overdue = model.index_for_step(plan.income_assistance, COL_DUE)
    assert overdue.data(OverdueRole) is True
    assert overdue.data() == "Overdue: 20 Nov 2026"
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not overdue.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "overdue" in overdue.data(Qt.ItemDataRole.ToolTipRole)
    due_today = model.index_for_step(plan.bed, COL_DUE)
    assert due_today.data(OverdueRole) is False and due_today.data() == "23 Nov 2026"
    assert due_today.data(Qt.ItemDataRole.ForegroundRole) is None


def test_only_step_cells_are_editable(tab, plan):
    model = tab.model
    editable = Qt.ItemFlag.ItemIsEditable
    for column in (COL_WHAT, COL_WHO, COL_DUE, COL_STATUS):
        assert model.index_for_step(plan.bed, column).flags() & editable
    assert not model.index_for_step(plan.bed, COL_OUTCOME).flags() & editable
    assert not model.index(0, COL_DUE).flags() & editable, "goals are changed in the goal wizard"
    assert tab.can_edit and not tab.undo_action.isEnabled()


def test_due_date_edited_in_place_then_undone_and_redone(qtbot, tab, plan, store):
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    _activate(qtbot, tab)
    index = tab.model.index_for_step(plan.income_assistance, COL_DUE)
    tab.view.setCurrentIndex(index)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter opens the editor, like F2
    assert tab.view.state() == QAbstractItemView.State.EditingState
    editor = tab.view.viewport().findChild(QDateEdit)
    assert editor is not None and editor.date() == QDate(2026, 11, 20)
    assert editor.calendarPopup()
    editor.setDate(QDate(2026, 12, 4))
    _shot(tab, "plan_tab_editing")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _step(store, plan.income_assistance).due_on == date(2026, 12, 4))
    qtbot.waitUntil(lambda: tab.model.index_for_step(plan.income_assistance, COL_DUE).data()
                    == "4 Dec 2026")  # fmt: skip
    assert tab.summary.text().endswith("Overdue: 0")
    assert tab.view.currentIndex() == tab.model.index_for_step(plan.income_assistance, COL_DUE)
    assert tab.undo_action.isEnabled() and "due date" in tab.undo_action.toolTip()

    _key(qtbot, tab, "undo")
    assert _step(store, plan.income_assistance).due_on == date(2026, 11, 20)
    assert tab.model.index_for_step(plan.income_assistance, COL_DUE).data().startswith("Overdue")
    assert not tab.undo_action.isEnabled() and tab.redo_action.isEnabled()
    _key(qtbot, tab, "redo")
    assert _step(store, plan.income_assistance).due_on == date(2026, 12, 4)


def test_a_due_date_can_be_cleared_with_delete(qtbot, tab, plan, store):
    index = tab.model.index_for_step(plan.bed, COL_DUE)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    editor = tab.view.viewport().findChild(QDateEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "No date"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _step(store, plan.bed).due_on is None)


def _choose(qtbot, tab: PlanTab, index: QModelIndex, value: str) -> None:  # type: ignore[no-untyped-def]
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    combo = tab.view.viewport().findChild(QComboBox)
    assert combo is not None and combo.accessibleName()
    combo.setCurrentIndex(combo.findData(value))
    combo.activated.emit(combo.currentIndex())  # what picking from the list does


def test_marking_done_asks_what_happened_and_undo_reopens(qtbot, tab, plan, store):
    asked: list[tuple[str, str]] = []

    def answer(_parent, step, status, today):  # type: ignore[no-untyped-def]
        asked.append((step.id, status))
        return "She has an appointment on Monday", today - timedelta(days=1)

    tab.ask_outcome = answer
    _activate(qtbot, tab)
    _choose(qtbot, tab, tab.model.index_for_step(plan.income_assistance, COL_STATUS), "done")
    qtbot.waitUntil(lambda: _step(store, plan.income_assistance).status == "done")
    step = _step(store, plan.income_assistance)
    assert asked == [(plan.income_assistance, "done")]
    assert step.outcome == "She has an appointment on Monday"
    assert step.outcome_on == date(2026, 11, 22)
    outcome = tab.model.index_for_step(plan.income_assistance, COL_OUTCOME)
    assert outcome.data() == "22 Nov 2026: She has an appointment on Monday"
    assert not tab.model.index_for_step(plan.income_assistance, COL_DUE).data(OverdueRole)

    _key(qtbot, tab, "undo")
    step = _step(store, plan.income_assistance)
    assert (step.status, step.outcome, step.outcome_on) == ("open", None, None)
    _key(qtbot, tab, "redo")
    assert _step(store, plan.income_assistance).outcome == "She has an appointment on Monday"


def test_cancelling_the_outcome_leaves_the_step_unchanged(qtbot, tab, plan, store):
    tab.ask_outcome = lambda *_args: None
    _choose(qtbot, tab, tab.model.index_for_step(plan.bed, COL_STATUS), "missed")
    qtbot.wait(20)
    assert _step(store, plan.bed).status == "open"
    assert tab.model.index_for_step(plan.bed, COL_STATUS).data() == "Open"
    assert tab.undo_stack.count() == 0


def test_who_does_it_changes_through_the_combo(qtbot, tab, plan, store):
    _choose(qtbot, tab, tab.model.index_for_step(plan.id_card, COL_WHO), "client")
    qtbot.waitUntil(lambda: _step(store, plan.id_card).responsible == "client")
    assert _step(store, plan.id_card).responsible_name is None
    assert tab.model.index_for_step(plan.id_card, COL_WHO).data() == "Client"
    tab.undo_stack.undo()
    assert _step(store, plan.id_card).responsible_name == "Her sister Lise"


def test_a_refused_edit_is_a_plain_warning(qtbot, tab, plan, store, warnings):
    tab.model.setData(tab.model.index_for_step(plan.bed, COL_WHAT), "   ")
    qtbot.waitUntil(lambda: bool(warnings))
    assert warnings == [("The plan was not changed", "The step cannot be empty.")]
    warnings.clear()
    assert _step(store, plan.bed).action == "Call the second-stage shelter"
    assert tab.undo_stack.count() == 0


def test_unchanged_value_is_no_edit(qtbot, tab, plan):
    index = tab.model.index_for_step(plan.bed, COL_STATUS)
    with qtbot.assertNotEmitted(tab.model.edit_requested, wait=20):
        assert tab.model.setData(index, "open") is False


def test_closed_case_is_read_only_and_cannot_be_undone(qtbot, tab, plan, store):
    tab.model.setData(tab.model.index_for_step(plan.bed, COL_WHAT), "Call Maison Marguerite")
    qtbot.waitUntil(tab.undo_action.isEnabled)
    with store.session() as session:
        cases.set_phase(session, actor_named(session, ADMIN), plan.case_id, "closed")
    assert tab.load(tab._desk, plan.case_id)  # the workspace reloads when the case closes
    assert not tab.can_edit
    assert not tab.undo_action.isEnabled() and tab.undo_stack.count() == 0
    assert tab.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert tab.closed_note.isVisible()
    for column in (COL_WHAT, COL_WHO, COL_DUE, COL_STATUS):
        assert not tab.model.index_for_step(plan.bed, column).flags() & Qt.ItemFlag.ItemIsEditable
    assert tab.model.setData(tab.model.index_for_step(plan.bed, COL_WHAT), "x") is False
    _shot(tab, "plan_tab_closed")


def test_select_step_and_clear(qtbot, tab, plan):
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert tab.select_step(plan.bed)
    assert tab.view.currentIndex() == tab.model.index_for_step(plan.bed)
    assert not tab.select_step("no-such-step")
    tab.model.setData(tab.model.index_for_step(plan.bed, COL_WHAT), "Call Maison Marguerite")
    qtbot.waitUntil(lambda: tab.undo_stack.count() == 1)
    tab.clear()
    assert tab.model.rowCount() == 0 and tab.model.tree is None
    assert tab.undo_stack.count() == 0 and not tab.can_edit
    assert tab.summary.text() == ""
    assert not tab.undo_action.isEnabled()


def test_undo_of_a_step_changed_elsewhere_is_refused_and_dropped(qtbot, tab, plan, store, warnings):
    tab.model.setData(tab.model.index_for_step(plan.bed, COL_DUE), QDate(2026, 12, 1))
    qtbot.waitUntil(lambda: tab.undo_stack.count() == 1)
    with store.session() as session:
        session.get(Step, plan.bed).due_on = date(2027, 1, 15)  # another window
    _activate(qtbot, tab)
    _key(qtbot, tab, "undo")
    assert [title for title, _text in warnings] == ["The plan was not changed"]
    warnings.clear()
    assert _step(store, plan.bed).due_on == date(2027, 1, 15)
    assert tab.undo_stack.count() == 0 and not tab.redo_action.isEnabled()
    assert tab.model.index_for_step(plan.bed, COL_DUE).data() == "15 Jan 2027", "re-read"


def test_outcome_dialog_needs_words(qtbot):
    step = PlanStep(
        "s1", "g1", "Apply for income assistance", "client", None, TODAY, None, None, None,
        "open", None, None, False,
    )  # fmt: skip
    dialog = OutcomeDialog(None, step, "missed", TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Step missed"
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    qtbot.keyClicks(dialog.outcome_edit, "She was sick; we will call again on Monday.")
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.date_edit.maximumDate() == QDate(2026, 11, 23), "an outcome is not in the future"
    _shot(dialog, "outcome_dialog")
    assert dialog.answer() == ("She was sick; we will call again on Monday.", TODAY)


def test_an_empty_plan_says_where_to_start(qtbot, store, warnings):
    with store.session() as session:
        case = cases.open_new_case(session, actor_named(session, ADMIN), cases.NewClient("Zoé"))
    widget = PlanTab()
    qtbot.addWidget(widget)
    assert widget.load(Desk.for_store(store, today=lambda: TODAY), case.id)
    assert widget.model.rowCount() == 0 and widget.can_edit
    assert "long-term goal" in widget.summary.text()


def test_keyboard_only_typing_the_first_letter_picks_a_status(qtbot, tab, plan, store):
    _activate(qtbot, tab)
    tab.select_step(plan.bed, COL_STATUS)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_C)  # opens the combo and picks "Cancelled"
    qtbot.waitUntil(lambda: _step(store, plan.bed).status == "cancelled")
    assert tab.model.index_for_step(plan.bed, COL_STATUS).data() == "Cancelled"
    assert tab.view.state() != QAbstractItemView.State.EditingState


def test_a_case_she_may_not_see_is_not_shown(qtbot, store, plan, warnings):
    with store.session() as session:
        session.add(Worker(name="Other Worker", role="worker"))
    store.worker_name = "Other Worker"
    widget = PlanTab()
    qtbot.addWidget(widget)
    assert not widget.load(Desk.for_store(store, today=lambda: TODAY), plan.case_id)
    assert [title for title, _text in warnings] == ["The plan could not be shown"]
    warnings.clear()
    assert widget.model.rowCount() == 0 and not widget.can_edit


def test_arrow_keys_open_the_status_list_instead_of_marking_done(qtbot, tab, plan, store):
    tab.ask_outcome = lambda *_args: pytest.fail("arrowing through the list asked an outcome")
    _activate(qtbot, tab)
    index = tab.model.index_for_step(plan.bed, COL_STATUS)
    tab.view.setCurrentIndex(index)
    tab.view.edit(index)
    combo = tab.view.viewport().findChild(QComboBox)
    opened: list[bool] = []
    combo.showPopup = lambda: opened.append(True)  # offscreen Qt cannot grab for a popup
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert opened == [True] and combo.currentData() == "open"
    qtbot.wait(20)
    assert _step(store, plan.bed).status == "open"
