"""Her children and dependants on the Overview tab: the table, the form, and clearing."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from shelterplan.core import cases, household
from shelterplan.core.actors import actor_named
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from shelterplan.ui.models.dependants_model import (
    COLUMN_AGE,
    COLUMN_NAME,
    COLUMN_RELATIONSHIP,
    COLUMN_WITH_HER,
    DependantIdRole,
    DependantsModel,
    WithHerRole,
)
from shelterplan.ui.workspace.dependant_dialog import DependantDialog
from shelterplan.ui.workspace.household_box import HouseholdBox
from shelterplan.ui.workspace.overview_tab import OverviewTab
from tests.ui.test_workspace_tabs import all_texts, build_realistic_case

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
TODAY = date(2026, 11, 23)


@pytest.fixture
def desk(store: CaseStore) -> Desk:
    return Desk.for_store(store, today=lambda: TODAY)


@pytest.fixture
def case_id(store: CaseStore, desk: Desk) -> str:
    with store.session() as session:
        return cases.open_new_case(session, desk.actor, cases.NewClient("Amélie")).id


@pytest.fixture
def two_children(store: CaseStore, desk: Desk, case_id: str) -> dict[str, str]:
    with store.session() as session:
        leo = household.add_dependant(
            session, desk.actor, case_id, "Léo", 6, "fils", True, "Asthme : pompe dans le sac"
        )
        maya = household.add_dependant(session, desk.actor, case_id, "Maya", 9, "fille", False)
        return {"Léo": leo.id, "Maya": maya.id}


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(Messages, "show", staticmethod(lambda _p, _k, _t, text: seen.append(text)))
    return seen


def _box(qtbot: Any, desk: Desk, case_id: str) -> HouseholdBox:
    box = HouseholdBox()
    qtbot.addWidget(box)
    box.resize(520, 300)
    box.load(desk, case_id)
    box.show()
    qtbot.waitExposed(box)
    return box


def _stored(store: CaseStore, desk: Desk, case_id: str) -> list[household.DependantEntry]:
    with store.session() as session:
        return household.dependants(session, desk.actor, case_id)


def _select(box: HouseholdBox, row: int) -> None:
    rect = box.table.visualRect(box.model.index(row, COLUMN_NAME))
    QTest.mouseClick(
        box.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )


def _form(box: HouseholdBox) -> DependantDialog:
    dialog = box.form_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _save(dialog: DependantDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def _row(box: HouseholdBox, row: int) -> list[str]:
    columns = (COLUMN_NAME, COLUMN_AGE, COLUMN_RELATIONSHIP, COLUMN_WITH_HER)
    return [box.model.index(row, column).data() for column in columns]


def _texts_with_titles(widget: QWidget) -> str:
    titles = [child.windowTitle() for child in widget.findChildren(QWidget)]
    return all_texts(widget) + "\n" + "\n".join(titles)


# --- the model ---------------------------------------------------------------------------
def test_dependants_model_passes_the_model_tester(qtbot, store, desk, case_id, two_children):
    rows = _stored(store, desk, case_id)
    model = DependantsModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load(rows)
    assert model.rowCount() == 2 and model.columnCount() == 4
    model.clear()
    assert model.rowCount() == 0
    model.load(rows)
    del tester
    leo = model.index(0, COLUMN_NAME)
    assert leo.data() == "Léo" and leo.data(DependantIdRole) == two_children["Léo"]
    assert leo.data(Qt.ItemDataRole.ToolTipRole) == "Asthme : pompe dans le sac"
    assert model.index(1, COLUMN_WITH_HER).data() == "No"
    assert model.index(1, COLUMN_WITH_HER).data(WithHerRole) is False
    assert model.index(1, COLUMN_WITH_HER).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Not with her"
    )
    assert model.row_of(two_children["Maya"]) == 1 and model.row_of("nope") == -1


# --- adding, editing, removing -----------------------------------------------------------
def test_add_through_the_form(qtbot, store, desk, case_id, shown_messages):
    box = _box(qtbot, desk, case_id)
    assert box.empty_note.isVisible() and not box.table.isVisible()
    assert box.add_button.isEnabled() and not box.edit_button.isEnabled()
    assert not box.remove_button.isEnabled()

    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    dialog = _form(box)
    assert dialog.windowTitle() == "Add a child or dependant"
    assert dialog.with_her_box.isChecked()  # most children come with her
    dialog.name_edit.setText("Noé")
    qtbot.keyClicks(dialog.age_edit, "3")
    dialog.relationship_edit.setText("fils")
    dialog.notes_edit.setPlainText("Garderie le matin")
    _save(dialog)

    assert box.form_dialog is None and not dialog.isVisible()
    assert shown_messages == []
    [stored] = _stored(store, desk, case_id)
    assert (stored.name, stored.age, stored.relationship_to_her) == ("Noé", 3, "fils")
    assert stored.with_her and stored.notes == "Garderie le matin"
    assert box.table.isVisible() and not box.empty_note.isVisible()
    assert _row(box, 0) == ["Noé", "3", "fils", "Yes"]
    assert box.edit_button.isEnabled() and box.remove_button.isEnabled()


def test_the_form_refuses_a_blank_name_or_an_impossible_age(qtbot, store, desk, case_id):
    box = _box(qtbot, desk, case_id)
    box.add_button.click()
    dialog = _form(box)
    qtbot.keyClicks(dialog.age_edit, "4x-")  # the field takes digits only
    assert dialog.age_edit.text() == "4"
    _save(dialog)
    assert dialog.isVisible() and "Write a name" in dialog.message.text()

    dialog.name_edit.setText("Léa")
    dialog.age_edit.setText("130")
    _save(dialog)
    assert dialog.isVisible() and "between 0 and 129" in dialog.message.text()
    assert _stored(store, desk, case_id) == []

    dialog.age_edit.clear()  # blank: not known
    dialog.with_her_box.setChecked(False)
    _save(dialog)
    assert not dialog.isVisible()
    [stored] = _stored(store, desk, case_id)
    assert (stored.name, stored.age, stored.with_her) == ("Léa", None, False)
    assert _row(box, 0) == ["Léa", "", "", "No"]


def test_edit_through_the_form(qtbot, store, desk, case_id, two_children):
    box = _box(qtbot, desk, case_id)
    _select(box, 1)
    qtbot.mouseClick(box.edit_button, Qt.MouseButton.LeftButton)
    dialog = _form(box)
    assert dialog.windowTitle() == "Edit a child or dependant"
    assert dialog.name_edit.text() == "Maya" and dialog.age_edit.text() == "9"
    assert dialog.relationship_edit.text() == "fille" and not dialog.with_her_box.isChecked()
    dialog.age_edit.setText("10")
    dialog.with_her_box.setChecked(True)
    dialog.notes_edit.setPlainText("Arrivée chez sa mère le 20 novembre")
    _save(dialog)

    assert not dialog.isVisible()
    maya = _stored(store, desk, case_id)[1]
    assert (maya.dependant_id, maya.age, maya.with_her) == (two_children["Maya"], 10, True)
    assert maya.notes == "Arrivée chez sa mère le 20 novembre"
    assert _row(box, 1) == ["Maya", "10", "fille", "Yes"]
    assert box.table.currentIndex().row() == 1  # still on the row she edited


def test_cancel_changes_nothing(qtbot, store, desk, case_id, two_children):
    box = _box(qtbot, desk, case_id)
    assert not box.edit_button.isEnabled()  # nothing chosen yet
    _select(box, 0)
    box.edit_button.click()
    dialog = _form(box)
    dialog.name_edit.setText("Quelqu'un d'autre")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert box.form_dialog is None
    assert [d.name for d in _stored(store, desk, case_id)] == ["Léo", "Maya"]


def test_remove_asks_first(qtbot, store, desk, case_id, two_children, monkeypatch):
    asked: list[str] = []
    answer = {"value": False}

    def ask(_parent: QWidget, _title: str, text: str) -> bool:
        asked.append(text)
        return answer["value"]

    monkeypatch.setattr(Messages, "ask", staticmethod(ask))
    box = _box(qtbot, desk, case_id)
    _select(box, 0)
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "Léo" in asked[0]
    assert box.model.rowCount() == 2 and len(_stored(store, desk, case_id)) == 2

    answer["value"] = True
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in _stored(store, desk, case_id)] == ["Maya"]
    assert box.model.rowCount() == 1 and _row(box, 0)[0] == "Maya"


# --- a closed case, and a case closed meanwhile ------------------------------------------
def test_a_closed_case_is_shown_but_not_editable(qtbot, store, desk, case_id, two_children):
    with store.session() as session:
        cases.set_phase(session, desk.actor, case_id, "closed")
    box = _box(qtbot, desk, case_id)
    assert box.model.rowCount() == 2
    _select(box, 0)
    for button in (box.add_button, box.edit_button, box.remove_button):
        assert not button.isEnabled()
    box.table.activated.emit(box.model.index(0, COLUMN_NAME))  # Enter / double click
    assert box.form_dialog is None


def test_a_case_closed_meanwhile_is_refused_plainly(qtbot, store, desk, case_id, two_children):
    box = _box(qtbot, desk, case_id)
    box.add_button.click()
    dialog = _form(box)
    dialog.name_edit.setText("Noé")
    with store.session() as session:
        cases.set_phase(session, desk.actor, case_id, "closed")
    _save(dialog)
    assert dialog.isVisible() and dialog.name_edit.text() == "Noé"  # nothing typed is lost
    assert dialog.message.text().startswith("Not saved: This case is closed")
    assert not box.add_button.isEnabled()
    assert len(_stored(store, desk, case_id)) == 2


# --- clearing ----------------------------------------------------------------------------
def test_clear_leaves_no_name_even_from_an_open_form(qtbot, store, desk, case_id, two_children):
    box = _box(qtbot, desk, case_id)
    _select(box, 0)
    box.edit_button.click()
    dialog = _form(box)
    dialog.notes_edit.setPlainText("Typed but not saved")
    assert "Léo" in _texts_with_titles(box) and "Maya" in _texts_with_titles(box)
    box.clear()
    texts = _texts_with_titles(box)
    for word in ("Léo", "Maya", "fils", "fille", "Asthme", "Typed but not saved"):
        assert word not in texts
    assert box.form_dialog is None and not dialog.isVisible()
    assert dialog.name_edit.text() == "" and dialog.notes_edit.toPlainText() == ""
    assert not box.add_button.isEnabled()


def test_the_overview_tab_shows_and_clears_the_household(qtbot, store, desk, case_id, two_children):
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 680)
    tab.load(desk, case_id)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.household.isVisible() and tab.household.model.rowCount() == 2
    assert tab.household.add_button.isEnabled()
    tab.household.add_button.click()
    assert "Léo" in all_texts(tab)
    tab.clear()
    assert "Léo" not in all_texts(tab) and "Maya" not in all_texts(tab)
    assert tab.household.form_dialog is None


def test_a_worker_without_the_case_gets_an_empty_box(qtbot, store, desk, case_id, two_children):
    from shelterplan.errors import NotAllowed
    from shelterplan.store.models import Worker

    with store.session() as session:
        session.add(Worker(name="Bea Worker", role="worker"))
    with store.session() as session:
        other = Desk(store, actor_named(session, "Bea Worker"), lambda: TODAY)
    box = _box(qtbot, desk, case_id)
    with pytest.raises(NotAllowed):
        box.load(other, case_id)
    assert "Léo" not in all_texts(box) and not box.add_button.isEnabled()


# --- screenshot --------------------------------------------------------------------------
def test_screenshot_of_the_overview_with_two_children(qtbot, store):
    case_id, worker = build_realistic_case(store)
    with store.session() as session:
        actor = actor_named(session, worker)
        household.add_dependant(
            session, actor, case_id, "Léo", 6, "fils", True, "Asthme : pompe dans son sac"
        )
        household.add_dependant(session, actor, case_id, "Maya", 9, "fille", True)
        desk = Desk(store, actor, lambda: TODAY)
    tab = OverviewTab()
    qtbot.addWidget(tab)
    tab.resize(1000, 900)
    tab.load(desk, case_id)
    tab.show()
    qtbot.waitExposed(tab)
    qtbot.wait(50)  # let deferred layouts (wrapped lists) settle
    SCREENSHOTS.mkdir(exist_ok=True)
    assert tab.grab().save(str(SCREENSHOTS / "household.png"))
    _select(tab.household, 0)
    tab.household.edit_selected()
    dialog = _form(tab.household)
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(SCREENSHOTS / "household_form.png"))
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
