"""The caseload tab: paging model, search-as-you-type, filters, sorting and the keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import select

from shelterplan.core import cases
from shelterplan.core.actors import Actor, actor_named
from shelterplan.core.queries import CaseloadFilter
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import Worker
from shelterplan.ui.caseload_view import CaseloadView
from shelterplan.ui.context import Desk
from shelterplan.ui.models.caseload_model import (
    COL_CLIENT,
    COL_OVERDUE,
    COL_PHASE,
    COLUMNS,
    CaseIdRole,
    CaseloadModel,
    OverdueCountRole,
)
from tests.core.test_queries import TODAY, Agency, build_agency

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ForegroundRole,
    CaseIdRole,
)


def desk_for(store: CaseStore, name: str, today: date = TODAY) -> Desk:
    with store.session() as session:
        actor = actor_named(session, name)
    return Desk(store, actor, lambda: today)


def _texts(model: CaseloadModel, column: int = COL_CLIENT) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _every_text(model: CaseloadModel) -> str:
    return " ".join(
        str(model.index(row, column).data(role))
        for row in range(model.rowCount())
        for column in range(COLUMNS)
        for role in ROLES
    )


@pytest.fixture
def agency(store: CaseStore) -> Agency:
    return build_agency(store)


@pytest.fixture
def crowd(store: CaseStore) -> Desk:
    """250 cases for Dee, opened through the use case in one unit of work."""
    with store.session() as session:
        session.add(Worker(name="Dee Worker", role="worker"))
        session.flush()
        dee: Actor = actor_named(session, "Dee Worker")
        for number in range(250):
            cases.open_new_case(session, dee, cases.NewClient(f"Client {number:03d}"))
    return desk_for(store, "Dee Worker")


def test_model_fetches_pages_and_passes_the_tester(qtbot, store, crowd):
    model = CaseloadModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())
    model.load(crowd)
    assert model.rowCount() == CaseloadModel.PAGE_SIZE == 100
    assert model.canFetchMore(QModelIndex())
    assert model.total() == 250  # counted, not fetched
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())  # nothing more: nothing happens
    assert model.rowCount() == 250
    assert _texts(model)[:2] == ["Client 000", "Client 001"]
    assert _texts(model)[-1] == "Client 249"
    assert len({model.index(r, 0).data(CaseIdRole) for r in range(250)}) == 250

    model.sort(COL_CLIENT, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 100 and _texts(model)[0] == "Client 249"
    model.set_filters(CaseloadFilter(search="client 12"))  # every word starts a word
    assert _texts(model) == [f"Client {n}" for n in range(129, 119, -1)]  # still descending
    assert model.total() == 10
    model.set_filters(CaseloadFilter(search="client"))
    assert model.rowCount() == 100

    model.clear()
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_the_view_scrolls_more_rows_in(qtbot, store, crowd):
    view = CaseloadView()
    qtbot.addWidget(view)
    view.resize(1000, 680)
    view.show()
    qtbot.waitExposed(view)
    view.load(crowd)
    assert view.model.rowCount() == 100
    qtbot.waitUntil(lambda: view.status_label.text() == "250 cases")
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 200)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 250)


def test_rows_show_phase_words_dates_and_an_overdue_marker(qtbot, store, agency):
    model = CaseloadModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.load(desk_for(store, "Bea Worker"))
    assert _texts(model) == ["Amaia", "Claudine", "Océane", "Zoé"]
    oceane = 2
    assert model.index(oceane, COL_PHASE).data() == "Carrying out the plan"
    assert model.index(oceane, 3).data() == "20 Nov 2026"
    assert model.index(oceane, COL_OVERDUE).data() == "⚠ 1"  # a mark, not colour alone
    assert model.index(oceane, COL_OVERDUE).data(OverdueCountRole) == 1
    assert model.index(oceane, COL_OVERDUE).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "1 step overdue"
    )
    assert model.index(oceane, 0).data(CaseIdRole) == agency.cases["Océane"]
    assert model.index(0, COL_OVERDUE).data() == ""  # Amaia: nothing overdue
    assert model.headerData(COL_OVERDUE, Qt.Orientation.Horizontal) == "Overdue"
    assert model.total() == 4


@pytest.fixture
def view(qtbot, store, agency) -> CaseloadView:
    widget = CaseloadView()
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    QAbstractItemModelTester(widget.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    return widget


def test_typing_searches_after_a_pause_and_enter_at_once(qtbot, store, view):
    view.load(desk_for(store, "Bea Worker"))
    assert _texts(view.model) == ["Amaia", "Claudine", "Océane", "Zoé"]
    qtbot.waitUntil(lambda: view.status_label.text() == "4 cases")
    qtbot.keyClicks(view.search_edit, "ecol")  # her note says "l'école"
    assert view.model.rowCount() == 4  # not yet: the pause is not over
    qtbot.waitUntil(lambda: _texts(view.model) == ["Océane"], timeout=2000)
    qtbot.waitUntil(lambda: view.status_label.text() == "1 case")
    view.search_edit.clear()
    qtbot.keyClicks(view.search_edit, "zo")
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert _texts(view.model) == ["Zoé"]  # Enter did not wait


def test_phase_and_overdue_filters(qtbot, store, view):
    view.load(desk_for(store, "Bea Worker"))
    view.phase_box.setCurrentIndex(view.phase_box.findData("review"))
    assert _texts(view.model) == ["Zoé"]
    view.phase_box.setCurrentIndex(0)  # all phases
    view.overdue_check.setChecked(True)
    assert _texts(view.model) == ["Claudine", "Océane"]
    view.overdue_check.setChecked(False)
    assert view.model.rowCount() == 4


def test_clicking_a_header_sorts(qtbot, store, view):
    view.load(desk_for(store, "Bea Worker"))
    header = view.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(COL_OVERDUE)  # the first click on Overdue shows the most overdue first
    assert view.model.sort_key() == ("overdue", True)
    assert _texts(view.model)[:2] == ["Claudine", "Océane"]
    click(COL_OVERDUE)
    assert view.model.sort_key() == ("overdue", False)
    click(COL_CLIENT)
    assert _texts(view.model)[0] == "Amaia"
    click(COL_CLIENT)
    assert _texts(view.model)[0] == "Zoé"
    view.sort_by(COL_PHASE)  # the keyboard way, from the table's menu
    assert view.model.sort_key() == ("phase", False) and _texts(view.model)[-1] == "Claudine"
    sort_menu = view.table_menu().actions()[1].menu()
    sort_menu.actions()[COL_PHASE].trigger()  # the same column again turns the order
    assert view.model.sort_key() == ("phase", True) and _texts(view.model)[0] == "Claudine"


def test_enter_on_a_row_asks_for_the_case(qtbot, store, view, agency):
    view.load(desk_for(store, "Bea Worker"))
    view.focus_search()
    assert view.search_edit.hasFocus() or not view.isActiveWindow()
    qtbot.keyClick(view.search_edit, Qt.Key.Key_Down)  # into the table, first row
    assert view.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.case_requested) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [agency.cases["Océane"]]


def test_tab_order_and_accessible_names(qtbot, store, view):
    view.load(desk_for(store, "Sam Supervisor"))
    chain = [view.search_edit]
    while len(chain) < 7:
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    expected = [
        view.search_edit,
        view.scope_box,
        view.worker_box,
        view.phase_box,
        view.overdue_check,
        view.table,
    ]
    assert chain[:6] == expected
    for widget in expected:
        assert widget.accessibleName()


def test_a_worker_sees_her_cases_a_supervisor_may_switch_to_all(qtbot, store, view, agency):
    view.load(desk_for(store, "Bea Worker"))
    assert view.scope_box.isHidden() and view.worker_box.isHidden()
    assert "Beatriz" not in _texts(view.model)

    view.load(desk_for(store, "Sam Supervisor"))
    assert not view.scope_box.isHidden() and not view.worker_box.isEnabled()
    assert _texts(view.model) == []  # her own cases: none
    view.scope_box.setCurrentIndex(1)  # all cases
    assert _texts(view.model) == ["Amaia", "Beatriz", "Claudine", "Océane", "Zoé"]
    assert view.worker_box.isEnabled()
    view.worker_box.setCurrentIndex(view.worker_box.findData(agency.workers["cleo"]))
    assert _texts(view.model) == ["Beatriz"]


def test_clear_forgets_every_name(qtbot, store, view):
    view.load(desk_for(store, "Sam Supervisor"))
    view.scope_box.setCurrentIndex(1)
    qtbot.keyClicks(view.search_edit, "Oce")  # QTest types ASCII only; accents fold anyway
    view.apply_filters()
    assert "Océane" in _every_text(view.model)
    view.clear()
    assert view.model.rowCount() == 0 and view.search_edit.text() == ""
    assert view.worker_box.count() == 0 and view.status_label.text() == ""
    assert view.scope_box.isHidden()
    with store.session() as session:
        names = session.scalars(select(Worker.name)).all()
    assert not any(name in view.status_label.text() for name in names)


def test_screenshot_of_a_filled_caseload(qtbot, store):
    from shelterplan.core.demo import populate

    populate(store, 30, seed=1, today=TODAY)
    widget = CaseloadView()
    qtbot.addWidget(widget)
    widget.resize(1000, 680)
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(desk_for(store, "Ana Admin"))
    widget.scope_box.setCurrentIndex(1)  # the admin's own caseload is empty: show all
    qtbot.waitUntil(lambda: widget.status_label.text() == "30 cases")
    widget.table.selectRow(2)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SCREENSHOTS / "caseload.png"))
