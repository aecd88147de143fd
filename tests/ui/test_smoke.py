"""SHELTERPLAN_SMOKE_SCREENSHOT: the window grabs itself once shown, says which screen it
shows, and quits (how the installed package is checked headless)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

from shelterplan.ui import smoke
from shelterplan.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_unset_changes_nothing(qtbot, store_folder, monkeypatch):
    monkeypatch.delenv(smoke.SMOKE_SCREENSHOT, raising=False)
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    assert not smoke.arm(window)


def test_capture_saves_the_window_and_names_the_unlock_screen(
    qtbot, store, store_folder, tmp_path, capsys
):
    store.close()
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "shot.png"
    assert smoke.capture(window, target)
    line = capsys.readouterr().out.strip()
    assert line == f"shelterplan smoke: showing unlockScreen; screenshot saved to {target}"
    image = QImage(str(target))
    assert (image.width(), image.height()) == (window.width(), window.height())


def test_the_command_shows_the_unlock_screen_saves_it_and_exits(tmp_path):
    target = tmp_path / "shot.png"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        smoke.SMOKE_SCREENSHOT: str(target),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "shelterplan", "--data-dir", str(tmp_path / "store")],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "showing unlockScreen; screenshot saved to" in done.stdout
    assert not QImage(str(target)).isNull()
