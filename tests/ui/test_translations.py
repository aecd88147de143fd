"""The screen in French and Spanish: Qt Linguist sources complete, loaded with qtbase.

Also saves every page of the intake, goal and step wizards in French and Spanish in
`screenshots/fr/` and `screenshots/es/` (the English ones are saved by their own tests).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget, QWizard

from shelterplan.core import cases, planning
from shelterplan.core.actors import actor_named
from shelterplan.paths import resources_dir
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from shelterplan.ui.translations import install_translators
from shelterplan.ui.wizards.goal_wizard import GoalWizard
from shelterplan.ui.wizards.intake_wizard import IntakeWizard
from shelterplan.ui.wizards.step_wizard import StepWizard
from tests.conftest import ADMIN
from tests.helpers.pseudo import escaped as _escaped
from tests.ui.test_intake_wizard import FILLERS

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
SOURCES = sorted((resources_dir() / "translations").glob("*.ts"))
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}|%n|%\d")
TODAY = date(2026, 11, 23)


def test_every_screen_string_has_a_french_and_a_spanish_translation():
    assert {p.name.rsplit("_", 1)[1] for p in SOURCES} == {"fr.ts", "es.ts"}
    unfinished: list[str] = []
    for source in SOURCES:
        for message in ET.parse(source).getroot().iter("message"):
            english = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                unfinished.append(f"{source.name}: {english!r}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            for text in forms:
                if not text.strip():
                    unfinished.append(f"{source.name}: {english!r} (empty)")
                elif set(PLACEHOLDER.findall(text)) - {"%n"} != set(
                    PLACEHOLDER.findall(english)
                ) - {"%n"}:
                    unfinished.append(f"{source.name}: {english!r} (placeholders differ)")
    assert unfinished == [], f"{len(unfinished)} strings: " + "; ".join(unfinished[:10])


def test_qt_and_shelterplan_strings_follow_the_language(language):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    assert cancel == {"fr": "Annuler", "es": "Cancelar"}[language]
    lock = QCoreApplication.translate("MainWindow", "&Lock")
    assert lock.replace("&", "") != "Lock"
    assert QLocale().name().startswith(language)


def _shot(wizard: QWizard, language: str, name: str) -> None:
    folder = SCREENSHOTS / language
    folder.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    assert wizard.grab().save(str(folder / f"{name}.png"))


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Messages, "ask", staticmethod(lambda *_args: False))
    monkeypatch.setattr(Messages, "show", staticmethod(lambda *_args: None))


def test_intake_wizard_pages(qtbot, store, language, quiet):
    desk = Desk.for_store(store)
    wizard = IntakeWizard.start(desk)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    english_title = "Consent and confidentiality"
    assert wizard.currentPage().title() != english_title
    for number, fill in enumerate(FILLERS, 1):
        fill(qtbot, wizard.currentPage())
        _shot(wizard, language, f"intake_{number}_{wizard.currentPage().key}")
        wizard.next()
    _shot(wizard, language, f"intake_9_{wizard.currentPage().key}")


def test_goal_and_step_wizard_pages(qtbot, store, language, quiet):
    with store.session() as session:
        actor = actor_named(session, ADMIN)
        case = cases.open_new_case(session, actor, cases.NewClient("Amélie"), opened_on=TODAY)
        planning.add_service(session, "Office municipal d'habitation", domain="housing")
    desk = Desk.for_store(store, today=lambda: TODAY)
    wizard = GoalWizard.start(desk, case.id)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.long_term_page.words.setText("Un logement à moi, près de l'école de ma fille")
    target = TODAY + timedelta(days=180)
    wizard.long_term_page.target.edit.setDate(QDate(target.year, target.month, target.day))
    names = ["long_term", "intermediate", "options", "services", "concurrent", "summary"]
    for number, name in enumerate(names, 1):
        _shot(wizard, language, f"goal_{number}_{name}")
        if name != "summary":
            wizard.next()
    results: list[object] = []
    wizard.finished_with.connect(results.append)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    with store.session() as session:
        goal_id = planning.add_goal(session, actor, case.id, "Un revenu stable").id
    steps = StepWizard.start(desk, goal_id)
    qtbot.addWidget(steps)
    steps.show()
    qtbot.waitExposed(steps)
    steps.currentPage().steps.form.action.setText("Remplir la demande d'aide sociale")
    _shot(steps, language, "steps_1_steps")
    steps.next()
    _shot(steps, language, "steps_2_summary")


def test_the_language_chosen_on_the_unlock_screen_is_used_at_the_next_start(
    qtbot, store_folder, store, monkeypatch
):
    from shelterplan.ui.translations import screen_language
    from shelterplan.ui.unlock import UnlockScreen

    monkeypatch.delenv("SHELTERPLAN_LANGUAGE", raising=False)
    store.close()
    screen = UnlockScreen(store_folder)
    qtbot.addWidget(screen)
    screen.language_box.setCurrentIndex(screen.language_box.findData("es"))
    assert "next time" in screen.language_note.text()
    assert screen_language() == "es"
    screen.language_box.setCurrentIndex(0)  # back to the computer's language
    assert screen_language() in ("en", "fr", "es")


def test_pseudo_localisation_lengthens_every_string_and_keeps_placeholders(qtbot, qapp):
    from shelterplan.ui.translations import install_translators, pseudo_text

    assert pseudo_text("&Save {0} of %n").startswith("[&Šâvé {0} öf %n ")
    installed = install_translators(qapp, "pseudo")
    try:
        text = QCoreApplication.translate("MainWindow", "&Lock")
        assert text.startswith("[&") and len(text) > len("&Lock") + 2
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


@pytest.fixture
def pseudo(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    installed = install_translators(qapp, "pseudo")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def test_no_visible_string_escapes_translation(qtbot, store, store_folder, pseudo, quiet):
    """Every word the unlock screen, the desk and each intake page show by themselves
    went through tr(): under pseudo-localisation they all carry its brackets."""
    from shelterplan.ui.main_window import MainWindow
    from tests.helpers.desk import fill_three_cases, unlock_as_admin

    fill_three_cases(store)
    store.close()
    window = MainWindow(store_folder)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    data = ("English", "Français", "Español", ADMIN, "Ctrl+", "Canary")
    assert _escaped(window, data) == []
    unlock_as_admin(qtbot, window)
    for index in range(2):  # caseload, Today
        window.desk.setCurrentIndex(index)
        QApplication.processEvents()
        assert _escaped(window.desk.currentWidget(), data) == [], index
    window.lock()

    from shelterplan.ui.context import Desk as _Desk  # the store is closed by the lock

    reopened = __import__("shelterplan.store.casestore", fromlist=["CaseStore"]).CaseStore
    with reopened.unlock(store_folder, ADMIN, "a long test passphrase") as again:
        wizard = IntakeWizard.start(_Desk.for_store(again))
        qtbot.addWidget(wizard)
        wizard.show()
        for _page in range(9):
            assert _escaped(wizard.currentPage(), data) == [], wizard.currentPage().key
            if wizard.currentPage().key == "consent":
                wizard.currentPage().agrees.click()
            if wizard.currentPage().key == "identity":
                wizard.currentPage().preferred_name.setText("Amélie")
            wizard.next()
        assert wizard.currentPage().key == "summary"  # every page was looked at
        wizard.close_for_lock()


def test_the_escape_check_catches_a_string_left_out_of_tr(qtbot, pseudo):
    from PySide6.QtWidgets import QLabel

    root = QWidget()
    qtbot.addWidget(root)
    QLabel("Plain words", root)
    QLabel(QCoreApplication.translate("MainWindow", "&Lock"), root)
    assert _escaped(root) == ["QLabel: 'Plain words'"]
