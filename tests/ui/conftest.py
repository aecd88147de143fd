"""Fixtures for the window tests: a store with three cases and a shown main window."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from shelterplan.paths import resources_dir
from shelterplan.store.casestore import CaseStore
from shelterplan.ui.main_window import MainWindow
from shelterplan.ui.translations import install_translators
from tests.helpers.desk import fill_three_cases

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((resources_dir() / "translations").glob("*.ts"))


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


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:  # type: ignore[no-untyped-def]
    """The .qm files, compiled here with pyside6-lrelease (as setup.sh does)."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in SOURCES:
        subprocess.run(
            [str(lrelease), "-silent", str(source), "-qm", str(folder / f"{source.stem}.qm")],
            check=True,
        )
    return folder


@pytest.fixture(params=["fr", "es"])
def language(request, qapp, compiled) -> Iterator[str]:  # type: ignore[no-untyped-def]
    before = QLocale()
    installed = install_translators(qapp, request.param, compiled)
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
