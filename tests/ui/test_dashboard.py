"""The outcome dashboard: filters change the tables, every chart has its table, files are
saved only after the warning, locking closes it; screenshots in screenshots/dashboard/."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from shelterplan.core.actors import actor_named
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent
from shelterplan.ui.context import Desk
from shelterplan.ui.main_window import MainWindow
from shelterplan.ui.messages import Messages
from shelterplan.ui.reports.dashboard import OutcomesDialog
from tests.helpers.desk import unlock_as_admin
from tests.helpers.outcomes import TODAY, outcome_store, supervisor_name, worker_names

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "dashboard"


@pytest.fixture
def filled(store: CaseStore) -> CaseStore:
    outcome_store(store, clients=120, seed=11)
    return store


def _desk(store: CaseStore, name: str) -> Desk:
    with store.session() as session:
        actor = actor_named(session, name)
    return Desk(store, actor, lambda: TODAY)


@pytest.fixture
def dashboard(qtbot, filled) -> OutcomesDialog:  # type: ignore[no-untyped-def]
    dialog = OutcomesDialog(_desk(filled, supervisor_name(filled)))
    qtbot.addWidget(dialog)
    dialog.resize(1280, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.refresh()
    return dialog


def _rows(dialog: OutcomesDialog, key: str) -> list[list[str]]:
    model = dialog.panels[key].model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_every_figure_has_a_chart_and_a_table(dashboard):
    for key, panel in dashboard.panels.items():
        assert panel.title(), key
        assert panel.model.rowCount() > 0, key
        assert panel.chart_view.accessibleName().endswith(": chart")
        assert panel.table.accessibleName().endswith(": table")
        panel.tabs.setCurrentIndex(panel.TABLE)
        assert panel.tabs.currentWidget() is panel.table
    active = _rows(dashboard, "active_cases")
    assert active[-1][1] == str(dashboard.figures.active_cases_total)
    assert {row[0] for row in active[:-1]} == set(worker_names(dashboard.desk.store))


def test_filters_change_the_tables(qtbot, dashboard, filled):
    everyone = _rows(dashboard, "active_cases")
    worker = worker_names(filled)[0]
    index = dashboard.worker_box.findText(worker)
    dashboard.worker_box.setCurrentIndex(index)
    qtbot.waitUntil(lambda: len(_rows(dashboard, "active_cases")) == 2, timeout=3000)
    one = _rows(dashboard, "active_cases")
    assert one[0][0] == worker
    assert int(one[-1][1]) < int(everyone[-1][1])
    assert [row[0] for row in _rows(dashboard, "overdue_steps")] == [worker]

    dashboard.worker_box.setCurrentIndex(0)
    dashboard.program_box.setCurrentIndex(1)
    program = dashboard.program_box.currentText()
    qtbot.waitUntil(lambda: dashboard.figures.filters.program == program, timeout=3000)
    assert int(_rows(dashboard, "active_cases")[-1][1]) < int(everyone[-1][1])

    dashboard.by_box.setCurrentIndex(1)  # quarters
    qtbot.waitUntil(lambda: dashboard.figures.filters.granularity == "quarter", timeout=3000)
    reviews = _rows(dashboard, "reviews")
    assert len(reviews) == len(dashboard.figures.buckets) + 1  # and the whole period


def test_saving_the_pdf_and_csv_warns_first(qtbot, dashboard, tmp_path, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(Messages, "ask", lambda _p, title, _t: asked.append(title) or True)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "report"), "")
    )
    dashboard.save_pdf()
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    dashboard.save_csv()
    text = (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Outcome report"]
    assert ["Active cases per worker"] in rows
    assert len(asked) == 2


def test_declining_the_warning_saves_nothing(dashboard, tmp_path, monkeypatch):
    monkeypatch.setattr(Messages, "ask", lambda *_a: False)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: pytest.fail("no file dialog")
    )
    dashboard.save_pdf()
    dashboard.save_csv()
    dashboard.save_funder_export()
    assert list(tmp_path.iterdir()) == [] or all(p.is_dir() for p in tmp_path.iterdir())


def test_funder_export_from_the_dashboard_is_audited(dashboard, filled, tmp_path, monkeypatch):
    monkeypatch.setattr(Messages, "ask", lambda *_a: True)
    monkeypatch.setattr(Messages, "show", lambda *_a: None)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "funder"), "")
    )
    with filled.session() as session:
        before = session.scalar(select(func.count()).where(AuditEvent.action == "funder.export"))
    dashboard.save_funder_export()
    assert (tmp_path / "funder.csv").read_text(encoding="utf-8-sig").startswith("[about]")
    with filled.session() as session:
        after = session.scalar(select(func.count()).where(AuditEvent.action == "funder.export"))
    assert after == before + 1


def test_a_worker_cannot_open_it(qtbot, filled):
    worker = worker_names(filled)[0]
    parent = OutcomesDialog(_desk(filled, supervisor_name(filled)))
    qtbot.addWidget(parent)
    assert OutcomesDialog.show_for(_desk(filled, worker), parent) is None


def test_locking_clears_and_closes(dashboard):
    dashboard.close_for_lock()
    assert dashboard.figures is None and dashboard.desk is None
    assert all(panel.model.rowCount() == 0 for panel in dashboard.panels.values())
    assert not dashboard.isVisible()


def test_the_main_window_offers_outcomes_and_closes_them_on_lock(qtbot, filled, store_folder):
    filled.close()
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    unlock_as_admin(qtbot, window)
    assert window.outcomes_action.isVisible() and window.outcomes_action.isEnabled()
    window.outcomes_action.trigger()
    dialogs = window.findChildren(OutcomesDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    window.lock()
    assert not any(d.isVisible() for d in window.findChildren(OutcomesDialog))
    assert not window.outcomes_action.isEnabled()


def test_screenshots(qtbot, dashboard, filled):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(150)  # Qt Charts lays its axes out after the first paint
    dashboard.grab().save(str(SCREENSHOTS / "dashboard.png"))
    for key, panel in dashboard.panels.items():
        panel.grab().save(str(SCREENSHOTS / f"chart-{key}.png"))
        panel.tabs.setCurrentIndex(panel.TABLE)
        qtbot.wait(20)
        panel.grab().save(str(SCREENSHOTS / f"table-{key}.png"))
    dashboard.worker_box.setCurrentIndex(dashboard.worker_box.findText(worker_names(filled)[0]))
    dashboard.by_box.setCurrentIndex(1)
    qtbot.waitUntil(lambda: dashboard.figures.filters.worker_id is not None, timeout=3000)
    for panel in dashboard.panels.values():
        panel.tabs.setCurrentIndex(panel.CHART)
    qtbot.wait(150)
    dashboard.grab().save(str(SCREENSHOTS / "dashboard-one-worker-by-quarter.png"))
    assert (SCREENSHOTS / "dashboard.png").stat().st_size > 10_000


def test_every_control_has_a_name_a_screen_reader_can_say(dashboard):
    from tests.ui.test_accessibility import _nameless

    assert _nameless(dashboard) == []
    for panel in dashboard.panels.values():
        panel.tabs.setCurrentIndex(panel.TABLE)
    assert _nameless(dashboard) == []
