"""Export her file and erase it, from the Overview tab, as a supervisor would."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from shelterplan.core.actors import Actor
from shelterplan.core.erasure import ErasurePreview
from shelterplan.core.vocab import Role
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import AuditEvent, Client
from shelterplan.ui.context import Desk
from shelterplan.ui.main_window import MainWindow
from shelterplan.ui.messages import Kind, Messages
from shelterplan.ui.workspace.erase_action import ErasePrompt, HerFileActions
from tests.conftest import ADMIN, PASSPHRASE
from tests.helpers.desk import CLIENTS, fill_three_cases, unlock_as_admin
from tests.helpers.her_file import supervising_admin


@dataclass
class Answers:
    ask: bool = True
    asked: list[tuple[str, str]] = field(default_factory=list)
    shown: list[tuple[Kind, str, str]] = field(default_factory=list)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    record = Answers()

    def ask(_parent: object, title: str, text: str) -> bool:
        record.asked.append((title, text))
        return record.ask

    def show(_parent: object, kind: Kind, title: str, text: str) -> None:
        record.shown.append((kind, title, text))

    monkeypatch.setattr(Messages, "ask", staticmethod(ask))
    monkeypatch.setattr(Messages, "show", staticmethod(show))
    return record


@pytest.fixture
def ids(store: CaseStore) -> dict[str, str]:
    filled = fill_three_cases(store)
    with store.session() as session:
        supervising_admin(session)
    store.close()
    return filled


@pytest.fixture
def window(qtbot, ids, store_folder):  # type: ignore[no-untyped-def]
    main = MainWindow(store_folder)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    unlock_as_admin(qtbot, main)
    main.open_case(ids[CLIENTS[0]])
    qtbot.waitUntil(lambda: main.desk.currentIndex() == main.CASE)
    return main


def _clients(store_folder: Path) -> set[str]:
    store = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        return set(session.scalars(sa.select(Client.preferred_name)))


def _answer_prompt(qtbot, word: str, seen: dict[str, object]) -> None:  # type: ignore[no-untyped-def]
    """When the prompt is up: try a wrong word, then type `word` and press the button."""

    def drive() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, ErasePrompt):
            QTimer.singleShot(20, drive)
            return
        seen["text"] = prompt.findChild(object, "eraseExplanation").text()  # type: ignore[union-attr]
        prompt.typed.setText("erase please")
        seen["wrong_enabled"] = prompt.erase_button.isEnabled()
        prompt.typed.clear()
        qtbot.keyClicks(prompt.typed, word)
        seen["right_enabled"] = prompt.erase_button.isEnabled()
        if word == "ERASE":
            prompt.erase_button.click()
        else:
            prompt.reject()

    QTimer.singleShot(0, drive)


def test_erasing_her_file_returns_to_the_caseload(qtbot, window, store_folder, answers):
    actions = window.workspace.overview.file_actions
    assert actions.erase_button.isVisibleTo(window)
    assert actions.export_button.isEnabled()
    seen: dict[str, object] = {}
    _answer_prompt(qtbot, "ERASE", seen)
    qtbot.mouseClick(actions.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.desk.currentIndex() == window.CASELOAD)
    assert seen["wrong_enabled"] is False and seen["right_enabled"] is True
    text = str(seen["text"])
    assert CLIENTS[0] in text and "cannot be undone" in text and "Backups" in text
    assert not window.desk.isTabEnabled(window.CASE)
    assert window.workspace.case_id is None
    qtbot.waitUntil(lambda: window.caseload.model.rowCount() == 2)
    ((kind, title, _text),) = answers.shown
    assert kind == Kind.INFO and "erased" in title
    window.lock()
    assert _clients(store_folder) == {CLIENTS[1], CLIENTS[2]}


def test_a_wrong_word_or_cancel_erases_nothing(qtbot, window, store_folder, answers):
    actions = window.workspace.overview.file_actions
    seen: dict[str, object] = {}
    _answer_prompt(qtbot, "ERAS", seen)
    qtbot.mouseClick(actions.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "right_enabled" in seen)
    assert seen["right_enabled"] is False
    assert window.desk.currentIndex() == window.CASE
    assert answers.shown == []
    window.lock()
    assert _clients(store_folder) == set(CLIENTS)


def test_enter_in_the_prompt_never_erases(qtbot):
    preview = ErasurePreview("c", ("a",), (("cases", 1),))
    prompt = ErasePrompt(None, "Zoé", preview)
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.keyClicks(prompt.typed, "ERASE")
    assert prompt.erase_button.isEnabled()
    assert not prompt.erase_button.isDefault()
    prompt.typed.setText("nope")
    prompt.accept()  # as Enter would: refused while the word is not typed
    assert prompt.result() != ErasePrompt.DialogCode.Accepted


def test_a_worker_does_not_see_the_erase_button(qtbot, store):  # type: ignore[no-untyped-def]
    actions = HerFileActions()
    qtbot.addWidget(actions)
    actions.show()
    worker = Actor("w", "Wes Worker", Role.WORKER)
    actions.load(Desk(store, worker), "case-id")
    assert actions.erase_button.isHidden()
    assert actions.export_button.isEnabled()
    actions.load(Desk(store, Actor("s", "Sue", Role.SUPERVISOR)), "case-id")
    assert not actions.erase_button.isHidden()
    actions.clear()
    assert actions.erase_button.isHidden() and not actions.export_button.isEnabled()


def test_exporting_her_file_warns_then_writes_the_zip(
    qtbot, window, store_folder, answers, tmp_path, monkeypatch
):
    target = tmp_path / "her.zip"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a: (str(target), "ZIP"))
    )
    actions = window.workspace.overview.file_actions
    answers.ask = False
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    assert not target.exists()
    ((title, text),) = answers.asked
    assert "unencrypted" in title and "not encrypted" in text and "delete it" in text
    answers.ask = True
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    archive = zipfile.ZipFile(io.BytesIO(target.read_bytes()))
    document = json.loads(archive.read("her-file.json"))
    assert document["client"]["preferred_name"] == CLIENTS[0]
    assert CLIENTS[1] not in archive.read("her-file.json").decode()
    (kind, _title, shown) = answers.shown[-1]
    assert kind == Kind.INFO and "her.zip" in shown
    window.lock()
    store = CaseStore.unlock(store_folder, ADMIN, PASSPHRASE)
    with store, store.session() as session:
        actions_logged = session.scalars(sa.select(AuditEvent.action)).all()
    assert actions_logged.count("client.export") == 1


def test_locking_with_the_prompt_open_erases_nothing(qtbot, window, store_folder, answers):
    actions = window.workspace.overview.file_actions
    seen: dict[str, object] = {}

    def lock_when_asked() -> None:
        prompt = QApplication.activeModalWidget()
        if not isinstance(prompt, ErasePrompt):
            QTimer.singleShot(20, lock_when_asked)
            return
        qtbot.keyClicks(prompt.typed, "ERASE")
        window.lock()  # as the idle timer would
        seen["name_left"] = prompt.explanation.text() == ""

    QTimer.singleShot(0, lock_when_asked)
    qtbot.mouseClick(actions.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "name_left" in seen)
    assert seen["name_left"] is True
    assert window.stack.currentWidget() is window.unlock_screen
    assert _clients(store_folder) == set(CLIENTS)
