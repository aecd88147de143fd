"""High contrast, and colour never the only sign of an overdue step.

Under high contrast (the platform's setting, or SHELTERPLAN_HIGH_CONTRAST), an overdue
step in the plan tree, in Today and in the caseload reads at 7:1 or more against the
rows behind it, in the light and the dark palette; without it, its red still reads at
4.5:1. Everywhere, an overdue step also says so in words or with a sign. Screenshots go
to screenshots/accessibility/high_contrast_*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication

from shelterplan.ui import accessibility
from shelterplan.ui.accessibility import (
    HIGH_CONTRAST_ENV,
    apply_contrast,
    contrast_ratio,
    high_contrast,
    high_contrast_palette,
    high_contrast_requested,
    palette_is_high_contrast,
    set_palette,
)
from shelterplan.ui.models import caseload_model, plan_tree_model, today_model
from tests.helpers.desk import unlock_as_admin

SHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "accessibility"


@pytest.fixture
def contrast(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Whatever a test turns on, the palette and the setting are as before afterwards."""
    palette = QPalette(qapp.palette())
    yield
    accessibility._state["high_contrast"] = False
    set_palette(qapp, palette)


def _high(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(HIGH_CONTRAST_ENV, value)
    assert apply_contrast(qapp) is True  # with the window shown: the worker switched it on
    assert high_contrast()
    QApplication.processEvents()  # the new palette reaches every widget


# --- what is read from where ------------------------------------------------------------------
def _rows(model: QAbstractItemModel, parent: QModelIndex = QModelIndex()) -> Iterator[QModelIndex]:  # noqa: B008
    for row in range(model.rowCount(parent)):
        first = model.index(row, 0, parent)
        yield first
        yield from _rows(model, first)


def _colour(model: QAbstractItemModel, index: QModelIndex, role: int) -> QColor | None:
    value = model.data(index, role)
    if isinstance(value, QBrush):
        return value.color()
    if isinstance(value, (QColor, Qt.GlobalColor)):
        return QColor(value)
    return None


def _worst_ratio(view: QAbstractItemView, index: QModelIndex) -> float:
    """Its text colour against each background a row may have (alternate rows too)."""
    model, palette = view.model(), view.palette()
    text = _colour(model, index, Qt.ItemDataRole.ForegroundRole) or palette.color(
        QPalette.ColorRole.Text
    )
    own = _colour(model, index, Qt.ItemDataRole.BackgroundRole)
    backgrounds = [own] if own is not None else [palette.color(QPalette.ColorRole.Base)]
    if own is None and view.alternatingRowColors():
        backgrounds.append(palette.color(QPalette.ColorRole.AlternateBase))
    return min(contrast_ratio(text, background) for background in backgrounds)


def _overdue_cells(window) -> dict[str, tuple[QAbstractItemView, QModelIndex]]:  # type: ignore[no-untyped-def]
    """One overdue step's marked cell in the plan tree, Today and the caseload."""
    cells = {}
    plan = window.workspace.plan
    model = plan.model
    for first in _rows(model):
        if model.data(first, plan_tree_model.OverdueRole):
            cells["plan"] = (plan.view, first.siblingAtColumn(plan_tree_model.COL_DUE))
            break
    today = window.today
    for first in _rows(today.model):
        when = first.siblingAtColumn(today_model.COL_WHEN)
        if first.parent().isValid() and today.model.data(when, Qt.ItemDataRole.ForegroundRole):
            cells["today"] = (today.tree, when)
            break
    caseload = window.caseload
    for first in _rows(caseload.model):
        if caseload.model.data(first, caseload_model.OverdueCountRole):
            cells["caseload"] = (
                caseload.table,
                first.siblingAtColumn(caseload_model.COL_OVERDUE),
            )
            break
    assert set(cells) == {"plan", "today", "caseload"}, cells
    return cells


def _open_everything(qtbot, window, filled) -> None:  # type: ignore[no-untyped-def]
    unlock_as_admin(qtbot, window)
    window.open_case(next(iter(filled.values())))
    window.workspace.tabs.setCurrentWidget(window.workspace.plan)


def _shots(window, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    for desk_tab, label in ((window.CASE, "plan"), (window.TODAY, "today"), (0, "caseload")):
        window.desk.setCurrentIndex(desk_tab)
        QApplication.processEvents()
        assert window.grab().save(str(SHOTS / f"{name}_{label}.png"))


# --- the setting ------------------------------------------------------------------------------
def test_the_setting_follows_the_environment_then_the_platform(qapp, monkeypatch, contrast):
    monkeypatch.delenv(HIGH_CONTRAST_ENV, raising=False)
    assert high_contrast_requested(qapp) is accessibility.platform_wants_high_contrast(qapp)
    monkeypatch.setattr(accessibility, "platform_wants_high_contrast", lambda _app: True)
    assert high_contrast_requested(qapp)
    assert apply_contrast(qapp) and palette_is_high_contrast(qapp.palette())
    monkeypatch.setenv(HIGH_CONTRAST_ENV, "0")
    assert not high_contrast_requested(qapp)
    monkeypatch.setenv(HIGH_CONTRAST_ENV, "1")
    monkeypatch.setattr(accessibility, "platform_wants_high_contrast", lambda _app: False)
    assert high_contrast_requested(qapp)


def test_a_platform_palette_already_high_contrast_is_kept(qapp, monkeypatch, contrast):
    """A worker's own high-contrast theme (Windows, say) is hers: the app only stops
    painting its own colours."""
    monkeypatch.delenv(HIGH_CONTRAST_ENV, raising=False)
    monkeypatch.setattr(accessibility, "platform_wants_high_contrast", lambda _app: True)
    hers = high_contrast_palette(dark=True)
    hers.setColor(QPalette.ColorRole.Highlight, QColor("#00ff00"))
    qapp.setPalette(hers)
    assert apply_contrast(qapp)
    assert qapp.palette().color(QPalette.ColorRole.Highlight) == QColor("#00ff00")


@pytest.mark.parametrize("dark", [False, True])
def test_the_palettes_read_at_seven_to_one(dark):
    palette = high_contrast_palette(dark)
    assert palette_is_high_contrast(palette)
    role = QPalette.ColorRole
    for fg, bg in (
        (role.Text, role.AlternateBase),
        (role.HighlightedText, role.Highlight),
        (role.PlaceholderText, role.Base),
        (role.Link, role.Base),
        (role.ToolTipText, role.ToolTipBase),
    ):
        assert contrast_ratio(palette.color(fg), palette.color(bg)) >= 7, (fg, bg)


# --- overdue steps ----------------------------------------------------------------------------
@pytest.mark.parametrize("variant", ["1", "dark"])
def test_overdue_steps_read_at_seven_to_one_under_high_contrast(
    qtbot, qapp, monkeypatch, contrast, window, filled, variant
):
    _high(qapp, monkeypatch, variant)
    _open_everything(qtbot, window, filled)
    ratios = {name: _worst_ratio(*cell) for name, cell in _overdue_cells(window).items()}
    assert all(ratio >= 7 for ratio in ratios.values()), ratios
    _shots(window, "high_contrast" if variant == "1" else "high_contrast_dark")


def test_overdue_red_still_reads_without_high_contrast(qtbot, contrast, window, filled):
    assert not high_contrast()
    _open_everything(qtbot, window, filled)
    ratios = {name: _worst_ratio(*cell) for name, cell in _overdue_cells(window).items()}
    assert all(ratio >= 4.5 for ratio in ratios.values()), ratios
    _shots(window, "normal_contrast")


def test_an_overdue_step_says_so_without_colour(qtbot, contrast, window, filled):
    """Words or a sign, in what is shown and what a screen reader reads, not colour alone."""
    _open_everything(qtbot, window, filled)
    cells = _overdue_cells(window)

    def said(name: str, role: Qt.ItemDataRole) -> str:
        view, index = cells[name]
        return str(view.model().data(index, role) or "")

    display, accessible = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole
    assert said("plan", display).startswith("Overdue: ")
    _view, plan_cell = cells["plan"]
    assert not plan_cell.data(Qt.ItemDataRole.DecorationRole).isNull()  # and a warning sign
    assert "overdue" in said("plan", Qt.ItemDataRole.ToolTipRole)
    assert "late" in said("today", display)
    assert "overdue" in said("today", accessible).lower()
    assert said("caseload", display).startswith("⚠")
    assert "overdue" in said("caseload", accessible)
    # Today's overdue lines sit under a heading that says it too.
    _view, when = cells["today"]
    assert str(when.parent().data()).startswith("Overdue steps")
