"""Fixtures for the window tests: a store with three cases and a shown main window."""

from __future__ import annotations

from pathlib import Path

import pytest

from shelterplan.store.casestore import CaseStore
from shelterplan.ui.main_window import MainWindow
from tests.helpers.desk import fill_three_cases


@pytest.fixture
def filled(store: CaseStore, store_folder: Path) -> dict[str, str]:
    ids = fill_three_cases(store)
    store.close()
    return ids


@pytest.fixture
def window(qtbot, filled, store_folder):  # type: ignore[no-untyped-def]
    main = MainWindow(store_folder)
    qtbot.addWidget(main)
    main.resize(1100, 720)
    main.show()
    qtbot.waitExposed(main)
    return main
