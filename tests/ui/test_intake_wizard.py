"""The intake wizard through its real widgets: fill, skip, drafts, resume, cancel, finish."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QWidget,
    QWizard,
)
from sqlalchemy import select

from shelterplan.core import planning
from shelterplan.core.drafts import pending_drafts
from shelterplan.core.wizards import intake
from shelterplan.core.wizards.flow import Problem, Severity
from shelterplan.store.casestore import CaseStore
from shelterplan.store.models import (
    AssessmentItem,
    Case,
    Client,
    Consent,
    Dependant,
    Goal,
    Person,
    Strength,
    WizardDraft,
)
from shelterplan.ui.context import Desk
from shelterplan.ui.messages import Messages
from shelterplan.ui.wizards.intake_widgets import problem_sentence
from shelterplan.ui.wizards.intake_wizard import HEIGHT, WIDTH, IntakeWizard
from tests.ui.test_accessibility import _nameless

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
CLINIC = "Clinique juridique du Plateau"
KEYS = [
    "consent",
    "identity",
    "safe_contact",
    "household",
    "situation",
    "strengths",
    "goals",
    "team",
    "summary",
]


@pytest.fixture(autouse=True)
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """No message box is ever left waiting: questions keep the draft, messages are kept
    here for the test to look at."""
    said: list[str] = []

    def show(parent: QWidget | None, kind: object, title: str, text: str) -> None:
        said.append(text)

    monkeypatch.setattr(Messages, "ask", staticmethod(lambda *_args: False))
    monkeypatch.setattr(Messages, "show", staticmethod(show))
    return said


@pytest.fixture
def desk(store: CaseStore) -> Desk:
    with store.session() as session:
        planning.add_service(session, CLINIC, domain="legal")
        planning.add_service(session, "CLSC du Plateau-Mont-Royal", domain="physical_health")
    return Desk.for_store(store)


@pytest.fixture
def wizard(qtbot, desk):  # type: ignore[no-untyped-def]
    shown = IntakeWizard.start(desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _page(wizard: IntakeWizard) -> Any:
    return wizard.currentPage()


def _type(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    if isinstance(widget, QComboBox):
        line = widget.lineEdit()
        assert line is not None
        widget = line
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:  # QTest only maps ASCII to keys; an accent arrives as typed text
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def _choose(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _next(wizard: IntakeWizard, expected: str) -> None:
    wizard.next()
    assert _page(wizard).key == expected, _page(wizard).problems.text()


def _shot(wizard: IntakeWizard, suffix: str = "") -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    QApplication.processEvents()  # layouts settle as they would on screen
    key = _page(wizard).key
    path = SCREENSHOTS / f"intake_{KEYS.index(key) + 1}_{key}{suffix}.png"
    assert wizard.grab().save(str(path))


def _draft(desk: Desk) -> tuple[str, dict[str, Any]]:
    with desk.session() as session:
        drafts = session.scalars(select(WizardDraft)).all()
        assert len(drafts) == 1
        return drafts[0].page, json.loads(drafts[0].data)


# --- filling each page -------------------------------------------------------------------
def fill_consent(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.agrees.click()
    _type(qtbot, page.share_with.editor(0, "provider"), CLINIC)
    page.share_with.add_button.click()
    _type(qtbot, page.share_with.editor(1, "provider"), "Dre Anne Lefebvre")
    page.contact_supports.click()


def fill_identity(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, page.preferred_name, "Geneviève")
    _type(qtbot, page.legal_name, "Geneviève Tremblay")
    _type(qtbot, page.pronouns, "elle")
    page.birth_known.click()
    page.birth_date.setDate(QDate(1988, 4, 2))
    _type(qtbot, page.languages, "français, anglais")
    _choose(page.document_language, "fr")


def fill_safe_contact(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, page.phone, "514 555-0182")
    _choose(page.message, False)
    _type(qtbot, page.safe_times, "En semaine, de 10 h à 14 h")
    _type(qtbot, page.code_word, "lavande")
    _type(qtbot, page.do_not_tell, "Son ex-conjoint Marc Roy, et la famille de Marc")


def fill_household(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    table = page.dependants
    for row, (name, age, relation, notes) in enumerate(
        [
            ("Léa", "7", "fille", "2e année, école Saint-Louis"),
            ("Théo", "3", "fils", "Asthme : pompe dans le sac"),
        ]
    ):
        if row:
            table.add_button.click()
        _type(qtbot, table.editor(row, "name"), name)
        _type(qtbot, table.editor(row, "age"), age)
        _type(qtbot, table.editor(row, "relationship"), relation)
        _type(qtbot, table.editor(row, "notes"), notes)


SITUATION = {
    "safety": ("Menaces par texto depuis son départ", "urgent", 1),
    "housing": ("Hébergée ici pour 6 semaines", "high", 2),
    "income": ("Plus d'accès au compte conjoint", "high", 3),
    "children": ("Léa a manqué l'école cette semaine", "moderate", 4),
    "immigration": ("", "declined", 0),
}


def fill_situation(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    for domain, (note, level, priority) in SITUATION.items():
        note_edit, need, spin = page.rows[domain]
        if note:
            _type(qtbot, note_edit, note)
        _choose(need, level)
        spin.setValue(priority)


def fill_strengths(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.prompts["protects_children"].click()
    page.prompts["determined"].click()
    _type(qtbot, page.own_words, "Cuisine pour tout l'étage")


def fill_goals(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    _type(qtbot, page.goals.editor(0, "text"), "Un appartement à moi avec les enfants")
    _choose(page.goals.editor(0, "domain"), "housing")
    page.goals.add_button.click()
    _type(qtbot, page.goals.editor(1, "text"), "Retourner aux études en septembre")


def fill_team(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    providers, supports = page.providers, page.supports
    _type(qtbot, providers.editor(0, "name"), "Me Sophie Gagnon")
    _type(qtbot, providers.editor(0, "role"), "avocate")
    _type(qtbot, providers.editor(0, "organisation"), CLINIC)
    _type(qtbot, providers.editor(0, "phone"), "514 555-0100")
    providers.editor(0, "safe_to_contact").click()
    _type(qtbot, supports.editor(0, "name"), "Nadia")
    _type(qtbot, supports.editor(0, "role"), "sœur")
    supports.editor(0, "safe_to_contact").click()
    supports.add_button.click()
    _type(qtbot, supports.editor(1, "name"), "Claire")
    _type(qtbot, supports.editor(1, "role"), "voisine")


FILLERS = [
    fill_consent,
    fill_identity,
    fill_safe_contact,
    fill_household,
    fill_situation,
    fill_strengths,
    fill_goals,
    fill_team,
]


# --- tests -------------------------------------------------------------------------------
def test_every_page_filled_then_finish_creates_the_case(qtbot, wizard, desk):
    assert wizard.size() == QSize(WIDTH, HEIGHT)
    for key, fill in zip(KEYS, FILLERS, strict=False):
        assert _page(wizard).key == key
        fill(qtbot, _page(wizard))
        _shot(wizard)
        assert _nameless(wizard) == [], key
        _next(wizard, KEYS[KEYS.index(key) + 1])
        page_on_draft, data = _draft(desk)
        assert page_on_draft == data["current"] == KEYS[KEYS.index(key) + 1]
    summary = _page(wizard).view.toPlainText()
    for expected in ("Geneviève", "Léa (7, fille, with her)", "Urgent", "Nadia", CLINIC):
        assert expected in summary
    assert "lavande" not in summary
    _shot(wizard)

    with qtbot.waitSignal(wizard.finished_with) as finished:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    case_id = finished.args[0]
    with desk.session() as session:
        assert session.scalars(select(WizardDraft)).all() == []
        case = session.get(Case, case_id)
        client = session.get(Client, case.client_id)
        assert (client.preferred_name, client.legal_name, client.pronouns) == (
            "Geneviève",
            "Geneviève Tremblay",
            "elle",
        )
        assert client.birth_date == date(1988, 4, 2)
        assert (client.languages, client.document_language) == ("français, anglais", "fr")
        assert (client.safe_phone, client.may_leave_message) == ("514 555-0182", False)
        assert client.code_word == "lavande"
        assert client.declined is None
        consents = session.scalars(select(Consent).where(Consent.case_id == case_id)).all()
        assert {(c.purpose, c.scope, c.service_id is not None) for c in consents} == {
            ("case_file", None, False),
            ("share_with_provider", CLINIC, True),
            ("share_with_provider", "Dre Anne Lefebvre", False),
            ("contact_support_people", None, False),
        }
        dependants = session.scalars(select(Dependant).where(Dependant.case_id == case_id))
        assert sorted((d.name, d.age, d.with_her) for d in dependants) == [
            ("Léa", 7, True),
            ("Théo", 3, True),
        ]
        items = session.scalars(select(AssessmentItem).where(AssessmentItem.case_id == case_id))
        assert {(i.domain, i.need_level, i.client_priority) for i in items} == {
            ("safety", "urgent", 1),
            ("housing", "high", 2),
            ("income", "high", 3),
            ("children", "moderate", 4),
            ("immigration", "declined", None),
        }
        strengths = session.scalars(select(Strength.description).where(Strength.case_id == case_id))
        assert set(strengths) == {
            "Protects and cares for her children",
            "Determined and persistent",
            "Cuisine pour tout l'étage",
        }
        goals = session.scalars(select(Goal).where(Goal.case_id == case_id)).all()
        assert {(g.in_her_words, g.domain, g.kind) for g in goals} == {
            ("Un appartement à moi avec les enfants", "housing", "long_term"),
            ("Retourner aux études en septembre", None, "long_term"),
        }
        people = session.scalars(select(Person).where(Person.case_id == case_id)).all()
        assert {(p.kind, p.name, p.organisation, p.safe_to_contact) for p in people} == {
            ("team", "Me Sophie Gagnon", CLINIC, True),
            ("support", "Nadia", None, True),
            ("support", "Claire", None, False),
        }


def test_only_the_file_consent_and_her_name_stop_the_worker(qtbot, wizard):
    wizard.next()
    assert _page(wizard).key == "consent"
    assert "agreement" in _page(wizard).problems.text()
    assert _page(wizard).agrees.hasFocus()
    _page(wizard).agrees.click()
    _next(wizard, "identity")
    wizard.next()
    assert _page(wizard).key == "identity"
    assert _page(wizard).preferred_name.hasFocus()
    _type(qtbot, _page(wizard).preferred_name, "Ximena")
    _page(wizard).age.setValue(16)
    wizard.next()  # a warning is said once...
    assert "minors" in _page(wizard).problems.text()
    _next(wizard, "safe_contact")  # ...and never blocks


def test_she_prefers_not_to_answer_records_declined(qtbot, wizard, desk):
    skip = wizard.button(IntakeWizard.SKIP_BUTTON)
    _type(qtbot, _page(wizard).share_with.editor(0, "provider"), CLINIC)
    skip.click()  # no agreement to keep a file: the skip cannot go on
    assert _page(wizard).key == "consent"
    assert "agreement" in _page(wizard).problems.text()
    _page(wizard).agrees.click()
    _type(qtbot, _page(wizard).share_with.editor(0, "provider"), CLINIC)
    skip.click()  # declines the sharing; the file is kept as she agreed
    assert _page(wizard).key == "identity"
    assert not skip.isVisible()
    _type(qtbot, _page(wizard).preferred_name, "Ximena")
    _next(wizard, "safe_contact")
    _type(qtbot, _page(wizard).phone, "555-0100")
    skip.click()
    assert _page(wizard).key == "household"
    _page_on_draft, data = _draft(desk)
    assert data["declined"] == ["consent", "safe_contact"]
    assert data["values"]["consent"] == {
        "agrees_to_file": True,
        "given_on": date.today().isoformat(),
    }
    assert "safe_contact" not in data["values"]

    wizard.back()  # the declined page says so, and shows nothing of what was dropped
    assert _page(wizard).key == "safe_contact"
    assert _page(wizard).declined_note.isVisible()
    assert _page(wizard).phone.text() == ""
    _shot(wizard, "_declined")
    _next(wizard, "household")
    assert wizard.flow.declined_pages() == ["consent"]  # Next on it: answered after all
    wizard.back()
    skip.click()
    for _ in range(5):
        skip.click()
    assert _page(wizard).key == "summary"
    assert "She preferred not to answer" in _page(wizard).view.toPlainText()
    _shot(wizard, "_declined")
    with qtbot.waitSignal(wizard.finished_with) as finished:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    with desk.session() as session:
        case = session.get(Case, finished.args[0])
        assert (
            case.client.declined == "consent,safe_contact,household,situation,strengths,goals,team"
        )
        assert case.client.safe_phone is None
        purposes = session.scalars(select(Consent.purpose).where(Consent.case_id == case.id))
        assert list(purposes) == ["case_file"]


def test_a_draft_is_saved_on_every_page_change_and_resumes_where_it_stopped(qtbot, wizard, desk):
    assert _draft(desk)[0] == "consent"  # saved as soon as the wizard opens
    for key, fill in zip(KEYS[:4], FILLERS[:4], strict=True):
        fill(qtbot, _page(wizard))
        _next(wizard, KEYS[KEYS.index(key) + 1])
    page, data = _draft(desk)
    assert page == "situation"
    values = data["values"]
    assert values["identity"]["preferred_name"] == "Geneviève"
    assert values["identity"]["birth_date"] == "1988-04-02"
    assert values["safe_contact"]["do_not_tell"].startswith("Son ex-conjoint")
    assert [d["name"] for d in values["household"]["dependants"]] == ["Léa", "Théo"]
    assert values["consent"]["share_with"][0]["service_id"] is not None
    wizard.hide()  # as if the laptop died: no Cancel, no Finish

    with desk.session() as session:
        pending = pending_drafts(session, desk.actor)
    again = IntakeWizard.resume(desk, pending[0])
    qtbot.addWidget(again)
    again.show()
    assert _page(again).key == "situation"
    assert again.draft_id == pending[0].draft_id
    again.back()  # the earlier pages are there, filled
    assert _page(again).key == "household"
    assert _page(again).dependants.editor(1, "name").text() == "Théo"
    again.back()
    assert _page(again).code_word.text() == "lavande"
    again.back()
    assert _page(again).preferred_name.text() == "Geneviève"
    assert _page(again).birth_date.date() == QDate(1988, 4, 2)
    assert _page(again).document_language.currentData() == "fr"
    again.back()
    assert _page(again).share_with.editor(1, "provider").currentText() == "Dre Anne Lefebvre"
    looked = _draft(desk)[1]  # going back saved the draft again: same values, new page
    # Back keeps what is on the page left behind: the situation page, seen but blank.
    assert looked["values"].pop("situation") == {"domains": {}}
    assert (looked["values"], looked["declined"], looked["current"]) == (
        data["values"],
        data["declined"],
        "consent",
    )


@pytest.mark.parametrize("throw_away", [False, True])
def test_cancel_asks_before_throwing_work_away(qtbot, wizard, desk, monkeypatch, throw_away):
    asked: list[str] = []

    def answer(parent: QWidget | None, title: str, text: str) -> bool:
        asked.append(text)
        return throw_away

    monkeypatch.setattr(Messages, "ask", staticmethod(answer))
    _page(wizard).agrees.click()
    _next(wizard, "identity")
    _type(qtbot, _page(wizard).preferred_name, "Begoña")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert len(asked) == 1
    assert not wizard.isVisible()
    with desk.session() as session:
        drafts = pending_drafts(session, desk.actor)
    if throw_away:
        assert drafts == []
    else:
        assert drafts[0].data["values"]["identity"]["preferred_name"] == "Begoña"


def test_situation_page_fits_without_scrolling_sideways(qtbot, wizard):
    _page(wizard).agrees.click()
    _next(wizard, "identity")
    _type(qtbot, _page(wizard).preferred_name, "Aiyana")
    for key in ("safe_contact", "household", "situation"):
        _next(wizard, key)
    assert wizard.size() == QSize(WIDTH, HEIGHT)
    page = _page(wizard)
    for widgets in page.rows.values():
        for widget in widgets:
            corner = widget.mapTo(wizard, QPoint(widget.width(), widget.height()))
            assert corner.x() <= WIDTH and corner.y() <= HEIGHT
    assert not page.findChildren(QScrollArea)  # all twelve domains in view at once
    assert all(isinstance(w[0], QLineEdit) for w in page.rows.values())


def test_rows_are_added_walked_and_removed_from_the_keyboard(qtbot, wizard):
    _page(wizard).agrees.click()
    _next(wizard, "identity")
    _type(qtbot, _page(wizard).preferred_name, "Zoé")
    _next(wizard, "safe_contact")
    _next(wizard, "household")
    table = _page(wizard).dependants
    _type(qtbot, table.editor(0, "name"), "Noah")
    table.add_button.setFocus()
    qtbot.keyClick(table.add_button, Qt.Key.Key_Space)
    assert table.row_count() == 2
    assert table.editor(1, "name").hasFocus()  # straight into the new row
    _type(qtbot, table.editor(1, "name"), "Emma")
    walked = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget().accessibleName())
    assert walked == [
        "Age, row 2",
        "Relationship to her, row 2",
        "With her here, row 2",
        "Notes (school, health, custody), row 2",
        "Remove row 2 of children and dependants",
        "Add a child or dependant",
    ]
    remove_first = table._removers[0]
    remove_first.setFocus()
    qtbot.keyClick(remove_first, Qt.Key.Key_Space)
    assert table.row_count() == 1
    assert table.editor(0, "name").text() == "Emma"
    assert table.editor(0, "name").hasFocus()
    assert _page(wizard).read_values()["dependants"] == [
        {"name": "Emma", "age": None, "relationship": "", "with_her": True, "notes": ""}
    ]


def test_every_problem_code_of_the_flow_has_a_sentence():
    source = Path(intake.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'_(?:error|warning)\("([a-z_]+)"', source))
    assert len(codes) >= 15
    for code in sorted(codes):
        sentence = problem_sentence(Problem(Severity.ERROR, code, None, "housing"))
        assert sentence != code and "{" not in sentence, code
    page_problem = Problem(Severity.ERROR, "page_has_errors", None, "identity")
    assert "Who she is" in problem_sentence(page_problem)
